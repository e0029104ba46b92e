import { describe, expect, it } from 'vitest'
import { inOrder } from './topK'

describe('inOrder', () => {
  it('gives the same order as a full sort, past the heap prefix too', () => {
    let seed = 7
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const items = Array.from({ length: 5_000 }, (_, i) => ({ i, score: Math.floor(rand() * 50) }))
    const compare = (a: { i: number; score: number }, b: { i: number; score: number }) => b.score - a.score || a.i - b.i
    const full = [...items].sort(compare)
    expect([...inOrder(items, compare, 100)]).toEqual(full)
    const prefix: typeof items = []
    for (const item of inOrder(items, compare, 100)) if (prefix.push(item) === 30) break
    expect(prefix).toEqual(full.slice(0, 30))
  })
})

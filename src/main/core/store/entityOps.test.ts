import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Immer } from 'immer'
import { describe, expect, it } from 'vitest'
import { diffDocs, OpReplayer } from './entityOps'
import { JOURNAL_FILE_NAME, Store } from './Store'
import { storedWin, tempDataDir } from './testing'

const immer = new Immer({ autoFreeze: false })
const list = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, n: i }))

describe('id-keyed journal ops', () => {
  it('records a removal, an edit and an insertion as one op each, and replays them to the same document', () => {
    const prev = { items: list(1000), profile: { name: 'a' } }
    const next = immer.produce(prev, (d) => {
      d.items.splice(0, 1)
      d.items[500]!.n = -1
      d.items.splice(10, 0, { id: 'new', n: 99 })
      d.profile.name = 'b'
    })
    const ops = diffDocs(prev, next)!
    expect(ops).toHaveLength(4)
    expect(ops).toContainEqual({ c: 'items', del: 'e0' })
    expect(ops).toContainEqual({ c: 'items', put: { id: 'new', n: 99 }, after: 'e10' })
    const doc = JSON.parse(JSON.stringify(prev))
    const r = new OpReplayer(doc)
    r.apply(ops)
    expect(r.finish()).toEqual(JSON.parse(JSON.stringify(next)))
    // Idempotent: the same ops again change nothing (a snapshot may already hold a line).
    const again = new OpReplayer(JSON.parse(JSON.stringify(next)))
    again.apply(ops)
    expect(again.finish()).toEqual(JSON.parse(JSON.stringify(next)))
  })

  it('a reorder replaces the collection whole; a change bigger than the limit asks for a snapshot', () => {
    const prev = { items: list(5) }
    const moved = { items: [...prev.items].reverse() }
    expect(diffDocs(prev, moved)).toEqual([{ set: 'items', value: moved.items }])
    const all = { items: list(5000).map((e) => ({ ...e, n: -1 })) }
    expect(diffDocs({ items: list(5000) }, all)).toBeNull()
  })

  it('a delete writes a line of the same small size at 100 and at 20,000 wins', async () => {
    const lineBytes = async (n: number) => {
      const dir = tempDataDir()
      const store = await Store.open({ dataDir: dir, idleCompaction: false })
      await store.update((d) => {
        for (let i = 0; i < n; i++) d.wins.push(storedWin(`w${i}`))
      })
      await store.flush()
      await store.remove('wins', 'w0')
      const text = readFileSync(join(dir, JOURNAL_FILE_NAME), 'utf8')
      expect((await Store.open({ dataDir: dir, idleCompaction: false })).data.wins).toHaveLength(n - 1)
      return Buffer.byteLength(text)
    }
    const small = await lineBytes(100)
    const large = await lineBytes(20_000)
    expect(large).toBe(small)
    expect(large).toBeLessThan(100)
  })
})

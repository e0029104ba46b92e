import { describe, expect, it } from 'vitest'
import { ListIndexes, replacedAt } from './listEdits'
import { buildPacket } from './promoPacket'
import { goldenHistories, GOLDEN_PERIODS } from './testing/goldenHistories'
import { historyNumbersGuard, packetHistoryFrom } from './promoService'

describe('indexes that follow an edit', () => {
  it('finds the replaced positions, and nothing for an add, a delete or too many changes', () => {
    const a = [{ n: 1 }, { n: 2 }, { n: 3 }]
    const b = [a[0]!, { n: 2 }, a[2]!]
    expect(replacedAt(a, b)).toEqual([1])
    expect(replacedAt(a, [...a, { n: 4 }])).toBeNull()
    expect(replacedAt(a, a.slice(1))).toBeNull()
    expect(
      replacedAt(
        a,
        a.map((x) => ({ ...x })),
        2
      )
    ).toBeNull()
  })

  it('patches the index of the list before; that list, if it comes back (an undo), gets it patched back', () => {
    let builds = 0
    const sums = new ListIndexes<number, { sum: number }>(
      (xs) => (builds++, { sum: xs.reduce((s, x) => s + x, 0) }),
      (index, before, after, at) => {
        for (const i of at) index.sum += after[i]! - before[i]!
        return true
      }
    )
    const one = [1, 2, 3]
    const two = [1, 5, 3]
    expect(sums.get(one).sum).toBe(6)
    expect(sums.get(two).sum).toBe(9)
    expect(sums.get(one).sum).toBe(6)
    expect(builds).toBe(1)
    // A list that is not an edit of the last one is built afresh.
    expect(sums.get([7]).sum).toBe(7)
    expect(builds).toBe(2)
  })

  it('a packet built over edited lists is the packet built from scratch (dates moved, undated, ids kept)', () => {
    const { data } = goldenHistories()[1]!
    const settings = GOLDEN_PERIODS[0]!
    const history = packetHistoryFrom(data)
    buildPacket(settings, history, historyNumbersGuard(history))
    let wins = data.wins
    for (const [i, change] of [
      [5, { date: '2025-09-01' }],
      [17, { title: 'Cut the cloud bill by $200k a year' }],
      [40, { datePrecision: 'undated' as const }],
      [3, { date: '2026-05-30', datePrecision: 'day' as const }]
    ] as const) {
      wins = wins.map((w, k) => (k === i ? { ...w, ...change } : w))
      const edited = packetHistoryFrom({ ...data, wins })
      const patched = buildPacket(settings, edited, historyNumbersGuard(edited))
      const fresh = { ...edited, wins: wins.map((w) => ({ ...w })) }
      expect(patched).toEqual(buildPacket(settings, fresh, historyNumbersGuard(fresh)))
    }
  })
})

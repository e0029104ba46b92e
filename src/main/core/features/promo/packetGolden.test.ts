import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildPacket } from './promoPacket'
import { draftingNumbersGuard, historyNumbersGuard, historyRecords, packetHistoryFrom } from './promoService'
import { goldenHistories, GOLDEN_PERIODS } from './testing/goldenHistories'

/**
 * The packet is byte for byte what it was before the build was made linear (issue 18, item 6):
 * SHA-256 of each packet's JSON, recorded with the code as of commit 8bc0b2c, before the caches
 * and the period index. To see a difference, check that commit out and diff the two JSONs.
 */
const BEFORE: Record<string, string> = {
  'sample #0': 'f9f6d938b7ad34a974b749e2c1f79a067d42b59412ade7f477236bb1bf253256',
  'sample #1': '6f6361a94749ed5aaec433fc9e54680fdc1e780ea35e4f7f2698dc4b884b4ba7',
  'sample #2': 'ad57fa441b30211ec5e17783f6e2f6eb43d0703f8378458c084a70e3a9db6cef',
  'sample × 40 #0': '49b1f9fa4c60cb46a33115251c7f2b744f0d928d6d437828992cb144bada8886',
  'sample × 40 #1': 'de84465ae16366c7700855f7c7b5a282f7b86011761713833e9ea7bb102ba637',
  'sample × 40 #2': 'aeb1dbde3a2ec8ba840647e8d4056a34c28fba377f4278ef717b21392ac961b2',
  'labelled #0': '1b1cfadb49cbfc6fa5574e24ec1e0238e599a6b4c8174915a3c0446b99ae9c8c',
  'labelled #1': 'cfe95860b8a1d35d228b61e73c6e485619a911226a1841fc1246c07b0b84442f',
  'labelled #2': '5a81c6fb18ee6a90e82a40828dfc8abde5cb5ada384a5255b36c9daf13992592'
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

describe('promo packet: the same packet as before the build was made linear', () => {
  for (const { name, data } of goldenHistories()) {
    it(`${name} (${data.wins.length} wins), cold and again with warm caches`, () => {
      const history = packetHistoryFrom(data)
      const placements = { [data.wins[1]!.id]: 'projects', [data.wins[2]!.id]: 'glue' } as const
      // The guard as the service builds it (lazy, cached per record), cold then warm, and read all at once.
      const guards = {
        cold: historyNumbersGuard(history),
        warm: historyNumbersGuard(packetHistoryFrom(data)),
        whole: draftingNumbersGuard(historyRecords(history))
      }
      for (const [round, check] of Object.entries(guards))
        GOLDEN_PERIODS.forEach((settings, i) => {
          const packet = buildPacket(settings, history, check, { placements })
          expect({ round, key: `${name} #${i}`, digest: digest(packet) }).toEqual({
            round,
            key: `${name} #${i}`,
            digest: BEFORE[`${name} #${i}`]
          })
        })
    })
  }

  it('a win edited between two builds is read fresh (caches follow the data, not the id)', () => {
    const { data } = goldenHistories()[2]!
    const settings = GOLDEN_PERIODS[2]!
    const before = buildPacket(settings, packetHistoryFrom(data), () => [])
    const edited = data.wins.map((w, i) => (i === 10 ? { ...w, title: 'Promoted to Group PM', date: '2026-01-05' } : w))
    const after = buildPacket(settings, packetHistoryFrom({ ...data, wins: edited }), () => [])
    const fresh = buildPacket(settings, { ...packetHistoryFrom({ ...data, wins: edited }), wins: edited.map((w) => ({ ...w })) }, () => [])
    expect(digest(after)).not.toBe(digest(before))
    expect(digest(after)).toBe(digest(fresh))
  })
})

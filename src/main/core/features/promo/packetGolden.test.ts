import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildPacket } from './promoPacket'
import { draftingNumbersGuard, historyNumbersGuard, historyRecords, packetHistoryFrom } from './promoService'
import { goldenHistories, GOLDEN_PERIODS } from './testing/goldenHistories'

/**
 * The packet is byte for byte what it was before the build was made linear (issue 18, item 6):
 * SHA-256 of each packet's JSON, recorded with the code as of commit 8bc0b2c, before the caches
 * and the period index. To see a difference, check that commit out and diff the two JSONs.
 *
 * Re-recorded once since (issue 18, promo18), for the four packets marked below: the supporters
 * line "… and 997 more wins" was flagged as a number the cited wins do not state, though the count
 * is Loopwise's own. Those packets lost that flag and, with no flag left, the checklist line
 * "Check the numbers flagged…"; nothing else. TEXT proves it: the digest of each packet's
 * settings, sections and sources, computed with the code before the change (c169baf), unchanged.
 *
 * Re-recorded a second time (BEFORE and TEXT both): the ladder's product track is called "Product"
 * and a level reads "L8 · Senior Director of Product (Product track)", was "(IC product)". Proof it
 * is the only change: in each new packet's JSON, writing " track)" as ")" and "(Product)" as
 * "(IC product)" again gives exactly the previous digest, for all nine packets (checked once).
 */
const BEFORE: Record<string, string> = {
  'sample #0': 'e88b73adbfcb07c290d66c706cca548d389bc70dbf620db5c5192b7c013f02a6',
  'sample #1': '421f0064bfadfd4c2464c88872c88c1819e8d9d99024bc10b1f64959cf79dbc8',
  'sample #2': 'ca981d68dab5ab535977e3819c1b154fc73c0c4e75478d53b25d519b2643fb79',
  // Was 49b1f9fa…, de84465a…, aeb1dbde…: one false flag each ("1", "1", "27" more wins).
  'sample × 40 #0': '02c42879e44f35c9afdd15b0ece9db166eff7639a131ab8069dbaef5d7d7428f',
  'sample × 40 #1': '4bd2e4c53a9624eea9f666cc94697c3aaa14e88bb6b37f1fbe6cc5e3a874fd5c',
  'sample × 40 #2': 'eac38a0c4fc69e4c1cc17303002a14a4f16c09faf75bbb185200a7cd47ac1fe2',
  'labelled #0': 'c98a02e8de3f5a0c92514cf9233cdbbd5320d68c60f0019c9bf5de3ec8abf204',
  'labelled #1': '5d545429fe49a5169af1fef78926ab1048762f855049cf7e8b8401d23fe6d4c8',
  // Was 5a81c6fb…: seven false flags, one per "Partner n" line's count of more wins.
  'labelled #2': '8f964c6771247fe6e4ba09c30c988eecb31ba397a926ffcbaa1ee31549c8cb00'
}
/** Settings, sections and sources of each packet, as the code before the flag fix wrote them (c169baf). */
const TEXT: Record<string, string> = {
  'sample #0': 'eea3edd522e3c809d9c7510539b0097f4f7aec947c532537645a59b2b66df67b',
  'sample #1': 'eae30a4513bcd56d3a0495833750ef5ec8a7a1a00a2e8a0b9d73ca0f86d1c18a',
  'sample #2': '03ba1905415b7f19eb8a2110474cc61a0419b0aa5f795b9ffe495355ecfa6155',
  'sample × 40 #0': '21bfbcff4e0d800e73b0a871486840ccbc2df88cd9bbcdf40bb3a494add1d9b7',
  'sample × 40 #1': 'fdb4795f66ebaf7b141e809560045d08f9ae1c1e33a1a87967dbdc82193f2531',
  'sample × 40 #2': 'e381f6f75ad25513ba1b56c367aabca5494c2d1925cf8d434153a1cf02f8920a',
  'labelled #0': 'b1eebc9b9810c3c525c167fb347d51d01ce7aa422bd3578e0138fbb7ee2eca77',
  'labelled #1': '1d2cb57e49dff0b9f68b72f53ca0dce58448639a073206dc29a7bf4c4576ac34',
  'labelled #2': 'c32a31f8819cbc7c9b54632f9ff57345d174fa7ee3e0d7f05a15b09e10ac89c7'
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
          const key = `${name} #${i}`
          const text = digest({ settings: packet.settings, sections: packet.sections, sources: packet.sources })
          expect({ round, key, digest: digest(packet), text }).toEqual({ round, key, digest: BEFORE[key], text: TEXT[key] })
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

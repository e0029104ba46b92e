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
 *
 * And a third time, for the three "sample" histories only: the sample persona's levels now match
 * the default ladder (a Group PM is L6 aiming at Director of Product, L7; it said L7 aiming at L8,
 * Senior Director). Their packets differ in "Current role: Group Product Manager, L6" and in the
 * period's "Target level: L8" no longer citing the profile (the profile's target is L7 now).
 */
const BEFORE: Record<string, string> = {
  'sample #0': '31514d027ad26a10de064ca412d934a99db5deefcef8046baafe8e114a9fcae9',
  'sample #1': 'bc98ec313bcff73ea5e2459b629e47da08dd9a2987cd21ec36c1ff017894d688',
  'sample #2': 'db9f73b7f920c461e763dbb10dbf1413e8b5be60ff6674fb6a8be9c1d4967545',
  // Was 49b1f9fa…, de84465a…, aeb1dbde…: one false flag each ("1", "1", "27" more wins).
  'sample × 40 #0': '3f6303c8be595691f8243479ada63a305fb2c24906cf0072b02db1ba7a1f516f',
  'sample × 40 #1': 'c8163428fc455ed643a9f8b53db6ba49e46a64055db0f456a8c02e43998d829c',
  'sample × 40 #2': '98bf4ccd5f0966df622be34fd072adab60b73792726faac38ae4200bae4959d7',
  'labelled #0': '3c9bcd8e0954f986dc42d1019311e6491a7dcca6e1187c81a2ca3e3e56ef280d',
  'labelled #1': 'a67b4e9ff3e4375fbe3a2b2d50478607976acf6bd4ba322d5858d416552bcc65',
  // Was 5a81c6fb…: seven false flags, one per "Partner n" line's count of more wins.
  'labelled #2': 'db9b6578be129447dbef0e2bd36118d600059c09d01980ca2dda1c0a78958a81'
}
/** Settings, sections and sources of each packet, as the code before the flag fix wrote them (c169baf). */
const TEXT: Record<string, string> = {
  'sample #0': '1b722d9e6d3b0a6e5ba1012ef75b4b195630a4dfc30d5c83673a969dc9f3334a',
  'sample #1': '0c442ad92cd4805dfd9f1c757770e025f8bcf117b6a747755f85588b7f737cd5',
  'sample #2': '2d8505fed09f96df24e1b220b7e177c9e7496bb3e55d0ca6a0b8c671286eb765',
  'sample × 40 #0': '8d51ca805be654b5766a914d24207169ddaa9433cf39e0a5e80fbfd770b33c5c',
  'sample × 40 #1': 'a3980f06df850d13eccc1c86e08cc27ea5cf9ba0165efe58f71a222fa12ae9ee',
  'sample × 40 #2': '6dfa6221e6e7e50904a13ae30c800d6616259ee582502162492c480d5ff67d18',
  'labelled #0': '0e45b8c14530d61c221ad83dcf600b8e66eadf2196fbef3acb17c6651cdcf145',
  'labelled #1': '749d8a35b8a17b99515c3ef661cf0f828cd6ce063c50dc83e89da43c44dc1fd0',
  'labelled #2': '7e11a28467481d8e0a739b487958323081aac11473282612f80c8a29e19e424b'
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

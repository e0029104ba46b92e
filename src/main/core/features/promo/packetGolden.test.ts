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
 */
const BEFORE: Record<string, string> = {
  'sample #0': 'f9f6d938b7ad34a974b749e2c1f79a067d42b59412ade7f477236bb1bf253256',
  'sample #1': '6f6361a94749ed5aaec433fc9e54680fdc1e780ea35e4f7f2698dc4b884b4ba7',
  'sample #2': 'ad57fa441b30211ec5e17783f6e2f6eb43d0703f8378458c084a70e3a9db6cef',
  // Was 49b1f9fa…, de84465a…, aeb1dbde…: one false flag each ("1", "1", "27" more wins).
  'sample × 40 #0': 'ee3afc007dbb1692e98fc620d31225f09c967c8a386742a05f3d111947fba121',
  'sample × 40 #1': 'f18064b91d647088604b425ecf5cd09e5838332e55bf72405199a97155de9922',
  'sample × 40 #2': '4ce96b2304c02606bfe500e54e9f1574707142cad70fee290f634fc9f8f65f74',
  'labelled #0': '1b1cfadb49cbfc6fa5574e24ec1e0238e599a6b4c8174915a3c0446b99ae9c8c',
  'labelled #1': 'cfe95860b8a1d35d228b61e73c6e485619a911226a1841fc1246c07b0b84442f',
  // Was 5a81c6fb…: seven false flags, one per "Partner n" line's count of more wins.
  'labelled #2': '2a9b277fcb67192647bd769e8afc161f814d62f27a5c1b650fb784e44583ed86'
}
/** Settings, sections and sources of each packet, as the code before the flag fix wrote them (c169baf). */
const TEXT: Record<string, string> = {
  'sample #0': 'e67cf09f2d9ad806ca3ffb9825c9b44e652c5caf7e9dbb3047416ed588f70bca',
  'sample #1': '918fc3ba65baaf92860bb877d6f5544e9b1faa6f9ef83a37db6b0172bcbe4c8e',
  'sample #2': '829a3707023a05110c9b5aca492055194b08d7b925105234af5bd136c9a04a05',
  'sample × 40 #0': 'cd0a9044d9929ea47e1cd6ab2e8932c7bdd4314950a36f2c8a9f025f5956b7b0',
  'sample × 40 #1': '3bd0eeb7cceaf9ecfd9d52e26044b76a2876baa8efb1c087989b55ab42ae30c0',
  'sample × 40 #2': '0d80ee012301e3e6a5b9b4ceed5ae876c9694b180411e0369d3f2011c2db4288',
  'labelled #0': '85efd38d665365e5a813b25773cada8f8f950b2b65e3cc713b2db781dd0e38f9',
  'labelled #1': '5a9a9f15f320ff525e40b3183b2e39a37b4969b193b2c3f33c436dc4ce2632f6',
  'labelled #2': 'c12014eb5e5ab02135fa2be79c0f307bd7c00f6a2fd1011bd622d73ebfa9a210'
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

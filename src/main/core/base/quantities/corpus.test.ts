import { describe, expect, it } from 'vitest'
import { score } from './testing/evaluate'
import { CHANGE_CASES, MATCH_CASES, PARSE_CASES } from './testing/devCases'
import { GENERATED_CASES } from './testing/generatedCases'
import type { CorpusCase } from './testing/corpusTypes'

/**
 * The development corpus: every case must pass. A failure lists the case and what the parser
 * and matcher made of it, so the fix starts from the evidence.
 */
describe('quantities development corpus', () => {
  const groups = { parsing: PARSE_CASES, changes: CHANGE_CASES, matching: MATCH_CASES, generated: GENERATED_CASES }
  for (const [name, cases] of Object.entries(groups)) {
    it(`${name}: ${cases.length} cases`, () => {
      const r = score(cases)
      expect(r.failures).toEqual([])
      expect(r.passed).toBe(cases.length)
    })
  }

  it('is at least 300 cases, and every mismatch kind is tried both ways', () => {
    const all = [...PARSE_CASES, ...CHANGE_CASES, ...MATCH_CASES, ...GENERATED_CASES]
    expect(all.length).toBeGreaterThanOrEqual(300)
    const matches = all.filter((c) => c.kind === 'match')
    expect(matches.filter((c) => c.supported).length).toBeGreaterThan(60)
    expect(matches.filter((c) => !c.supported).length).toBeGreaterThan(200)
  })

  it('gives the same answers when the history is large enough to be looked up by value', () => {
    // 510 unrelated records (over 500 facts) push matching onto the sorted lookup instead of a scan.
    const noise = Array.from({ length: 510 }, (_, i) => ({ id: `noise-${i}`, label: `Noise ${i}`, texts: [`Filed ${1000 + i} zorblats.`] }))
    const padded = (cases: CorpusCase[]) =>
      cases.map((c) => (c.kind === 'match' && !c.cited ? { ...c, sources: [...c.sources, ...noise] } : c))
    const r = score(padded(MATCH_CASES))
    expect(r.failures).toEqual([])
  })
})

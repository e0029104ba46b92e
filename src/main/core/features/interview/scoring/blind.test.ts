import { describe, expect, it } from 'vitest'
import { agreement, describeAgreement, scorePairs } from './agreement'
import { BLIND3_PAIRS } from './corpus/blind3'

// Written by another author who never read the scorer, after the last tuning; never tuned on.
describe('the blind set nobody tuned on', () => {
  it('has 48 pairs, 6 per criterion', () => {
    expect(BLIND3_PAIRS).toHaveLength(48)
    const per = new Map<string, number>()
    for (const p of BLIND3_PAIRS) per.set(p.criterion, (per.get(p.criterion) ?? 0) + 1)
    expect([...per.values()]).toEqual(Array(8).fill(6))
  })

  it('agrees with its labels at least 90% of the time, overall and on the labelled criterion', () => {
    const a = agreement(scorePairs(BLIND3_PAIRS))
    console.log(describeAgreement('blind 3', a))
    expect(a.overall).toBeGreaterThanOrEqual(0.9)
    expect(a.criterion).toBeGreaterThanOrEqual(0.9)
  })
})

import { describe, expect, it } from 'vitest'
import { checkDraft, findCitations } from './claimsGuard'
import { entry } from './testing/trustCorpus'

// S1…S4 in this order, as the prompt labels them.
const sources = [
  entry('w-deploy', 'Faster deploys', 'Impact: deploys take 12 minutes now, for 14 services.'),
  entry('w-conv', 'Checkout conversion', 'Impact: conversion went from 12% to 18%.', {
    metrics: [{ label: 'Conversion', value: 18, unit: '%', baseline: 12 }]
  }),
  entry('w-audience', 'All-hands talk', 'Impact: spoke to an audience of 250 people.'),
  entry('w-cloud', 'Cloud bill', 'Impact: saved $1.2M in annual cloud spend across 40 clusters.', { date: '2025-03-02' })
]
const check = (text: string) => checkDraft(text, sources)
const flagged = (text: string) => check(text).flags.map((f) => f.text)

describe('checkDraft: amounts', () => {
  it('flags the mismatches of issue #13 with a reason in words', () => {
    const { flags } = check('Deploys take 12 hours [S1]. Cut costs by 14% [S1].')
    expect(flags.map((f) => f.text)).toEqual(['12 hours', '14%'])
    expect(flags[0]!.reason).toBe('12 hours: the sources this draft cites say 12 minutes for deploys')
    expect(flags[1]!.reason).toMatch(/14 services, not a percentage/)
    expect(flagged('Engagement grew 250% [S3].')).toEqual(['250%'])
    expect(flagged('Reached 1.2M users [S4].')).toEqual(['1.2M users'])
    expect(flagged('40x faster builds [S4].')).toEqual(['40x'])
  })

  it('flags amounts in words, multiples and dates', () => {
    expect(flagged('Doubled conversion and hired ten engineers in six weeks [S2].')).toEqual(['Doubled', 'ten engineers', 'six weeks'])
    expect(flagged('Led payments since 2019 [S1].')).toEqual(['2019'])
    expect(check('Shipped on 2026-02-29 [S1].').flags[0]!.reason).toMatch(/not a real date/)
  })

  it('accepts honest derived changes and shows how they were derived', () => {
    const result = check('Conversion up 6 points, 50% higher [S2].')
    expect(result.flags).toEqual([])
    expect(result.derived.map((d) => d.text)).toEqual(['6 points', '50%'])
    expect(result.derived[0]!.derivation).toMatch(/12%.*18%/)
    expect(result.derived[0]!.sourceId).toBe('w-conv')
  })

  it('backs a claim only from the sources the text cites', () => {
    const result = check('Deploys take 12 minutes [S3].')
    expect(result.flags.map((f) => f.reason)).toEqual([expect.stringMatching(/“Faster deploys”, which this draft does not cite/)])
    expect(flagged('Deploys take 12 minutes [S1].')).toEqual([])
    // A draft that cites nothing stands on every source it was given, never the rest of the history.
    expect(flagged('Deploys take 12 minutes.')).toEqual([])
    expect(checkDraft('Deploys take 12 minutes.', [sources[2]!]).flags.map((f) => f.text)).toEqual(['12 minutes'])
  })

  it('accepts a date the user chose and an amount labelled as a suggestion, and nothing else', () => {
    expect(checkDraft('Period: 2025-01-01 to 2025-12-31 [S1].', sources, { dates: ['2025-01-01', '2025-12-31'] }).flags).toEqual([])
    const labelled = check('- Effort (estimate — yours to set): three to four weeks [S1]\n- Took 9 weeks [S1]')
    expect(labelled.flags.map((f) => f.text)).toEqual(['9 weeks'])
    expect(labelled.suggestions.map((s) => s.text)).toEqual(['three to four weeks'])
  })
})

describe('checkDraft: citations', () => {
  it('flags a label the run did not have, and lists what the text cites', () => {
    const result = check('Saved $1.2M [S4]. Faster deploys [S42]. Also [S0] and [S1, S9].')
    expect(result.flags.filter((f) => f.kind === 'citation').map((f) => f.text)).toEqual(['[S42]', '[S0]', 'S9'])
    expect(result.flags[0]!.reason).toBe('S42 is not a source of this draft: it was given sources S1–S4.')
    expect(result.cited).toEqual(['w-cloud', 'w-deploy'])
  })

  it('finds every label with its span', () => {
    const text = 'A [S1]. B [S2, S3]. C [S4; S5].'
    const found = findCitations(text)
    expect(found.map((c) => c.n)).toEqual([1, 2, 3, 4, 5])
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['[S1]', 'S2', 'S3', 'S4', 'S5'])
  })
})

describe('checkDraft: what the user typed or Loopwise wrote backs an amount only as a whole amount', () => {
  // Criteria and focus texts are matched as text: a model's "5 teams" is not inside "25 teams",
  // its "30%" not inside "130%", its "3x" not inside a level code or a year.
  const input = { texts: ['Leads 25 teams; grew usage 130%; ships 13x faster; L3 since 2023'] }
  it('flags an invented amount that is only a piece of one in those texts', () => {
    const flaggedWith = (text: string) => checkDraft(text, sources, input).flags.map((f) => f.text)
    expect(flaggedWith('Led 5 teams [S1].')).toEqual(['5 teams'])
    expect(flaggedWith('Grew usage 30% [S1].')).toEqual(['30%'])
    expect(flaggedWith('Ships 3x faster [S1].')).toEqual(['3x'])
  })
  it('still accepts the whole amount as the user typed it', () => {
    expect(checkDraft('Leads 25 teams; grew usage 130% [S1].', sources, input).flags).toEqual([])
  })
})

describe('checkDraft: a whole amount next to punctuation', () => {
  it('a full stop or comma after it is the sentence, a digit after a point is a larger amount', () => {
    const input = { texts: ['Cut review time to 1.5 days. Saved 40 hours, twice.'] }
    expect(checkDraft('Saved 40 hours [S1].', sources, input).flags).toEqual([])
    expect(checkDraft('Cut review time to 1.5 days [S1].', sources, input).flags).toEqual([])
    expect(checkDraft('Cut review time to 5 days [S1].', sources, input).flags.map((f) => f.text)).toEqual(['5 days'])
  })
})

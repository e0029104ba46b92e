import { describe, expect, it } from 'vitest'
import { parseBragDocument } from './bragImport'
import { findDate } from './bragDates'
import { scanMetrics } from './bragMetrics'

describe('brag document dates', () => {
  it.each([
    ['Shipped on 2025-03-14', '2025-03-14', 'day'],
    ['2025-03: launched', '2025-03-01', 'month'],
    ['March 2025', '2025-03-01', 'month'],
    ['Sept. 2024 offsite', '2024-09-01', 'month'],
    ['Q1 2025', '2025-01-01', 'quarter'],
    ['2024 Q4 review', '2024-10-01', 'quarter'],
    ['H2 2024', '2024-07-01', 'half'],
    ['March 3rd, 2025', '2025-03-03', 'day']
  ])('%s → %s', (text, date, precision) => {
    expect(findDate(text)).toMatchObject({ date, precision })
  })

  it('does not read versions or bare numbers as dates', () => {
    expect(findDate('Upgraded to v2025.1 and 12 services')).toBeNull()
    expect(findDate('2025-02-30 is not a day')).toBeNull()
  })
})

describe('brag document metrics', () => {
  it('takes percentages, from→to, money, multipliers and counts with units; skips bare numbers', () => {
    const { metrics, skipped } = scanMetrics(
      'Cut p95 latency by 35%, onboarding from 12 days to 4 days, saved $1.2M, 3x faster builds, hired 4 engineers, fixed 17'
    )
    expect(metrics).toEqual([
      { label: 'Onboarding', baseline: 12, value: 4, unit: 'days' },
      { label: 'p95 latency', value: 35, unit: '%' },
      { label: 'Saved', value: 1_200_000, unit: 'USD' },
      { label: 'Builds', value: 3, unit: 'x' },
      { label: 'Engineers', value: 4, unit: 'engineers' }
    ])
    expect(skipped).toEqual(['17'])
  })

  it.each([
    // Every notation of issue #16: "~" keeps the baseline, arrows, "<" and "now", rates, hedges and counts.
    ['from ~22 min to 7 min', { label: 'Time', baseline: 22, baselineQualifier: 'about', value: 7, unit: 'minutes' }],
    [
      'flaky rate (~15%) -> now <1%',
      { label: 'Flaky rate', baseline: 15, baselineQualifier: 'about', value: 1, qualifier: 'under', unit: '%' }
    ],
    ['p95 820ms → 310ms', { label: 'p95', baseline: 820, value: 310, unit: 'ms' }],
    ['pages was 40 a week, now 12', { label: 'Pages', baseline: 40, value: 12, unit: 'pages/week' }],
    ['MTTR from 3 hours to 45 minutes', { label: 'MTTR', baseline: 180, value: 45, unit: 'minutes' }],
    ['cut our staging bill by $18k/month', { label: 'Staging bill', value: 18_000, unit: 'USD/month' }],
    ['about 250 attendees', { label: 'Attendees', value: 250, unit: 'attendees', qualifier: 'about' }],
    ['reviewed 120+ PRs', { label: 'PRs', value: 120, unit: 'PRs', qualifier: 'at least' }],
    ['adopted by 3 other teams', { label: 'Other teams', value: 3, unit: 'teams' }],
    ['eNPS 12 -> 41', { label: 'eNPS', baseline: 12, value: 41, unit: '' }]
  ])('%s', (text, metric) => {
    expect(scanMetrics(text).metrics).toEqual([metric])
  })

  it('leaves versions, one-on-ones and "within N days" to the user instead of making metrics', () => {
    expect(scanMetrics('bumped node 18 -> 20').metrics).toEqual([])
    expect(scanMetrics('weekly 1:1s with all 8 direct reports').metrics).toEqual([expect.objectContaining({ value: 8 })])
    expect(scanMetrics('quality improved within 90 days')).toEqual({ metrics: [], skipped: ['90 days'] })
  })
})

describe('parseBragDocument on messy real-world documents', () => {
  const messy = `---
title: brag doc
---
My brag document — keep updating!

# 2025

## Q1 2025 — Platform team

- **Migrated** billing to the new queue; cut failed charges by 42%.
  - Coordinated with [Finance](https://example.com) and SRE
  - from 9 incidents to 2 incidents per month
- [x] Mentored two new hires :tada:
*   Ran the March 2025 offsite for 30 people

### Strategy doc (2025-03)

Wrote v1 of the product strategy. The CPO used 80% of it.

#### Notes
| a | b |
|---|---|

## 2025-06 — Hiring

1. Overhauled the PM interview loop. Candidate quality improved within 90 days.
2. Interviewed 25 candidates

Random paragraph with no heading date about something we did in Sept 2025 that mattered.

# Misc
- Led the incident review culture change
`
  const wins = parseBragDocument(messy)
  const titles = wins.map((w) => w.title)

  it('turns bullets and paragraph-only headings into wins, skipping preambles, front matter and tables', () => {
    expect(titles).toEqual([
      'Migrated billing to the new queue',
      'Mentored two new hires',
      'Ran the offsite for 30 people',
      'Strategy doc',
      'Overhauled the PM interview loop',
      'Interviewed 25 candidates',
      'Random paragraph with no heading date about something we did that mattered',
      'Led the incident review culture change'
    ])
  })

  it('dates each win from its own line, else the nearest heading', () => {
    expect(wins.map((w) => [w.date, w.datePrecision])).toEqual([
      ['2025-01-01', 'quarter'],
      ['2025-01-01', 'quarter'],
      ['2025-03-01', 'month'],
      ['2025-03-01', 'month'],
      ['2025-06-01', 'month'],
      ['2025-06-01', 'month'],
      ['2025-09-01', 'month'],
      ['', 'undated']
    ])
    expect(wins.at(-1)!.notes[0]).toMatch(/No date here/)
    // Line numbers in the document as typed (front matter included), so the user can find each one.
    expect(wins.map((w) => w.line)).toEqual([10, 13, 14, 16, 26, 27, 29, 32])
  })

  it('splits title, what I did and impact; keeps nested bullets as details; finds metrics with baselines and rates', () => {
    const billing = wins[0]!
    expect(billing).toMatchObject({
      title: 'Migrated billing to the new queue',
      whatIDid: 'Coordinated with Finance and SRE.',
      impact: 'Cut failed charges by 42%. From 9 incidents to 2 incidents per month.',
      tags: ['platform-team']
    })
    expect(billing.metrics).toEqual([
      { label: 'Incidents', baseline: 9, value: 2, unit: 'incidents/month' },
      { label: 'Failed charges', value: 42, unit: '%' }
    ])
    expect(wins[3]).toMatchObject({
      title: 'Strategy doc',
      whatIDid: 'Wrote v1 of the product strategy.',
      impact: 'The CPO used 80% of it.'
    })
    expect(wins[3]!.metrics).toEqual([expect.objectContaining({ value: 80, unit: '%' })])
    expect(wins[4]!.metrics).toEqual([])
    expect(wins[4]!.notes[0]).toMatch(/90 days/)
    expect(wins[5]!.metrics).toEqual([expect.objectContaining({ value: 25, unit: 'candidates' })])
  })

  it('lists undated wins last and never gives them a date', () => {
    const out = parseBragDocument('- Wrote the oncall runbook\n\n## March 2025\n- Shipped search')
    expect(out.map((w) => [w.title, w.date, w.datePrecision])).toEqual([
      ['Shipped search', '2025-03-01', 'month'],
      ['Wrote the oncall runbook', '', 'undated']
    ])
  })

  it('tags themes, not page furniture; a label prefix is a tag or a field', () => {
    const doc = [
      '## Reliability',
      '- **Cost:** cut our staging bill by $18k/month by moving CI runners to spot instances',
      "## stuff that isn't my job",
      '- Organised the offsite',
      '## Misc',
      '- Impact: fewer pages',
      '## Goals for next year',
      '- Lead a cross-team project'
    ].join('\n')
    expect(parseBragDocument(doc).map((w) => [w.title, w.tags, w.impact, w.keep])).toEqual([
      ['Moved CI runners to spot instances', ['reliability', 'cost'], 'Cut our staging bill by $18k/month.', true],
      ['Organised the offsite', [], '', true],
      ['Fewer pages', [], 'Fewer pages.', true],
      ['Lead a cross-team project', [], '', false]
    ])
  })

  it('handles a document with only setext headings, star bullets and CRLF line ends', () => {
    const doc = 'Wins H1 2024\r\n============\r\n\r\n* Launched SSO for 12 customers\r\n* Reduced build time 3x\r\n'
    const out = parseBragDocument(doc)
    expect(out.map((w) => [w.title, w.date])).toEqual([
      ['Launched SSO for 12 customers', '2024-01-01'],
      ['Reduced build time 3x', '2024-01-01']
    ])
  })

  it('skips list intros, code and HTML; reads quoted bullets; unescapes characters', () => {
    const doc = [
      '## Q3 2025',
      'This quarter I focused on:',
      '- Shipped R&D <b>beta</b> to 5 customers',
      '```',
      '- not a win, code',
      '```',
      '<div>html</div>',
      '',
      '> - Quoted win about "latency"'
    ].join('\n')
    expect(parseBragDocument(doc).map((w) => [w.title, w.date])).toEqual([
      ['Shipped R&D beta to 5 customers', '2025-07-01'],
      ['Quoted win about "latency"', '2025-07-01']
    ])
  })

  it('returns nothing for an empty or heading-only document', () => {
    expect(parseBragDocument('')).toEqual([])
    expect(parseBragDocument('# Q1 2025\n## Q2 2025\n')).toEqual([])
  })
})

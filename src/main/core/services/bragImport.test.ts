import { describe, expect, it } from 'vitest'
import { parseBragDocument } from './bragImport'
import { findDate } from './bragDates'
import { scanMetrics } from './bragMetrics'

const TODAY = '2026-06-01'

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
    expect(metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 35, unit: '%', label: 'Cut p95 latency' }),
        expect.objectContaining({ baseline: 12, value: 4, unit: 'days' }),
        expect.objectContaining({ value: 1_200_000, unit: 'USD' }),
        expect.objectContaining({ value: 3, unit: '×' }),
        expect.objectContaining({ value: 4, unit: 'engineers' })
      ])
    )
    expect(metrics).toHaveLength(5)
    expect(skipped).toEqual(['17'])
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
      'Migrated billing to the new queue; cut failed charges by 42%',
      'Mentored two new hires',
      'Ran the offsite for 30 people',
      'Strategy doc',
      'Overhauled the PM interview loop',
      'Interviewed 25 candidates',
      'Random paragraph with no heading date about something we did in that mattered',
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
      [TODAY, 'none']
    ])
    expect(wins.at(-1)!.notes[0]).toMatch(/No date found/)
    // Line numbers in the document as typed (front matter included), so the user can find each one.
    expect(wins.map((w) => w.line)).toEqual([10, 13, 14, 16, 26, 27, 29, 32])
  })

  it('keeps nested bullets as details, drops formatting, and finds unambiguous metrics', () => {
    const billing = wins[0]!
    expect(billing.whatIDid).toBe('- Coordinated with Finance and SRE\n- from 9 incidents to 2 incidents per month')
    expect(billing.metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 42, unit: '%' }),
        expect.objectContaining({ label: 'Incidents', baseline: 9, value: 2, unit: 'incidents' })
      ])
    )
    expect(billing.tags).toEqual(['platform-team'])
    expect(wins[3]!.whatIDid).toBe('Wrote v1 of the product strategy. The CPO used 80% of it.')
    expect(wins[3]!.metrics).toEqual([expect.objectContaining({ value: 80, unit: '%' })])
    expect(wins[4]!.metrics).toEqual([expect.objectContaining({ value: 90, unit: 'days' })])
    expect(wins[5]!.metrics).toEqual([expect.objectContaining({ value: 25, unit: 'candidates' })])
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
    expect(parseBragDocument('', TODAY)).toEqual([])
    expect(parseBragDocument('# Q1 2025\n## Q2 2025\n', TODAY)).toEqual([])
  })
})

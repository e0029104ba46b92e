import { describe, expect, it } from 'vitest'
import { parseBragDocument } from './bragImport'
import { BRAG_FIXTURES, HOLDOUT_FIXTURES } from './testing/bragFixtures'
import { scoreFixture, type FixtureScore } from './testing/bragScore'

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`

describe('brag import on five real-world styles (issue #16)', () => {
  const scores: FixtureScore[] = BRAG_FIXTURES.map((f) => scoreFixture(f, parseBragDocument(f.markdown)))

  it('prints the report', () => {
    const lines = ['fixture | wins found | fields right | metrics right | baselines kept | extra metrics']
    for (const s of scores)
      lines.push(
        `${s.name} | ${s.wins.found}/${s.wins.expected}${s.wins.extra ? ` (+${s.wins.extra} extra)` : ''} | ${s.fields.right}/${s.fields.total} | ${s.metrics.right}/${s.metrics.total} | ${s.metrics.baselinesKept}/${s.metrics.baselines} | ${s.metrics.extra}`
      )
    const sum = (f: (s: FixtureScore) => number) => scores.reduce((n, s) => n + f(s), 0)
    lines.push(
      `total | ${sum((s) => s.wins.found)}/${sum((s) => s.wins.expected)} | ${pct(
        sum((s) => s.fields.right),
        sum((s) => s.fields.total)
      )} | ${pct(
        sum((s) => s.metrics.right),
        sum((s) => s.metrics.total)
      )} (${sum((s) => s.metrics.right)}/${sum((s) => s.metrics.total)}) | ${sum((s) => s.metrics.baselinesKept)}/${sum((s) => s.metrics.baselines)} | ${sum((s) => s.metrics.extra)}`
    )
    for (const s of scores) for (const m of [...s.fields.misses, ...s.metrics.misses]) lines.push(`  ${s.name}: ${m}`)
    console.log(lines.join('\n'))
  })

  it.each(BRAG_FIXTURES.map((f, i) => [f.name, i] as const))('%s: every win found, nothing extra', (_name, i) => {
    expect(scores[i]!.wins.found).toBe(scores[i]!.wins.expected)
    expect(scores[i]!.wins.extra).toBe(0)
  })

  it('gets at least 95% of metrics right (value, baseline, unit, rate, qualifier) and keeps every baseline', () => {
    const right = scores.reduce((n, s) => n + s.metrics.right, 0)
    const total = scores.reduce((n, s) => n + s.metrics.total, 0)
    expect(right / total).toBeGreaterThanOrEqual(0.95)
    expect(scores.reduce((n, s) => n + s.metrics.baselinesKept, 0)).toBe(scores.reduce((n, s) => n + s.metrics.baselines, 0))
  })

  it('gets at least 90% of fields right (title, date and precision, tags, impact, what I did, keep)', () => {
    const right = scores.reduce((n, s) => n + s.fields.right, 0)
    const total = scores.reduce((n, s) => n + s.fields.total, 0)
    expect(right / total).toBeGreaterThanOrEqual(0.9)
  })
})

describe('brag import on a holdout document (written after the importer, scored apart)', () => {
  it('reports wins, fields and metrics; every win found', () => {
    for (const f of HOLDOUT_FIXTURES) {
      const s = scoreFixture(f, parseBragDocument(f.markdown))
      console.log(
        [
          `${s.name} | wins ${s.wins.found}/${s.wins.expected}${s.wins.extra ? ` (+${s.wins.extra} extra)` : ''} | fields ${s.fields.right}/${s.fields.total} | metrics ${s.metrics.right}/${s.metrics.total} | baselines ${s.metrics.baselinesKept}/${s.metrics.baselines} | extra metrics ${s.metrics.extra}`,
          ...[...s.fields.misses, ...s.metrics.misses].map((m) => `  ${m}`)
        ].join('\n')
      )
      expect(s.wins.found).toBe(s.wins.expected)
    }
  })
})

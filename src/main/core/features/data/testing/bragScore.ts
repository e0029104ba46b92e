import type { Metric } from '../../../../../shared/domain/win'
import type { BragCandidate } from '../bragImport'
import type { BragFixture, ExpectedMetric, ExpectedWin } from './bragFixtures'

export interface FixtureScore {
  name: string
  wins: { expected: number; found: number; extra: number }
  fields: { right: number; total: number; misses: string[] }
  metrics: { right: number; total: number; baselinesKept: number; baselines: number; extra: number; misses: string[] }
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? [])
function similarity(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  const both = [...x].filter((t) => y.has(t)).length
  return both / Math.max(1, new Set([...x, ...y]).size)
}

const metricRight = (e: ExpectedMetric, a: Metric) =>
  Math.abs(e.value - a.value) < 1e-9 &&
  (e.baseline === undefined ? a.baseline === undefined : a.baseline !== undefined && Math.abs(e.baseline - a.baseline) < 1e-9) &&
  (Array.isArray(e.unit) ? e.unit : [e.unit]).includes(a.unit) &&
  e.qualifier === a.qualifier &&
  e.baselineQualifier === a.baselineQualifier

const show = (m: Omit<Partial<Metric>, 'unit'> & { unit?: unknown }) =>
  `${m.baselineQualifier ? `${m.baselineQualifier} ` : ''}${m.baseline ?? ''}${m.baseline !== undefined ? '→' : ''}${m.qualifier ? `${m.qualifier} ` : ''}${m.value} ${String(m.unit)}`

/** Wins found, fields right and metrics right (value, baseline, unit with rate, qualifiers) against a fixture. */
export function scoreFixture(fixture: BragFixture, found: BragCandidate[]): FixtureScore {
  const left = [...found]
  const score: FixtureScore = {
    name: fixture.name,
    wins: { expected: fixture.wins.length, found: 0, extra: 0 },
    fields: { right: 0, total: 0, misses: [] },
    metrics: { right: 0, total: 0, baselinesKept: 0, baselines: 0, extra: 0, misses: [] }
  }
  const field = (ok: boolean, what: string) => {
    score.fields.total++
    if (ok) score.fields.right++
    else score.fields.misses.push(what)
  }
  for (const e of fixture.wins) {
    const ranked = left.map((c) => ({ c, s: similarity(e.title, c.title) })).sort((a, b) => b.s - a.s)
    const best = ranked[0]
    score.metrics.total += e.metrics.length
    score.metrics.baselines += e.metrics.filter((m) => m.baseline !== undefined).length
    if (!best || best.s < 0.4) {
      score.metrics.misses.push(...e.metrics.map((m) => `${e.title}: ${show(m)} (win not found)`))
      field(false, `${e.title}: not found`)
      continue
    }
    score.wins.found++
    left.splice(left.indexOf(best.c), 1)
    const c = best.c
    check(e, c, field)
    const metrics = [...c.metrics]
    for (const m of e.metrics) {
      const at = metrics.findIndex((a) => metricRight(m, a))
      if (at === -1) {
        score.metrics.misses.push(`${e.title}: expected ${show(m)}, got [${c.metrics.map(show).join('; ')}]`)
        continue
      }
      metrics.splice(at, 1)
      score.metrics.right++
      if (m.baseline !== undefined) score.metrics.baselinesKept++
    }
    score.metrics.extra += metrics.length
    for (const x of metrics) score.metrics.misses.push(`${e.title}: extra ${show(x)}`)
  }
  score.wins.extra = left.length
  return score
}

function check(e: ExpectedWin, c: BragCandidate, field: (ok: boolean, what: string) => void) {
  const has = (text: string, part: string) => text.toLowerCase().includes(part.toLowerCase())
  field(c.title === e.title, `title: "${c.title}" ≠ "${e.title}"`)
  field(
    c.date === e.date && c.datePrecision === e.datePrecision,
    `${e.title}: date ${c.date}/${c.datePrecision} ≠ ${e.date}/${e.datePrecision}`
  )
  field([...c.tags].sort().join() === [...e.tags].sort().join(), `${e.title}: tags [${c.tags.join(', ')}] ≠ [${e.tags.join(', ')}]`)
  field(
    e.impact ? has(c.impact, e.impact) : c.impact === '',
    `${e.title}: impact "${c.impact}" should ${e.impact ? `hold "${e.impact}"` : 'be empty'}`
  )
  if (e.whatIDid) field(has(c.whatIDid, e.whatIDid), `${e.title}: what I did "${c.whatIDid}" should hold "${e.whatIDid}"`)
  field(c.keep === (e.keep ?? true), `${e.title}: keep ${c.keep}`)
}

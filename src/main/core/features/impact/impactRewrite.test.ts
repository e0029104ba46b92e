import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { impactStrength, METRIC_PLACEHOLDER, OUTCOME_PLACEHOLDER, rewriteImpact, toGerund, type RewriteWin } from './impactRewrite'

const base: RewriteWin = {
  id: 'w1',
  title: 'Migrated the team to a new planning tool',
  whatIDid: '',
  impact: '',
  metrics: [],
  scope: 'self',
  stakeholders: [],
  evidence: []
}
const numbersIn = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)

describe('impact rewrite', () => {
  it('a task-only win gets a specific question and visible placeholders, never a number', () => {
    const r = rewriteImpact(base)
    expect(r.strength.level).toBe('task')
    expect(r.xyz).toContain(METRIC_PLACEHOLDER)
    expect(r.xyz).toContain(OUTCOME_PLACEHOLDER)
    expect(r.questions).toContain('How many people or teams moved over, and what changed in their cycle time or planning time?')
    expect(r.strength.next).toMatch(/cycle time/)
    expect(`${r.xyz} ${r.starText} ${r.questions.join(' ')} ${r.strength.next}`).not.toMatch(/\d/)
    expect(r.xyz).toBe('[what changed, for whom?], as measured by [metric?], by migrating the team to a new planning tool.')
  })

  it('uses the win’s own measure and outcome, in XYZ and STAR', () => {
    const r = rewriteImpact(
      {
        ...base,
        whatIDid: 'Planned the migration in three waves. Wrote a one-page guide per team.',
        impact: 'All product teams plan in one tool',
        metrics: [{ label: 'Teams migrated', value: 6, unit: 'teams' }],
        scope: 'org'
      },
      { id: 'c1', title: 'Run the planning-tool rollout' }
    )
    expect(r.xyz).toBe(
      'All product teams plan in one tool, as measured by teams migrated 6 teams, by planning the migration in three waves.'
    )
    expect(r.star.task).toBe('I committed to: run the planning-tool rollout.')
    expect(r.star.result).toBe('All product teams plan in one tool. Measured: teams migrated 6 teams.')
    expect(r.placeholders).not.toContain(METRIC_PLACEHOLDER)
    expect(r.sourceIds).toEqual(['w1', 'c1'])
    expect(r.strength.level).toBe('measured-scoped')
    expect(r.strength.next).toMatch(/baseline/)
  })

  it('strength climbs task → outcome → measured → measured with scope', () => {
    const outcome = { ...base, impact: 'Every product team now plans in the same tool, so the roadmap review reads one board.' }
    const measured = { ...outcome, metrics: [{ label: 'Planning prep', value: 4, unit: 'hours', baseline: 24 }] }
    const scoped = { ...measured, scope: 'org' as const, evidence: [{ url: 'https://example.com/doc', label: 'Rollout doc' }] }
    expect([base, outcome, measured, scoped].map((w) => impactStrength(w).rank)).toEqual([0, 1, 2, 3])
    expect(impactStrength(outcome).next).toMatch(/^Add a measure you have: How many people or teams/)
    expect(impactStrength(scoped).next).toBe('Strong: keep it as it is.')
  })

  it('never writes a number the win does not contain (property)', () => {
    const text = fc.string({ maxLength: 80 })
    const metric = fc.record({
      label: fc.constantFrom('Cycle time', 'Teams', 'Latency'),
      value: fc.integer({ min: 0, max: 100000 }),
      unit: fc.constantFrom('', 'days', 'ms', '%'),
      baseline: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined })
    })
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(metric, { maxLength: 3 }),
        fc.constantFrom('self', 'team', 'org', 'company'),
        (title, whatIDid, impact, metrics, scope) => {
          const win: RewriteWin = { ...base, title: title || 'x', whatIDid, impact, metrics, scope }
          const r = rewriteImpact(win)
          const allowed = new Set(
            numbersIn(`${title} ${whatIDid} ${impact} ${metrics.map((m) => `${m.value} ${m.baseline ?? ''}`).join(' ')}`)
          )
          const out = `${r.xyz} ${r.starText} ${r.questions.join(' ')} ${r.strength.next}`
          for (const n of numbersIn(out)) expect(allowed.has(n), `invented ${n} in: ${out}`).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('reads an applied rewrite back instead of nesting it, and counts what the person filled in', () => {
    const first = rewriteImpact(base)
    const again = rewriteImpact({ ...base, impact: first.xyz })
    expect(again.xyz).toBe(first.xyz)
    expect(again.strength.level).toBe('task')
    const filled = first.xyz
      .replace('[what changed, for whom?]', 'Every product team plans in one tool')
      .replace('[metric?]', '6 teams moved in 3 weeks')
    const after = rewriteImpact({ ...base, impact: filled, scope: 'org' })
    expect(after.strength.level).toBe('measured-scoped')
    expect(after.xyz).toBe(
      'Every product team plans in one tool, as measured by 6 teams moved in 3 weeks, by migrating the team to a new planning tool.'
    )
    const star = rewriteImpact({ ...base, impact: first.starText })
    expect(star.strength.level).toBe('task')
    expect(star.starText).toBe(first.starText)
  })

  it('turns past-tense verbs into the "by doing" form', () => {
    expect(toGerund('Planned the migration.')).toBe('planning the migration')
    expect(toGerund('I led the rollout')).toBe('leading the rollout')
    expect(toGerund('Unified three dashboards')).toBe('unifying three dashboards')
    expect(toGerund('The dashboard')).toBeNull()
  })
})

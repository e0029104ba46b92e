import { describe, expect, it } from 'vitest'
import { safeViewOf } from '../drafting/testing/safeView'
import { winToEntry } from '../drafting/context/winEntries'
import { summaryKind } from '../drafting/kinds/summary'
import { impactStrength, METRIC_PLACEHOLDER, rewriteImpact, type RewriteWin } from './impactRewrite'
import { scoreAnswer } from '../interview/rubric'
import type { Win } from '../../../../shared/domain/win'

// Issue #13 item 3: vague impact words are not a measure, wherever impact is judged.
const VAGUE = [
  'Improved candidate quality measurably in 90 days.',
  'Significantly improved onboarding for the whole org within a quarter.',
  'Greatly improved the release process for every product team over six weeks.',
  'Checkout is measurably faster for customers since March 2026.',
  'Substantially better reliability for the payments org after 2 sprints.'
]
const MEASURED = [
  'Time to offer went from 12 days to 4 for every hiring manager.',
  'Doubled weekly signups for the growth org.',
  'Cut the cloud bill by $120k a year for the platform org.'
]

const win = (impact: string): RewriteWin & Win =>
  ({
    id: 'w1',
    title: 'Overhauled the PM interview loop',
    date: '2026-03-01',
    whatIDid: 'Rewrote the rubric and trained interviewers.',
    impact,
    metrics: [],
    scope: 'org',
    stakeholders: ['Hiring managers'],
    evidence: [{ url: 'https://example.com/doc', label: 'Doc' }],
    tags: [],
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z'
  }) as unknown as RewriteWin & Win

describe('vague impact is not a measure', () => {
  it.each(VAGUE)('strength says "no measure yet" and asks: %s', (impact) => {
    const s = impactStrength(win(impact))
    expect(s.level).toBe('outcome')
    expect(s.label).toBe('Outcome — no measure yet')
    expect(s.next).toMatch(/^Add a measure you have/)
  })

  it.each(VAGUE)('the rewrite carries [metric?] and a question: %s', (impact) => {
    const r = rewriteImpact(win(impact))
    expect(r.xyz).toContain(METRIC_PLACEHOLDER)
    expect(r.starText).toContain(`Measured: ${METRIC_PLACEHOLDER}`)
    expect(r.questions.length).toBeGreaterThan(0)
  })

  it.each(VAGUE)('the built-in summary asks for a measure: %s', (impact) => {
    const entry = winToEntry(win(impact))
    const text = summaryKind.builtin({ params: {}, entries: [entry], rendered: '', view: safeViewOf(), now: new Date('2026-07-01') })
    expect(text).toContain('Add a measure: [metric?]')
    expect(text).toContain('### Before you share this')
  })

  it.each(VAGUE)('the interview scorer does not call it a measured result: %s', (impact) => {
    const answer = `Our PM hiring loop was slow and inconsistent. I rewrote the rubric and trained the interviewers myself. ${impact}`
    const f = scoreAnswer({ question: 'Tell me about a time you improved a process.', answer, targetLevel: 'Senior' })
    const measurable = f.criteria.find((c) => c.id === 'measurableResult')!
    expect(measurable.score).toBeLessThan(60)
  })

  it.each(MEASURED)('a real measure still counts: %s', (impact) => {
    expect(impactStrength(win(impact)).level).toBe('measured-scoped')
    expect(rewriteImpact(win(impact)).xyz).not.toContain(METRIC_PLACEHOLDER)
  })
})

describe('vague impact in a promo packet', () => {
  it('asks for a measure with [metric?] instead of calling it measured', async () => {
    const { buildPacket } = await import('../promo/promoPacket')
    const vague = { ...win(VAGUE[0]!), id: 'w-vague', date: '2026-03-01' }
    const packet = buildPacket({ from: '2026-01-01', to: '2026-06-30', targetLevel: 'Group PM', criteria: [] }, { wins: [vague] })
    const text = JSON.stringify(packet.sections)
    expect(text).toContain(METRIC_PLACEHOLDER)
    expect(packet.flags).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { LoopOptions } from '../../../../shared/domain/loop'
import { phraseForms } from '../../base/english'
import { ALL_BLOCKERS, ALL_GOALS } from '../../base/english/testing/phrasings'
import { buildSampleData } from '../sample/sampleData'
import { loopFacts } from './loopFacts'
import { renderOffers } from './offersMarkdown'
import { planLoop } from './planLoop'
import { fixtureHistory } from './testing/fixtureHistory'

/**
 * Every agenda and offer template × every goal and blocker phrasing in the fixtures, the sample
 * and the written styles: what a reader notices is a bare verb after a preposition ("for get",
 * "on move", "ready for get") and the agenda switching voice ("stretches me … your growth areas").
 */
const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
const fromSample = sample.people.flatMap((p) => p.items.filter((i) => i.kind !== 'note' && !i.private).map((i) => i.text))
const goals = [...new Set([...ALL_GOALS, ...fromSample, ...sample.goals.map((g) => g.title)])]
const blockers = [...new Set([...ALL_BLOCKERS, ...fromSample])]

const BASE_VERBS = new Set(
  [...goals, ...blockers]
    .map(phraseForms)
    .filter((f) => f.shape === 'verb')
    .map((f) => f.infinitive.split(' ')[0]!.toLowerCase())
    .concat(['get', 'move', 'lead', 'promote'])
)
const PAST = new Set(
  [...goals, ...blockers]
    .map(phraseForms)
    .filter((f) => f.shape === 'verb')
    .map((f) => f.past.split(' ')[0]!.toLowerCase())
)

function problems(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/\b(for|on|about|by|with|of|behind|towards|ready for)\s+(\w+)/gi)) {
    const w = m[2]!.toLowerCase()
    if (BASE_VERBS.has(w) && !PAST.has(w)) out.push(`bare verb after "${m[1]}": «${m[0]}»`)
  }
  // A question or a "no …" blocker pasted after a preposition: "on how do we…?", "behind no owner for…".
  for (const m of text.matchAll(
    /\b(?:on|for|behind|about) (?:the )?(?:no\b|(?:how|why|what|who) (?:do|does|are|is|being|should)\b|(?:should|do|does) we\b)[^\n]*/gi
  ))
    out.push(`pasted blocker: «${m[0]}»`)
  if (/\btrying to (?:promotion|a |the )/i.test(text)) out.push(`noun after "trying to": ${text}`)
  if (/\bstretches me\b|\bone of your growth areas\b.*\bme\b/i.test(text)) out.push(`mixed voice: ${text}`)
  return out
}

const variants: LoopOptions[] = [{}, { advanced: true }, { length: 'short' }, { variant: 'skip-level' }]

function planWith(text: string, kind: 'goal' | 'blocker', options: LoopOptions, myGoal?: string) {
  const data = fixtureHistory()
  const priya = data.people.find((p) => p.id === 'priya')!
  priya.items = priya.items.filter((i) => i.kind === 'note' || i.kind !== kind)
  priya.items.push({ id: 'px', kind, text, date: '2026-04-14', current: true, private: false })
  if (myGoal) data.goals[0]!.title = myGoal
  const facts = loopFacts(data, 'priya', '2026-07-10', options.variant)
  const plan = planLoop(facts, options)
  return `${plan.markdown}\n${plan.coaching.map((c) => c.text).join('\n')}\n${renderOffers(facts, plan.offers)}`
}

describe('loop templates read as English for every phrasing', () => {
  it(`their goals: ${goals.length} phrasings × ${variants.length} variants`, () => {
    const found = goals.flatMap((g) => variants.flatMap((v) => problems(planWith(g, 'goal', v)).map((x) => `${g} → ${x}`)))
    expect(found).toEqual([])
  })
  it(`their blockers: ${blockers.length} phrasings × ${variants.length} variants`, () => {
    const found = blockers.flatMap((b) => variants.flatMap((v) => problems(planWith(b, 'blocker', v)).map((x) => `${b} → ${x}`)))
    expect(found).toEqual([])
  })
  it(`the user's own goal in step four: ${goals.length} phrasings`, () => {
    const found = goals.flatMap((g) => problems(planWith('Cut churn', 'goal', {}, g)).map((x) => `${g} → ${x}`))
    expect(found).toEqual([])
  })
  it('the detector catches the mistakes it is for', () => {
    expect(problems('what would the next proof point be for get promoted to Staff Engineer?')).not.toEqual([])
    expect(problems('you were focused on move upmarket')).not.toEqual([])
    expect(problems('shows I am ready for get promoted to Group PM')).not.toEqual([])
    expect(problems('Own a first concrete step on how do we get enterprise deals to close faster?')).not.toEqual([])
    expect(problems('A one-page read-out on no owner for the design system')).not.toEqual([])
    expect(problems('Why it stretches me: practises influence, one of your growth areas')).not.toEqual([])
  })
})

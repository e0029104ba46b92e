import { describe, expect, it } from 'vitest'
import type { LoopOptions } from '../../../shared/domain/loop'
import type { StoreData } from '../../../shared/domain/storeData'
import { historyEntries } from '../context/historyEntries'
import { checkDraft } from '../drafting/claimsGuard'
import { FRAMEWORK_AMOUNTS } from './loopKinds'
import type { LoopPlan } from '../../../shared/domain/loop'
import { buildSampleData } from '../sample/sampleData'
import { addDays } from '../services/clock'
import { loopFacts } from './loopFacts'
import { renderOffers } from './offersMarkdown'
import { planLoop } from './planLoop'
import { fixtureHistory } from './testing/fixtureHistory'

const MEETING = '2026-07-10'
const plan = (data: StoreData, personId: string, options: LoopOptions = {}) => {
  const facts = loopFacts(data, personId, options.meetingDate ?? MEETING, options.variant)
  return { facts, plan: planLoop(facts, options) }
}

describe('the built-in agenda', () => {
  it('names the last commitment with its status and the latest goal as heard on its day', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya')
    expect(p.markdown).toContain('## Report back: Build the churn analysis')
    expect(p.markdown).toContain('**In progress** since 2026-04-14, due 2026-06-01')
    expect(p.markdown).toContain('It was due on 2026-06-01: own the slip')
    expect(p.markdown).toContain('On 2026-04-14 you were trying to cut churn in the mid-market segment. Is that still the priority')
    expect(p.markdown).toContain('Is “No clear data on why customers leave” still what blocks you most?')
    // The old goal is history, not a current question.
    expect(p.markdown).not.toContain('self-serve billing launch')
    expect(p.markdown).toContain('What is one thing I could take on that would help you most?')
    expect(p.markdown).toContain('My goal: **Promotion to Group PM**')
    expect(p.markdown).toContain('On 2026-01-15 I asked: “What would Group PM take?” — you said: “Own something cross-team end to end”.')
    expect(p.markdown).toContain('**About Priya:** Likes decisions framed as options.')
  })

  it('reports a delivered commitment with its outcome and impact', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya', { meetingDate: '2026-04-10' })
    expect(p.markdown).toContain('## Report back: Run the billing migration')
    expect(p.markdown).toContain('**Delivered** on 2026-03-20. Outcome: Migrated 40 accounts with zero downtime.')
    expect(p.markdown).toContain('Impact: Moved 40 accounts to the new billing system with zero downtime.')
    // The blocker it served is acknowledged as cleared, not asked about again.
    expect(p.markdown).toContain('“Nobody owns the billing migration” was what blocked you — that should be off your plate now.')
    expect(p.markdown).toContain('Since then I delivered “Run the billing migration”.')
  })

  it('adds the step-one check after a dropped commitment, and not when the history is clean', () => {
    const clean = plan(fixtureHistory(), 'priya', { meetingDate: '2026-04-10' }).plan
    expect(clean.markdown).not.toContain('step one')
    const dropped = plan(fixtureHistory({ dropped: true }), 'priya').plan
    expect(dropped.markdown).toContain('## Is my work landing? · step one')
    expect(dropped.markdown).toContain('you dropped “Build the churn analysis” on 2026-05-30')
    expect(dropped.markdown).toContain('**Dropped** on 2026-05-30. Why: Ran out of time during the launch crunch.')
    expect(dropped.prefill.howAmIDoing).toContain('Q: Is my current work landing the way you need?')
  })

  it('makes the skip-level variant lighter, about their org and visibility, never around the manager', () => {
    const data = fixtureHistory()
    const manager = plan(data, 'omar', { variant: 'manager' }).plan
    const skip = plan(data, 'omar').plan
    expect(skip.variant).toBe('skip-level')
    expect(skip.markdown).not.toBe(manager.markdown)
    expect(skip.markdown).toContain('Skip-level loop')
    expect(skip.markdown).toContain('**Never around your manager:**')
    expect(skip.markdown).toContain('Do not raise problems with Priya')
    expect(skip.markdown).toContain('Debrief Priya afterwards')
    expect(skip.markdown).toContain('focused on expand into enterprise accounts. Is that still top of the list for the org?')
    expect(skip.markdown).toContain('**Billing migration** — Moved 40 accounts')
    expect(skip.markdown).toContain('Ask for perspective, not sponsorship')
    expect(skip.markdown).not.toContain('What would you need to see from me to back it?')
    expect(manager.markdown).toContain('My goals · step four')
    expect(skip.prefill.goalIds).toEqual([])
  })

  it('writes a first-loop version when there is no history with the person', () => {
    const { plan: p } = plan(fixtureHistory(), 'newbie')
    expect(p.firstLoop).toBe(true)
    expect(p.markdown).toContain('# First loop with Jo Park')
    expect(p.markdown).toContain('No loop with Jo yet — this is the first.')
    expect(p.markdown).toContain('I would like to make this a regular conversation, about once a quarter')
    expect(p.markdown).toContain('How is my work landing from where you sit?')
    expect(p.markdown).toContain('What are you trying to do this quarter?')
    expect(p.markdown).toContain('What is blocking you most right now?')
    expect(p.markdown).toContain('Come with one idea ready')
    expect(p.markdown).not.toContain('Report back')
    expect(p.offers).toEqual([])
  })

  it('turns questions into anticipation and a proposal in advanced mode', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya', { advanced: true })
    expect(p.markdown).toContain('## What I see coming · anticipate')
    expect(p.markdown).toContain('## What I propose · step three')
    expect(p.markdown).toContain('I propose to take on: **')
    expect(p.markdown).toContain('Keeping you informed: Build the churn analysis')
    expect(p.markdown).toContain('I will keep you posted in writing at each milestone')
    expect(p.markdown).not.toContain('What is one thing I could take on')
  })

  it('keeps the five-minute version to the core: report, questions, offer and ask', () => {
    const full = plan(fixtureHistory(), 'priya').plan
    const short = plan(fixtureHistory(), 'priya', { length: 'short' }).plan
    expect(short.markdown.length).toBeLessThan(full.markdown.length * 0.75)
    expect(short.markdown).toContain('five-minute version')
    expect(short.markdown).not.toContain('about five minutes')
    expect(short.markdown).not.toContain('## Opening')
    expect(short.markdown).toContain('Build the churn analysis')
    expect(short.markdown).toContain('If nothing bigger comes up, offer')
    expect(short.markdown).toContain('what would the next proof point be for promotion to Group PM?')
    expect(short.questions.length).toBeLessThan(full.questions.length)
  })

  it('says how long since the last loop and warns when it is too soon or too late', () => {
    const data = fixtureHistory()
    expect(plan(data, 'priya').plan.cadence).toMatchObject({ lastLoop: '2026-04-14', warning: null })
    expect(plan(data, 'priya').plan.cadence.note).toBe(
      'About three months since your last loop with Priya (2026-04-14) — on the quarterly rhythm.'
    )
    const soon = plan(data, 'priya', { meetingDate: '2026-04-28' }).plan
    expect(soon.cadence.warning).toMatch(/^Too soon: monthly loops read as pushy/)
    expect(soon.markdown).toContain('> **Heads-up:** Too soon')
    const late = plan(data, 'priya', { meetingDate: '2027-06-01' }).plan
    expect(late.cadence.warning).toMatch(/^Too late: once a year is too rare/)
    expect(plan(data, 'priya', { meetingDate: '2026-09-30' }).plan.cadence.warning).toMatch(/^Overdue/)
    expect(plan(data, 'priya', { meetingDate: '2026-07-20' }).plan.cadence).toMatchObject({
      note: 'About three months since your last loop with Priya (2026-04-14) — a little past the quarterly rhythm. Book the next one before you leave.',
      warning: null
    })
  })

  it('pins the chosen offer into the agenda and the check-in prefill', () => {
    const data = fixtureHistory()
    const first = plan(data, 'priya').plan
    const other = first.offers.at(-1)!
    const pinned = plan(data, 'priya', { pinnedOfferId: other.id }).plan
    expect(pinned.pinnedOfferId).toBe(other.id)
    expect(pinned.markdown).toContain(`My offer: **${other.title.replace(/[.!?]+$/, '')}**`)
    expect(pinned.prefill.offer).toBe(other.title)
    expect(pinned.prefill.goalIds).toEqual(['my-promo'])
    expect(pinned.prefill.notes).toContain('Q: What is one thing I could take on that would help you most?\nA: ')
  })

  it('asks the user to write down their goals when step four has nothing to ask for', () => {
    const { plan: p } = plan(fixtureHistory({ noGoals: true }), 'priya')
    expect(p.markdown).toContain('You have not written down your own goals yet.')
  })

  it('never carries anything marked private', () => {
    const data = fixtureHistory({ privateBlocker: 'Worried about the reorg rumours' })
    const { facts, plan: p } = plan(data, 'priya')
    expect(JSON.stringify(p)).not.toMatch(/reorg/i)
    expect(renderOffers(facts, p.offers)).not.toMatch(/reorg/i)
    const sample = buildSampleData(new Date())
    const q = plan(sample, 'sample-cpo', { meetingDate: addDays(sample.checkIns.at(-1)!.date, 80) }).plan
    expect(JSON.stringify(q)).not.toMatch(/reorg/i)
  })
})

describe('offers', () => {
  it('offers three to five, each citing the goal or blocker it serves, with stretch, effort and how to show it', () => {
    const { facts, plan: p } = plan(fixtureHistory(), 'priya')
    const suggested = p.offers.filter((o) => o.origin === 'suggested')
    expect(suggested.length).toBeGreaterThanOrEqual(3)
    expect(suggested.length).toBeLessThanOrEqual(5)
    for (const o of suggested) {
      // The blocker is already being handled by the churn analysis in progress: only the goal is open.
      expect(o.serves?.id).toBe('pg-new')
      expect(o.whyStretch.length).toBeGreaterThan(20)
      expect(o.effort).not.toBe('')
      expect(o.showDelivery).not.toBe('')
      expect(o.flags).toEqual([])
    }
    // Strengths rank offers: the user's data-analysis strength leads.
    expect(suggested[0]!.strength).not.toBeNull()
    const md = renderOffers(facts, p.offers)
    expect(md).toContain('- **Serves:** their goal “Cut churn in the mid-market segment” (as heard on 2026-04-14)')
    // Once that work is dropped, the blocker is open again and gets offers of its own.
    const dropped = plan(fixtureHistory({ dropped: true }), 'priya')
    expect(renderOffers(dropped.facts, dropped.plan.offers)).toContain(
      '- **Serves:** their blocker “No clear data on why customers leave” (as heard on 2026-04-14)'
    )
  })

  it('flags a planted admin-style offer as too easy, and an oversized idea as too big', () => {
    const data = fixtureHistory({ adminOffer: 'Take notes and schedule the weekly staff meeting' })
    const p = plan(data, 'priya', { ownIdea: 'Rewrite the whole platform from scratch to fix churn' }).plan
    const admin = p.offers.find((o) => o.origin === 'history')!
    expect(admin.title).toBe('Take notes and schedule the weekly staff meeting')
    expect(admin.flags.map((f) => f.kind)).toContain('too-easy')
    const own = p.offers.find((o) => o.origin === 'yours')!
    expect(own.flags.map((f) => f.kind)).toEqual(['too-big'])
    expect(own.serves?.id).toBe('pg-new')
    // A flagged offer is never proposed unless pinned — and then the warning travels with it.
    expect(p.pinnedOfferId).toBeNull()
    expect(p.markdown).not.toContain('offer: **Take notes')
    const pinned = plan(data, 'priya', { pinnedOfferId: admin.id }).plan
    expect(pinned.markdown).toContain('⚠ Too easy: This is note-taking')
  })

  it('does not offer again what was already delivered', () => {
    const sample = buildSampleData(new Date())
    const ci2 = sample.checkIns.find((c) => c.id === 'sample-ci2')!
    const { plan: p } = plan(sample, 'sample-cpo', { meetingDate: addDays(ci2.date, -1) })
    expect(p.offers.map((o) => o.title).join('\n')).not.toMatch(/draft v1/i)
    expect(p.offers.every((o) => o.serves?.id === 'sample-g1')).toBe(true)
  })
})

describe('numbers guard on built-in output', () => {
  const variants: LoopOptions[] = [
    {},
    { length: 'short' },
    { advanced: true },
    { advanced: true, length: 'short' },
    { variant: 'skip-level' },
    { variant: 'manager' },
    { meetingDate: '2026-04-28' },
    { meetingDate: '2027-06-01' }
  ]
  const cases: [string, StoreData, string[]][] = [
    ['fixture', fixtureHistory({ dropped: true, adminOffer: 'Book the rooms for the offsite' }), ['priya', 'omar', 'newbie']],
    ['sample', buildSampleData(new Date('2026-11-21T12:00:00Z')), ['sample-cpo', 'sample-ceo']]
  ]
  it.each(cases)('finds no unsupported number in any agenda or offers list (%s history)', (_name, data, people) => {
    // The trust guard as a run uses it: every entry given, the meeting day chosen, the plan's own counts.
    const entries = historyEntries(data)
    const flags = (text: string, p: LoopPlan, options: object) =>
      checkDraft(text, entries, {
        dates: [(options as { meetingDate?: string }).meetingDate],
        computed: [
          p.cadence.note,
          p.cadence.warning ?? '',
          p.length === 'short' ? 'a five-minute slot' : 'a full half-hour one-on-one',
          p.meetingDate,
          p.title,
          ...FRAMEWORK_AMOUNTS
        ]
      }).flags.map((f) => `${f.text}: ${f.reason} «${text.slice(Math.max(0, f.start - 60), f.end + 20)}»`)
    let checked = 0
    for (const personId of people) {
      for (const options of variants) {
        const { facts, plan: p } = plan(data, personId, options)
        expect(flags(p.markdown, p, options), `${personId} ${JSON.stringify(options)}`).toEqual([])
        expect(flags(renderOffers(facts, p.offers), p, options)).toEqual([])
        checked++
      }
    }
    expect(checked).toBe(people.length * variants.length)
  })
})

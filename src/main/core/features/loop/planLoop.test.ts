import { describe, expect, it } from 'vitest'
import type { LoopOptions, LoopPlan } from '../../../../shared/domain/loop'
import type { StoreData } from '../../../../shared/domain/storeData'
import { historyEntries } from '../drafting/context/historyEntries'
import { checkDraft } from '../drafting/claimsGuard'
import { FRAMEWORK_AMOUNTS } from './loopKinds'
import { buildSampleData } from '../sample/sampleData'
import { addDays } from '../../base/clock'
import { loopFacts } from './loopFacts'
import { renderOffers } from './offersMarkdown'
import { planLoop } from './planLoop'
import { fixtureHistory } from './testing/fixtureHistory'

const MEETING = '2026-07-10'
const plan = (data: StoreData, personId: string, options: LoopOptions = {}) => {
  const facts = loopFacts(data, personId, options.meetingDate ?? MEETING, options.variant)
  return { facts, plan: planLoop(facts, options) }
}

const section = (p: LoopPlan, key: string) => p.sections.find((s) => s.key === key)
const asks = (p: LoopPlan, key: string) =>
  section(p, key)
    ?.lines.filter((l) => l.ask)
    .map((l) => l.text) ?? []

describe('the built-in agenda, as a typed plan (wording lives in the snapshots)', () => {
  it('reports the last commitment, asks about each current item as it stands, and leaves history out', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya')
    expect(p.sections.map((s) => s.key)).toEqual(['opening', 'report', 'stepOne', 'stepTwo', 'oneThing', 'stepFour', 'close'])
    expect(section(p, 'report')!.heading).toContain('Build the churn analysis')
    expect(p.items).toEqual([
      { id: 'pg-new', kind: 'goal', text: 'Cut churn in the mid-market segment', heardOn: '2026-04-14', state: 'open', by: null },
      {
        id: 'pb-new',
        kind: 'blocker',
        text: 'No clear data on why customers leave',
        heardOn: '2026-04-14',
        state: 'in-progress',
        by: 'cm-2'
      }
    ])
    // The old goal is history, not a current question.
    expect(p.markdown).not.toContain('self-serve billing launch')
    expect(asks(p, 'stepTwo').some((q) => q.includes('cut churn in the mid-market segment'))).toBe(true)
    expect(asks(p, 'stepFour')).toHaveLength(1)
    expect(p.prefill.goalIds).toEqual(['my-promo'])
    // Advice about the person is beside the agenda, not in it.
    expect(p.coaching).toContainEqual({ label: 'About Priya', text: 'Likes decisions framed as options.' })
    expect(p.markdown).not.toContain('Likes decisions framed as options')
  })

  it('a delivered commitment answers only the item it served', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya', { meetingDate: '2026-04-10' })
    expect(p.items.map((i) => [i.id, i.state, i.by])).toEqual([
      ['pg-old', 'open', null],
      ['pb-old', 'delivered', 'cm-1']
    ])
    expect(section(p, 'report')!.lines[0]!.text).toMatch(/^Delivered on 20 March\./)
  })

  it('keeps step one in every manager agenda, and adds the own-it coaching after a dropped commitment', () => {
    for (const options of [{ meetingDate: '2026-04-10' }, {}, { advanced: true }, { length: 'short' as const }]) {
      const p = plan(fixtureHistory(), 'priya', options).plan
      expect(asks(p, 'stepOne'), JSON.stringify(options)).toHaveLength(1)
      expect(p.prefill.howAmIDoing).toMatch(/^Q: /)
    }
    const dropped = plan(fixtureHistory({ dropped: true }), 'priya').plan
    expect(dropped.coaching.some((c) => c.text.startsWith('You dropped “Build the churn analysis” on 30 May'))).toBe(true)
    expect(dropped.markdown).not.toContain('You dropped')
  })

  it('makes the skip-level variant lighter, about their org and visibility, never around the manager', () => {
    const data = fixtureHistory()
    const manager = plan(data, 'omar', { variant: 'manager' }).plan
    const skip = plan(data, 'omar').plan
    expect(skip.variant).toBe('skip-level')
    expect(skip.sections.map((s) => s.key)).toEqual(['opening', 'highlight', 'priorities', 'oneThing', 'perspective', 'close'])
    expect(skip.coaching.find((c) => c.label === 'Never around your manager')?.text).toContain('Do not raise problems with Priya')
    expect(skip.coaching.some((c) => c.text.startsWith('Debrief Priya afterwards'))).toBe(true)
    expect(skip.markdown).not.toMatch(/Priya/)
    expect(manager.sections.some((s) => s.key === 'stepFour')).toBe(true)
    expect(skip.prefill.goalIds).toEqual([])
  })

  it('writes a first-loop version when there is no history with the person', () => {
    const { plan: p } = plan(fixtureHistory(), 'newbie')
    expect(p.firstLoop).toBe(true)
    expect(p.lastConversation).toBeNull()
    expect(p.sections.map((s) => s.key)).toEqual(['opening', 'stepOne', 'stepTwo', 'oneThing', 'stepFour', 'close'])
    expect(p.coaching.some((c) => c.text.startsWith('Come with one idea ready'))).toBe(true)
    expect(p.offers).toEqual([])
  })

  it('turns questions into anticipation and a proposal in advanced mode', () => {
    const { plan: p } = plan(fixtureHistory(), 'priya', { advanced: true })
    expect(p.sections.map((s) => s.key)).toEqual(['opening', 'report', 'stepOne', 'anticipate', 'propose', 'stepFour', 'close'])
    expect(p.questions.some((q) => q.includes('What is one thing I could take on'))).toBe(false)
  })

  it('keeps the five-minute version to the core: report, questions, offer and ask', () => {
    const full = plan(fixtureHistory(), 'priya').plan
    const short = plan(fixtureHistory(), 'priya', { length: 'short' }).plan
    expect(short.markdown.length).toBeLessThan(full.markdown.length * 0.75)
    expect(short.sections.map((s) => s.key)).toEqual(['report', 'stepOne', 'stepTwo', 'oneThing', 'stepFour'])
    expect(short.questions.length).toBeLessThan(full.questions.length)
  })

  it('says how long since the last loop and warns when it is too soon or too late', () => {
    const data = fixtureHistory()
    expect(plan(data, 'priya').plan.cadence).toMatchObject({ lastLoop: '2026-04-14', warning: null })
    const soon = plan(data, 'priya', { meetingDate: '2026-04-28' }).plan
    expect(soon.cadence.warning).toMatch(/^Too soon/)
    expect(soon.coaching.some((c) => c.label === 'Heads-up')).toBe(true)
    expect(soon.markdown).not.toContain('Too soon')
    expect(plan(data, 'priya', { meetingDate: '2027-06-01' }).plan.cadence.warning).toMatch(/^Too late/)
    expect(plan(data, 'priya', { meetingDate: '2026-09-30' }).plan.cadence.warning).toMatch(/^Overdue/)
    expect(plan(data, 'priya', { meetingDate: '2026-07-20' }).plan.cadence.warning).toBeNull()
  })

  it('pins the chosen offer into the agenda and the check-in prefill', () => {
    const data = fixtureHistory()
    const first = plan(data, 'priya').plan
    const other = first.offers.at(-1)!
    const pinned = plan(data, 'priya', { pinnedOfferId: other.id }).plan
    expect(pinned.pinnedOfferId).toBe(other.id)
    expect(section(pinned, 'oneThing')!.lines.some((l) => l.text.includes(other.title.replace(/[.!?]+$/, '')))).toBe(true)
    expect(pinned.prefill.offer).toBe(other.title)
    expect(pinned.prefill.goalIds).toEqual(['my-promo'])
    expect(pinned.prefill.notes).toContain('Q: What is one thing I could take on that would help you most?\nA: ')
  })

  it('asks the user to write down their goals when step four has nothing to ask for', () => {
    const { plan: p } = plan(fixtureHistory({ noGoals: true }), 'priya')
    expect(p.coaching.some((c) => c.text.startsWith('You have not written down your own goals yet.'))).toBe(true)
    expect(asks(p, 'stepFour')).toHaveLength(1)
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
    expect(renderOffers(facts, p.offers)).toContain('- **Serves:** their goal “Cut churn in the mid-market segment” (as heard on 14 April)')
    // Once that work is dropped, the blocker is open again and its offers lead.
    const dropped = plan(fixtureHistory({ dropped: true }), 'priya').plan
    expect(dropped.offers[0]!.serves?.id).toBe('pb-new')
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
    // A flagged suggestion is never proposed unless chosen; a typed idea is the choice, and its flags go beside the agenda.
    expect(p.pinnedOfferId).toBe(own.id)
    expect(p.markdown).not.toContain('offer: **Take notes')
    const pinned = plan(data, 'priya', { pinnedOfferId: admin.id }).plan
    expect(pinned.coaching.some((c) => c.text.startsWith('⚠ Too easy: This is note-taking'))).toBe(true)
    expect(pinned.markdown).not.toContain('⚠')
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

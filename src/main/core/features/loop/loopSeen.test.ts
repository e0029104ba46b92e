import { describe, expect, it } from 'vitest'
import type { LoopOptions } from '../../../../shared/domain/loop'
import type { StoreData } from '../../../../shared/domain/storeData'
import { buildSampleData } from '../sample/sampleData'
import { loopFacts } from './loopFacts'
import { planLoop } from './planLoop'
import { fixtureHistory } from './testing/fixtureHistory'

/** One test per "What was seen" in issue 15, on fixture histories and the seed's sample. */

const plan = (data: StoreData, personId: string, meetingDate: string, options: LoopOptions = {}) =>
  planLoop(loopFacts(data, personId, meetingDate, options.variant), { ...options, meetingDate })
const at = (d: string) => `${d}T09:00:00.000Z`

/** Priya said two goals and two blockers on one day; the fix for one blocker was delivered, another is proposed for the second. */
function twoOfEach(): StoreData {
  const data = fixtureHistory()
  const priya = data.people.find((p) => p.id === 'priya')!
  const day = '2026-04-14'
  priya.items.push(
    { id: 'pg-2', kind: 'goal', text: 'Get every product team onto shared metrics', date: day, current: true, private: false },
    { id: 'pb-2', kind: 'blocker', text: 'Product and engineering disagree on priorities', date: day, current: true, private: false }
  )
  const churn = data.commitments.find((c) => c.id === 'cm-2')!
  churn.status = 'delivered'
  churn.history.push({ status: 'delivered', on: '2026-06-01' })
  churn.outcome = 'Top reasons for leaving, from the data.'
  data.commitments.push({
    id: 'cm-3',
    title: 'Run a decision review with product and engineering leads',
    detail: '',
    personId: 'priya',
    serves: { kind: 'blocker', id: 'pb-2' },
    status: 'proposed',
    history: [{ status: 'proposed', on: '2026-06-10' }],
    outcome: '',
    createdAt: at('2026-06-10'),
    updatedAt: at('2026-06-10')
  } as StoreData['commitments'][number])
  return data
}

describe('what was seen in issue 15', () => {
  it('one delivery answers only the item it served: the other goal and blocker stay open and are asked about', () => {
    const p = plan(twoOfEach(), 'priya', '2026-07-10')
    expect(p.items.map((i) => [i.id, i.state])).toEqual([
      ['pg-new', 'open'],
      ['pg-2', 'open'],
      ['pb-new', 'delivered'],
      ['pb-2', 'open']
    ])
    const stepTwo = p.sections.find((s) => s.key === 'stepTwo')!.lines.map((l) => l.text)
    expect(stepTwo.filter((q) => q.includes('Now that'))).toEqual([])
    expect(stepTwo.some((q) => /product and engineering disagree on priorities/i.test(q))).toBe(true)
    expect(stepTwo.some((q) => q.includes('“Build the churn analysis” should have cleared it'))).toBe(true)
    // The proposed commitment names the blocker it serves: it is tied to them, not flagged.
    const proposed = p.offers.find((o) => o.id === 'commitment:cm-3')!
    expect(proposed.serves?.id).toBe('pb-2')
    expect(proposed.flags).toEqual([])
    // The open blocker comes first in the offers.
    expect(p.offers.find((o) => o.origin === 'suggested')!.serves?.id).toBe('pb-2')
  })

  it('replaying a past date does not count that day’s conversation as last time', () => {
    const p = plan(fixtureHistory(), 'priya', '2026-04-14')
    expect(p.lastConversation?.date).toBe('2026-01-15')
    expect(p.cadence.lastLoop).toBe('2026-01-15')
    expect(p.cadence.warning).toBeNull()
    expect(p.cadence.note).not.toMatch(/^Only/)
    // What was heard in that conversation is not known going into it.
    expect(p.items.map((i) => i.id)).toEqual(['pg-old', 'pb-old'])
    expect(p.markdown).not.toContain('Build the churn analysis')
  })

  it('step one is in every manager agenda, tailored to what they said last time', () => {
    const p = plan(fixtureHistory(), 'priya', '2026-04-10')
    const stepOne = p.sections.find((s) => s.key === 'stepOne')!
    expect(stepOne.lines[0]!.text).toBe('Last time (15 January) you said: “Good work on the roadmap”.')
    expect(stepOne.lines.filter((l) => l.ask === 'howAmIDoing')).toHaveLength(1)
  })

  it('a manager agenda says "last time" once: later lines refer back or give the date', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const dates = [
      sample.checkIns.find((c) => c.id === 'sample-ci2')!.date,
      sample.checkIns.find((c) => c.id === 'sample-ci4')!.date,
      '2027-02-05'
    ]
    for (const d of dates)
      for (const options of [{}, { advanced: true }, { length: 'short' as const }]) {
        const p = plan(sample, 'sample-cpo', d, options)
        expect((p.markdown.match(/last time/gi) ?? []).length, `${d} ${JSON.stringify(options)}`).toBeLessThanOrEqual(1)
      }
  })

  it('the skip-level agenda carries the last skip-level offer and its answer', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const p = plan(sample, 'sample-ceo', '2026-11-20')
    const last = p.sections.find((s) => s.key === 'lastOffer')!
    expect(last.lines[0]!.text).toContain('“Share the enterprise section of the strategy with sales leadership”')
    const short = plan(sample, 'sample-ceo', '2026-11-20', { length: 'short' })
    expect(short.sections.map((s) => s.key)).toContain('lastOffer')
    // Said once (the heading): the lines and the priorities question refer back to it rather than opening with "Last time" again.
    for (const agenda of [p, short]) expect(agenda.markdown.match(/last time/gi) ?? []).toHaveLength(1)
    // Sized small: days, not weeks.
    for (const o of p.offers.filter((x) => x.origin === 'suggested')) expect(o.effort).not.toMatch(/week|month/i)
  })

  it('after Q4 the report-back owns the slip once and does not repeat the commitment as its win', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const report = plan(sample, 'sample-cpo', '2027-02-05')
      .sections.find((s) => s.key === 'report')!
      .lines.map((l) => l.text)
    expect(report.join('\n')).not.toMatch(/any risk to the date/)
    expect(report.filter((t) => /due on 12 December 2026\b/.test(t))).toHaveLength(1)
    expect(report.join('\n')).not.toMatch(/it led to “Overhauled the PM interview loop”/)
  })

  it('the five-minute version keeps what was said next to "does that count towards what you said"', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const p = plan(sample, 'sample-cpo', '2026-11-07', { length: 'short' })
    const four = p.sections.find((s) => s.key === 'stepFour')!.lines.map((l) => l.text)
    const said = four.findIndex((t) => t.includes('you said: “Yes, if the interview loop lands”'))
    const counts = four.findIndex((t) => t.includes('Does that count towards what you said'))
    expect(said).toBeGreaterThan(-1)
    expect(counts).toBeGreaterThan(said)
  })

  it('the Q4 promotion is acknowledged in the opening of the next loop, in both lengths', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    for (const length of ['full', 'short'] as const) {
      const p = plan(sample, 'sample-cpo', '2027-02-05', { length })
      expect(p.lastConversation?.notable?.kind).toBe('promotion')
      expect(p.sections[0]!.key).toBe('opening')
      expect(p.sections[0]!.lines[0]!.text).toMatch(/thank you for backing my promotion/i)
    }
    // The day of that conversation, it is not news yet.
    expect(plan(sample, 'sample-cpo', '2026-11-07').lastConversation?.notable?.kind).not.toBe('promotion')
  })
})

describe('offers that fit', () => {
  const withGoal = (text: string) => {
    const data = fixtureHistory()
    const priya = data.people.find((p) => p.id === 'priya')!
    priya.items = priya.items.filter((i) => i.kind === 'note')
    priya.items.push({ id: 'pg-x', kind: 'goal', text, date: '2026-04-14', current: true, private: false })
    return data
  }

  it('a metrics goal gets metrics offers, not an onboarding playbook', () => {
    const p = plan(withGoal('Get every product team onto shared metrics'), 'priya', '2026-07-10')
    const top = p.offers.filter((o) => o.origin === 'suggested')
    expect(top[0]!.id).toMatch(/^metrics/)
    expect(top.map((o) => o.title).join('\n')).not.toMatch(/ramp up|next person who joins|playbook/i)
  })

  it('an offsite does not serve a metrics goal because both say "team"', () => {
    const p = plan(withGoal('Get every product team onto shared metrics'), 'priya', '2026-07-10', {
      ownIdea: 'Organize the team offsite in Lisbon'
    })
    const own = p.offers.find((o) => o.origin === 'yours')!
    expect(own.serves).toBeNull()
    expect(own.flags.map((f) => f.kind).sort()).toEqual(['too-easy', 'unanchored'])
  })

  it('a typed idea goes into the agenda at once, and the agenda stays in the user’s voice', () => {
    const p = plan(withGoal('Get every product team onto shared metrics'), 'priya', '2026-07-10', {
      ownIdea: 'Pilot the shared metrics with my team first'
    })
    expect(p.pinnedOfferId).toMatch(/^own:/)
    expect(p.prefill.offer).toBe('Pilot the shared metrics with my team first')
    expect(p.markdown).toContain('My offer: **Pilot the shared metrics with my team first**')
    for (const coaching of [/real challenge/, /You know best/, /Not tied/, /stretches (me|you)/, /growth areas/, /⚠/])
      expect(p.markdown).not.toMatch(coaching)
    expect(p.coaching.some((c) => /real challenge/.test(c.text))).toBe(true)
  })

  it('a growth area is named only where the offer practises it: "without managing them" is not practice in managing managers', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const stretches = ['2026-04-11', '2026-08-01', '2026-12-03'].flatMap((d) =>
      plan(sample, 'sample-cpo', d).offers.map((o) => o.whyStretch)
    )
    expect(stretches.filter((w) => /managing managers/i.test(w))).toEqual([])
    // Where a template does practise one, it still says so.
    expect(stretches.some((w) => /practises org-level influence/.test(w))).toBe(true)
  })

  it('an idea tied to nothing is said once in the coaching, not as "Serves Not tied …"', () => {
    const p = plan(withGoal('Get every product team onto shared metrics'), 'priya', '2026-07-10', {
      ownIdea: 'Organize the team offsite in Lisbon'
    })
    const notes = p.coaching.map((c) => c.text)
    expect(notes.filter((t) => /^Serves/.test(t))).toEqual([])
    expect(notes.filter((t) => /Not tied/.test(t))).toHaveLength(1)
  })
})

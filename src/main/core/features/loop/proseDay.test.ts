import { describe, expect, it } from 'vitest'
import type { LoopOptions } from '../../../../shared/domain/loop'
import type { StoreData } from '../../../../shared/domain/storeData'
import { buildSampleData } from '../sample/sampleData'
import { loopFacts } from './loopFacts'
import { renderOffers } from './offersMarkdown'
import { planLoop } from './planLoop'
import { proseDay } from './proseDay'
import { fixtureHistory } from './testing/fixtureHistory'

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/

describe('a day as the manager reads it', () => {
  it('writes day and month, and the year only when it is not the agenda’s year', () => {
    expect(proseDay('2026-12-12', '2026-11-07')).toBe('12 December')
    expect(proseDay('2026-12-12', '2027-02-05')).toBe('12 December 2026')
    expect(proseDay('2027-02-05', '2026-11-07')).toBe('5 February 2027')
    expect(proseDay('2026-11-07')).toBe('7 November 2026')
  })

  it('leaves what is not a real day as it was typed', () => {
    expect(proseDay('2026-02-30', '2026-01-01')).toBe('2026-02-30')
    expect(proseDay('soon', '2026-01-01')).toBe('soon')
  })
})

describe('agendas and offers show no ISO day', () => {
  const variants: LoopOptions[] = [{}, { length: 'short' }, { advanced: true }, { variant: 'skip-level' }]
  const cases: [string, StoreData, string[], string[]][] = [
    ['fixture', fixtureHistory({ dropped: true }), ['priya', 'omar', 'newbie'], ['2026-04-10', '2026-07-10', '2027-06-01']],
    ['sample', buildSampleData(new Date('2026-11-21T12:00:00Z')), ['sample-cpo', 'sample-ceo'], ['2026-07-31', '2026-11-07', '2027-02-05']]
  ]
  it.each(cases)('in every text a person reads (%s history)', (_name, data, people, days) => {
    let checked = 0
    for (const personId of people)
      for (const meetingDate of days)
        for (const options of variants) {
          const facts = loopFacts(data, personId, meetingDate, options.variant)
          const p = planLoop(facts, { ...options, meetingDate })
          const texts = [
            p.title,
            p.markdown,
            p.cadence.note,
            p.cadence.warning ?? '',
            ...p.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => l.text)]),
            ...p.coaching.map((c) => c.text),
            renderOffers(facts, p.offers)
          ]
          const where = `${personId} ${meetingDate} ${JSON.stringify(options)}`
          for (const text of texts) expect(text, where).not.toMatch(ISO_DAY)
          // The data beside the text keeps its ISO days.
          expect(p.meetingDate).toBe(meetingDate)
          checked++
        }
    expect(checked).toBe(people.length * days.length * variants.length)
  })

  it('dates them from the meeting day the user set, not from today', () => {
    const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
    const after = planLoop(loopFacts(sample, 'sample-cpo', '2027-02-05'), { meetingDate: '2027-02-05' })
    expect(after.title).toBe('Agenda: Dana Okafor, 5 February')
    expect(after.markdown).toMatch(/due on 12 December 2026\b/)
    const before = planLoop(loopFacts(sample, 'sample-cpo', '2026-11-07'), { meetingDate: '2026-11-07' })
    expect(before.markdown).toMatch(/Next loop: around 5 February 2027 \(suggested\)/)
    expect(before.markdown).not.toMatch(/\b2026\b/)
  })
})

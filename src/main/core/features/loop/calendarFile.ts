import { createEvent } from 'ics'
import type { StoreData } from '../../../../shared/domain/storeData'
import { AppError, notFound } from '../../base/errors'
import { cadenceState } from '../people/cadence'
import { loopFacts } from './loopFacts'
import { planLoop } from './planLoop'

/**
 * The next check-in with one person as an iCalendar file: on the cadence's day (today when that
 * day has passed, and the description says so), 09:00 floating local time for 30 minutes, with
 * the built-in agenda's Markdown as its description. Written by the `ics` library, not by hand.
 */
export function nextCheckInCalendar(data: StoreData, personId: string, today: string): { fileName: string; text: string; date: string } {
  const person = data.people.find((p) => p.id === personId)
  if (!person) throw notFound('person', personId)
  const cadence = cadenceState(
    person.role,
    person.cadenceDays,
    data.checkIns.filter((c) => c.personId === personId).map((c) => c.date),
    today
  )
  if (!cadence.nextDue) throw new AppError('VALIDATION', `${person.name} has no cadence; set one under People to get a next check-in day.`)
  const date = cadence.nextDue < today ? today : cadence.nextDue
  const plan = planLoop(loopFacts(data, personId, date), {})
  const late = date === cadence.nextDue ? '' : `It was due on ${cadence.nextDue}.\n\n`
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const { error, value } = createEvent({
    productId: 'loopwise/loopwise',
    uid: `loopwise-next-check-in-${personId}@loopwise.local`,
    title: `Loop check-in with ${person.name}`,
    start: [y, m, d, 9, 0],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: 30 },
    description: `${late}${plan.markdown}`
  })
  if (error || !value) throw new AppError('INTERNAL', `The calendar file could not be written: ${error?.message ?? 'no output'}.`)
  const slug =
    person.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person'
  return { fileName: `loopwise-check-in-${slug}-${date}.ics`, text: value, date }
}

import { describe, expect, it } from 'vitest'
import { CheckInsService } from '../checkins/checkInsService'
import { PeopleService } from '../people/peopleService'
import { openTempStore } from '../../store/testing/testStore'
import { nextCheckInCalendar } from './calendarFile'
import { loopFacts } from './loopFacts'
import { planLoop } from './planLoop'

/** A plain reader of RFC 5545: unfold continuation lines, split NAME;PARAMS:VALUE, unescape text. */
function parseIcs(text: string): { name: string; params: string; value: string }[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  return unfolded
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':')
      const head = line.slice(0, colon)
      const [name, ...params] = head.split(';')
      const value = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1')
      return { name: name!, params: params.join(';'), value }
    })
}

describe('the next check-in as an .ics file', () => {
  it('is one 30-minute event on the cadence day with the agenda as its description', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-12-02')
    const dana = await people.create({ name: 'Dana Okafor', role: 'manager', cadenceDays: 90 })
    await new CheckInsService(store).create({ personId: dana.id, date: '2026-10-15', offer: 'Write the onboarding plan' })
    const file = nextCheckInCalendar(store.data, dana.id, '2026-12-02')
    expect(file.fileName).toBe('loopwise-check-in-dana-okafor-2027-01-13.ics')
    const lines = parseIcs(file.text)
    const get = (name: string) => lines.filter((l) => l.name === name)
    expect(get('BEGIN').map((l) => l.value)).toEqual(['VCALENDAR', 'VEVENT'])
    expect(get('END').map((l) => l.value)).toEqual(['VEVENT', 'VCALENDAR'])
    expect(get('DTSTART')[0]!.value).toBe('20270113T090000')
    expect(get('DURATION')[0]!.value).toBe('PT30M')
    expect(get('SUMMARY')[0]!.value).toBe('Loop check-in with Dana Okafor')
    expect(get('UID')[0]!.value).toBe(`loopwise-next-check-in-${dana.id}@loopwise.local`)
    const description = get('DESCRIPTION')[0]!.value
    expect(description).toContain('# Loop check-in with Dana Okafor')
    // Exactly the agenda prepared for that day (folding and escaping undone).
    expect(description).toBe(planLoop(loopFacts(store.data, dana.id, '2027-01-13'), {}).markdown)
    // The library folds long lines at 75 characters (not octets: a line with “ or — runs a few bytes over; parsers accept it).
    expect(Math.max(...file.text.split('\r\n').map((l) => [...l].length))).toBeLessThanOrEqual(75)
  })

  it('an overdue check-in goes on today and says when it was due', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-12-02')
    const dana = await people.create({ name: 'Dana', role: 'manager', cadenceDays: 30 })
    await new CheckInsService(store).create({ personId: dana.id, date: '2026-06-01' })
    const file = nextCheckInCalendar(store.data, dana.id, '2026-12-02')
    const lines = parseIcs(file.text)
    expect(lines.find((l) => l.name === 'DTSTART')!.value).toBe('20261202T090000')
    expect(lines.find((l) => l.name === 'DESCRIPTION')!.value).toMatch(/^It was due on 2026-07-01\./)
  })
})

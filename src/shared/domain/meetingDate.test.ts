import { describe, expect, it } from 'vitest'
import { defaultMeetingDate } from './meetingDate'

describe('defaultMeetingDate', () => {
  it('is today when the last check-in was before today (or there is none)', () => {
    expect(defaultMeetingDate({ lastCheckIn: '2026-11-19', nextDue: '2027-02-17' }, '2026-12-03')).toEqual({
      date: '2026-12-03',
      after: null
    })
    expect(defaultMeetingDate({ lastCheckIn: null, nextDue: '2026-12-03' }, '2026-12-03')).toEqual({ date: '2026-12-03', after: null })
    expect(defaultMeetingDate(undefined, '2026-12-03')).toEqual({ date: '2026-12-03', after: null })
  })

  it('is the next due day when a check-in with them is already logged today', () => {
    expect(defaultMeetingDate({ lastCheckIn: '2026-12-03', nextDue: '2027-03-03' }, '2026-12-03')).toEqual({
      date: '2027-03-03',
      after: '2026-12-03'
    })
  })

  it('is after a check-in logged for a later day, and the day after it when they have no cadence', () => {
    expect(defaultMeetingDate({ lastCheckIn: '2026-12-10', nextDue: '2027-03-10' }, '2026-12-03').date).toBe('2027-03-10')
    expect(defaultMeetingDate({ lastCheckIn: '2026-12-31', nextDue: null }, '2026-12-03')).toEqual({
      date: '2027-01-01',
      after: '2026-12-31'
    })
  })
})

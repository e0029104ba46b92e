import { describe, expect, it } from 'vitest'
import { addDays, addYears, daysBetween, nextQuarter, quarterNumber, quarterOf, quarterRange, todayIso } from './dates'

describe('calendar dates', () => {
  it('reads today from the clock in local time, not UTC', () => {
    // 23:30 local on 31 March is still 31 March here, whatever the UTC date is.
    expect(todayIso(new Date(2026, 2, 31, 23, 30))).toBe('2026-03-31')
    expect(todayIso(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01')
  })

  it('adds days and years across month, year and leap-day edges', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30)
    expect(addYears('2026-05-04', -1)).toBe('2025-05-04')
    expect(addYears('2024-02-29', -1)).toBe('2023-03-01')
  })

  it('names quarters and their ranges', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4'])
    expect(quarterNumber('2026-09-30')).toBe(3)
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1')
    expect(nextQuarter('2025-Q2')).toBe('2025-Q3')
    expect(quarterRange('2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Q2 2026' })
    expect(quarterRange('2026-02-10', -1)).toEqual({ from: '2025-10-01', to: '2025-12-31', label: 'Q4 2025' })
    expect(quarterRange('2026-11-10', 1)).toEqual({ from: '2027-01-01', to: '2027-03-31', label: 'Q1 2027' })
    expect(quarterRange('2026-02-10', -5).label).toBe('Q4 2024')
  })
})

import { describe, expect, it } from 'vitest'
import { cadenceSettingWarnings, cadenceState, DEFAULT_CADENCE_DAYS } from './cadence'

const kinds = (ws: { kind: string }[]) => ws.map((w) => w.kind)

describe('cadence rules', () => {
  it('defaults to quarterly with the manager and twice a year with the skip-level', () => {
    expect(DEFAULT_CADENCE_DAYS.manager).toBe(90)
    expect(DEFAULT_CADENCE_DAYS['skip-level']).toBe(180)
    expect(cadenceState('manager', null, ['2026-01-10'], '2026-02-01').nextDue).toBe('2026-04-10')
    expect(cadenceState('skip-level', null, ['2026-01-10'], '2026-02-01').nextDue).toBe('2026-07-09')
  })

  it('uses an edited cadence', () => {
    const s = cadenceState('manager', 60, ['2026-01-10', '2025-10-01'], '2026-02-01')
    expect(s).toMatchObject({ cadenceDays: 60, lastCheckIn: '2026-01-10', nextDue: '2026-03-11', daysUntilDue: 38, warnings: [] })
  })

  it('warns when overdue, with by how much', () => {
    const s = cadenceState('manager', null, ['2025-10-01'], '2026-01-09')
    expect(s.daysUntilDue).toBe(-10)
    expect(s.warnings[0]).toMatchObject({ kind: 'overdue' })
    expect(s.warnings[0]!.message).toContain('10 days')
  })

  it('warns that more than a year is far too rare, for the setting and for the gap', () => {
    expect(kinds(cadenceSettingWarnings(400))).toEqual(['too-rare'])
    expect(kinds(cadenceSettingWarnings(365))).toEqual([])
    expect(kinds(cadenceState('manager', null, ['2024-06-01'], '2026-01-01').warnings)).toEqual(['overdue', 'too-rare'])
  })

  it('warns that sooner than about a month is too pushy, for the setting and for two close check-ins', () => {
    expect(kinds(cadenceSettingWarnings(14))).toEqual(['too-pushy'])
    expect(kinds(cadenceSettingWarnings(28))).toEqual([])
    expect(kinds(cadenceState('manager', null, ['2026-01-01', '2026-01-15'], '2026-01-20').warnings)).toEqual(['too-pushy'])
  })

  it('asks to start the loop when nothing is logged, and tracks nothing for "other" people', () => {
    expect(cadenceState('manager', null, [], '2026-01-20')).toMatchObject({ nextDue: '2026-01-20', warnings: [{ kind: 'never' }] })
    expect(cadenceState('other', null, ['2026-01-01'], '2026-09-20')).toMatchObject({ nextDue: null, warnings: [] })
  })
})

import { describe, expect, it } from 'vitest'
import type { Win } from '../../../../shared/domain/win'
import { perYear } from '../../base/quantities'
import { storedWin } from '../../store/testing'
import { projectWeight } from './rank'

const money = (value: number, unit: string): Win => ({
  ...storedWin('Saved money', `w-${unit}`),
  metrics: [{ label: 'Savings', value, unit }]
})

describe('key-project weight reads a rate the way the quantities module does', () => {
  // One table of periods: a rate per hour weighs what the same money a year weighs, by base/quantities.
  it.each(['hour', 'day', 'week', 'month', 'quarter'])('USD/%s', (per) => {
    expect(projectWeight(money(100, `USD/${per}`))).toBeCloseTo(projectWeight(money(perYear(100, per), 'USD/year')), 6)
  })
})

import { describe, expect, it } from 'vitest'
import { formatMetric } from './formatMetric'

const metric = (m: Partial<Parameters<typeof formatMetric>[0]>) => ({ label: 'Share kept', value: 80, unit: '%', ...m })

describe('formatMetric (win card chips)', () => {
  it('writes a percentage or a multiple as one token, any other unit as a word', () => {
    expect(formatMetric(metric({}))).toBe('Share kept: 80%')
    expect(formatMetric(metric({ label: 'Speed-up', value: 3, unit: 'x' }))).toBe('Speed-up: 3x')
    expect(formatMetric(metric({ label: 'Rollout time', value: 6, unit: 'weeks' }))).toBe('Rollout time: 6 weeks')
  })

  it('gives the baseline its unit and hedge', () => {
    expect(formatMetric(metric({ label: 'Build time', value: 7, unit: 'min', baseline: 22, baselineQualifier: 'about' }))).toBe(
      'Build time: 7 min (from about 22 min)'
    )
    expect(formatMetric(metric({ value: 1, baseline: 15, qualifier: 'under' }))).toBe('Share kept: under 1% (from 15%)')
  })
})

import { describe, expect, it } from 'vitest'
import { buildSampleData } from '../sample/sampleData'
import { loopTimeline } from './timeline'

describe('loop timeline', () => {
  it('shows the worked example compounding: offered, delivered, led to, quarter by quarter', () => {
    const data = buildSampleData(new Date('2026-05-15T12:00:00Z'))
    const quarters = loopTimeline(data)
    expect(quarters.map((q) => q.quarter)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'])
    expect(quarters.map((q) => q.offered.map((o) => o.title))).toEqual([
      ['Draft v1 of the product strategy doc'],
      ['Run the planning-tool rollout'],
      ['Overhaul the PM interview loop'],
      ['Write the onboarding plan for new PMs']
    ])
    expect(quarters.map((q) => q.delivered.length)).toEqual([1, 1, 1, 0])
    expect(quarters[0]!.ledTo[0]).toMatchObject({ title: 'Wrote v1 of the product strategy', fromCommitmentId: 'sample-c1' })
    expect(quarters[3]!.goalsAchieved.map((g) => g.title)).toEqual(['Promotion to Group PM'])
  })

  it('keeps empty quarters between loops so a gap is visible', () => {
    const data = buildSampleData(new Date('2026-05-15T12:00:00Z'))
    data.commitments = []
    data.goals = []
    data.checkIns = []
    data.wins = data.wins.filter((w) => w.id === 'sample-w1' || w.id === 'sample-w4')
    expect(loopTimeline(data).map((q) => [q.quarter, q.ledTo.length])).toEqual([
      ['2025-Q3', 1],
      ['2025-Q4', 0],
      ['2026-Q1', 0],
      ['2026-Q2', 1]
    ])
  })

  it('puts an undated win in no quarter (its day is only when it was recorded)', () => {
    const data = buildSampleData(new Date('2026-05-15T12:00:00Z'))
    const w = data.wins.find((w) => w.id === 'sample-w4')!
    data.wins = [...data.wins.filter((x) => x !== w), { ...w, id: 'undated-1', title: 'Undated runbook', datePrecision: 'undated' }, w]
    const titles = loopTimeline(data).flatMap((q) => q.ledTo.map((l) => l.title))
    expect(titles).toContain(w.title)
    expect(titles).not.toContain('Undated runbook')
  })
})

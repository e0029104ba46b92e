import type { PacketSettings } from '../../../../../shared/domain/promo'
import type { StoreData } from '../../../../../shared/domain/storeData'
import type { Win } from '../../../../../shared/domain/win'
import { buildSampleData } from '../../sample/sampleData'
import { DEVELOPMENT, HOLDOUT } from './labelledWins'

/** A fixed "today", so the sample's quarters (placed before today) never move. */
const SAMPLE_DAY = new Date('2026-06-15T12:00:00.000Z')

/**
 * The sample history, and the same history repeated 40 times a year apart going back (new ids,
 * shifted dates, every fourth copy undated): enough wins that sections overflow, supporters
 * repeat and the period filter has work to do. Deterministic: no clock, no randomness.
 */
export function goldenHistories(): { name: string; data: StoreData }[] {
  const sample = buildSampleData(SAMPLE_DAY)
  const shift = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`
  const copies = Array.from({ length: 40 }, (_, k) =>
    sample.wins.map((w) => ({
      ...w,
      id: `${w.id}-y${k}`,
      date: shift(w.date, k % 10),
      ...(k % 4 === 3 ? { datePrecision: 'undated' as const } : {}),
      commitmentId: k === 0 ? w.commitmentId : undefined
    }))
  )
  // The hand-labelled wins (every section, metrics of every kind), spread over ten years, with
  // the sample's people as stakeholders now and then.
  const names = sample.people.map((p) => p.name)
  const labelled: Win[] = [...DEVELOPMENT, ...HOLDOUT].flatMap((l, i) =>
    Array.from({ length: 6 }, (_, k): Win => {
      const n = i * 6 + k
      return {
        id: `labelled-${n}`,
        date: `${2016 + (n % 11)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        title: l.title,
        whatIDid: l.whatIDid ?? '',
        impact: l.impact ?? '',
        metrics: l.metrics ?? [],
        scope: l.scope ?? 'team',
        tags: l.tags ?? [],
        stakeholders: n % 3 === 0 ? [names[n % names.length]!, `Partner ${n % 7}`] : [],
        evidence: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z'
      }
    })
  )
  return [
    { name: 'sample', data: sample },
    { name: 'sample × 40', data: { ...sample, wins: copies.flat() } },
    { name: 'labelled', data: { ...sample, wins: [...sample.wins, ...labelled] } }
  ]
}

/** One year, one quarter, and ten years back from the sample's day. */
export const GOLDEN_PERIODS: PacketSettings[] = [
  { from: '2025-06-15', to: '2026-06-15', targetLevel: 'Group PM', criteria: ['Leads across teams', 'Grows other PMs'] },
  { from: '2026-01-01', to: '2026-03-31', targetLevel: 'L8', criteria: ['Sets product strategy'] },
  { from: '2016-06-15', to: '2026-06-15', targetLevel: 'Group PM', criteria: [] }
]

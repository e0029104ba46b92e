import { randomUUID } from 'node:crypto'
import { checkInSchema } from '../../src/shared/domain/checkIn'
import { commitmentSchema } from '../../src/shared/domain/commitment'
import { goalSchema } from '../../src/shared/domain/goal'
import { personSchema } from '../../src/shared/domain/person'
import { savedDraftSchema } from '../../src/shared/domain/drafting'
import type { StoreData } from '../../src/shared/domain/storeData'
import { extenders } from './fixtures'

const at = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-15`
const ts = (day: string) => `${day}T09:00:00.000Z`

/**
 * History in proportion to wins: a check-in and a commitment per 10 wins, a saved draft per
 * 50, three people and five goals — roughly a very active user's decade.
 */
export function addHistory(data: StoreData, wins: number) {
  const manager = personSchema.parse({
    id: randomUUID(),
    name: 'Dana Okafor',
    role: 'manager',
    title: 'CPO',
    items: [{ id: randomUUID(), kind: 'goal', text: 'Refresh the product strategy', date: '2025-01-10' }],
    createdAt: ts('2016-01-01'),
    updatedAt: ts('2025-01-10')
  })
  const skip = personSchema.parse({
    id: randomUUID(),
    name: 'Morgan Lee',
    role: 'skip-level',
    title: 'CEO',
    createdAt: ts('2016-01-01'),
    updatedAt: ts('2016-01-01')
  })
  const mentor = personSchema.parse({
    id: randomUUID(),
    name: 'Ari Chen',
    role: 'mentor',
    createdAt: ts('2016-01-01'),
    updatedAt: ts('2016-01-01')
  })
  data.people = [manager, skip, mentor]
  data.goals = Array.from({ length: 5 }, (_, i) =>
    goalSchema.parse({
      id: randomUUID(),
      title: `Goal ${i + 1}: grow into group PM`,
      kind: 'promotion',
      since: '2024-01-01',
      createdAt: ts('2024-01-01'),
      updatedAt: ts('2024-01-01')
    })
  )
  const n = Math.max(1, Math.floor(wins / 10))
  data.checkIns = Array.from({ length: n }, (_, i) => {
    const day = at(2016 + (i % 10), 1 + (i % 12))
    return checkInSchema.parse({
      id: randomUUID(),
      personId: i % 3 === 0 ? skip.id : manager.id,
      date: day,
      howAmIDoing: 'Landing well; keep the written updates coming.',
      theirGoals: ['Refresh the product strategy', 'Fix the hiring pipeline'],
      theirBlockers: ['No time to write the narrative'],
      offer: 'Draft v1 of the strategy narrative',
      myAsk: 'A path to group PM scope',
      theirAnswer: 'Yes, after the strategy lands',
      createdAt: ts(day),
      updatedAt: ts(day)
    })
  })
  data.commitments = Array.from({ length: n }, (_, i) => {
    const day = at(2016 + (i % 10), 1 + (i % 12))
    return commitmentSchema.parse({
      id: randomUUID(),
      title: `Deliver the quarter's one thing #${i}`,
      personId: manager.id,
      status: i % 5 === 0 ? 'in-progress' : 'delivered',
      history: [{ status: 'proposed', on: day }],
      createdAt: ts(day),
      updatedAt: ts(day)
    })
  })
  data.drafts = Array.from({ length: Math.max(1, Math.floor(wins / 50)) }, (_, i) =>
    savedDraftSchema.parse({
      id: randomUUID(),
      kind: 'summary',
      title: `Summary ${i}`,
      createdAt: ts('2025-01-01'),
      updatedAt: ts('2025-01-01'),
      versions: [
        {
          version: 1,
          text: 'Led the planning-tool rollout; every product team now plans in one place. What changed, for whom, by how much?',
          status: 'complete',
          engine: 'builtin',
          model: 'built-in',
          params: {},
          sources: [],
          createdAt: ts('2025-01-01')
        }
      ]
    })
  )
}

extenders.push(addHistory)

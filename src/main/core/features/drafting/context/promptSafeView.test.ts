import { describe, expect, it } from 'vitest'
import { checkInSchema } from '../../../../../shared/domain/checkIn'
import { commitmentSchema } from '../../../../../shared/domain/commitment'
import { DEFAULT_LADDER, type Ladder } from '../../../../../shared/domain/ladder'
import { personSchema } from '../../../../../shared/domain/person'
import { emptyStoreData, type StoreData } from '../../../../../shared/domain/storeData'
import { promptSafeView } from './promptSafeView'

const AT = '2026-01-01T00:00:00.000Z'
const item = (id: string, kind: 'goal' | 'blocker' | 'note', text: string, isPrivate = false) => ({
  id,
  kind,
  text,
  date: '2026-01-10',
  private: isPrivate
})

function history(): StoreData {
  const ava = personSchema.parse({
    id: 'ava',
    name: 'Ava',
    role: 'manager',
    createdAt: AT,
    updatedAt: AT,
    items: [
      item('g-open', 'goal', 'Ship the platform'),
      item('g-secret', 'goal', 'Leave the company', true),
      item('b-open', 'blocker', 'Hiring freeze'),
      item('n-secret', 'note', 'Going through a divorce', true),
      item('n-open', 'note', 'Prefers written updates')
    ]
  })
  const ben = personSchema.parse({
    id: 'ben',
    name: 'Ben',
    role: 'skip-level',
    createdAt: AT,
    updatedAt: AT,
    items: [item('b-twin', 'blocker', 'leave the company.')]
  })
  const checkIn = checkInSchema.parse({
    id: 'c1',
    personId: 'ava',
    date: '2026-01-10',
    theirGoals: ['Ship the platform', 'Leave the company', 'Typed before links existed'],
    theirBlockers: ['Hiring freeze', 'A deleted private worry'],
    notes: 'private words',
    notesPrivate: true,
    heard: [
      { kind: 'goal', text: 'Ship the platform', itemId: 'g-open' },
      { kind: 'goal', text: 'Leave the company', itemId: 'g-secret' },
      { kind: 'blocker', text: 'Hiring freeze', itemId: 'b-open' },
      { kind: 'blocker', text: 'A deleted private worry', itemId: 'b-gone', private: true }
    ],
    createdAt: AT,
    updatedAt: AT
  })
  const commitment = (id: string, serves: { kind: 'goal' | 'personGoal' | 'blocker'; id: string }) =>
    commitmentSchema.parse({ id, title: `Commitment ${id}`, personId: 'ava', serves, status: 'proposed', createdAt: AT, updatedAt: AT })
  return {
    ...emptyStoreData(),
    people: [ava, ben],
    checkIns: [checkIn],
    commitments: [
      commitment('serves-open', { kind: 'personGoal', id: 'g-open' }),
      commitment('serves-secret', { kind: 'personGoal', id: 'g-secret' }),
      commitment('serves-gone', { kind: 'blocker', id: 'b-gone' }),
      commitment('serves-wrong-kind', { kind: 'blocker', id: 'g-open' })
    ]
  }
}

describe('promptSafeView: the one privacy rule, as typed objects', () => {
  const data = history()
  const view = promptSafeView(data)

  it('drops private items, and shareable items anywhere that carry a private item’s words', () => {
    expect(view.people.find((p) => p.id === 'ava')!.items.map((i) => i.id)).toEqual(['g-open', 'b-open', 'n-open'])
    expect(view.people.find((p) => p.id === 'ben')!.items).toEqual([])
  })

  it('keeps a check-in’s shareable copies with the item each came from, drops private copies and private notes', () => {
    const c = view.checkIns[0]!
    expect(c.theirGoals).toEqual(['Ship the platform', 'Typed before links existed'])
    expect(c.theirBlockers).toEqual(['Hiring freeze'])
    expect(c.heard).toEqual([
      { kind: 'goal', itemId: 'g-open', text: 'Ship the platform' },
      { kind: 'goal', itemId: null, text: 'Typed before links existed' },
      { kind: 'blocker', itemId: 'b-open', text: 'Hiring freeze' }
    ])
    expect(c.notes).toBe('')
  })

  it('keeps `serves` only when its id names something the view shows, of the kind it says', () => {
    const serves = Object.fromEntries(view.commitments.map((c) => [c.id, c.serves ?? null]))
    expect(serves).toEqual({
      'serves-open': { kind: 'personGoal', id: 'g-open' },
      'serves-secret': null,
      'serves-gone': null,
      'serves-wrong-kind': null
    })
  })

  it('holds no private word or private id anywhere, is cached per store root, and never changes the store', () => {
    const text = JSON.stringify(view)
    for (const secret of [
      'Leave the company',
      'leave the company',
      'divorce',
      'private words',
      'deleted private worry',
      'g-secret',
      'n-secret',
      'b-gone'
    ])
      expect(text).not.toContain(secret)
    expect(promptSafeView(data)).toBe(view)
    expect(JSON.stringify(data)).toContain('divorce')
    expect(data.checkIns[0]!.heard).toHaveLength(4)
  })

  it('carries the user’s ladder, else the built-in one', () => {
    expect(view.ladder).toBe(DEFAULT_LADDER)
    const mine: Ladder = { ...DEFAULT_LADDER, name: 'Mine' }
    expect(promptSafeView({ ...data, promoPrefs: { placements: {}, ladder: mine } }).ladder).toBe(mine)
  })
})

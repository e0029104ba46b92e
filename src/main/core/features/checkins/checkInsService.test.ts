import { describe, expect, it } from 'vitest'
import { CheckInsService } from './checkInsService'
import { PeopleService } from '../people/peopleService'
import { openTempStore } from '../../store/testing/testStore'

describe('check-ins', () => {
  it("make what was heard the person's current goals and blockers, keeping history", async () => {
    const store = await openTempStore()
    const people = new PeopleService(store)
    const checkIns = new CheckInsService(store)
    const boss = await people.create({ name: 'Dana', role: 'manager' })
    await checkIns.create({ personId: boss.id, date: '2026-01-10', theirGoals: ['Refresh the strategy'], theirBlockers: ['No time'] })
    const { person, commitment } = await checkIns.create(
      {
        personId: boss.id,
        date: '2026-04-10',
        theirGoals: ['refresh the  strategy', 'Fix hiring'],
        theirBlockers: ['Weak interview loop']
      },
      { title: 'Overhaul the interview loop', serves: { kind: 'blocker', ref: 'Weak interview loop' }, dueDate: '2026-06-30' }
    )
    const goals = person.items.filter((i) => i.kind === 'goal')
    expect(goals.map((g) => [g.text, g.date, g.current])).toEqual([
      ['Refresh the strategy', '2026-01-10', true],
      ['Fix hiring', '2026-04-10', true]
    ])
    const blockers = person.items.filter((i) => i.kind === 'blocker')
    expect(blockers.map((b) => [b.text, b.current, b.until])).toEqual([
      ['No time', false, '2026-04-10'],
      ['Weak interview loop', true, undefined]
    ])
    expect(commitment).toMatchObject({ status: 'proposed', personId: boss.id, serves: { kind: 'blocker', id: blockers[1]!.id } })
    expect(store.data.commitments).toHaveLength(1)
  })

  it('logging an older conversation adds history without changing what is current', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store)
    const checkIns = new CheckInsService(store)
    const boss = await people.create({ name: 'Dana', role: 'manager' })
    await checkIns.create({ personId: boss.id, date: '2026-04-10', theirGoals: ['Now'] })
    const { person } = await checkIns.create({ personId: boss.id, date: '2026-01-10', theirGoals: ['Before'] })
    expect(person.items.map((i) => i.text)).toEqual(['Now'])
    expect(checkIns.list({ personId: boss.id }).map((c) => c.date)).toEqual(['2026-04-10', '2026-01-10'])
  })

  it('refuses a commitment serving something not in the check-in, saving nothing', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store)
    const checkIns = new CheckInsService(store)
    const boss = await people.create({ name: 'Dana', role: 'manager' })
    await expect(
      checkIns.create({ personId: boss.id, date: '2026-04-10' }, { title: 'X', serves: { kind: 'blocker', ref: 'not said' } })
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(store.data.checkIns).toHaveLength(0)
  })
})

import { describe, expect, it } from 'vitest'
import { AppError } from '../../base/errors'
import { loopFacts } from '../loop/loopFacts'
import { Store } from '../../store/Store'
import { CheckInsService } from '../checkins/checkInsService'
import { PeopleService } from './peopleService'
import { openTempStore } from '../../store/testing/testStore'

describe('everything can be corrected', () => {
  it('a check-in edit changes every field, step answers included, and survives a reopen', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-12-02')
    const cpo = await people.create({ name: 'Dana (CPO)', role: 'manager' })
    const checkIns = new CheckInsService(store)
    const { checkIn } = await checkIns.create({ personId: cpo.id, date: '2026-01-15', offer: 'Draft the strategy doc' })
    const fields = {
      personId: cpo.id,
      date: '2026-01-16',
      howAmIDoing: 'Landing well',
      theirGoals: ['Refresh the product strategy'],
      theirBlockers: ['No time'],
      offer: 'Draft v1 of the strategy doc',
      myAsk: 'Sponsor my promotion case',
      theirAnswer: 'Yes, after two more loops',
      goalIds: [],
      notes: 'Corrected later',
      notesPrivate: true
    }
    await checkIns.update(checkIn.id, fields)
    const reopened = await Store.open({ dataDir: store.dataDir })
    expect(reopened.data.checkIns[0]).toMatchObject(fields)
  })

  it('archives a former manager with history, keeps them out of the dashboard, and restores them', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-12-02')
    const old = await people.create({ name: 'Former manager', role: 'manager' })
    const now = await people.create({ name: 'New manager', role: 'manager' })
    await new CheckInsService(store).create({ personId: old.id, date: '2026-02-01', offer: 'x' })
    const refused = await people.delete(old.id).catch((e: unknown) => e)
    expect((refused as AppError).message).toMatch(/archive them instead/)

    await people.setArchived(old.id, true)
    expect(people.withCadence().map((p) => p.person.name)).toEqual(['New manager'])
    // The skip-level agenda names the current manager, not the archived one.
    const skip = await people.create({ name: 'Skip', role: 'skip-level' })
    expect(loopFacts(store.data, skip.id, '2026-12-02').managerName).toBe('New')

    await people.setArchived(old.id, false)
    expect(
      people
        .withCadence()
        .map((p) => p.person.name)
        .sort()
    ).toEqual(['Former manager', 'New manager', 'Skip'])
    expect(now.archived).toBe(false)

    await people.setArchived(old.id, true)
    const reopened = await Store.open({ dataDir: store.dataDir })
    expect(reopened.data.people.find((p) => p.id === old.id)).toMatchObject({ archived: true })
    expect(reopened.data.checkIns).toHaveLength(1)
  })

  it('a goal or blocker gets its "as heard on" day corrected, never after it stopped being current', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-12-02')
    const p = await people.create({ name: 'Dana', role: 'manager' })
    const withItem = await people.addItem({ personId: p.id, kind: 'goal', text: 'Refresh strategy', date: '2026-12-02', private: false })
    const item = withItem.items[0]!
    const fixed = await people.updateItem({ personId: p.id, itemId: item.id, date: '2026-01-15' })
    expect(fixed.items[0]!.date).toBe('2026-01-15')
    await people.updateItem({ personId: p.id, itemId: item.id, current: false })
    const late = await people.updateItem({ personId: p.id, itemId: item.id, date: '2027-01-01' }).catch((e: unknown) => e)
    expect((late as AppError).code).toBe('VALIDATION')
  })
})

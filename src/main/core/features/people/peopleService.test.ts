import { describe, expect, it } from 'vitest'
import { CheckInsService } from '../checkins/checkInsService'
import { parseImport, MAX_IMPORT_BYTES } from '../data/dataTransfer'
import { PeopleService } from './peopleService'
import { openTempStore } from '../../store/testing/testStore'

describe('people', () => {
  it('keeps a goal as dated history when it stops being current, and can mark it private', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-05-01')
    const p = await people.create({ name: 'Morgan', role: 'skip-level' })
    const withGoal = await people.addItem({ personId: p.id, kind: 'goal', text: 'Win enterprise', date: '2026-01-05', private: false })
    const goal = withGoal.items[0]!
    const past = await people.updateItem({ personId: p.id, itemId: goal.id, current: false, private: true })
    expect(past.items[0]).toMatchObject({ current: false, until: '2026-05-01', private: true, date: '2026-01-05' })
    const again = await people.updateItem({ personId: p.id, itemId: goal.id, current: true })
    expect(again.items[0]!.until).toBeUndefined()
  })

  it('computes cadence per person from their check-ins, with the role default', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => '2026-05-01')
    const boss = await people.create({ name: 'Dana', role: 'manager' })
    const skip = await people.create({ name: 'Morgan', role: 'skip-level', cadenceDays: 400 })
    await new CheckInsService(store).create({ personId: boss.id, date: '2026-01-05' })
    const [b, s] = people.withCadence()
    expect(b).toMatchObject({ person: { id: boss.id }, cadence: { nextDue: '2026-04-05', warnings: [{ kind: 'overdue' }] } })
    expect(s!.person.id).toBe(skip.id)
    expect(s!.cadence.warnings.map((w) => w.kind)).toEqual(['never', 'too-rare'])
  })

  it('refuses to delete someone with logged check-ins', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store)
    const boss = await people.create({ name: 'Dana', role: 'manager' })
    await new CheckInsService(store).create({ personId: boss.id, date: '2026-01-05' })
    await expect(people.delete(boss.id)).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})

describe('import size cap', () => {
  it('refuses a file over the cap before parsing it', () => {
    const huge = `{"format":"loopwise-export","version":1,"data":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`
    expect(parseImport(huge)).toEqual({ ok: false, reason: 'The file is larger than 20 MB.' })
  })
})

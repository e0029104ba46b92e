import { describe, expect, it } from 'vitest'
import { contextEntrySchema } from '../../../../../shared/domain/contextEntry'
import { CheckInsService, checkInWrites } from '../../checkins/checkInsService'
import { CommitmentsService } from '../../commitments/commitmentsService'
import { PeopleService } from '../../people/peopleService'
import { ProfileService } from '../../profile/profileService'
import { openTempStore } from '../../../store/testing/testStore'
import { WinsService } from '../../wins/winsService'
import { buildSampleData } from '../../sample/sampleData'
import { historyEntries } from './historyEntries'

const SENTINEL = 'ZEBRA-SECRET-7731'

describe('historyEntries (the prompt-facing view)', () => {
  it('never includes text marked private, by any path', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, undefined, checkInWrites)
    const checkIns = new CheckInsService(store)
    const boss = await people.create({ name: 'Dana', role: 'manager', title: 'CPO' })
    // A private note, a private goal heard in a check-in, private check-in notes, and a commitment serving the private goal.
    await people.addItem({ personId: boss.id, kind: 'note', text: `Note ${SENTINEL} note`, date: '2026-01-01', private: true })
    await people.addItem({ personId: boss.id, kind: 'note', text: 'Prefers written pre-reads', date: '2026-01-01', private: false })
    const { person } = await checkIns.create({
      personId: boss.id,
      date: '2026-01-10',
      theirGoals: [`Goal ${SENTINEL}`, 'Refresh the strategy'],
      theirBlockers: ['No time'],
      offer: 'Draft v1',
      notes: `Private notes ${SENTINEL}`,
      notesPrivate: true
    })
    const secretGoal = person.items.find((i) => i.kind === 'goal' && i.text.includes(SENTINEL))!
    await people.updateItem({ personId: boss.id, itemId: secretGoal.id, private: true })
    await new CommitmentsService(store).create({ title: 'Help', personId: boss.id, serves: { kind: 'personGoal', id: secretGoal.id } })
    await new WinsService(store).create({ date: '2026-02-01', title: 'Shipped the strategy' })
    await new ProfileService(store).update({ role: 'Senior PM', targetRole: 'Group PM' })

    const entries = historyEntries(store.data, '2026-03-01')
    const all = JSON.stringify(entries)
    expect(all).not.toContain(SENTINEL)
    expect(all).not.toContain(secretGoal.id)
    // The rest is there.
    expect(all).toContain('Prefers written pre-reads')
    expect(all).toContain('Refresh the strategy')
    expect(all).toContain('Draft v1')
    expect(entries.map((e) => e.kind).sort()).toEqual(['blocker', 'checkIn', 'commitment', 'person', 'personGoal', 'profile', 'win'])
    for (const e of entries) expect(contextEntrySchema.safeParse(e).success).toBe(true)
  })

  it('leaves the sample data private note out too', () => {
    const data = buildSampleData(new Date('2026-05-15T12:00:00Z'))
    const entries = historyEntries(data, '2026-05-15')
    expect(JSON.stringify(entries)).not.toContain('reorg')
    expect(JSON.stringify(data)).toContain('reorg')
  })

  describe('privacy by identity, not text', () => {
    const setup = async () => {
      const store = await openTempStore()
      const people = new PeopleService(store, undefined, checkInWrites)
      const checkIns = new CheckInsService(store)
      const boss = await people.create({ name: 'Dana', role: 'manager', title: 'CPO' })
      const { person, checkIn } = await checkIns.create({
        personId: boss.id,
        date: '2026-01-10',
        theirBlockers: [`Hiring ${SENTINEL} freeze`, 'No time']
      })
      const secret = person.items.find((i) => i.text.includes(SENTINEL))!
      const view = () => JSON.stringify(historyEntries(store.data, '2026-03-01'))
      return { store, people, checkIns, boss, secret, checkIn, view }
    }

    it('records which item each copy came from', async () => {
      const { checkIn, secret } = await setup()
      expect(checkIn.heard).toEqual([
        { kind: 'blocker', text: `Hiring ${SENTINEL} freeze`, itemId: secret.id },
        { kind: 'blocker', text: 'No time', itemId: expect.any(String) }
      ])
    })

    it('hides the copy after the private item is edited', async () => {
      const { people, boss, secret, view } = await setup()
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true })
      await people.updateItem({ personId: boss.id, itemId: secret.id, text: 'A staffing problem' })
      expect(view()).not.toContain(SENTINEL)
      expect(view()).toContain('No time')
    })

    it('marking private is retroactive, and unmarking shows the copy again', async () => {
      const { people, boss, secret, view } = await setup()
      expect(view()).toContain(SENTINEL)
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true })
      expect(view()).not.toContain(SENTINEL)
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: false })
      expect(view()).toContain(SENTINEL)
    })

    it('keeps the copies of a deleted private item hidden, and records it on the copy', async () => {
      const { store, people, boss, secret, checkIn, view } = await setup()
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true, text: 'Edited first' })
      await people.removeItem(boss.id, secret.id)
      expect(view()).not.toContain(SENTINEL)
      const copy = store.data.checkIns.find((c) => c.id === checkIn.id)!.heard!.find((h) => h.itemId === secret.id)
      expect(copy?.private).toBe(true)
    })

    it('a deleted item that was not private leaves its copy visible', async () => {
      const { people, boss, secret, view } = await setup()
      await people.removeItem(boss.id, secret.id)
      expect(view()).toContain(SENTINEL)
    })

    it('a private blocker re-typed with a trailing period stays one private item', async () => {
      const { people, checkIns, boss, secret, view } = await setup()
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true })
      const { person } = await checkIns.create({ personId: boss.id, date: '2026-02-10', theirBlockers: [`hiring  ${SENTINEL} FREEZE.`] })
      const matching = person.items.filter((i) => i.text.toUpperCase().includes(SENTINEL))
      expect(matching).toEqual([expect.objectContaining({ id: secret.id, private: true, current: true })])
      expect(view()).not.toContain(SENTINEL)
    })

    it('old check-ins without ids fall back to normalised words', async () => {
      const { store, people, boss, secret, view } = await setup()
      await store.update((data) => {
        data.checkIns = data.checkIns.map(({ heard: _heard, ...c }) => ({ ...c, theirBlockers: [`  HIRING ${SENTINEL}   freeze!`] }))
      })
      expect(view()).toContain(SENTINEL)
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true })
      expect(view()).not.toContain(SENTINEL)
    })

    it('a copy edited in the check-in keeps its item, so both edits together do not expose it', async () => {
      const { checkIns, people, boss, secret, checkIn, view } = await setup()
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true, text: 'A staffing problem' })
      await checkIns.update(checkIn.id, {
        ...checkIn,
        theirBlockers: [`Hiring ${SENTINEL} freeze, two more months`, 'No time', 'A new one']
      })
      expect(view()).not.toContain(SENTINEL)
      expect(view()).toContain('A new one')
    })

    it('a non-private item with the words of a private one is left out too', async () => {
      const { people, boss, secret, view } = await setup()
      await people.updateItem({ personId: boss.id, itemId: secret.id, private: true })
      await people.addItem({ personId: boss.id, kind: 'blocker', text: `Hiring ${SENTINEL} freeze.`, date: '2026-02-01', private: false })
      expect(view()).not.toContain(SENTINEL)
    })
  })
})

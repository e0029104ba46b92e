import { describe, expect, it } from 'vitest'
import { AppError } from '../base/errors'
import { migrate } from '../store/migrations'
import { Store } from '../store/Store'
import { loopFacts } from '../features/loop/loopFacts'
import { CommitmentsService } from '../features/commitments/commitmentsService'
import { PeopleService } from '../features/people/peopleService'
import { ProfileService } from '../features/profile/profileService'
import { openTempStore } from '../store/testing/testStore'
import { formatDay } from '../../../shared/formatDay'

const code = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return { code: (error as AppError).code, message: (error as AppError).message }
}

// "Today" is long after the history being typed: back-filled dates are checked against each other only.
const TODAY = '2026-12-02'

describe('every date is the user’s', () => {
  it('a back-filled commitment keeps each step on its own day, before today, after a reopen', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => TODAY)
    const c = await service.create({ title: 'Draft v1 of the strategy doc' }, '2026-01-15')
    await service.transition(c.id, 'accepted', { on: '2026-01-15' })
    await service.transition(c.id, 'delivered', { on: '2026-01-29', outcome: 'CPO used 80% of it' })
    const reopened = await Store.open({ dataDir: store.dataDir })
    expect(reopened.data.commitments[0]!.history.map((h) => `${h.status}@${h.on}`)).toEqual([
      'proposed@2026-01-15',
      'accepted@2026-01-15',
      'delivered@2026-01-29'
    ])
  })

  it('refuses a step before the one it follows, naming both days', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => TODAY)
    const c = await service.create({ title: 'Run the planning-tool rollout' }, '2026-04-10')
    const early = await code(service.transition(c.id, 'accepted', { on: '2026-04-01' }))
    expect(early.code).toBe('VALIDATION')
    expect(early.message).toContain(formatDay('2026-04-10'))
  })

  it('edits title, due day, each step day and outcome in one journalled save; order is checked', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => TODAY)
    const c = await service.create({ title: 'Overhaul the PM interview loopI volunteered' }, '2026-07-08')
    await service.transition(c.id, 'accepted', { on: '2026-07-08' })
    await service.transition(c.id, 'delivered', { on: TODAY })
    const history = [
      { status: 'proposed' as const, on: '2026-07-08' },
      { status: 'accepted' as const, on: '2026-07-09' },
      { status: 'delivered' as const, on: '2026-09-30' }
    ]
    const edited = await service.update(
      c.id,
      { title: 'Overhaul the PM interview loop', detail: '', personId: undefined, dueDate: '2026-10-01' },
      { history, outcome: 'Better candidates in 90 days' }
    )
    expect(edited).toMatchObject({
      title: 'Overhaul the PM interview loop',
      dueDate: '2026-10-01',
      outcome: 'Better candidates in 90 days'
    })
    const reopened = await Store.open({ dataDir: store.dataDir })
    expect(reopened.data.commitments[0]!.history).toEqual(history)

    const backwards = await code(
      service.update(c.id, { title: 'x', detail: '' }, { history: [history[0]!, history[1]!, { status: 'delivered', on: '2026-07-01' }] })
    )
    expect(backwards).toMatchObject({ code: 'VALIDATION' })
    // Days in the user's locale in messages; ISO is for files only.
    expect(backwards.message).toContain(`Delivered (${formatDay('2026-07-01')}) cannot be before accepted (${formatDay('2026-07-09')})`)
    expect(backwards.message).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const otherSteps = await code(service.update(c.id, { title: 'x', detail: '' }, { history: [history[0]!] }))
    expect(otherSteps.code).toBe('CONFLICT')
    const unchanged = await Store.open({ dataDir: store.dataDir })
    expect(unchanged.data.commitments[0]!.title).toBe('Overhaul the PM interview loop')
  })

  it('goals carry "since" and "achieved on", defaulting to today and checked for order', async () => {
    const store = await openTempStore()
    const service = new ProfileService(store, () => TODAY)
    const typedToday = await service.createGoal({ title: 'Promotion to Group PM', kind: 'promotion' })
    expect(typedToday.since).toBe(TODAY)
    expect(typedToday.achievedOn).toBeUndefined()
    const backdated = await service.updateGoal(typedToday.id, {
      title: 'Promotion to Group PM',
      kind: 'promotion',
      status: 'achieved',
      since: '2026-01-10',
      achievedOn: '2026-10-20'
    })
    expect(backdated).toMatchObject({ since: '2026-01-10', achievedOn: '2026-10-20' })
    const wrongWay = await code(service.createGoal({ title: 'x', status: 'achieved', since: '2026-05-01', achievedOn: '2026-04-01' }))
    expect(wrongWay.code).toBe('VALIDATION')
  })

  it('a goal typed today but held "since" January is on a back-dated agenda, and gone after it was achieved', async () => {
    const store = await openTempStore()
    const people = new PeopleService(store, () => TODAY)
    const cpo = await people.create({ name: 'Alex (CPO)', role: 'manager' })
    const goals = new ProfileService(store, () => TODAY)
    await goals.createGoal({
      title: 'Promotion to Group PM',
      kind: 'promotion',
      status: 'achieved',
      since: '2026-01-10',
      achievedOn: '2026-10-20'
    })
    expect(loopFacts(store.data, cpo.id, '2026-04-11').myGoals.map((g) => g.title)).toEqual(['Promotion to Group PM'])
    expect(loopFacts(store.data, cpo.id, '2026-01-05').myGoals).toEqual([])
    expect(loopFacts(store.data, cpo.id, '2026-11-01').myGoals).toEqual([])
  })
})

describe('migration 2 → 3', () => {
  it('gives every goal its own "since" (the day it was typed) and an achieved one its "achieved on"', () => {
    const v2 = {
      schemaVersion: 2,
      goals: [
        { id: 'a', title: 'Promo', status: 'achieved', createdAt: '2025-02-01T09:00:00.000Z', updatedAt: '2025-11-03T10:00:00.000Z' },
        { id: 'b', title: 'Skill', status: 'active', createdAt: '2025-03-04T09:00:00.000Z', updatedAt: '2025-03-04T09:00:00.000Z' }
      ]
    }
    const out = migrate(v2)
    expect(out.kind).toBe('migrated')
    const goals = (out as unknown as { data: { goals: Record<string, unknown>[] } }).data.goals
    expect(goals[0]).toMatchObject({ since: '2025-02-01', achievedOn: '2025-11-03' })
    expect(goals[1]).toMatchObject({ since: '2025-03-04' })
    expect(goals[1]).not.toHaveProperty('achievedOn')
  })
})

describe('sample data relative to today', () => {
  it.each(['2026-01-01T08:00:00Z', '2026-05-15T12:00:00Z', '2026-12-03T06:00:00Z', '2027-03-31T20:00:00Z'])(
    'on %s its four quarters end in the current quarter, nothing is dated after today and nothing is overdue',
    async (now) => {
      const { buildSampleData } = await import('../features/sample/sampleData')
      const { loopTimeline } = await import('../features/data/timeline')
      const { quarterOf, todayIso } = await import('../base/clock')
      const today = todayIso(new Date(now))
      const data = buildSampleData(new Date(now))
      expect(loopTimeline(data).at(-1)!.quarter).toBe(quarterOf(today))
      const days = [
        ...data.checkIns.map((c) => c.date),
        ...data.wins.map((w) => w.date),
        ...data.commitments.flatMap((c) => c.history.map((h) => h.on)),
        ...data.goals.flatMap((g) => [g.since, g.achievedOn ?? g.since])
      ]
      expect(days.filter((d) => d > today)).toEqual([])
      const store = await openTempStore()
      await store.update((d) => Object.assign(d, data))
      const cadence = new PeopleService(store, () => today).withCadence()
      expect(cadence.flatMap((c) => c.cadence.warnings.map((w) => w.kind))).not.toContain('overdue')
      const open = data.commitments.filter((c) => !['delivered', 'dropped'].includes(c.status))
      expect(open.filter((c) => c.dueDate && c.dueDate < today)).toEqual([])
    }
  )
})

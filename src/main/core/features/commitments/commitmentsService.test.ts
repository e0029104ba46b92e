import { describe, expect, it } from 'vitest'
import { AppError } from '../../base/errors'
import { CommitmentsService } from './commitmentsService'
import { transitionError } from './commitmentLifecycle'
import { WinsService } from '../wins/winsService'
import { openTempStore } from '../../store/testing/testStore'
import { Store } from '../../store/Store'

const conflict = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('CONFLICT')
  return (error as AppError).message
}

describe('commitment lifecycle', () => {
  it('walks proposed → accepted → in progress → delivered, keeping dated history on disk', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => '2026-03-01')
    const c = await service.create({ title: 'Draft the strategy doc', dueDate: '2026-04-01' })
    expect(c.status).toBe('proposed')
    await service.transition(c.id, 'accepted', { on: '2026-03-02' })
    await service.transition(c.id, 'in-progress', { on: '2026-03-05' })
    const done = await service.transition(c.id, 'delivered', { on: '2026-03-20', outcome: 'CPO used most of it' })
    expect(done.history.map((h) => `${h.status}@${h.on}`)).toEqual([
      'proposed@2026-03-01',
      'accepted@2026-03-02',
      'in-progress@2026-03-05',
      'delivered@2026-03-20'
    ])
    const reopened = await Store.open({ dataDir: store.dataDir })
    expect(reopened.data.commitments[0]).toMatchObject({ status: 'delivered', outcome: 'CPO used most of it' })
  })

  it('refuses invalid transitions with CONFLICT and a sentence saying what is possible', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => '2026-03-01')
    const c = await service.create({ title: 'Run the rollout' })
    expect(await conflict(service.transition(c.id, 'delivered'))).toBe(
      'A proposed commitment cannot become delivered; it can become accepted or dropped.'
    )
    expect(await conflict(service.transition(c.id, 'proposed'))).toBe('This commitment is already proposed.')
    await service.transition(c.id, 'dropped')
    expect(await conflict(service.transition(c.id, 'accepted'))).toMatch(/dropped, which is final/)
    expect(store.data.commitments[0]!.status).toBe('dropped')
  })

  it('knows every pair of statuses', () => {
    expect(transitionError('accepted', 'delivered')).toBeNull()
    expect(transitionError('in-progress', 'accepted')).toMatch(/cannot become accepted/)
    expect(transitionError('delivered', 'dropped')).toMatch(/final/)
  })

  it('refuses a date before the previous step', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store, () => '2026-03-10')
    const c = await service.create({ title: 'X' })
    await expect(service.transition(c.id, 'accepted', { on: '2026-03-01' })).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('shows the linked win from the commitment end, and unlinks it when the commitment is deleted', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store)
    const wins = new WinsService(store)
    const c = await service.create({ title: 'Overhaul the interview loop' })
    const win = await wins.create({ date: '2026-03-10', title: 'Interview loop overhauled', commitmentId: c.id })
    expect(service.view(service.get(c.id)).winIds).toEqual([win.id])
    expect(service.view(service.get(c.id)).linkedWins).toEqual([{ id: win.id, title: win.title }])
    await service.delete(c.id)
    expect(store.data.wins[0]!.commitmentId).toBeUndefined()
  })

  it('refuses links to things that do not exist', async () => {
    const store = await openTempStore()
    const service = new CommitmentsService(store)
    await expect(service.create({ title: 'X', personId: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(service.create({ title: 'X', serves: { kind: 'goal', id: 'nope' } })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(store.data.commitments).toHaveLength(0)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'

/** Through the real core: loop.backfillQuarter saves a whole past quarter or nothing of it. */
let h: Harness
let personId: string

beforeEach(async () => {
  h = await startCoreHarness()
  personId = (await h.call<{ id: string }>('people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })).id
})
afterEach(() => h.close())

const quarter = (over: Record<string, unknown> = {}) => ({
  checkIn: {
    personId,
    date: '2026-01-14',
    theirGoals: ['Refresh the product strategy'],
    theirBlockers: [],
    offer: 'Draft the strategy doc'
  },
  commitment: { title: 'Draft the strategy doc', serves: { kind: 'personGoal', ref: 'Refresh the product strategy' } },
  steps: [
    { to: 'accepted', on: '2026-01-14' },
    { to: 'delivered', on: '2026-02-11', outcome: 'Used 80% of it' }
  ],
  win: { title: 'Wrote the strategy v1', date: '2026-02-11', whatIDid: 'Draft the strategy doc', impact: 'Used 80% of it' },
  ...over
})

async function everything() {
  const [checkIns, commitments, wins, person] = await Promise.all([
    h.call<unknown[]>('checkIns.list', {}),
    h.call<unknown[]>('commitments.list', {}),
    h.call<{ items: unknown[] }>('wins.list', {}),
    h.call<{ items: unknown[] }>('people.get', { id: personId })
  ])
  return { checkIns, commitments, wins, items: person.items }
}

describe('loop.backfillQuarter', () => {
  it('records the check-in, the commitment with its steps, and the win linked to it, in one save', async () => {
    const out = await h.call<{
      commitment: { id: string; status: string; history: { status: string; on: string }[] }
      win: { commitmentId: string }
    }>('loop.backfillQuarter', quarter())
    expect(out.commitment.status).toBe('delivered')
    expect(out.commitment.history.map((s) => `${s.status} ${s.on}`)).toEqual([
      'proposed 2026-01-14',
      'accepted 2026-01-14',
      'delivered 2026-02-11'
    ])
    expect(out.win.commitmentId).toBe(out.commitment.id)
    const all = await everything()
    expect(all.checkIns).toHaveLength(1)
    expect(all.commitments).toHaveLength(1)
    expect(JSON.stringify(all.wins)).toContain('Wrote the strategy v1')
    expect(all.items).toHaveLength(1)
  })

  it.each([
    [
      'a step dated before the one it follows',
      {
        steps: [
          { to: 'accepted', on: '2026-01-14' },
          { to: 'delivered', on: '2026-01-02' }
        ]
      },
      /on or after/
    ],
    [
      'a move the lifecycle does not allow',
      {
        steps: [
          { to: 'delivered', on: '2026-02-11' },
          { to: 'accepted', on: '2026-02-12' }
        ]
      },
      /CONFLICT/
    ],
    ['a win for an offer that was not delivered', { steps: [{ to: 'accepted', on: '2026-01-14' }] }, /delivered offer/],
    ['a win with no title', { win: { title: '', date: '2026-02-11' } }, /VALIDATION/],
    [
      'a commitment serving a goal they did not say',
      { commitment: { title: 'X', serves: { kind: 'personGoal', ref: 'Something else' } } },
      /Pick a goal/
    ]
  ])('saves nothing when one part is wrong: %s', async (_name, over, message) => {
    const before = await everything()
    await expect(h.call('loop.backfillQuarter', quarter(over))).rejects.toThrow(message)
    expect(await everything()).toEqual(before)
    expect(before.checkIns).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api/contract'
import { ROUTE_ACCESS, STORE_COLLECTIONS, writesOf, type Collection } from '../../../shared/api/collections'
import { createCore, type Core } from './createCore'
import { tempDataDir } from '../store/testing'

// The renderer refreshes its cache by the table in shared/api/collections.ts. Here the table
// meets the real core: each write, made on real data, may change only what it declares.

type Ids = { person: string; bare: string; checkIn: string; commitment: string; win: string; goal: string; item: string }
type Fixture = (ids: Ids, run: (route: string, input: unknown) => Promise<unknown>) => Promise<[string, unknown]>

const at = <T>(v: T): Promise<[string, T]> => Promise.resolve(v as never)

/** One valid call per route that writes (its setup runs before the "before" snapshot). */
const WRITES: Record<string, Fixture> = {
  'app.retrySave': () => at(['app.retrySave', {}]),
  'app.dismissRecovery': () => at(['app.dismissRecovery', {}]),
  'wins.create': () => at(['wins.create', { date: '2026-03-01', title: 'Shipped search' }]),
  'wins.update': (i) => at(['wins.update', { id: i.win, win: { date: '2026-03-02', title: 'Renamed' } }]),
  'wins.delete': (i) => at(['wins.delete', { id: i.win }]),
  'wins.restore': async (i, run) => {
    const win = await run('wins.delete', { id: i.win })
    return ['wins.restore', { win }]
  },
  'impact.apply': (i) => at(['impact.apply', { winId: i.win, text: 'Cut review time from 9 to 3 days.', form: 'edited' }]),
  'impact.revert': async (i, run) => {
    await run('impact.apply', { winId: i.win, text: 'Cut review time.', form: 'edited' })
    const [version] = (await run('impact.history', { winId: i.win })) as { id: string }[]
    return ['impact.revert', { versionId: version!.id }]
  },
  'promo.build': () =>
    at(['promo.build', { settings: { from: '2026-01-01', to: '2026-12-31', targetLevel: 'Staff', criteria: ['Scope'] } }]),
  'promo.export': async (_i, run) => {
    const packet = (await run('promo.build', {
      settings: { from: '2026-01-01', to: '2026-12-31', targetLevel: 'Staff', criteria: ['Scope'] }
    })) as { id: string }
    return ['promo.export', { id: packet.id, format: 'markdown' }]
  },
  'promo.move': async (i, run) => {
    const packet = (await run('promo.build', {
      settings: { from: '2026-01-01', to: '2026-12-31', targetLevel: 'Staff', criteria: [] }
    })) as { id: string }
    return ['promo.move', { packetId: packet.id, winId: i.win, to: 'influence' }]
  },
  'promo.importLadder': () => at(['promo.importLadder', { format: 'csv', text: 'level,criterion\nL5,Ships the team’s hardest work' }]),
  'interview.submit': () =>
    at([
      'interview.submit',
      { questionId: 'q1', questionText: 'Tell me about a time.', competency: 'ownership', answer: 'I owned the fix.', typedSeconds: 30 }
    ]),
  'interview.improve': () => at(['interview.improve', { questionText: 'Tell me about a time.', competency: 'ownership' }]),
  'profile.update': () => at(['profile.update', { profile: { name: 'Sam' } }]),
  'goals.create': () => at(['goals.create', { title: 'Staff PM', kind: 'promotion' }]),
  'goals.update': (i) => at(['goals.update', { id: i.goal, goal: { title: 'Principal PM', kind: 'promotion' } }]),
  'goals.delete': (i) => at(['goals.delete', { id: i.goal }]),
  'people.create': () => at(['people.create', { name: 'Ana', role: 'mentor' }]),
  'people.update': (i) => at(['people.update', { id: i.person, person: { name: 'Dana O.', role: 'manager' } }]),
  'people.delete': async (i, run) => {
    await run('commitments.create', { title: 'Ask about the mentoring circle', personId: i.bare })
    return ['people.delete', { id: i.bare }]
  },
  'people.archive': (i) => at(['people.archive', { id: i.person, archived: true }]),
  'people.addItem': (i) => at(['people.addItem', { personId: i.person, kind: 'note', text: 'Prefers docs', date: '2026-03-01' }]),
  'people.updateItem': (i) => at(['people.updateItem', { personId: i.person, itemId: i.item, private: true }]),
  'people.removeItem': (i) => at(['people.removeItem', { personId: i.person, itemId: i.item }]),
  'checkIns.create': (i) =>
    at([
      'checkIns.create',
      { checkIn: { personId: i.person, date: '2026-04-01', theirGoals: ['Ship v2'] }, commitment: { title: 'Write the v2 brief' } }
    ]),
  'checkIns.update': (i) => at(['checkIns.update', { id: i.checkIn, checkIn: { personId: i.person, date: '2026-02-02', offer: 'More' } }]),
  'checkIns.delete': (i) => at(['checkIns.delete', { id: i.checkIn }]),
  'commitments.create': (i) => at(['commitments.create', { title: 'Run the offsite', personId: i.person }]),
  'commitments.update': (i) => at(['commitments.update', { id: i.commitment, commitment: { title: 'Draft v2' } }]),
  'commitments.transition': (i) => at(['commitments.transition', { id: i.commitment, to: 'accepted', on: '2026-02-03' }]),
  'loop.backfillQuarter': (i) =>
    at([
      'loop.backfillQuarter',
      {
        checkIn: { personId: i.person, date: '2026-04-01', theirGoals: ['Ship v2'] },
        commitment: { title: 'Write the v2 brief' },
        steps: [
          { to: 'accepted', on: '2026-04-01' },
          { to: 'delivered', on: '2026-04-20' }
        ],
        win: { date: '2026-04-20', title: 'Wrote the v2 brief' }
      }
    ]),
  'commitments.delete': (i) => at(['commitments.delete', { id: i.commitment }]),
  'data.export': () => at(['data.export', {}]),
  'data.exportWinsMarkdown': () => at(['data.exportWinsMarkdown', {}]),
  'data.importPreview': async (_i, run) => {
    const { text } = (await run('data.export', {})) as { text: string }
    return ['data.importPreview', { text, mode: 'merge' }]
  },
  'data.bragPreview': () => at(['data.bragPreview', { markdown: '## 2026\n- Cut checkout time from 9 to 3 seconds' }]),
  'data.bragSave': () => at(['data.bragSave', { wins: [{ date: '2026-05-01', title: 'From a brag doc' }] }]),
  'settings.update': () => at(['settings.update', { temperature: 0.5 }]),
  'settings.setKey': () => at(['settings.setKey', { engine: 'openai', key: 'sk-test-1234567890' }]),
  'settings.clearKey': () => at(['settings.clearKey', { engine: 'openai' }]),
  'settings.testConnection': () => at(['settings.testConnection', { engine: 'compatible', baseUrl: 'http://127.0.0.1:9/v1' }]),
  'drafts.start': () => at(['drafts.start', { kind: 'summary', params: {} }]),
  'drafts.stop': () => at(['drafts.stop', { runId: 'no-such-run' }]),
  'drafts.checkNumbers': () => at(['drafts.checkNumbers', { text: 'Cut it by 40%.' }]),
  'drafts.save': () =>
    at(['drafts.save', { kind: 'summary', title: 'Q1', text: 'Text', status: 'complete', engine: 'builtin', model: 'built-in' }]),
  'drafts.delete': async (_i, run) => {
    const draft = (await run('drafts.save', {
      kind: 'summary',
      title: 'Q1',
      text: 'Text',
      status: 'complete',
      engine: 'builtin',
      model: 'built-in'
    })) as { id: string }
    return ['drafts.delete', { id: draft.id }]
  }
}

async function seeded(): Promise<{ core: Core; ids: Ids; run: (route: string, input: unknown) => Promise<unknown> }> {
  const core = await createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
  const run = async (route: string, input: unknown) => {
    const result = await core.dispatch(route, input)
    if (!result.ok) throw new Error(`${route}: ${result.error.message}`)
    return result.data
  }
  const person = (await run('people.create', { name: 'Dana', role: 'manager' })) as { id: string }
  const bare = (await run('people.create', { name: 'Lee', role: 'mentor' })) as { id: string }
  const withItem = (await run('people.addItem', { personId: person.id, kind: 'goal', text: 'Refresh strategy', date: '2026-01-05' })) as {
    items: { id: string }[]
  }
  const { checkIn, commitment } = (await run('checkIns.create', {
    checkIn: { personId: person.id, date: '2026-01-10', offer: 'Draft v1' },
    commitment: { title: 'Draft v1' }
  })) as { checkIn: { id: string }; commitment: { id: string } }
  const win = (await run('wins.create', { date: '2026-02-01', title: 'Strategy v1', commitmentId: commitment.id, impact: 'Used' })) as {
    id: string
  }
  const goal = (await run('goals.create', { title: 'Group PM', kind: 'promotion' })) as { id: string }
  const ids = { person: person.id, bare: bare.id, checkIn: checkIn.id, commitment: commitment.id, win: win.id, goal: goal.id }
  return { core, run, ids: { ...ids, item: withItem.items[0]!.id } }
}

const snapshot = async (run: (route: string, input: unknown) => Promise<unknown>) => {
  const { text } = (await run('data.export', {})) as { text: string }
  const data = JSON.parse(text).data as Record<string, unknown>
  return Object.fromEntries(STORE_COLLECTIONS.map((c) => [c, JSON.stringify(data[c] ?? null)]))
}

describe('the route table', () => {
  it('names every route of the contract exactly once, and only collections that exist', () => {
    expect(Object.keys(ROUTE_ACCESS).sort()).toEqual(Object.keys(contract).sort())
    const known = new Set<Collection>([...STORE_COLLECTIONS, 'status', 'sample'])
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      const named = 'reads' in access ? access.reads : access.writes
      for (const c of named) expect(known.has(c), `${route} names ${c}`).toBe(true)
    }
  })

  it('a write changes, in the real core, only the collections the table says it writes', async () => {
    const everything = new Set(writesOf('sample.enter'))
    const writers = Object.keys(ROUTE_ACCESS).filter((r) => 'writes' in ROUTE_ACCESS[r as keyof typeof ROUTE_ACCESS])
    const checked: string[] = []
    for (const route of writers) {
      if (writesOf(route).length === everything.size) continue // replaces or swaps everything: nothing to under-declare
      const fixture = WRITES[route]
      expect(fixture, `no fixture for ${route}: add one so its writes are checked`).toBeDefined()
      const { core, ids, run } = await seeded()
      const [name, input] = await fixture!(ids, run)
      const before = await snapshot(run)
      await run(name, input)
      const after = await snapshot(run)
      const changed = STORE_COLLECTIONS.filter((c) => before[c] !== after[c])
      expect(
        changed.filter((c) => !writesOf(route).includes(c)),
        `${route} changed more than it declares`
      ).toEqual([])
      checked.push(route)
      await core.close()
    }
    // Every declared write was exercised, including the ones that must change nothing.
    expect(checked.length).toBe(Object.keys(WRITES).length)
  }, 120_000)
})

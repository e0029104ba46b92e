import { benchPeople, editWin, finishDraft, ok, openBenchCore, timeSummary, type Core } from './benchCore'
import { withLoad } from './load'
import { median, ms, time, type Row } from './stats'

/**
 * The routes a screen calls while it is open, with the input it sends (a page, not a whole
 * list). Writes and whole-history routes (export, import, promo.build) are measured elsewhere.
 */
async function screenCalls(core: Core): Promise<[string, unknown][]> {
  const { manager } = await benchPeople(core)
  const win = (await ok<{ wins: { id: string }[] }>(core, 'wins.page', { offset: 0, limit: 1 })).wins[0]!.id
  const checkIn = (await ok<{ items: { id: string }[] }>(core, 'checkIns.page', { offset: 0, limit: 1 })).items[0]!.id
  return [
    ['app.status', {}],
    ['wins.list', { limit: 5 }],
    ['wins.page', { offset: 0, limit: 100 }],
    ['wins.page', { query: 'pricing', offset: 2_000, limit: 100 }],
    ['wins.get', { id: win }],
    ['wins.tags', {}],
    ['impact.strengths', {}],
    ['impact.rewrite', { winId: win }],
    ['promo.defaults', {}],
    ['promo.list', {}],
    ['interview.questions', { offset: 0, limit: 25 }],
    ['interview.questions', { query: 'hiring', offset: 0, limit: 25 }],
    ['interview.attempts', { questionId: `win:${win}` }],
    ['profile.get', {}],
    ['goals.list', {}],
    ['people.list', {}],
    ['people.get', { id: manager }],
    ['checkIns.page', { offset: 0, limit: 50 }],
    ['checkIns.page', { offset: 2_000, limit: 50 }],
    ['checkIns.get', { id: checkIn }],
    ['commitments.page', { open: true, offset: 0, limit: 50 }],
    ['commitments.page', { offset: 1_000, limit: 50 }],
    ['dashboard.timeline', {}],
    ['settings.get', {}],
    ['drafts.kinds', {}],
    ['drafts.page', { offset: 0, limit: 50 }],
    ['search.history', { query: 'strategy', limit: 30 }],
    ['loop.prepare', { personId: manager }],
    ['drafts.preview', { kind: 'offers', params: { personId: manager } }],
    ['drafts.preview', { kind: 'summary', params: { focus: 'hiring' } }]
  ]
}

/**
 * Every screen route at one size, through dispatch (validation and output checks included):
 * the first call after a change (cold: caches keyed on the collection rebuilt) and the median of
 * warm calls. Target ≤ 100 ms for both.
 */
export async function routeBench(size: number, runs: number): Promise<Row[]> {
  const { core, close } = await openBenchCore(size, 'routes')
  const rows: Row[] = []
  for (const [route, input] of await screenCalls(core)) {
    const [cold] = await time(() => ok(core, route, input))
    const warm: number[] = []
    for (let r = 0; r < runs; r++) warm.push((await time(() => ok(core, route, input)))[0])
    const w = median(warm)
    rows.push({
      area: `route ${size.toLocaleString()} wins`,
      measure: `${route} ${JSON.stringify(input).slice(0, 60)}: first / warm median`,
      value: withLoad(`${ms(cold)} / ${ms(w)} ms`),
      target: '≤ 100 ms',
      ok: cold <= 100 && w <= 100
    })
  }
  await close()
  rows.push(...(await afterReadAhead(size)))
  return rows
}

/** The routes whose first call builds per-win caches, called once the start's read-ahead is done. */
const READ_AHEAD_ROUTES = new Set(['wins.page', 'impact.strengths', 'interview.questions', 'loop.prepare', 'drafts.preview'])

/**
 * What a person waits for who opens a screen a few seconds after the start, not the instant the
 * store opens: a fresh store, the read-ahead (search/readAhead.ts) left to finish, then the first
 * call of each route that builds per-win caches.
 */
async function afterReadAhead(size: number): Promise<Row[]> {
  const { core, close } = await openBenchCore(size, 'routes-ahead')
  const t0 = performance.now()
  const calls = (await screenCalls(core)).filter(([route]) => READ_AHEAD_ROUTES.has(route))
  await core.readAhead
  const took = performance.now() - t0
  const rows: Row[] = []
  for (const [route, input] of calls) {
    const [first] = await time(() => ok(core, route, input))
    rows.push({
      area: `route ${size.toLocaleString()} wins`,
      measure: `${route} ${JSON.stringify(input).slice(0, 60)}: first call after the start's read-ahead (it finished ${ms(took)} ms after the store opened)`,
      value: withLoad(`${ms(first)} ms`),
      target: '≤ 100 ms',
      ok: first <= 100
    })
  }
  await close()
  return rows
}

/** Interview questions and the offers draft at two sizes, cold (first call on a fresh store): ≤ 5× for 5× the data. */
export async function scalingBench(small: number, large: number): Promise<Row[]> {
  const cases: [string, (core: Core, manager: string) => Promise<unknown>][] = [
    ['interview.questions, first page', (core) => ok(core, 'interview.questions', { offset: 0, limit: 25 })],
    [
      'offers draft (drafts.start, built-in) with all the commitments',
      (core, manager) => finishDraft(core, 'offers', { personId: manager })
    ],
    [
      'summary draft right after an edit (drafts.start, built-in)',
      async (core) => {
        await editWin(core, 0, '(edited)')
        return timeSummary(core)
      }
    ]
  ]
  const promoYear = { from: '2025-01-01', to: '2025-12-31', targetLevel: 'Group PM', criteria: ['Leads across teams'] }
  cases.push(
    // The first build reads the numbers of the whole history once (the guard says where an
    // uncited number is); later builds, and builds after an edit, read only what changed.
    ['promo packet, one year, first build (promo.build)', (core) => ok(core, 'promo.build', { settings: promoYear })],
    [
      'promo packet, one year, right after an edit (promo.build)',
      async (core) => {
        await editWin(core, 0, '(edited again)')
        const t = performance.now()
        await ok(core, 'promo.build', { settings: promoYear })
        return performance.now() - t
      }
    ]
  )
  const times = new Map<string, number[]>()
  for (const size of [small, large]) {
    const { core, close } = await openBenchCore(size, 'scaling')
    const { manager } = await benchPeople(core)
    for (const [label, run] of cases) {
      const [t, inner] = await time(() => run(core, manager))
      times.set(label, [...(times.get(label) ?? []), typeof inner === 'number' ? inner : t])
    }
    await close()
  }
  return [...times].map(([label, [a, b]]) => ({
    area: 'scaling',
    measure: `${label}: ${small.toLocaleString()} vs ${large.toLocaleString()} wins`,
    value: withLoad(`${ms(a!)} / ${ms(b!)} ms (${(b! / a!).toFixed(1)}×)`),
    target: `≤ ${large / small}× and ≤ 100 ms`,
    ok: b! / a! <= large / small && b! <= 100
  }))
}

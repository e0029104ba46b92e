import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/app/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { withLoad } from './load'
import { median, ms, time, type Row } from './stats'

type Core = Awaited<ReturnType<typeof createCore>>

async function ok<T>(core: Core, route: string, input: unknown): Promise<T> {
  const result = await core.dispatch(route, input)
  if (!result.ok) throw new Error(`${route}: ${result.error.message}`)
  return result.data as T
}

/**
 * The routes a screen calls while it is open, with the input it sends (a page, not a whole
 * list). Writes and whole-history routes (export, import, promo.build) are measured elsewhere.
 */
async function screenCalls(core: Core): Promise<[string, unknown][]> {
  const people = await ok<{ id: string; role: string }[]>(core, 'people.list', {})
  const manager = people.find((p) => p.role === 'manager')!.id
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
  const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-bench-routes-'))
  writeFileSync(join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(size), journalSeq: 0 }))
  const core = await createCore({ dataDir, mode: 'browser', version: 'bench', lockFolder: false })
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
  // Linear or better: the interview questions' first page at 10k vs this size, cold.
  await core.close()
  return rows
}

/** Interview questions and the offers draft at two sizes, cold (first call on a fresh store): ≤ 5× for 5× the data. */
export async function scalingBench(small: number, large: number): Promise<Row[]> {
  const cases: [string, (core: Core, manager: string) => Promise<unknown>][] = [
    ['interview.questions, first page', (core) => ok(core, 'interview.questions', { offset: 0, limit: 25 })],
    [
      'offers draft (drafts.start, built-in) with all the commitments',
      async (core, manager) => {
        const started = await ok<{ runId: string }>(core, 'drafts.start', { kind: 'offers', params: { personId: manager } })
        for (;;) {
          const r = await core.dispatch('drafts.result', { runId: started.runId })
          if (r.ok && r.data && (r.data as { status: string }).status !== 'streaming') return
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
    ],
    [
      'summary draft right after an edit (drafts.start, built-in)',
      async (core) => {
        const win = (await ok<{ wins: { id: string; title: string }[] }>(core, 'wins.page', { offset: 0, limit: 1 })).wins[0]!
        const full = await ok<Record<string, unknown>>(core, 'wins.get', { id: win.id })
        const { id: _id, createdAt: _c, updatedAt: _u, ...input } = full
        await ok(core, 'wins.update', { id: win.id, win: { ...input, title: `${win.title} (edited)` } })
        const t = performance.now()
        const started = await ok<{ runId: string }>(core, 'drafts.start', { kind: 'summary', params: { focus: 'planning' } })
        for (;;) {
          const r = await core.dispatch('drafts.result', { runId: started.runId })
          if (r.ok && r.data && (r.data as { status: string }).status !== 'streaming') return performance.now() - t
          await new Promise((resolve) => setImmediate(resolve))
        }
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
        const win = (await ok<{ wins: { id: string; title: string }[] }>(core, 'wins.page', { offset: 0, limit: 1 })).wins[0]!
        const full = await ok<Record<string, unknown>>(core, 'wins.get', { id: win.id })
        const { id: _id, createdAt: _c, updatedAt: _u, ...input } = full
        await ok(core, 'wins.update', { id: win.id, win: { ...input, title: `${win.title} (edited again)` } })
        const t = performance.now()
        await ok(core, 'promo.build', { settings: promoYear })
        return performance.now() - t
      }
    ]
  )
  const times = new Map<string, number[]>()
  for (const size of [small, large]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-bench-scaling-'))
    writeFileSync(join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(size), journalSeq: 0 }))
    const core = await createCore({ dataDir, mode: 'browser', version: 'bench', lockFolder: false })
    const manager = (await ok<{ id: string; role: string }[]>(core, 'people.list', {})).find((p) => p.role === 'manager')!.id
    for (const [label, run] of cases) {
      const [t, inner] = await time(() => run(core, manager))
      times.set(label, [...(times.get(label) ?? []), typeof inner === 'number' ? inner : t])
    }
    await core.close()
  }
  return [...times].map(([label, [a, b]]) => ({
    area: 'scaling',
    measure: `${label}: ${small.toLocaleString()} vs ${large.toLocaleString()} wins`,
    value: withLoad(`${ms(a!)} / ${ms(b!)} ms (${(b! / a!).toFixed(1)}×)`),
    target: `≤ ${large / small}× and ≤ 100 ms`,
    ok: b! / a! <= large / small && b! <= 100
  }))
}

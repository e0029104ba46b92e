import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/app/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { withLoad } from './load'
import { median, ms, type Row } from './stats'

type Core = Awaited<ReturnType<typeof createCore>>

async function ok<T>(core: Core, route: string, input: unknown): Promise<T> {
  const result = await core.dispatch(route, input)
  if (!result.ok) throw new Error(`${route}: ${result.error.message}`)
  return result.data as T
}

async function summary(core: Core): Promise<number> {
  const t = performance.now()
  const started = await ok<{ runId: string }>(core, 'drafts.start', { kind: 'summary', params: { focus: 'planning' } })
  for (;;) {
    const r = await core.dispatch('drafts.result', { runId: started.runId })
    if (r.ok && r.data && (r.data as { status: string }).status !== 'streaming') return performance.now() - t
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/**
 * "A built-in summary right after an edit" (issue 18 item 6): the summary is timed after each
 * edit of a win, once the process has built its caches (the first summary, timed apart). The
 * history caches are keyed on collection versions, so an edit re-derives only what it changed.
 */
export async function editBench(sizes: number[], rounds: number): Promise<Row[]> {
  const rows: Row[] = []
  const warmBySize = new Map<number, number>()
  for (const size of sizes) {
    const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-bench-edit-'))
    writeFileSync(join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(size), journalSeq: 0 }))
    const core = await createCore({ dataDir, mode: 'browser', version: 'bench', lockFolder: false })
    const first = await summary(core)
    const afterEdit: number[] = []
    for (let r = 0; r < rounds; r++) {
      const win = (await ok<{ wins: { id: string; title: string }[] }>(core, 'wins.page', { offset: r, limit: 1 })).wins[0]!
      const full = await ok<Record<string, unknown>>(core, 'wins.get', { id: win.id })
      const { id: _id, createdAt: _c, updatedAt: _u, ...input } = full
      await ok(core, 'wins.update', { id: win.id, win: { ...input, title: `${win.title} (edited)` } })
      afterEdit.push(await summary(core))
    }
    await core.close()
    rmSync(dataDir, { recursive: true, force: true })
    const m = median(afterEdit)
    warmBySize.set(size, m)
    rows.push({
      area: `edit ${size.toLocaleString()} wins`,
      measure: `summary draft (drafts.start, built-in) right after a wins.update: median / max of ${rounds} (first summary in the process)`,
      value: withLoad(`${ms(m)} / ${ms(Math.max(...afterEdit))} ms (${ms(first)} ms)`),
      target: '≤ 100 ms',
      ok: m <= 100
    })
  }
  if (sizes.length > 1) {
    const a = warmBySize.get(sizes[0]!)!
    const b = warmBySize.get(sizes.at(-1)!)!
    rows.push({
      area: 'edit',
      measure: `summary right after an edit, ${sizes.at(-1)!.toLocaleString()} ÷ ${sizes[0]!.toLocaleString()} wins`,
      value: `${(b / a).toFixed(2)}×`,
      target: `≤ ${sizes.at(-1)! / sizes[0]!}×`,
      ok: b / a <= sizes.at(-1)! / sizes[0]!
    })
  }
  return rows
}

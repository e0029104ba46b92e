import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/app/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import './historyFixtures'

/** The benches' one way into the app: the real core over a real store file, as browser mode opens it. */
export type Core = Awaited<ReturnType<typeof createCore>>

/** A fresh store of `wins` wins in its own temp folder; `close` shuts the core and removes the folder. */
export async function openBenchCore(wins: number, name: string): Promise<{ core: Core; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `loopwise-bench-${name}-`))
  writeFileSync(join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(wins), journalSeq: 0 }))
  const core = await createCore({ dataDir, mode: 'browser', version: 'bench', lockFolder: false })
  return {
    core,
    async close() {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** A route's data; a failed route stops the bench, so a figure never times an error. */
export async function ok<T>(core: Core, route: string, input: unknown): Promise<T> {
  const result = await core.dispatch(route, input)
  if (!result.ok) throw new Error(`${route}: ${result.error.message}`)
  return result.data as T
}

/** Starts a draft and polls drafts.result until it stops streaming: the whole draft, as a screen waits for it. */
export async function finishDraft(core: Core, kind: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { runId } = await ok<{ runId: string }>(core, 'drafts.start', { kind, params })
  for (;;) {
    const result = await core.dispatch('drafts.result', { runId })
    if (result.ok && result.data && (result.data as { status: string }).status !== 'streaming') return result.data
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** Milliseconds for a built-in summary draft, from drafts.start to its last streamed part. */
export async function timeSummary(core: Core): Promise<number> {
  const t = performance.now()
  await finishDraft(core, 'summary', { focus: 'planning' })
  return performance.now() - t
}

/** Renames the win at `offset` through wins.update, as the edit screen saves it. */
export async function editWin(core: Core, offset: number, suffix: string): Promise<void> {
  const win = (await ok<{ wins: { id: string; title: string }[] }>(core, 'wins.page', { offset, limit: 1 })).wins[0]!
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = await ok<Record<string, unknown>>(core, 'wins.get', { id: win.id })
  await ok(core, 'wins.update', { id: win.id, win: { ...input, title: `${win.title} ${suffix}` } })
}

/** The manager's and the skip-level's ids in a bench store. */
export async function benchPeople(core: Core): Promise<{ manager: string; skip: string }> {
  const people = await ok<{ id: string; role: string }[]>(core, 'people.list', {})
  return { manager: people.find((p) => p.role === 'manager')!.id, skip: people.find((p) => p.role === 'skip-level')!.id }
}

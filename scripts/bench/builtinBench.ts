import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { median, ms, time, type Row } from './stats'

type Core = Awaited<ReturnType<typeof createCore>>

/**
 * Each built-in feature measured through the app's own route (validation, context, engine,
 * guards included). A feature lists the route call that produces its draft or score.
 */
export interface BuiltinCase {
  label: string
  run(core: Core): Promise<unknown>
}

async function runDraft(core: Core, kind: string, params: Record<string, unknown> = {}) {
  const started = await core.dispatch('drafts.start', { kind, params })
  if (!started.ok) throw new Error(`${kind}: ${started.error.message}`)
  const runId = (started.data as { runId: string }).runId
  for (;;) {
    const result = await core.dispatch('drafts.result', { runId })
    if (result.ok && (result.data as { status: string }).status !== 'streaming') return result.data
    await new Promise((r) => setImmediate(r))
  }
}

export const builtinCases: BuiltinCase[] = [
  { label: 'summary (draft kind)', run: (core) => runDraft(core, 'summary', { focus: 'planning' }) }
]

export async function builtinBench(sizes: number[], runs: number): Promise<Row[]> {
  const rows: Row[] = []
  for (const n of sizes) {
    const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-bench-builtin-'))
    writeFileSync(join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...makeStoreData(n), journalSeq: 0 }))
    const core = await createCore({ dataDir, mode: 'browser', version: 'bench', lockFolder: false })
    for (const c of builtinCases) {
      await c.run(core) // warm-up
      const times: number[] = []
      for (let r = 0; r < runs; r++) times.push((await time(() => c.run(core)))[0])
      const t = median(times)
      rows.push({
        area: `built-in ${n.toLocaleString()} wins`,
        measure: c.label,
        value: `${ms(t)} ms`,
        target: n >= 10_000 ? '≤ 50 ms' : '',
        ok: n >= 10_000 ? t <= 50 : null
      })
    }
    await core.close()
  }
  return rows
}

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { quietLogger } from './lib'

export interface FaultOutcome {
  /** Null when every promise held. */
  problem: string | null
  /** The code and message the user saw for the failed save. */
  code?: string
  message?: string
}

const titlesIn = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { wins: Array<{ title: string }> }).wins.map((w) => w.title)

/**
 * One disk fault, end to end through the real core: a saved win, the fault, two saves that
 * must fail with STORAGE while staying in memory and leaving the old file intact, the fix,
 * a retry that must succeed, and a fresh start that must see everything.
 */
export async function runFaultScenario(dataDir: string, breakDisk: () => void, fixDisk: () => void): Promise<FaultOutcome> {
  const file = join(dataDir, STORE_FILE_NAME)
  const core = await createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger, lockFolder: false })
  let outcome: FaultOutcome
  try {
    const a = await core.dispatch('wins.create', { date: '2026-01-10', title: 'before the fault' })
    if (!a.ok) return { problem: `could not save before the fault (${a.error.code})` }
    breakDisk()
    const b = await core.dispatch('wins.create', { date: '2026-01-11', title: 'during the fault 1' })
    const c = await core.dispatch('wins.create', { date: '2026-01-12', title: 'during the fault 2' })
    if (b.ok || c.ok) return { problem: 'a save during the fault was reported as done' }
    outcome = { problem: null, code: b.error.code, message: b.error.message }
    if (b.error.code !== 'STORAGE' || c.error.code !== 'STORAGE') return { ...outcome, problem: `expected STORAGE, got ${b.error.code}` }
    if (!/not saved/i.test(b.error.message)) return { ...outcome, problem: 'the message does not say "not saved"' }
    const status = await core.dispatch('app.status', {})
    if (!status.ok || (status.data as { saved: boolean }).saved) return { ...outcome, problem: 'the status does not show "not saved"' }
    const list = await core.dispatch('wins.list', {})
    const inMemory = list.ok ? (list.data as Array<{ title: string }>).map((w) => w.title) : []
    if (!inMemory.includes('during the fault 1') || !inMemory.includes('during the fault 2')) {
      return { ...outcome, problem: 'changes made during the fault were dropped from memory' }
    }
    fixDisk()
    // The old file must have survived untouched by the failed writes (if the folder survived).
    try {
      if (!titlesIn(file).includes('before the fault')) return { ...outcome, problem: 'the file on disk lost an earlier save' }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        return { ...outcome, problem: 'the file on disk was damaged by a failed save' }
    }
    const retry = await core.dispatch('app.retrySave', {})
    if (!retry.ok || !(retry.data as { saved: boolean }).saved) return { ...outcome, problem: 'retry after the fix did not save' }
    const onDisk = titlesIn(file)
    for (const t of ['before the fault', 'during the fault 1', 'during the fault 2']) {
      if (!onDisk.includes(t)) return { ...outcome, problem: `"${t}" is not on disk after the retry` }
    }
    const temps = readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))
    if (temps.length) return { ...outcome, problem: `failed saves left temp files: ${temps.join(', ')}` }
  } finally {
    await core.close()
  }
  const again = await createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger, lockFolder: false })
  const list = await again.dispatch('wins.list', {})
  await again.close()
  if (!list.ok || (list.data as unknown[]).length !== 3) return { ...outcome, problem: 'a fresh start does not see all three wins' }
  return outcome
}

import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { createCore, type Core } from '../../src/main/core/app/createCore'
import { Store } from '../../src/main/core/store/Store'
import { quietLogger, tempDir } from './lib'

export interface FaultOutcome {
  /** Null when every promise held. */
  problem: string | null
  /** What the user saw for the saves made during the fault. */
  code?: string
  message?: string
}

export interface FaultOptions {
  /** Break the disk while the app is stopped and start it on the broken disk (a read-only
   *  remount is refused while a file is open for writing; wrong permissions are usually
   *  there before the app starts). Otherwise the disk breaks under the running app. */
  breakWhileStopped?: boolean
}

// The real start, lock included: a broken disk must not need the lock turned off.
const open = (dataDir: string) => createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger })
// Big enough that it cannot fit in the slack of a block the journal already owns.
const bigText = 'Rolled out the new on-call rota across three teams. '.repeat(380)

/** What a start right now would see, without touching the folder: open a copy. */
async function titlesAStartWouldSee(dataDir: string): Promise<string[]> {
  const copy = join(tempDir('crashview'), 'data')
  cpSync(dataDir, copy, { recursive: true })
  const store = await Store.open({ dataDir: copy })
  const titles = store.data.wins.map((w) => w.title)
  await store.flush()
  return titles
}

/**
 * One disk fault, end to end through the real core. Each save made during the fault must
 * either be refused with STORAGE ("Not saved"), stay in memory and be written by a retry once
 * the fault is fixed — or, if reported done, really be on disk (a start from a copy of the
 * folder sees it). A fresh start at the end must see every win.
 */
export async function runFaultScenario(
  dataDir: string,
  breakDisk: () => void,
  fixDisk: () => void,
  options: FaultOptions = {}
): Promise<FaultOutcome> {
  let core: Core = await open(dataDir)
  const outcome: FaultOutcome = { problem: null }
  const fail = (problem: string) => ({ ...outcome, problem })
  const wanted = ['before the fault', 'during the fault 1', 'during the fault 2']
  try {
    const a = await core.dispatch('wins.create', { date: '2026-01-10', title: wanted[0] })
    if (!a.ok) return fail(`could not save before the fault (${a.error.code})`)
    if (options.breakWhileStopped) {
      await core.close()
      breakDisk()
      core = await open(dataDir).catch((error: Error) => {
        throw new Error(`the app did not start on the broken disk: ${error.message}`)
      })
    } else breakDisk()

    if (options.breakWhileStopped) return await readOnlyStart(core, dataDir, fixDisk, wanted[0]!, outcome)
    const done: string[] = []
    for (const title of wanted.slice(1)) {
      const r = await core.dispatch('wins.create', { date: '2026-01-11', title, whatIDid: bigText })
      if (r.ok) {
        done.push(title)
        continue
      }
      outcome.code = r.error.code
      outcome.message = r.error.message
      if (r.error.code !== 'STORAGE') return fail(`expected STORAGE, got ${r.error.code}: ${r.error.message}`)
      if (!/not saved/i.test(r.error.message)) return fail('the message does not say "not saved"')
    }
    const refused = done.length < 2
    if (!refused) outcome.code = 'saved'
    const status = await core.dispatch('app.status', {})
    if (refused && (!status.ok || (status.data as { saved: boolean }).saved)) return fail('the status does not show "not saved"')
    const list = await core.dispatch('wins.list', {})
    const inMemory = list.ok ? (list.data as Array<{ title: string }>).map((w) => w.title) : []
    if (wanted.some((t) => !inMemory.includes(t))) return fail('a change made during the fault was dropped from memory')

    fixDisk()
    // A save reported done must already be on disk, whatever happens to the app next.
    const seen = await titlesAStartWouldSee(dataDir).catch(() => [] as string[])
    for (const t of done) if (!seen.includes(t)) return fail(`"${t}" was reported saved but a start would not see it`)

    if (refused) {
      const retry = await core.dispatch('app.retrySave', {})
      if (!retry.ok || !(retry.data as { saved: boolean }).saved) return fail('retry after the fix did not save')
      const after = await titlesAStartWouldSee(dataDir)
      for (const t of wanted) if (!after.includes(t)) return fail(`"${t}" is not on disk after the retry`)
    }
  } finally {
    await core.close()
  }
  const again = await open(dataDir)
  const list = await again.dispatch('wins.list', {})
  await again.close()
  const titles = list.ok ? (list.data as Array<{ title: string }>).map((w) => w.title) : []
  if (wanted.some((t) => !titles.includes(t))) return fail('a fresh start does not see all three wins')
  return outcome
}

/**
 * Started on a disk it cannot write: read-only, with the reason and the folder; every saved win
 * shown; a save refused with STORAGE ("Not saved") that changes nothing. Once the disk is fixed
 * a new start saves again.
 */
async function readOnlyStart(core: Core, dataDir: string, fixDisk: () => void, kept: string, outcome: FaultOutcome): Promise<FaultOutcome> {
  const fail = (problem: string) => ({ ...outcome, problem })
  const status = await core.dispatch('app.status', {})
  const s = status.ok ? (status.data as { readOnly: boolean; readOnlyReason: string | null }) : null
  if (!s?.readOnly || !s.readOnlyReason?.includes(dataDir)) return fail(`not read-only with the folder named: ${JSON.stringify(s)}`)
  const list = await core.dispatch('wins.list', {})
  if (!list.ok || !(list.data as Array<{ title: string }>).some((w) => w.title === kept)) return fail('the saved win is not shown')
  const r = await core.dispatch('wins.create', { date: '2026-01-11', title: 'refused' })
  if (r.ok) return fail('a save on the unwritable folder was reported done')
  outcome.code = r.error.code
  outcome.message = r.error.message
  if (r.error.code !== 'STORAGE' || !/^Not saved/.test(r.error.message))
    return fail(`expected STORAGE "Not saved", got ${r.error.code}: ${r.error.message}`)
  await core.close()
  fixDisk()
  const again = await open(dataDir)
  try {
    const saved = await again.dispatch('wins.create', { date: '2026-01-12', title: 'after the fix' })
    if (!saved.ok) return fail(`no save after the fix: ${saved.error.message}`)
  } finally {
    await again.close()
  }
  return outcome
}

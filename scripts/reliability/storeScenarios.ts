import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { createCore, type Core } from '../../src/main/core/app/createCore'
import { fillDiskInjected } from '../../src/main/core/store/diskFault'
import { DataFolderLockedError, LOCK_DIR_NAME } from '../../src/main/core/store/lock'
import { lockRace, type StaleKind } from '../../src/main/core/store/lockRace'
import { currentBoot, processStart } from '../../src/main/core/store/processIdentity'
import { COMPACTION, JOURNAL_FILE_NAME, Store, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { fillDisk, withTmpfs } from './diskFaults'
import { newDataDir, quietLogger, sleep, tempDir, type Figure, type RunConfig, type Section } from './lib'
import { checkUnwritableStart, startBrowserMode } from './unwritableStart'

const open = (dataDir: string) => createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger })
const bigText = 'Rolled out the new on-call rota across three teams. '.repeat(380)

/** What the next start sees if the app is SIGKILLed now: a start on a copy of the folder. */
async function titlesAfterAKill(dataDir: string): Promise<string[]> {
  const copy = join(tempDir('killed'), 'data')
  cpSync(dataDir, copy, { recursive: true })
  const store = await Store.open({ dataDir: copy, idleCompaction: false })
  return store.data.wins.map((w) => w.title)
}

async function create(core: Core, title: string, whatIDid = '') {
  return core.dispatch('wins.create', { date: '2026-01-10', title, whatIDid })
}

/**
 * The reproduction: a full disk tears a journal append, the idle compaction that
 * follows fails too, space comes back, the next save is acknowledged, then a kill. Every
 * acknowledged save — and the refused one, kept in memory and written by the next — must be
 * in what the next start reads.
 */
async function tornJournalTry(dataDir: string, fill: () => Promise<() => void>): Promise<{ problem: string | null; torn: boolean }> {
  const core = await open(dataDir)
  let torn = false
  try {
    if (!(await create(core, 'before the fault')).ok) return { problem: 'could not save before the fault', torn }
    const free = await fill()
    await create(core, 'during the fault', bigText)
    const journal = join(dataDir, JOURNAL_FILE_NAME)
    torn = existsSync(journal) && !readFileSync(journal, 'utf8').endsWith('\n')
    // Idle compaction runs now, on the full disk, and fails.
    await sleep(COMPACTION.idleMs + 800)
    free()
    const after = await create(core, 'after the fault')
    if (!after.ok) return { problem: `the save after the fault failed: ${after.error.message}`, torn }
    const seen = await titlesAfterAKill(dataDir)
    // 'during the fault' too: acknowledged, or refused and kept in memory for the next save's snapshot.
    const want = ['before the fault', 'during the fault', 'after the fault']
    const missing = want.filter((t) => !seen.includes(t))
    return { problem: missing.length ? `lost after a kill: ${missing.join(', ')}` : null, torn }
  } finally {
    await core.close()
  }
}

export async function tornJournal(config: RunConfig): Promise<Section> {
  const tries = config.short ? 1 : 3
  const failures: string[] = []
  let tornSeen = 0
  let how = ''
  for (let i = 0; i < tries; i++) {
    let result = await withTmpfs(1024, async (mount) => {
      let filler = ''
      const r = await tornJournalTry(join(mount, 'data'), async () => {
        filler = fillDisk(mount)
        return () => rmSync(filler)
      })
      return { problem: r.problem, code: r.torn ? 'torn' : 'clean' }
    })
    if ('skipped' in result) {
      // No tmpfs here: the same fault injected into every file write (half the bytes, then ENOSPC).
      const r = await tornJournalTry(newDataDir('torn'), fillDiskInjected)
      result = { problem: r.problem, code: r.torn ? 'torn' : 'clean' }
      how = 'injected ENOSPC (no tmpfs here)'
    } else how = '1 MB tmpfs filled to the last byte'
    if (result.code === 'torn') tornSeen++
    if (result.problem) failures.push(`torn journal try ${i + 1}: ${result.problem}`)
  }
  return {
    name: 'torn journal',
    failures,
    figures: [
      {
        area: 'torn journal + idle compaction',
        figure: 'tries (full disk, failed compaction, space back, save, kill)',
        value: tries,
        ok: true,
        note: how
      },
      {
        area: 'torn journal + idle compaction',
        figure: 'tries where the append left torn bytes',
        value: `${tornSeen} / ${tries}`,
        ok: true
      },
      { area: 'torn journal + idle compaction', figure: 'acknowledged saves lost', value: failures.length, ok: failures.length === 0 }
    ]
  }
}

export async function folderGone(config: RunConfig): Promise<Section> {
  const tries = config.short ? 1 : 3
  const failures: string[] = []
  for (let i = 0; i < tries; i++) {
    const dataDir = newDataDir('gone')
    const core = await open(dataDir)
    try {
      await create(core, 'first')
      await create(core, 'second')
      // Idle: the journal is folded and closed. Then the folder goes, and comes back empty.
      await sleep(COMPACTION.idleMs + 800)
      rmSync(dataDir, { recursive: true, force: true })
      await sleep(300)
      mkdirSync(dataDir)
      const third = await create(core, 'third')
      if (!third.ok) failures.push(`try ${i + 1}: the save into the recreated folder failed: ${third.error.message}`)
      else {
        if (!existsSync(join(dataDir, STORE_FILE_NAME))) failures.push(`try ${i + 1}: a journal was written with no snapshot beside it`)
        const seen = await titlesAfterAKill(dataDir)
        const missing = ['first', 'second', 'third'].filter((t) => !seen.includes(t))
        if (missing.length) failures.push(`try ${i + 1}: lost after a kill: ${missing.join(', ')}`)
      }
    } finally {
      await core.close()
    }
  }
  return {
    name: 'folder gone',
    failures,
    figures: [
      { area: 'folder deleted, idle, recreated', figure: 'tries (save, idle, rm -rf, mkdir, save, kill)', value: tries, ok: true },
      { area: 'folder deleted, idle, recreated', figure: 'histories lost', value: failures.length, ok: failures.length === 0 }
    ]
  }
}

export async function lockRaces(config: RunConfig): Promise<Section> {
  const rounds: StaleKind[] = config.short ? ['dead PID'] : ['dead PID', 'dead PID', 'dead PID', 'dead PID', 'dead PID']
  const starts = 100
  const dataDir = newDataDir('race')
  mkdirSync(dataDir, { recursive: true })
  const t0 = Date.now()
  const results = await lockRace({ dataDir, starts, rounds })
  const failures = results
    .filter((r) => r.won !== 1 || r.errors.length)
    .map((r, i) => `round ${i + 1}: ${r.won} winners, errors: ${r.errors.slice(0, 3).join('; ')}`)
  return {
    name: 'lock race',
    failures,
    figures: [
      {
        area: 'stale-lock race',
        figure: 'rounds × simultaneous starts (child processes)',
        value: `${results.length} × ${starts}`,
        ok: true,
        note: `${((Date.now() - t0) / 1000).toFixed(1)} s`
      },
      {
        area: 'stale-lock race',
        figure: 'rounds with exactly one winner',
        value: `${results.filter((r) => r.won === 1).length} / ${results.length}`,
        ok: failures.length === 0
      }
    ]
  }
}

/** A lock naming a PID that now belongs to another process (a reboot, a wrap-around) must not block. */
export async function reusedPid(config: RunConfig): Promise<Section> {
  const failures: string[] = []
  const figures: Figure[] = []
  const unrelated = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  await sleep(150)
  try {
    const pid = unrelated.pid!
    const cases: Array<{ name: string; claim: Record<string, unknown>; shouldStart: boolean }> = [
      { name: 'same PID, another start time', claim: { boot: currentBoot(), start: '1' }, shouldStart: true },
      { name: 'same PID, another boot', claim: { boot: 'a-boot-before-the-last-reboot', start: processStart(pid) }, shouldStart: true },
      { name: 'the live process itself (must refuse)', claim: { boot: currentBoot(), start: processStart(pid) }, shouldStart: false }
    ]
    for (const c of cases) {
      const dataDir = newDataDir('reused')
      mkdirSync(join(dataDir, LOCK_DIR_NAME), { recursive: true })
      writeFileSync(
        join(dataDir, LOCK_DIR_NAME, '7.json'),
        JSON.stringify({ pid, mode: 'desktop', startedAt: 'before', host: hostname(), ...c.claim })
      )
      let started = false
      let refusal = ''
      try {
        const core = await open(dataDir)
        started = (await create(core, 'after the stale lock')).ok
        await core.close()
      } catch (error) {
        refusal = error instanceof DataFolderLockedError ? 'refused (locked)' : `threw ${(error as Error).message}`
      }
      const ok = started === c.shouldStart && (started || refusal === 'refused (locked)')
      if (!ok) failures.push(`reused PID, ${c.name}: ${started ? 'started' : refusal}`)
      figures.push({ area: 'reused-PID lock', figure: c.name, value: started ? 'started, saved' : refusal, ok })
    }
    // The short run keeps the three starts above; the race with a reused PID runs in the full run.
    if (config.short) return { name: 'reused PID', failures, figures }
    const raceDir = newDataDir('race-reused')
    mkdirSync(raceDir, { recursive: true })
    const rounds = await lockRace({ dataDir: raceDir, starts: 100, rounds: ['reused PID', 'reused PID'] })
    const good = rounds.filter((r) => r.won === 1 && r.errors.length === 0).length
    if (good !== rounds.length) failures.push(`reused-PID race: ${rounds.map((r) => r.won).join(', ')} winners`)
    figures.push({
      area: 'reused-PID lock',
      figure: 'race rounds × 100 starts with exactly one winner',
      value: `${good} / ${rounds.length}`,
      ok: good === rounds.length
    })
  } finally {
    unrelated.kill('SIGKILL')
  }
  return { name: 'reused PID', failures, figures }
}

/** Read-only disk and no permission, through browser mode's entry and the Electron main module (fake electron). */
export async function unwritableStarts(config: RunConfig): Promise<Section> {
  const figures: Figure[] = []
  const failures: string[] = []
  for (const kind of ['read-only disk', 'no permission'] as const) {
    const outcome = await checkUnwritableStart(config.repoRoot, kind)
    if ('skipped' in outcome) {
      figures.push({ area: 'unwritable start', figure: `browser mode, ${kind}`, value: 'skipped', ok: true, note: outcome.skipped })
      continue
    }
    if (outcome.problem) failures.push(`browser mode, ${kind}: ${outcome.problem}`)
    figures.push({
      area: 'unwritable start',
      figure: `browser mode, ${kind}`,
      value: outcome.problem ? 'FAILED' : 'read-only, data shown, STORAGE',
      ok: !outcome.problem,
      note: outcome.how
    })
  }
  // The Electron entry's test also runs in every `vitest run`; the short run leaves it there.
  if (config.short) {
    figures.push({
      area: 'unwritable start',
      figure: 'Electron main module (fake electron), read-only disk',
      value: 'in vitest',
      ok: true,
      note: 'full run only; src/main/electron/entry.test.ts'
    })
    return { name: 'unwritable start', failures, figures }
  }
  const report = join(tempDir('vitest-entry'), 'report.json')
  spawnSync(
    process.execPath,
    [
      join(config.repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      'src/main/electron/entry.test.ts',
      '-t',
      'cannot write',
      '--reporter=json',
      `--outputFile=${report}`
    ],
    { cwd: config.repoRoot, encoding: 'utf8', timeout: 120_000 }
  )
  const json = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numTotalTests: number; numPendingTests: number })
    : null
  const passed = json?.numPassedTests ?? 0
  const ran = (json?.numTotalTests ?? 0) - (json?.numPendingTests ?? 0)
  if (!json || passed !== ran || ran === 0) failures.push('the Electron entry read-only test did not pass')
  figures.push({
    area: 'unwritable start',
    figure: 'Electron main module (fake electron), read-only disk',
    value: `${passed} / ${ran} tests`,
    ok: !!json && ran > 0 && passed === ran
  })
  return { name: 'unwritable start', failures, figures }
}

/** A new user: HOME with no ~/.config, no --data-dir, through browser mode's real entry. */
export async function freshHome(config: RunConfig): Promise<Section> {
  const failures: string[] = []
  const home = join(tempDir('fresh-home'), 'home')
  mkdirSync(home)
  const folder = join(home, '.config', 'Loopwise')
  let modeText = '-'
  try {
    const first = await startBrowserMode(config.repoRoot, null, { home })
    modeText = (statSync(folder).mode & 0o777).toString(8)
    if (modeText !== '700') failures.push(`the data folder was made with mode ${modeText}`)
    const saved = await first.call('wins.create', { date: '2026-01-10', title: 'first win on a new machine' })
    if (!saved.ok) failures.push(`the first save failed: ${saved.error?.message}`)
    await first.stop()
    const second = await startBrowserMode(config.repoRoot, null, { home })
    const list = await second.call('wins.list')
    await second.stop()
    if (!list.ok || (list.data as unknown[]).length !== 1) failures.push('the second start does not see the first win')
    // A new nested --data-dir is what every other section starts from; the full run adds it through the entry.
    if (!config.short) {
      const nested = newDataDir('fresh-nested')
      const third = await startBrowserMode(config.repoRoot, nested)
      if (!(await third.call('wins.create', { date: '2026-01-10', title: 'in a new --data-dir' })).ok)
        failures.push('no save in a new nested --data-dir')
      await third.stop()
      if (!readdirSync(nested).includes(STORE_FILE_NAME)) failures.push('no loopwise.json in the new --data-dir')
    }
  } catch (error) {
    failures.push(`browser mode did not start for a new user: ${(error as Error).message}`)
  }
  return {
    name: 'fresh HOME',
    failures,
    figures: [
      {
        area: 'fresh HOME',
        figure: 'browser mode, no ~/.config, no --data-dir: started, saved, restarted',
        value: failures.length ? 'FAILED' : 'ok',
        ok: failures.length === 0
      },
      { area: 'fresh HOME', figure: 'mode of the data folder it made', value: modeText, ok: modeText === '700' }
    ]
  }
}

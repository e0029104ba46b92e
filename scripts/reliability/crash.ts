import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { storeDataSchema } from '../../src/shared/domain/storeData'
import { JOURNAL_FILE_NAME, Store, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { migrate } from '../../src/main/core/store/migrations'
import { storedWin } from '../../src/main/core/store/testing'
import { random, sleep, tempDir, type RunConfig, type Section } from './lib'

/**
 * Crash safety: a child saving to the store is SIGKILLed at random moments. After every
 * kill the file must parse, match the schema, and hold every save the child reported as
 * done; temp files a kill leaves behind must be gone once the next child has started.
 *
 * The child runs the TypeScript sources through tsx (not the built bundle) so the test
 * always exercises the code in the tree, with nothing to rebuild first.
 */
export async function crashSafety(config: RunConfig): Promise<Section> {
  const kills = config.short ? 30 : 200
  const rand = random(config.seed)
  const dir = tempDir('crash')
  const file = join(dir, STORE_FILE_NAME)
  seedStore(file)
  const acked = new Set<string>()
  const failures: string[] = []
  let staleSeen = 0
  let staleCleaned = 0
  let killsDuringStartup = 0
  let killsWithTempOnDisk = 0
  let unreadable = 0
  let tornTails = 0
  const childScript = join(config.repoRoot, 'scripts/reliability/crashChild.ts')

  for (let round = 0; round < kills; round++) {
    // One kill in five lands while the child is still starting (lock, stale-file cleanup,
    // open backup); the rest land while it is saving.
    const early = rand() < 0.2
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dir, `r${round}`], {
      cwd: config.repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffer = ''
    let ready = false
    let errors = ''
    const readyPromise = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8')
        let nl: number
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl)
          buffer = buffer.slice(nl + 1)
          if (line.startsWith('ack ')) acked.add(line.slice(4))
          else if (line.startsWith('ready ')) {
            ready = true
            resolve()
          } else if (line.startsWith('err ')) errors += `${line}\n`
        }
      })
    })
    child.stderr.on('data', (c: Buffer) => (errors += c.toString('utf8')))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

    if (early) {
      await Promise.race([sleep(50 + rand() * 400), readyPromise])
      if (!ready) killsDuringStartup++
    } else {
      await Promise.race([readyPromise, exited])
      await sleep(rand() * 120)
    }
    child.kill('SIGKILL')
    await exited
    // Lines already in the pipe were acknowledged before the kill: read them all.
    await sleep(5)
    if (errors.trim()) failures.push(`round ${round}: child reported ${errors.trim().slice(0, 300)}`)

    // The snapshot itself must always parse: it is only ever replaced whole.
    const raw = checkSnapshot(file)
    if (raw) {
      unreadable++
      failures.push(`round ${round}: ${raw}`)
    }
    // Then start as the app does (journal replayed onto the snapshot): every acknowledged
    // save is there, nothing is moved aside, and temp files the kill left are cleaned.
    const journal = join(dir, JOURNAL_FILE_NAME)
    if (existsSync(journal) && !/(^|\n)$/.test(readFileSync(journal, 'utf8'))) tornTails++
    const temps = tempFilesIn(dir)
    if (temps.length) killsWithTempOnDisk++
    staleSeen += temps.length
    const store = await Store.open({ dataDir: dir })
    const left = tempFilesIn(dir).filter((t) => temps.includes(t))
    staleCleaned += temps.length - left.length
    if (left.length) failures.push(`round ${round}: stale temp files survived a start: ${left.join(', ')}`)
    if (store.getStatus().recovery) failures.push(`round ${round}: the store was recovered (${store.getStatus().recovery?.reason})`)
    const titles = new Set(store.data.wins.map((w) => w.title))
    const missing = [...acked].filter((t) => !titles.has(t))
    if (missing.length) failures.push(`round ${round}: ${missing.length} acknowledged saves missing after a kill, e.g. ${missing[0]}`)
    await store.flush()
    if (failures.length > 5) break
  }

  // A last, normal start: every acknowledged save is there.
  const store = await Store.open({ dataDir: dir })
  const titles = new Set(store.data.wins.map((w) => w.title))
  const lost = [...acked].filter((t) => !titles.has(t))
  await store.flush()
  const leftover = tempFilesIn(dir)
  if (leftover.length) failures.push(`temp files left after a normal start: ${leftover.join(', ')}`)
  if (lost.length) failures.push(`${lost.length} acknowledged saves missing, e.g. ${lost.slice(0, 3).join(', ')}`)

  return {
    name: 'crash safety',
    failures,
    figures: [
      { area: 'crash safety', figure: 'SIGKILLs', value: kills, ok: true, note: `${killsDuringStartup} while starting, the rest mid-save` },
      { area: 'crash safety', figure: 'acknowledged saves', value: acked.size, ok: acked.size > kills },
      { area: 'crash safety', figure: 'saves lost', value: lost.length, ok: lost.length === 0 },
      { area: 'crash safety', figure: 'files unreadable after a kill', value: unreadable, ok: unreadable === 0 },
      {
        area: 'crash safety',
        figure: 'stale temp files cleaned / left by kills',
        value: `${staleCleaned} / ${staleSeen}`,
        ok: staleCleaned === staleSeen && leftover.length === 0,
        note: `${killsWithTempOnDisk} kills left a snapshot temp file, ${tornTails} a torn journal line`
      }
    ]
  }
}

/**
 * Null when the snapshot parses and matches the schema. The seed is an older version, so a kill
 * during the first start's migration leaves that version on disk: it must still be one the next
 * start migrates, so the check reads it through the same migrations.
 */
function checkSnapshot(file: string): string | null {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return `the store does not parse after a kill (${(error as Error).message})`
  }
  const migrated = migrate(raw)
  if (migrated.kind === 'invalid' || migrated.kind === 'newer') return `the store has no readable version after a kill (${migrated.kind})`
  return storeDataSchema.safeParse(migrated.data).success ? null : 'the store does not match its schema after a kill'
}

const tempFilesIn = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(`${STORE_FILE_NAME}.`) && n.endsWith('.tmp'))

/** ~1 MB of existing history, so a save takes long enough for kills to land mid-write. */
function seedStore(file: string) {
  const at = '2026-01-01T00:00:00.000Z'
  const wins = Array.from({ length: 300 }, (_, i) => ({
    ...storedWin(`seed ${i}`, `seed-${i}`),
    date: '2025-06-01',
    whatIDid: 'x'.repeat(3000),
    createdAt: at,
    updatedAt: at
  }))
  writeFileSync(file, JSON.stringify({ schemaVersion: 2, wins }))
}

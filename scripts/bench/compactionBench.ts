import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { WinsService } from '../../src/main/core/features/wins/winsService'
import { COMPACTION, Store, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeWin } from './fixtures'
import { seedStore } from './storeBench'
import { mb, median, ms, percentile, time, type Row } from './stats'

const tempDir = () => mkdtempSync(join(tmpdir(), 'loopwise-bench-'))
const load = () => `load ${loadavg()[0]!.toFixed(1)}`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const fmt = (n: number) => n.toLocaleString('en-US')

interface Sqlite {
  prepare(sql: string): { run(...args: unknown[]): unknown }
  pragma(sql: string): unknown
  exec(sql: string): unknown
  transaction(fn: () => void): () => void
  close(): void
}

/**
 * better-sqlite3, or the reason it cannot load. It is not a dependency: it has no prebuilt binary
 * for Node 20 here, so compiling it would add minutes to every `npm ci`, and node:sqlite needs
 * Node 22. For the comparison rows: `npm i --no-save better-sqlite3@12.11.1`.
 */
function openSqlite(file: string): Sqlite | string {
  try {
    const require = createRequire(__filename)
    const Database = require('better-sqlite3') as new (file: string) => Sqlite
    return new Database(file)
  } catch (error) {
    return `better-sqlite3 could not load (npm i --no-save better-sqlite3@12.11.1): ${(error as Error).message.split('\n')[0]}`
  }
}

/** The same edits, one row each, in SQLite with WAL and synchronous=FULL: p50 / p99.9 / max. */
function sqliteSaves(n: number, saves: number): number[] | string {
  const db = openSqlite(join(tempDir(), 'peer.sqlite'))
  if (typeof db === 'string') return db
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE wins (id TEXT PRIMARY KEY, json TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO wins (id, json) VALUES (?, ?)')
  const wins = Array.from({ length: n }, (_, i) => makeWin(i))
  db.transaction(() => {
    for (const w of wins) insert.run(w.id, JSON.stringify(w))
  })()
  const update = db.prepare('UPDATE wins SET json = ? WHERE id = ?')
  const out: number[] = []
  for (let i = 0; i < saves; i++) {
    const w = { ...wins[(i * 37) % n]!, title: `Edited title ${i}` }
    const t = performance.now()
    update.run(JSON.stringify(w), w.id)
    out.push(performance.now() - t)
  }
  db.close()
  return out
}

const spread = (xs: number[]) => `p50 ${ms(median(xs))} / p99.9 ${ms(percentile(xs, 99.9))} / max ${ms(Math.max(...xs))} ms`

/**
 * Saves with compaction and idle compaction on, as the app runs: `saves` consecutive edits
 * through WinsService (one op keyed by id each), with one idle pause in the middle so an idle
 * compaction starts just as saves arrive. The event loop's delay is sampled the whole time.
 */
async function saveRun(n: number, saves: number) {
  const dir = await seedStore(n)
  const store = await Store.open({ dataDir: dir })
  const wins = new WinsService(store)
  const ids = store.data.wins.map((w) => w.id)
  const lat: number[] = []
  const loop = monitorEventLoopDelay({ resolution: 1 })
  loop.enable()
  for (let i = 0; i < saves; i++) {
    if (i === Math.floor(saves / 2)) await sleep(COMPACTION.idleMs + 20)
    const id = ids[(i * 37) % n]!
    const w = wins.get(id)
    const t = performance.now()
    await wins.update(id, { ...w, title: `Edited title ${i}` })
    lat.push(performance.now() - t)
  }
  loop.disable()
  const compactions = store.snapshotsWritten
  const appends = store.journalWrites
  await store.flush()
  return { lat, loopMax: loop.max / 1e6, compactions, appends }
}

/** One compaction at `n` wins on its own, timed, with the event loop's longest stall while it runs. */
async function compactionRun(n: number) {
  const dir = await seedStore(n)
  const store = await Store.open({ dataDir: dir, idleCompaction: false })
  const wins = new WinsService(store)
  const id = store.data.wins[0]!.id
  await wins.update(id, { ...wins.get(id), title: 'One edit' })
  const loop = monitorEventLoopDelay({ resolution: 1 })
  loop.enable()
  const [took] = await time(() => store.compact())
  loop.disable()
  await store.flush()
  return { took, loopMax: loop.max / 1e6 }
}

/**
 * delete / update / undo (restore) through WinsService at two sizes, median of `rounds` each.
 * Both stores are open in one process and the rounds alternate (small, large, small, …), so
 * the machine's load and the process's heap are the same for both sides of the ratio: measured
 * one size after the other, minutes apart on shared cores, the fdatasync's swing under load
 * (0.3 → 15 ms) made the ratio a measure of the load, not of the store.
 */
async function entityOps(sizes: [number, number], rounds: number) {
  const sides = await Promise.all(
    sizes.map(async (n) => {
      const store = await Store.open({ dataDir: await seedStore(n), idleCompaction: false })
      // The start's backup (gzip of the whole file: seconds at 100,000) runs in the background;
      // rounds measured during it would time the larger store's backup, not its by-id ops.
      await store.settled()
      return { store, wins: new WinsService(store), del: [] as number[], upd: [] as number[], undo: [] as number[] }
    })
  )
  for (let i = 0; i < rounds; i++)
    for (const side of i % 2 ? [...sides].reverse() : sides) {
      const { store, wins } = side
      // The first win: the worst case for a list (every later entry moves).
      const first = store.data.wins[0]!
      side.upd.push((await time(() => wins.update(first.id, { ...first, title: `Edit ${i}` })))[0])
      const [t, removed] = await time(() => wins.delete(first.id))
      side.del.push(t)
      side.undo.push((await time(() => wins.restore(removed)))[0])
    }
  for (const side of sides) await side.store.flush()
  return sides.map((side) => ({ del: median(side.del), upd: median(side.upd), undo: median(side.undo) }))
}

/** Start (Store.open) with a journal of 499 lines left by a crash, beside a start without one; snapshots the start wrote. */
async function startRun(n: number, runs: number) {
  const withJournal: number[] = []
  const without: number[] = []
  let snapshots = 0
  for (let r = 0; r < runs; r++) {
    const clean = await seedStore(n)
    without.push((await time(() => Store.open({ dataDir: clean, idleCompaction: false })))[0])
    const dir = await seedStore(n)
    const writer = await Store.open({ dataDir: dir, idleCompaction: false })
    const wins = new WinsService(writer)
    const ids = writer.data.wins.map((w) => w.id)
    for (let i = 0; i < COMPACTION.maxLines - 1; i++) {
      const id = ids[(i * 37) % n]!
      // A mix as a person makes them: edits, and now and then a delete.
      if (i % 10 === 9) await wins.delete(id).catch(() => undefined)
      else await wins.update(id, { ...wins.get(id), title: `Edit ${i}` }).catch(() => undefined)
    }
    // No flush: the journal stays, as after a crash.
    const [t, store] = await time(() => Store.open({ dataDir: dir, idleCompaction: false }))
    withJournal.push(t)
    await store.settled()
    snapshots = Math.max(snapshots, store.snapshotsWritten)
    await store.flush()
  }
  return { withJournal: median(withJournal), without: median(without), snapshots }
}

/** The backups folder after `starts` starts, each after one save; and after `starts` starts with no change. */
async function backupRun(n: number, starts: number) {
  const folderBytes = (dir: string) => {
    const b = join(dir, 'backups')
    if (!existsSync(b)) return { bytes: 0, count: 0 }
    const names = readdirSync(b).filter((f) => f.startsWith('loopwise-'))
    return { bytes: names.reduce((sum, f) => sum + statSync(join(b, f)).size, 0), count: names.length }
  }
  const changing = await seedStore(n)
  for (let i = 0; i < starts; i++) {
    const store = await Store.open({ dataDir: changing, idleCompaction: false })
    const first = store.data.wins[0]!
    await store.put('wins', { ...first, title: `Start ${i}` })
    await store.flush()
  }
  const still = await seedStore(n)
  for (let i = 0; i < starts; i++) await (await Store.open({ dataDir: still, idleCompaction: false })).flush()
  return { changing: folderBytes(changing), still: folderBytes(still), file: statSync(join(changing, STORE_FILE_NAME)).size }
}

export interface CompactionBenchOptions {
  sizes: number[]
  saves: number
  /** [small, large] for delete / update / undo. */
  opSizes: [number, number]
  startSize: number
  backupSize: number
  rounds: number
}

export async function compactionBench(o: CompactionBenchOptions): Promise<Row[]> {
  const rows: Row[] = []
  for (const n of o.sizes) {
    const area = `saves ${fmt(n)} wins`
    const ours = await saveRun(n, o.saves)
    const lOurs = load()
    const peer = sqliteSaves(n, o.saves)
    const lPeer = load()
    const p999 = percentile(ours.lat, 99.9)
    const max = Math.max(...ours.lat)
    const big = n >= 50_000
    rows.push({
      area,
      measure: `Loopwise save (wins.update), ${fmt(o.saves)} consecutive, compaction + idle compaction on (${ours.compactions} compactions; appends ${ours.appends.sync} synchronous (${ours.appends.slow} of them over 4 ms), ${ours.appends.async} through the thread pool)`,
      value: `${spread(ours.lat)} (${lOurs})`,
      target: big ? 'p99.9 ≤ 10 ms, max ≤ 50 ms' : '',
      ok: big ? p999 <= 10 && max <= 50 : null
    })
    if (typeof peer === 'string')
      rows.push({ area, measure: 'SQLite (WAL, synchronous=FULL) row update', value: `not measured: ${peer}`, target: '', ok: null })
    else {
      const ratio = median(ours.lat) / median(peer)
      rows.push(
        {
          area,
          measure: 'SQLite (better-sqlite3, WAL, synchronous=FULL) row update',
          value: `${spread(peer)} (${lPeer})`,
          target: '',
          ok: null
        },
        {
          area,
          measure: 'save p50 ÷ SQLite p50 (same run)',
          value: `${ratio.toFixed(2)}×`,
          target: big ? '≤ 1.0×' : '',
          ok: big ? ratio <= 1.0 : null
        }
      )
    }
    rows.push({
      area,
      measure: 'event-loop delay, max over the saves (compactions included)',
      value: `${ms(ours.loopMax)} ms (${lOurs})`,
      target: '≤ 50 ms',
      ok: ours.loopMax <= 50
    })
    const c = await compactionRun(n)
    rows.push({
      area,
      measure: 'one compaction in the background: duration / event-loop delay max during it',
      value: `${ms(c.took)} ms / ${ms(c.loopMax)} ms (${load()})`,
      target: 'loop ≤ 50 ms',
      ok: c.loopMax <= 50
    })
  }
  const [small, large] = o.opSizes
  const [a, b] = await entityOps([small, large], o.rounds)
  const lOps = load()
  for (const [name, key] of [
    ['delete (first win)', 'del'],
    ['update (first win)', 'upd'],
    ['undo (restore)', 'undo']
  ] as const) {
    const ratio = b![key] / a![key]
    rows.push({
      area: 'wins by id',
      measure: `${name}: ${fmt(small)} vs ${fmt(large)} wins (median of ${o.rounds}, rounds alternating)`,
      value: `${ms(a![key])} ms vs ${ms(b![key])} ms: ${ratio.toFixed(2)}× (${lOps})`,
      target: '≤ 1.5×',
      ok: ratio <= 1.5
    })
  }
  const s = await startRun(o.startSize, o.rounds >= 5 ? 3 : 1)
  const startRatio = s.withJournal / s.without
  rows.push(
    {
      area: `start ${fmt(o.startSize)} wins`,
      measure: `open with a full journal (${COMPACTION.maxLines - 1} lines) vs without`,
      value: `${ms(s.withJournal)} ms vs ${ms(s.without)} ms: ${startRatio.toFixed(2)}× (${load()})`,
      target: '≤ 1.5×',
      ok: startRatio <= 1.5
    },
    {
      area: `start ${fmt(o.startSize)} wins`,
      measure: 'snapshots written by that start (the fold runs in the background)',
      value: String(s.snapshots),
      target: '≤ 1',
      ok: s.snapshots <= 1
    }
  )
  const bk = await backupRun(o.backupSize, 10)
  rows.push(
    {
      area: `backups ${fmt(o.backupSize)} wins`,
      measure: '10 starts, one save before each: backups folder',
      value: `${mb(bk.changing.bytes)} in ${bk.changing.count} backups (store ${mb(bk.file)}) (${load()})`,
      target: '',
      ok: null
    },
    {
      area: `backups ${fmt(o.backupSize)} wins`,
      measure: '10 starts, no change: backups folder',
      value: `${mb(bk.still.bytes)} in ${bk.still.count} backup${bk.still.count === 1 ? '' : 's'}`,
      target: '1 backup',
      ok: bk.still.count === 1
    }
  )
  return rows
}

import { cpSync, existsSync, readdirSync, readFileSync, statfsSync, statSync, truncateSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/app/createCore'
import { COMPACTION, JOURNAL_FILE_NAME, Store, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { readJournalSeq } from '../../src/main/core/store/parseStoreText'
import { storedWin } from '../../src/main/core/store/testing'
import { fillDisk, withTmpfs } from './diskFaults'
import type { FaultOutcome } from './faultScenario'
import { quietLogger, tempDir, type Figure, type RunConfig, type Section } from './lib'

const open = (dataDir: string) => createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger })
const story = 'Moved the billing export to the new queue and cut the nightly run from 3 h to 40 min. '.repeat(6)

/** What a start right now would see, from a copy of the folder (the folder itself is left alone). */
async function idsAStartWouldSee(dataDir: string): Promise<Set<string>> {
  const copy = join(tempDir('compaction-view'), 'data')
  cpSync(dataDir, copy, { recursive: true })
  const store = await Store.open({ dataDir: copy, idleCompaction: false })
  const ids = new Set(store.data.wins.map((w) => w.id))
  await store.flush()
  return ids
}

interface CompactionOutcome extends FaultOutcome {
  acked?: number
  lost?: number
  compactionsFailed?: number
}

/**
 * Item 1 of issue 18: a compaction that fails on a full disk while saves continue. The store
 * holds ~1 MB; the disk is filled until only room for journal lines is left, so the snapshot a
 * compaction writes (~1 MB) cannot fit. Saves go on past the compaction threshold (each one
 * must be acknowledged: a journal line fits), the compaction fails in the background, and
 * then: a start from a copy of the folder must hold every acknowledged save, the old snapshot
 * must be untouched, and once space is freed the close's snapshot must hold them all too.
 */
async function compactionOnFullDisk(dir: string, saves: number): Promise<CompactionOutcome> {
  const dataDir = join(dir, 'data')
  const outcome: CompactionOutcome = { problem: null }
  const fail = (problem: string) => ({ ...outcome, problem })
  // A history of ~1 MB, written whole.
  const seed = await Store.open({ dataDir, idleCompaction: false })
  await seed.update((d) => {
    for (let i = 0; i < 1500; i++) d.wins.push({ ...storedWin(`seed ${i}`, `seed-${i}`), whatIDid: story.slice(0, 600) })
  })
  await seed.flush()
  const snapshotBefore = readFileSync(join(dataDir, STORE_FILE_NAME), 'utf8')

  const core = await open(dataDir)
  const filler = fillDisk(dir)
  // Leave room for journal lines only (a few hundred KB), far less than a snapshot.
  const { bsize } = statfsSync(dir)
  truncateSync(filler, Math.max(0, statSync(filler).size - 160 * bsize))
  const acked: string[] = []
  let refused = 0
  try {
    for (let i = 0; i < saves; i++) {
      const r = await core.dispatch('wins.create', { date: '2026-02-01', title: `during the full disk ${i}` })
      if (r.ok) acked.push((r.data as { id: string }).id)
      else refused++
    }
    // Let the background compaction (started by the threshold save) finish failing.
    await core.store.settled()
    const seen = await idsAStartWouldSee(dataDir)
    const lost = acked.filter((id) => !seen.has(id))
    outcome.acked = acked.length
    outcome.lost = lost.length
    if (lost.length) return fail(`${lost.length} acknowledged saves are missing from a start after the failed compaction`)
    const sealed = readdirSync(dataDir).filter((n) => n.startsWith(`${JOURNAL_FILE_NAME}.`))
    outcome.compactionsFailed = sealed.length
    if (sealed.length === 0) return fail('no compaction was attempted (no sealed journal segment): the case proves nothing')
    if (readFileSync(join(dataDir, STORE_FILE_NAME), 'utf8') !== snapshotBefore)
      return fail('the snapshot changed although it could not be written')
    if (refused > 0 && acked.length === 0) return fail('every save was refused: the disk left no room for journal lines')
    const status = await core.dispatch('app.status', {})
    if (!status.ok) return fail('app.status failed')
    if (refused === 0 && !(status.data as { saved: boolean }).saved)
      return fail('a failed background compaction marked acknowledged saves as not saved')
  } finally {
    unlinkSync(filler)
    await core.close()
  }
  // Space is back: the close wrote one snapshot holding every save, and dropped the segments.
  const final = JSON.parse(readFileSync(join(dataDir, STORE_FILE_NAME), 'utf8')) as { wins: Array<{ id: string }> }
  const ids = new Set(final.wins.map((w) => w.id))
  const missing = acked.filter((id) => !ids.has(id))
  if (missing.length) return fail(`${missing.length} acknowledged saves are missing from the snapshot written once space was freed`)
  if (existsSync(join(dataDir, JOURNAL_FILE_NAME)) || readdirSync(dataDir).some((n) => n.startsWith(`${JOURNAL_FILE_NAME}.`)))
    return fail('journal segments were left after a successful snapshot')
  if (readJournalSeq(readFileSync(join(dataDir, STORE_FILE_NAME), 'utf8')) === null)
    return fail('the final snapshot has no journal position')
  return outcome
}

export async function compactionFault(config: RunConfig): Promise<Section> {
  const saves = config.short ? COMPACTION.maxLines + 40 : COMPACTION.maxLines * 2 + 100
  const outcome = await withTmpfs(6144, (dir) => compactionOnFullDisk(dir, saves)).catch(
    (error: Error) => ({ problem: `threw ${error.message}` }) as CompactionOutcome
  )
  const area = 'compaction fault'
  if ('skipped' in outcome)
    return {
      name: area,
      figures: [{ area, figure: 'compaction on a full disk while saving', value: 'skipped', ok: true, note: outcome.skipped }],
      failures: []
    }
  const o = outcome as CompactionOutcome
  const figures: Figure[] = [
    { area, figure: 'saves acknowledged while compaction failed (full disk)', value: o.acked ?? 'n/a', ok: !o.problem },
    {
      area,
      figure: 'compactions that failed (sealed segments kept)',
      value: o.compactionsFailed ?? 'n/a',
      ok: (o.compactionsFailed ?? 0) > 0
    },
    { area, figure: 'acknowledged saves lost', value: o.lost ?? 'n/a', ok: !o.problem && o.lost === 0, note: o.problem ?? undefined }
  ]
  return { name: area, figures, failures: o.problem ? [`compaction on a full disk: ${o.problem}`] : [] }
}

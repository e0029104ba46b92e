import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { writeFileDurable } from '../../src/main/core/store/durableWrite'
import { Store, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { makeStoreData } from './fixtures'
import { mb, median, ms, percentile, time, type Row } from './stats'

const tempDir = () => mkdtempSync(join(tmpdir(), 'loopwise-bench-'))

/** A folder holding a store of `wins` wins, written as the app writes it. */
export async function seedStore(wins: number, dir = tempDir()): Promise<string> {
  const data = makeStoreData(wins)
  writeFileSync(join(dir, STORE_FILE_NAME), JSON.stringify({ ...data, journalSeq: 0 }))
  return dir
}

/**
 * Save latency side by side, in the same run, on the same data:
 * - Loopwise: one edit through Store.update (journal line + fdatasync);
 * - raw floor: JSON.stringify of the whole store + write + fsync + rename (what any
 *   whole-file store must at least do);
 * - conf (what electron-store uses): the same edit with conf.set, which rewrites the file.
 */
export async function storeBench(sizes: number[], saves: number, runs: number): Promise<Row[]> {
  const rows: Row[] = []
  for (const n of sizes) {
    const dir = await seedStore(n)
    const size = statSync(join(dir, STORE_FILE_NAME)).size
    const opens: number[] = []
    for (let r = 0; r < runs; r++) {
      const [t, s] = await time(() => Store.open({ dataDir: dir, idleCompaction: false }))
      opens.push(t)
      await s.flush()
    }
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    const conf = new Conf<Record<string, unknown>>({ cwd: tempDir(), configName: 'peer', projectName: 'loopwise-bench' })
    conf.store = JSON.parse(JSON.stringify(store.data)) as Record<string, unknown>
    const rawFile = join(tempDir(), 'raw.json')
    const ours: number[] = []
    const raw: number[] = []
    const peer: number[] = []
    for (let i = 0; i < saves; i++) {
      const title = `Edited title ${i}`
      const index = (i * 37) % n
      ours.push((await time(() => store.update((d) => void (d.wins[index]!.title = title))))[0])
      raw.push((await time(() => writeFileDurable(rawFile, JSON.stringify(store.data))))[0])
      peer.push((await time(() => conf.set(`wins.${index}.title`, title)))[0])
    }
    await store.flush()
    const p95 = percentile(ours, 95)
    const ratioRaw = median(ours) / median(raw)
    const ratioPeer = median(ours) / median(peer)
    rows.push(
      { area: `store ${n.toLocaleString()} wins`, measure: 'file size', value: mb(size), target: '', ok: null },
      { area: `store ${n.toLocaleString()} wins`, measure: 'open (median)', value: `${ms(median(opens))} ms`, target: '', ok: null },
      {
        area: `store ${n.toLocaleString()} wins`,
        measure: 'save p50 / p95',
        value: `${ms(median(ours))} / ${ms(p95)} ms`,
        target: n >= 10_000 ? 'p95 ≤ 50 ms' : '',
        ok: n >= 10_000 ? p95 <= 50 : null
      },
      {
        area: `store ${n.toLocaleString()} wins`,
        measure: 'save ÷ raw floor (stringify+write+fsync+rename)',
        value: `${ratioRaw.toFixed(2)}× (raw ${ms(median(raw))} ms)`,
        target: '≤ 1.3×',
        ok: ratioRaw <= 1.3
      },
      {
        area: `store ${n.toLocaleString()} wins`,
        measure: 'save ÷ conf peer',
        value: `${ratioPeer.toFixed(2)}× (conf ${ms(median(peer))} ms)`,
        target: '≤ 1.0×',
        ok: ratioPeer <= 1.0
      }
    )
  }
  return rows
}

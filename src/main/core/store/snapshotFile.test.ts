import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMPACTION, Store } from './Store'
import { prepareSnapshot, serializeIncrementally } from './snapshotFile'
import { storedWin } from './testing'

const tempDir = () => mkdtempSync(join(tmpdir(), 'loopwise-snap-'))
const bigDoc = (n: number) => ({
  schemaVersion: 1,
  profile: { name: 'Sam', note: 'x'.repeat(200) },
  wins: Array.from({ length: n }, (_, i) => ({ id: `w${i}`, title: `Win ${i}`, text: 'y'.repeat(300), n: i })),
  empty: [],
  skipped: undefined
})

describe('serializeIncrementally', () => {
  it('writes the same text as JSON.stringify, and pauses between slices through the given pause', async () => {
    const doc = bigDoc(20_000)
    let pauses = 0
    const pause = () => {
      pauses++
      return new Promise<void>((resolve) => setImmediate(resolve))
    }
    let text = ''
    for await (const chunk of serializeIncrementally(doc, { journalSeq: 7 }, { pause })) text += chunk
    expect(text).toBe(JSON.stringify({ ...doc, journalSeq: 7 }))
    // 20,000 entries of ~350 bytes take far more than one 4 ms slice.
    expect(pauses).toBeGreaterThan(0)
  })
})

describe('prepareSnapshot', () => {
  it('commits without the folder sync when asked, and syncs it after; the temp file is gone', async () => {
    const dir = tempDir()
    const file = join(dir, 'loopwise.json')
    writeFileSync(file, '{"old":true}')
    const prepared = await prepareSnapshot(file, bigDoc(3_000), { journalSeq: 1 })
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}')
    await prepared.commit({ syncFolder: false })
    expect(JSON.parse(readFileSync(file, 'utf8')).wins).toHaveLength(3_000)
    await prepared.syncFolder()
    expect(readdirSync(dir)).toEqual(['loopwise.json'])
  })
})

describe('Store: saves during a background compaction', () => {
  it('are acknowledged while the snapshot is written, and a start sees every one', async () => {
    const dataDir = join(tempDir(), 'data')
    const store = await Store.open({ dataDir, idleCompaction: false })
    await store.update((d) => {
      for (let i = 0; i < 4_000; i++) d.wins.push({ ...storedWin(`seed ${i}`, `seed-${i}`), whatIDid: 'z'.repeat(400) })
    })
    // Past the threshold: the next save requests a background compaction; keep saving while it runs.
    for (let i = 0; i < COMPACTION.maxLines; i++) await store.put('wins', { ...store.find('wins', 'seed-0')!, title: `edit ${i}` })
    const during: string[] = []
    let sawTemp = false
    for (let i = 0; i < 200; i++) {
      const win = storedWin(`during ${i}`, `during-${i}`)
      await store.put('wins', win)
      during.push(win.id)
      sawTemp ||= readdirSync(dataDir).some((f) => f.endsWith('.tmp'))
    }
    await store.settled()
    await store.flush()
    const reopened = await Store.open({ dataDir, idleCompaction: false })
    const ids = new Set(reopened.data.wins.map((w) => w.id))
    expect(during.filter((id) => !ids.has(id))).toEqual([])
    expect(reopened.find('wins', 'seed-0')!.title).toBe(`edit ${COMPACTION.maxLines - 1}`)
    // Not a proof of overlap on every machine, but on this one the snapshot's temp file was seen mid-saves.
    if (!sawTemp) console.log('note: no save landed while the snapshot temp file existed (fast disk); the overlap was not exercised')
    expect(existsSync(join(dataDir, 'loopwise.json'))).toBe(true)
    await reopened.flush()
  })
})

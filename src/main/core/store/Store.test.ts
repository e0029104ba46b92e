import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyStoreData } from '../../../shared/domain/storeData'
import { AppError } from '../base/errors'
import { COMPACTION, JOURNAL_FILE_NAME, Store, STORE_FILE_NAME } from './Store'
import { tempDataDir } from './testing'

const sampleWin = (id: string, title = 'Ran the planning-tool rollout') => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  date: '2026-01-01',
  title,
  whatIDid: '',
  impact: '',
  metrics: [],
  scope: 'team' as const,
  stakeholders: [],
  tags: [],
  evidence: []
})

const readStore = (dir: string) => JSON.parse(readFileSync(join(dir, STORE_FILE_NAME), 'utf8'))

describe('Store', () => {
  it('creates an empty, versioned file in a new folder', async () => {
    const dir = tempDataDir()
    await Store.open({ dataDir: dir })
    expect(readStore(dir)).toEqual({ ...emptyStoreData(), journalSeq: 0 })
  })

  it('a save that resolves is on disk: a new process (no flush, as after a crash) sees it', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => d.wins.push(sampleWin('a')))
    // The snapshot is untouched; the change is one fsynced journal line.
    expect(readStore(dir).wins).toEqual([])
    expect(readFileSync(join(dir, JOURNAL_FILE_NAME), 'utf8').trim().split('\n')).toHaveLength(1)
    const again = await Store.open({ dataDir: dir })
    expect(again.data.wins[0]?.title).toBe('Ran the planning-tool rollout')
    // Opening folds the journal into the snapshot, in the background.
    await again.settled()
    expect(readStore(dir).wins.map((w: { id: string }) => w.id)).toEqual(['a'])
    expect(existsSync(join(dir, JOURNAL_FILE_NAME))).toBe(false)
  })

  it('coalesces concurrent saves into fewer writes and loses none of them', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.update((d) => d.wins.push(sampleWin(`w${i}`)))))
    const lines = readFileSync(join(dir, JOURNAL_FILE_NAME), 'utf8').trim().split('\n')
    expect(lines.length).toBeLessThan(25)
    expect((await Store.open({ dataDir: dir })).data.wins).toHaveLength(25)
  })

  it('a change that throws part-way changes nothing', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir })
    await expect(
      store.update((d) => {
        d.wins.push(sampleWin('half'))
        throw new Error('validation failed late')
      })
    ).rejects.toThrow('validation failed late')
    expect(store.data.wins).toEqual([])
    expect(store.getStatus().saved).toBe(true)
  })

  it('flush folds the journal into a self-contained snapshot', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => d.wins.push(sampleWin('a')))
    await store.update((d) => {
      d.wins[0]!.title = 'Edited in place'
    })
    await store.flush()
    expect(existsSync(join(dir, JOURNAL_FILE_NAME))).toBe(false)
    expect(readStore(dir)).toMatchObject({ wins: [{ id: 'a', title: 'Edited in place' }], journalSeq: 2 })
  })

  it('keeps saving durably after a flush (the journal reopens)', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => d.wins.push(sampleWin('before')))
    await store.flush()
    await store.update((d) => d.wins.push(sampleWin('after')))
    expect(existsSync(join(dir, JOURNAL_FILE_NAME))).toBe(true)
    expect((await Store.open({ dataDir: dir })).data.wins.map((w) => w.id)).toEqual(['before', 'after'])
  })

  it('compacts once the journal reaches its line limit', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    for (let i = 0; i < COMPACTION.maxLines; i++) await store.update((d) => d.wins.push(sampleWin(`w${i}`)))
    // The 500th save started a compaction and did not wait for it.
    await store.settled()
    expect(existsSync(join(dir, JOURNAL_FILE_NAME))).toBe(false)
    expect(readStore(dir).wins).toHaveLength(COMPACTION.maxLines)
    await store.update((d) => d.wins.push(sampleWin('after')))
    expect((await Store.open({ dataDir: dir })).data.wins).toHaveLength(COMPACTION.maxLines + 1)
  })

  it('ignores a journal line torn by a crash mid-append', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => d.wins.push(sampleWin('acknowledged')))
    appendFileSync(join(dir, JOURNAL_FILE_NAME), '{"seq":2,"patches":[{"op":"add","pa')
    const again = await Store.open({ dataDir: dir })
    expect(again.data.wins.map((w) => w.id)).toEqual(['acknowledged'])
    expect(again.getStatus().recovery).toBeNull()
  })

  it('keeps what it can from a damaged journal, moves it aside and says so', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => d.wins.push(sampleWin('first')))
    appendFileSync(join(dir, JOURNAL_FILE_NAME), 'garbage in the middle\n{"seq":3,"patches":[]}\n')
    const again = await Store.open({ dataDir: dir })
    expect(again.data.wins.map((w) => w.id)).toEqual(['first'])
    const notice = again.getStatus().recovery
    expect(notice?.reason).toMatch(/journal is damaged/)
    expect(existsSync(notice!.corruptFile)).toBe(true)
  })

  it('migrates an older file, backing it up first', async () => {
    const dir = tempDataDir()
    const fixture = readFileSync(join(__dirname, 'fixtures/v1-store.json'), 'utf8')
    writeFileSync(join(dir, STORE_FILE_NAME), fixture)
    const store = await Store.open({ dataDir: dir })
    const win = store.data.wins[0]!
    expect(store.data.schemaVersion).toBe(4)
    expect(win.impact).toBe('CPO used most of it in the board deck.\n80% of the draft kept')
    expect(win.metrics).toEqual([])
    expect(readStore(dir).schemaVersion).toBe(4)
    const backups = await store.backups.list()
    const pre = backups.find((b) => b.reason === 'pre-migrate-v1')
    expect(pre).toBeDefined()
    expect(await store.backups.readText(pre!)).toBe(fixture)
  })

  it('opens a file from a newer version read-only and never writes it', async () => {
    const dir = tempDataDir()
    const newer = JSON.stringify({ schemaVersion: 99, wins: [sampleWin('n')], somethingNew: [1] })
    writeFileSync(join(dir, STORE_FILE_NAME), newer)
    const store = await Store.open({ dataDir: dir })
    expect(store.getStatus().readOnly).toBe(true)
    expect(store.getStatus().readOnlyReason).toMatch(/newer version/)
    expect(store.data.wins).toHaveLength(1)
    await expect(store.update((d) => d.wins.push(sampleWin('x')))).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(readFileSync(join(dir, STORE_FILE_NAME), 'utf8')).toBe(newer)
  })

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":2,"wins":[{"id":"a"'],
    ['not JSON', 'hello'],
    ['wrong shape', '{"schemaVersion":2,"wins":"nope"}'],
    ['NUL-filled', '\u0000'.repeat(64)]
  ])('moves a %s file aside and restores the newest good backup', async (_label, bad) => {
    const dir = tempDataDir()
    const first = await Store.open({ dataDir: dir })
    await first.update((d) => d.wins.push(sampleWin('kept')))
    // The next open backs up the good file (once its journal is folded in); then it goes bad.
    await (await Store.open({ dataDir: dir })).settled()
    writeFileSync(join(dir, STORE_FILE_NAME), bad)

    const store = await Store.open({ dataDir: dir })
    const notice = store.getStatus().recovery
    expect(notice).not.toBeNull()
    expect(notice!.restoredFrom).toMatch(/backups/)
    expect(readFileSync(notice!.corruptFile, 'utf8')).toBe(bad)
    expect(notice!.corruptFile).toMatch(/loopwise\.corrupt-.*\.json$/)
    expect(store.data.wins.map((w) => w.id)).toEqual(['kept'])
    expect(readStore(dir).wins).toHaveLength(1)
  })

  it('starts empty, keeping the bad file, when no backup is usable', async () => {
    const dir = tempDataDir()
    writeFileSync(join(dir, STORE_FILE_NAME), 'garbage')
    const store = await Store.open({ dataDir: dir })
    expect(store.getStatus().recovery?.restoredFrom).toBeNull()
    expect(store.data.wins).toEqual([])
    expect(readdirSync(dir).some((n) => n.startsWith('loopwise.corrupt-'))).toBe(true)
  })

  it('a failed save returns STORAGE, keeps the change in memory, and a retry writes it', async () => {
    const dir = tempDataDir()
    const store = await Store.open({ dataDir: dir })
    const statuses: boolean[] = []
    store.setStatusListener((s) => statuses.push(s.saved))
    // A data folder that vanished is a real write failure even for root, who ignores permissions.
    const moved = `${dir}-moved`
    renameSync(dir, moved)
    const error = await store.update((d) => d.wins.push(sampleWin('pending'))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('STORAGE')
    expect((error as AppError).message).toMatch(/no longer exists/)
    expect(store.data.wins.map((w) => w.id)).toEqual(['pending'])
    expect(store.getStatus()).toMatchObject({ saved: false })
    renameSync(moved, dir)
    const status = await store.retrySave()
    expect(status).toMatchObject({ saved: true, lastError: null })
    // The retry writes a full snapshot, so nothing depends on a journal that may be torn.
    expect(readStore(dir).wins.map((w: { id: string }) => w.id)).toEqual(['pending'])
    expect(statuses).toContain(false)
  })

  it('cleans temp files left by a process that died mid-save', async () => {
    const dir = tempDataDir()
    writeFileSync(join(dir, `${STORE_FILE_NAME}.999-dead.tmp`), '{"half')
    await Store.open({ dataDir: dir })
    expect(existsSync(join(dir, `${STORE_FILE_NAME}.999-dead.tmp`))).toBe(false)
  })
})

import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillDiskInjected } from './diskFault'
import { storedWin } from './testing'
import { COMPACTION, JOURNAL_FILE_NAME, Store, STORE_FILE_NAME } from './Store'

/** A data folder that does not exist yet. */
const newFolder = () => join(mkdtempSync(join(tmpdir(), 'loopwise-faults-')), 'data')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** What the next start sees if the app is killed right now: open a copy, never flushing the original. */
async function titlesAfterAKill(dir: string): Promise<string[]> {
  const copy = join(mkdtempSync(join(tmpdir(), 'loopwise-killed-')), 'data')
  cpSync(dir, copy, { recursive: true })
  const store = await Store.open({ dataDir: copy, idleCompaction: false })
  return store.data.wins.map((w) => w.title)
}

describe('acknowledged saves survive a disk fault and a crash', () => {
  it('disk full mid-append, a failed idle compaction, space freed: the next save is a snapshot and nothing is lost', async () => {
    const dir = newFolder()
    const store = await Store.open({ dataDir: dir })
    await store.update((d) => void d.wins.push(storedWin('before the fault')))
    const free = await fillDiskInjected()
    let freed = false
    try {
      await expect(store.update((d) => void d.wins.push(storedWin('during the fault')))).rejects.toMatchObject({ code: 'STORAGE' })
      // The failed append left torn bytes.
      expect(readFileSync(join(dir, JOURNAL_FILE_NAME), 'utf8').endsWith('\n')).toBe(false)
      // Idle compaction runs and fails on the full disk: it must not clear the need for a snapshot.
      await sleep(COMPACTION.idleMs + 600)
      free()
      freed = true
      await store.update((d) => void d.wins.push(storedWin('after the fault')))
      expect(store.getStatus()).toMatchObject({ saved: true, lastError: null })
      expect(await titlesAfterAKill(dir)).toEqual(['before the fault', 'during the fault', 'after the fault'])
    } finally {
      if (!freed) free()
    }
  }, 15_000)

  it('names the journal, not loopwise.json, when the journal append fails', async () => {
    const dir = newFolder()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => void d.wins.push(storedWin('first')))
    const free = await fillDiskInjected()
    const error = await store.update((d) => void d.wins.push(storedWin('second'))).catch((e: Error) => e)
    free()
    expect((error as Error).message).toContain(`the disk is full (writing ${join(dir, JOURNAL_FILE_NAME)})`)
    // The retry is a snapshot: now a failure names loopwise.json.
    const again = await fillDiskInjected()
    const second = await store.retrySave().catch((e: Error) => e)
    again()
    expect((second as Error).message).toContain(`writing ${join(dir, STORE_FILE_NAME)}`)
    await store.retrySave()
    expect(await titlesAfterAKill(dir)).toEqual(['first', 'second'])
  })

  it('a data folder deleted while idle and made again gets the whole state, never a journal alone', async () => {
    const dir = newFolder()
    const store = await Store.open({ dataDir: dir })
    await store.update((d) => void d.wins.push(storedWin('first')))
    await store.update((d) => void d.wins.push(storedWin('second')))
    // Idle compaction folds the journal and closes it; then a sync tool (or a person) removes the folder.
    await sleep(COMPACTION.idleMs + 600)
    expect(existsSync(join(dir, JOURNAL_FILE_NAME))).toBe(false)
    rmSync(dir, { recursive: true, force: true })
    await sleep(200)
    mkdirSync(dir)
    await store.update((d) => void d.wins.push(storedWin('third')))
    expect(readdirSync(dir)).toContain(STORE_FILE_NAME)
    expect(await titlesAfterAKill(dir)).toEqual(['first', 'second', 'third'])
  }, 15_000)

  it('a snapshot replaced behind its back (a sync tool restoring an old copy) is rewritten whole before the journal grows', async () => {
    const dir = newFolder()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    const empty = readFileSync(join(dir, STORE_FILE_NAME), 'utf8')
    await store.update((d) => void d.wins.push(storedWin('first')))
    await store.flush()
    writeFileSync(join(dir, `${STORE_FILE_NAME}.old`), empty)
    cpSync(join(dir, `${STORE_FILE_NAME}.old`), join(dir, STORE_FILE_NAME))
    rmSync(join(dir, `${STORE_FILE_NAME}.old`))
    await store.update((d) => void d.wins.push(storedWin('second')))
    expect(await titlesAfterAKill(dir)).toEqual(['first', 'second'])
  })
})

describe('journal line checksums', () => {
  it('one flipped byte loses that line only; every line that verifies is kept and the lost one is named', async () => {
    const dir = newFolder()
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    for (const t of ['one', 'two', 'three', 'four']) await store.update((d) => void d.wins.push(storedWin(t)))
    const file = join(dir, JOURNAL_FILE_NAME)
    const text = readFileSync(file, 'utf8')
    const at = text.indexOf('"title":"two"') + 10
    writeFileSync(file, `${text.slice(0, at)}X${text.slice(at + 1)}`)
    const again = await Store.open({ dataDir: dir, idleCompaction: false })
    expect(again.data.wins.map((w) => w.title)).toEqual(['one', 'three', 'four'])
    const notice = again.getStatus().recovery
    expect(notice?.reason).toContain('lost change 2 (journal line 2, touching wins)')
    expect(readFileSync(notice!.corruptFile, 'utf8')).toContain('"title":"tXo"')
  })
})

describe('a symlinked loopwise.json', () => {
  it('is followed: the target is replaced atomically in its own folder and the link stays a link', async () => {
    const root = mkdtempSync(join(tmpdir(), 'loopwise-link-'))
    const elsewhere = join(root, 'synced')
    mkdirSync(elsewhere)
    const dir = join(root, 'data')
    mkdirSync(dir)
    const first = await Store.open({ dataDir: join(root, 'seed'), idleCompaction: false })
    await first.flush()
    cpSync(join(root, 'seed', STORE_FILE_NAME), join(elsewhere, 'real.json'))
    symlinkSync(join(elsewhere, 'real.json'), join(dir, STORE_FILE_NAME))
    const store = await Store.open({ dataDir: dir, idleCompaction: false })
    await store.update((d) => void d.wins.push(storedWin('through the link')))
    await store.flush()
    expect(lstatSync(join(dir, STORE_FILE_NAME)).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(join(elsewhere, 'real.json'), 'utf8')).wins[0].title).toBe('through the link')
    expect(readdirSync(elsewhere).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('backups/ as a plain file', () => {
  it('an older store cannot be upgraded without its backup: it opens read-only, says why, refuses saves with STORAGE', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const fixture = readFileSync(join(__dirname, 'fixtures/v1-store.json'), 'utf8')
    writeFileSync(join(dir, STORE_FILE_NAME), fixture)
    writeFileSync(join(dir, 'backups'), 'not a folder')
    const store = await Store.open({ dataDir: dir })
    expect(store.getStatus().readOnly).toBe(true)
    expect(store.getStatus().readOnlyReason).toContain(`${join(dir, 'backups')} is a file, not a folder`)
    expect(store.data.wins.length).toBeGreaterThan(0)
    await expect(store.update((d) => void d.wins.push(storedWin('x')))).rejects.toMatchObject({ code: 'STORAGE' })
    expect(readFileSync(join(dir, STORE_FILE_NAME), 'utf8')).toBe(fixture)
  })
})

import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGzip, gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib'
import { AppError } from '../base/errors'
import { fsyncDir, tempPathFor, writeFileDurable } from './durableWrite'

const gzip = promisify(gzipCb)
const gunzip = promisify(gunzipCb)

/**
 * Rotating backups in `<dataDir>/backups`:
 * - taken when the store opens, before a migration or an import, and at most every
 *   10 minutes while saving;
 * - kept: the newest 20; beyond those, the newest one of each day for 30 days;
 *   pre-migration backups are kept, the newest one per source version (they are the way
 *   back to an older app; a migration killed again and again makes no pile of copies).
 * - gzipped (`.json.gz`; JSON compresses about 8:1), and the start-up and timed backups are
 *   written only when the data differs from the last backup (a SHA-256 of the snapshot file,
 *   kept in `last-backup.sha256`): ten starts of an unchanged store make one backup, not ten.
 *   Older plain `.json` backups are still read and pruned by the same rules.
 */
export const BACKUP_POLICY = { keepNewest: 20, dailyForDays: 30, autoEveryMs: 10 * 60_000 } as const

export type BackupReason = 'open' | 'auto' | 'pre-import' | `pre-migrate-v${number}`

const NAME = /^loopwise-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.json(\.gz)?$/
const LAST_HASH = 'last-backup.sha256'

/** SHA-256 of a file, read in chunks (50,000 wins are ~50 MB: never one string). */
async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export interface BackupEntry {
  file: string
  name: string
  takenAt: Date
  reason: string
}

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '')
const parseStamp = (s: string) =>
  new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`)

export class Backups {
  private lastAutoAt = 0
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  async list(): Promise<BackupEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // No folder yet, or `backups` is a plain file: there is nothing to restore from here.
      if (code === 'ENOENT' || code === 'ENOTDIR') return []
      throw error
    }
    const entries: BackupEntry[] = []
    for (const name of names) {
      const m = NAME.exec(name)
      if (m) entries.push({ file: join(this.dir, name), name, takenAt: parseStamp(m[1]!), reason: m[2]! })
    }
    return entries.sort((a, b) => b.name.localeCompare(a.name))
  }

  /** A storage fault in words (STORAGE, never INTERNAL): what blocks the backup, and what to do. */
  private async ensureFolder(): Promise<void> {
    // Not recursive: a backup must never re-create a data folder the user deleted (or a drive
    // that went away) — the store reports that folder as gone, and a retry recreates it.
    const made = await mkdir(this.dir, { mode: 0o700 }).then(
      () => null,
      (error: NodeJS.ErrnoException) => error
    )
    if (!made) return
    const code = made.code
    if (code === 'EEXIST') {
      const isFolder = await stat(this.dir).then(
        (s) => s.isDirectory(),
        () => false
      )
      if (isFolder) return
    }
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new AppError(
        'STORAGE',
        `Not saved: ${this.dir} is a file, not a folder, so Loopwise cannot keep a backup there. Move or rename that file, then try again.`
      )
    if (code === 'ENOENT')
      throw new AppError('STORAGE', `Not saved: the data folder ${dirname(this.dir)} is gone, so no backup was taken there.`)
    throw new AppError('STORAGE', `Not saved: could not create the backups folder ${this.dir} (${code ?? made.message}).`)
  }

  private async freeName(reason: BackupReason): Promise<string> {
    let at = this.now()
    const existing = new Set((await this.list()).map((e) => e.name))
    let name = `loopwise-${stamp(at)}-${reason}.json.gz`
    // Two backups in the same millisecond must not overwrite each other.
    while (existing.has(name)) {
      at = new Date(at.getTime() + 1)
      name = `loopwise-${stamp(at)}-${reason}.json.gz`
    }
    return join(this.dir, name)
  }

  /** A backup of `text` (compressed off the main thread), always written. */
  async take(text: string, reason: BackupReason): Promise<string> {
    await this.ensureFolder()
    const file = await this.freeName(reason)
    await writeFileDurable(file, await gzip(text)).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('STORAGE', `Not saved: could not write the backup ${file} (${error.code ?? error.message}).`)
    })
    if (reason === 'auto' || reason === 'open') this.lastAutoAt = this.now().getTime()
    await this.prune()
    return file
  }

  /**
   * A backup of the snapshot file, streamed through gzip, unless its content is the same as
   * the last backup's. Returns the backup written, or null when nothing changed.
   */
  async takeFileIfChanged(source: string, reason: 'open' | 'auto'): Promise<string | null> {
    const hash = await hashFile(source)
    const last = await readFile(join(this.dir, LAST_HASH), 'utf8').catch(() => '')
    if (last.trim() === hash) {
      this.lastAutoAt = this.now().getTime()
      return null
    }
    await this.ensureFolder()
    const file = await this.freeName(reason)
    const temp = tempPathFor(file)
    try {
      await pipeline(createReadStream(source), createGzip(), createWriteStream(temp, { mode: 0o600 }))
      const handle = await open(temp, 'r+')
      await handle.sync().finally(() => handle.close())
      await rename(temp, file)
      await fsyncDir(dirname(file))
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      const e = error as NodeJS.ErrnoException
      throw new AppError('STORAGE', `Not saved: could not write the backup ${file} (${e.code ?? e.message}).`)
    }
    // Not fsynced on purpose: if it is lost, the next start takes one backup too many, nothing worse.
    await writeFile(join(this.dir, LAST_HASH), hash, { mode: 0o600 }).catch(() => undefined)
    this.lastAutoAt = this.now().getTime()
    await this.prune()
    return file
  }

  /** An 'auto' backup of the snapshot file if the last one is older than the policy's interval and the data changed. */
  async maybeAuto(source: string): Promise<string | null> {
    if (this.now().getTime() - this.lastAutoAt < BACKUP_POLICY.autoEveryMs) return null
    return this.takeFileIfChanged(source, 'auto')
  }

  /** What the backups folder holds on disk (for Settings). */
  async folderBytes(): Promise<{ bytes: number; count: number }> {
    let bytes = 0
    const entries = await this.list()
    for (const e of entries)
      bytes += await stat(e.file).then(
        (s) => s.size,
        () => 0
      )
    return { bytes, count: entries.length }
  }

  async prune(): Promise<string[]> {
    const entries = await this.list()
    const keep = new Set<string>()
    entries
      .filter((e) => !e.reason.startsWith('pre-migrate'))
      .slice(0, BACKUP_POLICY.keepNewest)
      .forEach((e) => keep.add(e.name))
    const horizon = this.now().getTime() - BACKUP_POLICY.dailyForDays * 86_400_000
    const daysSeen = new Set<string>()
    const versionsSeen = new Set<string>()
    for (const e of entries) {
      // Newest first: the first of each source version is the one kept.
      if (e.reason.startsWith('pre-migrate')) {
        if (!versionsSeen.has(e.reason)) keep.add(e.name)
        versionsSeen.add(e.reason)
        continue
      }
      const day = e.name.slice(9, 17)
      if (e.takenAt.getTime() >= horizon && !daysSeen.has(day)) {
        daysSeen.add(day)
        keep.add(e.name)
      }
    }
    const removed: string[] = []
    for (const e of entries) {
      if (!keep.has(e.name)) {
        await unlink(e.file).catch(() => undefined)
        removed.push(e.name)
      }
    }
    return removed
  }

  async readText(entry: BackupEntry): Promise<string> {
    const bytes = await readFile(entry.file)
    return (entry.file.endsWith('.gz') ? await gunzip(bytes) : bytes).toString('utf8')
  }
}

import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../errors'
import { writeFileDurable } from './durableWrite'

/**
 * Rotating backups in `<dataDir>/backups`:
 * - taken when the store opens, before a migration or an import, and at most every
 *   10 minutes while saving;
 * - kept: the newest 20; beyond those, the newest one of each day for 30 days;
 *   pre-migration backups are kept, the newest one per source version (they are the way
 *   back to an older app; a migration killed again and again makes no pile of copies).
 */
export const BACKUP_POLICY = { keepNewest: 20, dailyForDays: 30, autoEveryMs: 10 * 60_000 } as const

export type BackupReason = 'open' | 'auto' | 'pre-import' | `pre-migrate-v${number}`

const NAME = /^loopwise-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.json$/

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
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' || code === 'ENOTDIR')
        throw new AppError(
          'STORAGE',
          `Not saved: ${this.dir} is a file, not a folder, so Loopwise cannot keep a backup there. Move or rename that file, then try again.`
        )
      throw new AppError('STORAGE', `Not saved: could not create the backups folder ${this.dir} (${code ?? (error as Error).message}).`)
    }
  }

  async take(text: string, reason: BackupReason): Promise<string> {
    await this.ensureFolder()
    let at = this.now()
    const existing = new Set((await this.list()).map((e) => e.name))
    let name = `loopwise-${stamp(at)}-${reason}.json`
    // Two backups in the same millisecond must not overwrite each other.
    while (existing.has(name)) {
      at = new Date(at.getTime() + 1)
      name = `loopwise-${stamp(at)}-${reason}.json`
    }
    const file = join(this.dir, name)
    await writeFileDurable(file, text).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('STORAGE', `Not saved: could not write the backup ${file} (${error.code ?? error.message}).`)
    })
    if (reason === 'auto' || reason === 'open') this.lastAutoAt = this.now().getTime()
    await this.prune()
    return file
  }

  /** An 'auto' backup if the last one is older than the policy's interval. */
  async maybeAuto(text: () => string): Promise<string | null> {
    if (this.now().getTime() - this.lastAutoAt < BACKUP_POLICY.autoEveryMs) return null
    return this.take(text(), 'auto')
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
    return readFile(entry.file, 'utf8')
  }
}

import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { identityOf, stillRunning, type ProcessIdentity } from './processIdentity'

export interface LockInfo extends ProcessIdentity {
  mode: string
  startedAt: string
  host: string
  /** Set when the owner let go: the lock is free, whoever reads it. */
  released?: boolean
}

/** A folder of numbered claims; the highest number is the lock (see acquireFolderLock). */
export const LOCK_DIR_NAME = 'loopwise.lock'

export class DataFolderLockedError extends Error {
  constructor(
    readonly holder: LockInfo,
    readonly lockFile: string
  ) {
    super(
      `Another Loopwise (${holder.mode} mode, process ${holder.pid}, started ${holder.startedAt}) is already using this data folder. ` +
        `Close it first, or choose another folder with --data-dir. Lock file: ${lockFile}`
    )
    this.name = 'DataFolderLockedError'
  }
}

const CLAIM = /^(\d+)\.json$/

async function claims(dir: string): Promise<number[]> {
  const numbers: number[] = []
  for (const name of await readdir(dir)) {
    const m = CLAIM.exec(name)
    if (m) numbers.push(Number(m[1]))
  }
  return numbers.sort((a, b) => b - a)
}

/** The claim's owner, 'gone' if it vanished while we looked, or null if it cannot hold the lock. */
async function readClaim(file: string): Promise<LockInfo | 'gone' | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    throw error
  }
  try {
    const info = JSON.parse(text) as LockInfo
    return Number.isInteger(info.pid) ? info : null
  } catch {
    // Claims are linked in whole, so only a power cut leaves one unreadable: it holds nothing.
    return null
  }
}

const holds = (info: LockInfo, host: string) => !info.released && (info.host !== host || stillRunning(info))

/** Create `file` with `text` only if no file has that name: write a private temp, then link(). */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temp, text, { mode: 0o600 })
  try {
    await link(temp, file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** Temp files of starts killed between writing and linking: a minute old, no start still needs them. */
async function removeOldTemps(dir: string): Promise<void> {
  const cutoff = Date.now() - 60_000
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.tmp')) continue
    const file = join(dir, name)
    const s = await stat(file).catch(() => null)
    if (s && s.mtimeMs < cutoff) await unlink(file).catch(() => undefined)
  }
}

/** A lock written by Loopwise before numbered claims: a plain file whose PID may still run. */
async function checkLegacyLockFile(file: string, host: string): Promise<void> {
  const info = await readClaim(file).catch(() => null)
  if (info && info !== 'gone' && holds(info, host)) throw new DataFolderLockedError(info, file)
  if (info !== 'gone') await unlink(file).catch(() => undefined)
}

/**
 * One process per data folder, taken atomically. The lock is a folder of numbered claims,
 * each created exclusively (temp file + link(), which fails if the name exists); the highest
 * number is the lock. To take over, a process creates the number after the current highest
 * — only if that holder no longer runs (dead PID, a PID reused by another process, a reboot,
 * or released). Exactly one process can create each number, the highest number is never
 * deleted (a release marks it released), and a claim that finds a higher one after it was
 * made gives up: so exactly one of any number of simultaneous starts wins, stale lock or not.
 *
 * Throws DataFolderLockedError when a live process holds it, and the file system's error
 * (EROFS, EACCES, …) when the folder cannot be written: the caller opens read-only then.
 */
export async function acquireFolderLock(dataDir: string, mode: string): Promise<() => Promise<void>> {
  const dir = join(dataDir, LOCK_DIR_NAME)
  const host = hostname()
  const info: LockInfo = { ...identityOf(process.pid), mode, startedAt: new Date().toISOString(), host }
  try {
    await mkdir(dir, { mode: 0o700 })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      // EEXIST on a plain file: an older Loopwise's lock; move it out of the way if stale.
      await checkLegacyLockFile(dir, host).catch((e: unknown) => {
        if (e instanceof DataFolderLockedError) throw e
      })
      await mkdir(dir, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e
      })
    } else throw error
  }
  for (let attempt = 0; attempt < 200; attempt++) {
    const top = (await claims(dir))[0]
    let next = 1
    if (top !== undefined) {
      const file = join(dir, `${top}.json`)
      const holder = await readClaim(file)
      if (holder === 'gone') continue
      if (holder && holds(holder, host)) throw new DataFolderLockedError(holder, file)
      next = top + 1
    }
    const mine = join(dir, `${next}.json`)
    if (!(await createExclusive(mine, JSON.stringify(info)))) continue
    const highest = (await claims(dir))[0]!
    if (highest > next) {
      // Our view was old: a later claim exists, and its holder decides. Ours was never the lock.
      await unlink(mine).catch(() => undefined)
      continue
    }
    for (const n of await claims(dir)) if (n < next) await unlink(join(dir, `${n}.json`)).catch(() => undefined)
    await removeOldTemps(dir)
    return async () => {
      const current = await readClaim(mine).catch(() => null)
      if (!current || current === 'gone' || current.pid !== process.pid || current.released) return
      // Replace, never delete: the highest claim must stay so that a slow starter's old view
      // cannot create a number someone already passed.
      const temp = `${mine}.${process.pid}-release.tmp`
      await writeFile(temp, JSON.stringify({ ...current, released: true }), { mode: 0o600 }).catch(() => undefined)
      await rename(temp, mine).catch(() => unlink(temp).catch(() => undefined))
    }
  }
  throw new Error(`Could not take the data folder lock in ${dir}: too many processes are starting on it at once.`)
}

/** Whether a live process holds the folder's lock now (tests, diagnostics). */
export async function lockHolder(dataDir: string): Promise<LockInfo | null> {
  const dir = join(dataDir, LOCK_DIR_NAME)
  const top = (await claims(dir).catch(() => []))[0]
  if (top === undefined) return null
  const holder = await readClaim(join(dir, `${top}.json`)).catch(() => null)
  return holder && holder !== 'gone' && holds(holder, hostname()) ? holder : null
}

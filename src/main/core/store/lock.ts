import { open, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { hostname } from 'node:os'

export interface LockInfo {
  pid: number
  mode: string
  startedAt: string
  host: string
}

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

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One process per data folder. The lock file is created exclusively; a lock whose process
 * is gone (crash, SIGKILL) is stale and taken over.
 */
export async function acquireFolderLock(dataDir: string, mode: string): Promise<() => Promise<void>> {
  const lockFile = join(dataDir, 'loopwise.lock')
  const info: LockInfo = { pid: process.pid, mode, startedAt: new Date().toISOString(), host: hostname() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx', 0o600)
      await handle.writeFile(JSON.stringify(info))
      await handle.close()
      return async () => {
        const current = await readFile(lockFile, 'utf8').catch(() => '')
        if (current.includes(`"pid":${process.pid},`)) await unlink(lockFile).catch(() => undefined)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let holder: LockInfo | null
      try {
        holder = JSON.parse(await readFile(lockFile, 'utf8')) as LockInfo
      } catch {
        holder = null
      }
      const sameHost = !holder || holder.host === info.host
      if (holder && sameHost && isAlive(holder.pid)) {
        throw new DataFolderLockedError(holder, lockFile)
      }
      if (holder && !sameHost) throw new DataFolderLockedError(holder, lockFile)
      await unlink(lockFile).catch(() => undefined)
    }
  }
  throw new Error(`Could not take the data folder lock at ${lockFile}.`)
}

import { randomBytes } from 'node:crypto'
import { mkdir, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A new user's data folder does not exist yet (nor, often, its parents such as ~/.config):
 * create it, private to the user, before anything else touches it — the lock included.
 * A folder that exists but cannot be written is not an error here: the store opens it
 * read-only and says why.
 */
export async function ensureDataFolder(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`Loopwise could not create its data folder ${dataDir} (${code ?? (error as Error).message}).`, { cause: error })
  }
}

/**
 * Can this process create files in the folder? The lock lives in its own sub-folder, which
 * may stay writable when the data folder itself is not (a chmod on the folder only): ask the
 * folder directly, with a file no one else uses.
 */
export async function probeWritable(dataDir: string): Promise<void> {
  const probe = join(dataDir, `.loopwise-probe-${process.pid}-${randomBytes(4).toString('hex')}`)
  await writeFile(probe, '', { flag: 'wx', mode: 0o600 })
  await unlink(probe)
}

import { mkdir } from 'node:fs/promises'

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

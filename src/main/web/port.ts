import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Browser mode's first choice, so the address stays the same from run to run. */
export const DEFAULT_WEB_PORT = 4777
/** In the data folder: the port browser mode last listened on for this folder. */
export const PORT_FILE_NAME = 'browser-mode.json'

/** The port to try first: the one remembered for this data folder, else the default. */
export async function preferredPort(dataDir: string, fallback = DEFAULT_WEB_PORT): Promise<number> {
  try {
    const saved = (JSON.parse(await readFile(join(dataDir, PORT_FILE_NAME), 'utf8')) as { port?: unknown }).port
    if (typeof saved === 'number' && Number.isInteger(saved) && saved >= 1024 && saved <= 65535) return saved
  } catch {
    // Not there yet, or unreadable: the default it is.
  }
  return fallback
}

/**
 * Remembers the port for next time. Best effort: a read-only data folder still runs, it just
 * cannot promise the same address next time (and says so).
 */
export async function rememberPort(dataDir: string, port: number): Promise<string | null> {
  const file = join(dataDir, PORT_FILE_NAME)
  try {
    await writeFile(`${file}.tmp`, `${JSON.stringify({ port })}\n`, { mode: 0o600 })
    await rename(`${file}.tmp`, file)
    return null
  } catch (error) {
    return `Could not remember port ${port} in ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run may get another address.`
  }
}

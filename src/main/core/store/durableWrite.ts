import { open, rename, unlink, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

const TEMP_SUFFIX = '.tmp'

/** `loopwise.json` -> `loopwise.json.<pid>-<random>.tmp`, in the same folder so rename is atomic. */
const tempPathFor = (file: string) =>
  join(dirname(file), `${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`)

/**
 * Atomic and durable: the bytes reach the disk (fsync) before the rename makes them the
 * file, and the folder is fsynced so the rename itself survives a power cut. steno, lowdb's
 * own writer, renames without fsync — a save it reports done can vanish in a crash.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file)
  const handle = await open(temp, 'w', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDir(dirname(file))
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; there the rename is as durable as it gets.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Temp files left by a process that died mid-save: never the truth, safe to remove. */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const dir = dirname(file)
  const prefix = `${basename(file)}.`
  const removed: string[] = []
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
      await unlink(join(dir, name)).catch(() => undefined)
      removed.push(name)
    }
  }
  return removed
}

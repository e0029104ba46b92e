import { lstat, open, readdir, readlink, realpath, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'

const TEMP_SUFFIX = '.tmp'

/** `loopwise.json` -> `loopwise.json.<pid>-<random>.tmp`, in the same folder so rename is atomic. */
export const tempPathFor = (file: string) =>
  join(dirname(file), `${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`)

/**
 * Atomic and durable: the bytes reach the disk (fsync) before the rename makes them the
 * file, and the folder is fsynced so the rename itself survives a power cut. steno, lowdb's
 * own writer, renames without fsync — a save it reports done can vanish in a crash.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeDurably(file, data)
  } catch (error) {
    throw tagFile(error, file)
  }
}

async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
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

/** The file a failed write was about, so the message names it (the journal, not the snapshot). */
export function tagFile(error: unknown, file: string): unknown {
  if (error && typeof error === 'object' && !('loopwiseFile' in error)) Object.assign(error, { loopwiseFile: file })
  return error
}

export function failedFile(error: unknown, fallback: string): string {
  const tagged = (error as { loopwiseFile?: unknown } | null)?.loopwiseFile
  return typeof tagged === 'string' ? tagged : fallback
}

/**
 * Where a write to `file` must go: a symlink is followed (a person may keep the data file in a
 * synced folder and link it here), so the atomic replace happens beside the real file and
 * the link stays a link. A plain file, or none yet, is written where it is.
 */
export async function writeTarget(file: string): Promise<string> {
  let isLink: boolean
  try {
    isLink = (await lstat(file)).isSymbolicLink()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return file
    throw error
  }
  if (!isLink) return file
  try {
    return await realpath(file)
  } catch (error) {
    // A dangling link: write where it points, so the link comes alive rather than being replaced.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolve(dirname(file), await readlink(file))
    throw error
  }
}

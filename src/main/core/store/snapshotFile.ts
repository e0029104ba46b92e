import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fsyncDir, tagFile, tempPathFor, writeTarget } from './durableWrite'

/** Serialise for at most this long before letting other work (saves, requests) run. */
const SLICE_MS = 4
/** Bytes gathered before one write to the temp file. */
const CHUNK_BYTES = 1 << 20
/**
 * Flush the temp file to the disk every few MB as it is written, not 50 MB at the end: a
 * journal append's own sync queues behind whatever the disk still has to write (ext4 commits
 * its journal in order), so a save arriving during one big final flush waited for all of it.
 */
const SYNC_EVERY_BYTES = 4 << 20

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export interface SerializeOptions {
  /** Awaited between slices (default: one turn of the event loop). The store lets saves in flight finish here. */
  pause?: () => Promise<void>
}

/**
 * The same text as `JSON.stringify({ ...data, ...meta })`, produced entry by entry and yielding
 * to the event loop every few milliseconds. Safe because the store hands over a plain copy whose
 * lists are frozen arrays (liveDocument.ts): the `data` given here stays as it was.
 */
export async function* serializeIncrementally(
  data: object,
  meta: Record<string, unknown>,
  { pause = yieldToLoop }: SerializeOptions = {}
): AsyncGenerator<string> {
  let sliceStart = performance.now()
  let parts: string[] = []
  let size = 0
  const flushIfFull = function* (): Generator<string> {
    if (size < CHUNK_BYTES) return
    yield parts.join('')
    parts = []
    size = 0
  }
  const push = (s: string) => {
    parts.push(s)
    size += s.length
  }
  push('{')
  let first = true
  for (const [key, value] of Object.entries({ ...data, ...meta })) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue
    push(`${first ? '' : ','}${JSON.stringify(key)}:`)
    first = false
    if (!Array.isArray(value)) {
      push(JSON.stringify(value))
      continue
    }
    push('[')
    for (let i = 0; i < value.length; i++) {
      push(`${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`)
      yield* flushIfFull()
      if ((i & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
        await pause()
        sliceStart = performance.now()
      }
    }
    push(']')
  }
  push('}')
  yield parts.join('')
}

export interface PreparedSnapshot {
  /** Bytes written. */
  bytes: number
  /**
   * Make it the file: rename over it and fsync the folder. `syncFolder: false` leaves the
   * folder's fsync to syncFolder(), so a caller holding up saves for the rename does not also
   * hold them for a disk flush (until the folder is synced, the old file may come back after a
   * power cut: keep whatever the new one replaces until then).
   */
  commit(options?: { syncFolder?: boolean }): Promise<void>
  /** Make the rename durable (after commit with `syncFolder: false`). */
  syncFolder(): Promise<void>
  /** Throw it away (a newer snapshot won, or the store closed). */
  discard(): Promise<void>
}

/**
 * Phase one of an atomic, durable snapshot: the whole text in a temp file beside the target,
 * fsynced, without ever holding the whole text in one string (50,000 wins are ~50 MB). The
 * rename is phase two, so the store can make it in its save queue.
 */
export async function prepareSnapshot(
  file: string,
  data: object,
  meta: Record<string, unknown>,
  options: SerializeOptions = {}
): Promise<PreparedSnapshot> {
  const target = await writeTarget(file).catch((error: unknown) => {
    throw tagFile(error, file)
  })
  const temp = tempPathFor(target)
  let handle: FileHandle | null = null
  let bytes = 0
  let unsynced = 0
  try {
    handle = await open(temp, 'w', 0o600)
    for await (const chunk of serializeIncrementally(data, meta, options)) {
      const buffer = Buffer.from(chunk)
      // A nearly full disk may take part of a write without an error: finish it or fail.
      for (let offset = 0; offset < buffer.length;) {
        const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset)
        if (bytesWritten <= 0) throw Object.assign(new Error(`could not write ${temp}`), { code: 'EIO' })
        offset += bytesWritten
      }
      bytes += buffer.length
      unsynced += buffer.length
      if (unsynced >= SYNC_EVERY_BYTES) {
        await handle.datasync()
        unsynced = 0
      }
    }
    await handle.sync()
    await handle.close()
    handle = null
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw tagFile(error, file)
  }
  let settled = false
  const syncFolder = async () => {
    await fsyncDir(dirname(target)).catch((error: unknown) => {
      throw tagFile(error, file)
    })
  }
  return {
    bytes,
    async commit({ syncFolder: sync = true } = {}) {
      settled = true
      try {
        await rename(temp, target)
      } catch (error) {
        await unlink(temp).catch(() => undefined)
        throw tagFile(error, file)
      }
      if (sync) await syncFolder()
    },
    syncFolder,
    async discard() {
      if (settled) return
      settled = true
      await unlink(temp).catch(() => undefined)
    }
  }
}

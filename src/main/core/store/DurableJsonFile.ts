import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { removeStaleTempFiles, tagFile, writeTarget } from './durableWrite'
import { prepareSnapshot, type PreparedSnapshot, type SerializeOptions } from './snapshotFile'

/**
 * lowdb adapter whose writes are atomic and fsynced, serialised entry by entry without
 * blocking the event loop (snapshotFile.ts). Reads return the raw text so the store can tell
 * "missing" from "corrupt" and move a bad file aside instead of guessing. `meta` adds
 * bookkeeping fields (the journal position) to the snapshot without putting them in the
 * user's data.
 */
export class DurableJsonFile<T extends object> implements Adapter<T> {
  /** Snapshots prepared (temp file written and fsynced) since this adapter was made. */
  snapshotsWritten = 0

  constructor(
    private readonly file: string,
    private readonly meta: () => Record<string, unknown> = () => ({})
  ) {}

  async readText(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw tagFile(error, this.file)
    }
  }

  /** Temp files a killed save left beside the real file (which may be a symlink's target). */
  async removeStaleTempFiles(): Promise<void> {
    await removeStaleTempFiles(this.file)
    const target = await writeTarget(this.file).catch(() => this.file)
    if (target !== this.file) await removeStaleTempFiles(target).catch(() => undefined)
  }

  async read(): Promise<T | null> {
    const text = await this.readText()
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    const prepared = await this.prepare(data, this.meta())
    await prepared.commit()
  }

  /**
   * Phase one only (temp file written and fsynced); the caller renames it in when nothing newer
   * was written meanwhile. `meta` is taken now, with `data`, so the two always match.
   */
  async prepare(data: T, meta = this.meta(), options: SerializeOptions = {}): Promise<PreparedSnapshot> {
    const prepared = await prepareSnapshot(this.file, data, meta, options)
    this.snapshotsWritten++
    return prepared
  }
}

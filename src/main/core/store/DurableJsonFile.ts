import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurable } from './durableWrite'

/**
 * lowdb adapter whose writes are atomic and fsynced. Reads return the raw text so the
 * store can tell "missing" from "corrupt" and move a bad file aside instead of guessing.
 * `meta` adds bookkeeping fields (the journal position) to the snapshot without putting
 * them in the user's data.
 */
export class DurableJsonFile<T extends object> implements Adapter<T> {
  lastWrittenText = ''

  constructor(
    private readonly file: string,
    private readonly meta: () => Record<string, unknown> = () => ({})
  ) {}

  async readText(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async read(): Promise<T | null> {
    const text = await this.readText()
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify({ ...data, ...this.meta() })
    await writeFileDurable(this.file, text)
    this.lastWrittenText = text
  }
}

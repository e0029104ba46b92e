import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurable } from './durableWrite'

/**
 * lowdb adapter whose writes are atomic and fsynced. Reads return the raw text so the
 * store can tell "missing" from "corrupt" and move a bad file aside instead of guessing.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

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
    await writeFileDurable(this.file, JSON.stringify(data))
  }
}

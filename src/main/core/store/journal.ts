import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Patch } from 'immer'
import { fsyncDir } from './durableWrite'

export interface JournalLine {
  seq: number
  patches: Patch[]
}

export interface JournalRead {
  lines: JournalLine[]
  /** The last line was cut short by a crash mid-append: never acknowledged, safely ignored. */
  tornTail: boolean
  /** A bad line with good lines after it: the journal is damaged from here on. */
  damagedAt: number | null
}

const isLine = (v: unknown): v is JournalLine =>
  !!v && typeof v === 'object' && Number.isInteger((v as JournalLine).seq) && Array.isArray((v as JournalLine).patches)

/**
 * Append-only log of changes since the last full snapshot. A save appends one line and
 * fdatasyncs it: a few hundred bytes instead of rewriting the whole history, which at ten
 * thousand wins costs more than the 50 ms a save may take. The snapshot absorbs the journal
 * when the app is idle or closes.
 */
export class Journal {
  private handle: FileHandle | null = null
  lines = 0
  bytes = 0

  constructor(readonly file: string) {}

  async read(): Promise<JournalRead> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], tornTail: false, damagedAt: null }
      throw error
    }
    const raw = text.split('\n')
    const endsClean = text.endsWith('\n') || text === ''
    const lines: JournalLine[] = []
    for (let i = 0; i < raw.length; i++) {
      const row = raw[i]!
      if (row === '') continue
      let parsed: unknown
      try {
        parsed = JSON.parse(row)
      } catch {
        parsed = null
      }
      if (isLine(parsed)) {
        lines.push(parsed)
        continue
      }
      const isLast = raw.slice(i + 1).every((r) => r === '')
      if (isLast && !endsClean) return { lines, tornTail: true, damagedAt: null }
      return { lines, tornTail: false, damagedAt: lines.length }
    }
    this.lines = lines.length
    this.bytes = Buffer.byteLength(text)
    return { lines, tornTail: false, damagedAt: null }
  }

  async append(line: JournalLine): Promise<void> {
    const text = `${JSON.stringify(line)}\n`
    if (!this.handle) {
      this.handle = await open(this.file, 'a', 0o600)
      // The new directory entry must be durable too, or the first line could vanish with it.
      await fsyncDir(dirname(this.file))
    }
    await this.handle.write(text)
    await this.handle.datasync()
    this.lines++
    this.bytes += Buffer.byteLength(text)
  }

  /** After a snapshot has absorbed every line. */
  async reset(): Promise<void> {
    await this.close()
    try {
      await unlink(this.file)
      await fsyncDir(dirname(this.file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    this.lines = 0
    this.bytes = 0
  }

  async moveAside(target: string): Promise<void> {
    await this.close()
    await rename(this.file, target).catch(() => undefined)
    this.lines = 0
    this.bytes = 0
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch(() => undefined)
  }
}

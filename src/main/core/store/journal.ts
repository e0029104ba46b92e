import fs, { constants, fstatSync } from 'node:fs'
import { open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { fsyncDir, tagFile } from './durableWrite'
import { decodeLine, describeLost, encodeLine, type JournalLine, type LostLine } from './journalLine'

export type { JournalLine, LostLine } from './journalLine'

/**
 * On Linux the active file is opened O_DSYNC: each write returns only once its bytes (and what
 * is needed to read them back) are on the disk — what write + fdatasync gives, the durability of
 * SQLite's synchronous=FULL, in one thread-pool round trip instead of two. Elsewhere an explicit
 * datasync follows the write: on macOS libuv's datasync is F_FULLFSYNC (it flushes the drive's
 * cache too), which O_DSYNC there would not; Windows has no O_DSYNC.
 */
const DSYNC = process.platform === 'linux' && typeof constants.O_DSYNC === 'number' ? constants.O_DSYNC : 0
const APPEND_FLAGS = DSYNC ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | DSYNC : 'a'

/**
 * How a line reaches the disk. A synchronous O_DSYNC write (what SQLite does for every commit)
 * costs the disk's own latency, 0.1–0.2 ms here; the thread pool adds a round trip and an
 * event-loop turn to that. But a synchronous write blocks the event loop for as long as the
 * disk takes, so it is used only while the disk answers fast: one write slower than
 * `slowSyncMs` sends the journal back to the thread pool (so a slow disk — USB, a network home,
 * a flush queued behind a snapshot — blocks the loop for one write at most), and it comes back
 * only after `fastRun` writes in a row finished within `fastAsyncMs` through the pool (a pool
 * round trip is never faster than the disk, so those prove the disk is fast again). A disk that
 * is slow now and then (another program writing) would stall the loop once per round trip of
 * that, so each slow write doubles the run needed to come back (up to `maxFastRun`), and
 * `calmSyncWrites` fast synchronous writes in a row reset it.
 * A synchronous save never yields to the event loop; saves awaited one after another in one
 * task (an import, a bulk edit) would hold it for all of them, so once `turnBudgetMs` has passed
 * since the first synchronous write of this turn of the loop, appends go through the pool
 * until the loop has turned.
 */
export const SYNC_WRITES = { slowSyncMs: 4, fastAsyncMs: 4, fastRun: 8, maxFastRun: 4096, calmSyncWrites: 2000, turnBudgetMs: 8 }
export type SyncWriteTiming = typeof SYNC_WRITES

export interface JournalRead {
  /** Every line whose checksum verifies, in order. */
  lines: JournalLine[]
  /** The last line was cut short by a crash mid-append: never acknowledged, safely ignored. */
  tornTail: boolean
  /** Lines that do not verify with verified lines after them: these changes are lost. */
  lost: LostLine[]
}

/**
 * Append-only log of changes since the last full snapshot. A save appends one line and
 * fdatasyncs it: a few hundred bytes instead of rewriting the whole history, which at ten
 * thousand wins costs more than the 50 ms a save may take. Each line carries its own
 * checksum (journalLine.ts).
 *
 * Segments: a compaction first seals the active file (`loopwise.journal` is renamed to
 * `loopwise.journal.<last seq in it>`), so saves keep appending to a fresh file while the
 * snapshot is written; sealed segments are removed only once a durable snapshot holds them.
 * A start reads every sealed segment in order, then the active file.
 */
export class Journal {
  private handle: FileHandle | null = null
  /** Lines and bytes in the active file. */
  lines = 0
  bytes = 0
  /** Sealed segments still on disk (their changes are not yet in a durable snapshot). */
  sealed: number[] = []

  /** Synchronous writes while the disk answers fast (SYNC_WRITES); only with O_DSYNC. */
  private syncWrites = DSYNC !== 0
  private fastAsyncWrites = 0
  /** Fast pool writes in a row needed before synchronous writes again (doubles after each slow one). */
  private neededFastRun: number
  private fastSyncWrites = 0
  /** When the first synchronous write of this turn of the event loop began (null: none yet). */
  private turnStarted: number | null = null
  /**
   * Background writes running beside the journal (a snapshot, a backup): the disk is busy
   * flushing them, and an append's own flush may queue behind them (ext4 commits in order), so
   * appends go through the thread pool meanwhile.
   */
  private busyWith = 0

  get diskBusy(): boolean {
    return this.busyWith > 0
  }

  /** Run `task` as background disk work (see diskBusy). */
  async besideBigWrite<T>(task: () => Promise<T>): Promise<T> {
    this.busyWith++
    try {
      return await task()
    } finally {
      this.busyWith--
    }
  }
  /** Appends written synchronously / through the thread pool, and of those how many only to let the loop turn (tests, the bench). */
  readonly writes = { sync: 0, async: 0, yielded: 0, slow: 0 }

  constructor(
    readonly file: string,
    private readonly timing: SyncWriteTiming = SYNC_WRITES
  ) {
    this.neededFastRun = timing.fastRun
  }

  private sealedPath(seq: number) {
    return `${this.file}.${String(seq).padStart(12, '0')}`
  }

  /** Sealed segments in the folder, oldest first. */
  async listSealed(): Promise<number[]> {
    const prefix = `${basename(this.file)}.`
    let names: string[]
    try {
      names = await readdir(dirname(this.file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw tagFile(error, this.file)
    }
    return names
      .filter((n) => n.startsWith(prefix) && /^\d{12}$/.test(n.slice(prefix.length)))
      .map((n) => Number(n.slice(prefix.length)))
      .sort((a, b) => a - b)
  }

  /** Every sealed segment, then the active file: one list of lines. */
  async read(): Promise<JournalRead> {
    this.sealed = await this.listSealed()
    const out: JournalRead = { lines: [], tornTail: false, lost: [] }
    for (const seq of this.sealed) {
      const part = await this.readFile(this.sealedPath(seq))
      out.lines.push(...part.lines)
      out.lost.push(...part.lost)
      // A sealed segment's torn tail was never acknowledged, and nothing is appended after it.
    }
    const active = await this.readFile(this.file)
    out.lines.push(...active.lines)
    out.lost.push(...active.lost)
    out.tornTail = active.tornTail
    this.lines = active.lines.length
    this.bytes = active.bytes
    return out
  }

  private async readFile(file: string): Promise<JournalRead & { bytes: number }> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], tornTail: false, lost: [], bytes: 0 }
      throw tagFile(error, file)
    }
    const rows = text.split('\n')
    // Without a final newline the last row was never finished (a crash or a full disk mid-append).
    const unfinished = text.endsWith('\n') || text === '' ? -1 : rows.length - 1
    const lines: JournalLine[] = []
    const bad: Array<{ row: string; index: number; expected: number | null }> = []
    let tornTail = false
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!
      if (row === '') continue
      const line = decodeLine(row)
      if (line) {
        lines.push(line)
        continue
      }
      if (i === unfinished) tornTail = true
      else bad.push({ row, index: i, expected: lines.length ? lines[lines.length - 1]!.seq + 1 : null })
    }
    // A bad row followed only by bad rows up to a torn end is still one change lost, not a torn tail.
    const lost = bad.map((b) => describeLost(b.row, b.index + 1, b.expected))
    return { lines, tornTail, lost, bytes: Buffer.byteLength(text) }
  }

  /**
   * Close the active file and rename it to a sealed segment named by its last change, so the
   * next append starts a fresh file. Nothing is copied: one rename and a folder fsync.
   */
  async seal(lastSeq: number): Promise<void> {
    await this.close()
    if (this.lines === 0 && this.bytes === 0) return
    const target = this.sealedPath(lastSeq)
    try {
      await rename(this.file, target)
      await fsyncDir(dirname(this.file))
    } catch (error) {
      throw tagFile(error, this.file)
    }
    if (!this.sealed.includes(lastSeq)) this.sealed.push(lastSeq)
    this.lines = 0
    this.bytes = 0
  }

  /** Once a durable snapshot holds every change up to `seq`: its sealed segments go. */
  async dropSealed(upTo: number): Promise<void> {
    const gone = this.sealed.filter((s) => s <= upTo)
    for (const seq of gone) await unlink(this.sealedPath(seq)).catch(() => undefined)
    this.sealed = this.sealed.filter((s) => s > upTo)
    if (gone.length) await fsyncDir(dirname(this.file)).catch(() => undefined)
  }

  async append(line: JournalLine): Promise<void> {
    try {
      await this.write(encodeLine(line))
    } catch (error) {
      throw tagFile(error, this.file)
    }
  }

  private async write(text: string): Promise<void> {
    if (!this.handle) {
      this.handle = await open(this.file, APPEND_FLAGS, 0o600)
      // The new directory entry must be durable too, or the first line could vanish with it.
      await fsyncDir(dirname(this.file))
    }
    // write() may take only part of the bytes (a nearly full disk does exactly that) without
    // an error; a line cut short is ignored at the next start, so finish it or fail.
    const bytes = Buffer.from(text)
    if (!this.syncWrites || this.diskBusy) await this.writeInPool(this.handle, bytes)
    else if (this.withinTurnBudget()) this.writeNow(this.handle.fd, bytes)
    else {
      this.writes.yielded++
      await this.writeInPool(this.handle, bytes)
    }
    // An open handle keeps writing to a file whose folder was deleted (or that was removed):
    // the append "succeeds" into a file no start will ever read. Report it as not saved.
    // (fstat of an open file is answered from memory: no disk, no round trip.)
    if (fstatSync(this.handle.fd).nlink === 0) {
      await this.close()
      throw Object.assign(new Error(`the journal ${this.file} was deleted while open`), { code: 'ENOENT' })
    }
    this.lines++
    this.bytes += bytes.length
  }

  private withinTurnBudget(): boolean {
    const now = performance.now()
    if (this.turnStarted === null) {
      this.turnStarted = now
      setImmediate(() => {
        this.turnStarted = null
      })
    }
    return now - this.turnStarted < this.timing.turnBudgetMs
  }

  /** Synchronous: returns when the bytes are on the disk (O_DSYNC). */
  private writeNow(fd: number, bytes: Buffer) {
    const started = performance.now()
    for (let offset = 0; offset < bytes.length;) {
      // fs.writeSync through the module object, so a fault injected in tests (diskFault.ts) reaches it.
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset)
      if (written <= 0) throw Object.assign(new Error(`could not append to ${this.file}`), { code: 'EIO' })
      offset += written
    }
    this.writes.sync++
    if (performance.now() - started > this.timing.slowSyncMs) {
      this.writes.slow++
      this.syncWrites = false
      this.fastAsyncWrites = 0
      this.fastSyncWrites = 0
      this.neededFastRun = Math.min(this.neededFastRun * 2, this.timing.maxFastRun)
    } else if (++this.fastSyncWrites >= this.timing.calmSyncWrites) this.neededFastRun = this.timing.fastRun
  }

  private async writeInPool(handle: FileHandle, bytes: Buffer) {
    const started = performance.now()
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
      if (bytesWritten <= 0) throw Object.assign(new Error(`could not append to ${this.file}`), { code: 'EIO' })
      offset += bytesWritten
    }
    if (!DSYNC) await handle.datasync()
    this.writes.async++
    if (!DSYNC || this.syncWrites || this.diskBusy) return
    if (performance.now() - started > this.timing.fastAsyncMs) this.fastAsyncWrites = 0
    else if (++this.fastAsyncWrites >= this.neededFastRun) this.syncWrites = true
  }

  /** After a snapshot has absorbed every line (of every segment). */
  async reset(): Promise<void> {
    await this.close()
    await this.dropSealed(Number.MAX_SAFE_INTEGER)
    try {
      await unlink(this.file)
      await fsyncDir(dirname(this.file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw tagFile(error, this.file)
    }
    this.lines = 0
    this.bytes = 0
  }

  async moveAside(target: string): Promise<void> {
    await this.close()
    for (const seq of await this.listSealed().catch(() => [])) await rename(this.sealedPath(seq), `${target}.${seq}`).catch(() => undefined)
    this.sealed = []
    await rename(this.file, target).catch(() => undefined)
    this.lines = 0
    this.bytes = 0
  }

  /** Whether a handle is open (a new one means a new file: the caller checks the folder first). */
  get isOpen(): boolean {
    return this.handle !== null
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch(() => undefined)
  }
}

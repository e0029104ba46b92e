import { statSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Immer } from 'immer'
import { Low } from 'lowdb'
import { CURRENT_SCHEMA_VERSION, emptyStoreData, storeDataSchema, type StoreData } from '../../../shared/domain/storeData'
import type { RecoveryNotice, StoreStatus } from '../../../shared/domain/storeStatus'
import { AppError } from '../base/errors'
import { Backups, type BackupEntry } from './backups'
import { DurableJsonFile } from './DurableJsonFile'
import { failedFile } from './durableWrite'
import { diffDocs, MAX_OPS_PER_CHANGE, type EntityOp } from './entityOps'
import { LiveDocument } from './liveDocument'
import { StoreChange, type EntityCollection, type EntityOf } from './storeChange'
import { Journal, type JournalLine, type LostLine } from './journal'
import { replayJournal } from './journalReplay'
import { parseStoreText, readJournalSeq } from './parseStoreText'

export const STORE_FILE_NAME = 'loopwise.json'
export const JOURNAL_FILE_NAME = 'loopwise.journal'

// No auto-freeze: freezing ten thousand entries on every change would cost more than the save.
const immer = new Immer({ autoFreeze: false })

/** When the journal is folded into a fresh snapshot (in the background: saves never wait for it). */
export const COMPACTION = { maxLines: 500, maxBytes: 4 * 1024 * 1024, idleMs: 2_000 } as const

const fileStamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

/** Results leave the recipe as plain data: immer's drafts are revoked once it ends. */
const detach = <T>(value: T): T => (value === null || typeof value !== 'object' ? value : (JSON.parse(JSON.stringify(value)) as T))

export type { EntityCollection, ValueKey } from './storeChange'
/** The parts of the store that carry a version: every collection and top-level value. */
export type VersionedKey = Exclude<keyof StoreData & string, 'schemaVersion'>

/**
 * Versions come from one counter shared by every Store in the process, so a cache keyed on
 * versions also misses when the active store is swapped (sample mode) or the document reloaded.
 */
let versionCounter = 0

export interface StoreOptions {
  dataDir: string
  now?: () => Date
  onStatus?: (status: StoreStatus) => void
  /** Tests and benchmarks may turn idle compaction off to measure one thing at a time. */
  idleCompaction?: boolean
  /**
   * Why the folder cannot be written (read-only disk, no permission), when the caller found
   * out (the lock could not be taken): open it read-only — show everything, write nothing.
   */
  storageReadOnly?: string | null
}

/** Which folder and which snapshot file the journal belongs to (device + inode). */
interface Home {
  dir: string
  file: string
}
/**
 * Same file: same device and inode, and (for the snapshot) not rewritten in place since.
 * Synchronous on purpose: it runs before every save, and a stat is answered from the inode
 * cache in microseconds, where an async one costs a thread-pool round trip per save.
 */
const identity = (path: string, content = false) => {
  const s = statSync(path)
  return content ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}` : `${s.dev}:${s.ino}`
}

/**
 * The one JSON file that holds a person's loop history, plus a journal of changes since it
 * was last written whole. Plain Node: Electron only supplies the folder.
 *
 * Every change goes through change()/put()/remove() (ops by entity id, all or nothing) or
 * update() (an immer draft over a plain copy: tests, reset); it is recorded as ops keyed by
 * entity id (entityOps.ts), appended to the journal and fsynced, then resolved — a save
 * reported done is on disk. In memory the entity collections are id-keyed maps
 * (liveDocument.ts): a save copies no list; readers get frozen arrays made once per version. The snapshot
 * (`loopwise.json`, atomic + fsynced) absorbs the journal in the background when idle or when
 * the journal grows: the journal is sealed, saves go on into a fresh segment, the snapshot
 * is serialised without blocking the event loop, and the sealed segment goes only once the
 * snapshot is durable. A failed write keeps the change in memory, marks the store unsaved,
 * and can be retried; a failed compaction changes nothing.
 */
export class Store {
  readonly file: string
  readonly backups: Backups
  private readonly db: Low<StoreData>
  private readonly adapter: DurableJsonFile<StoreData>
  private readonly journal: Journal
  private readonly now: () => Date
  private readonly idleCompaction: boolean
  private status: StoreStatus = { saved: true, lastSavedAt: null, lastError: null, readOnly: false, readOnlyReason: null, recovery: null }
  /** Every write (append, snapshot, compaction) runs one after another on this chain. */
  private tail: Promise<void> = Promise.resolve()
  /** A write that has not started yet: later saves join it instead of queueing their own. */
  private queued: Promise<void> | null = null
  private onStatus?: (status: StoreStatus) => void
  /** Change sets applied in memory but not yet on disk. */
  private pending: EntityOp[][] = []
  /** The document: entity collections as id-keyed maps, handed out as arrays made once per version. */
  private readonly live = new LiveDocument(emptyStoreData())
  /** The background compaction running, if any (one at a time). */
  private compaction: Promise<void> | null = null
  /** Bumped by every whole snapshot written in the save queue: a background one prepared before it is stale. */
  private snapshotGeneration = 0
  /** Backups run after snapshots, off the save path; flush waits for them. */
  private backupTask: Promise<unknown> = Promise.resolve()
  private seq = 0
  /** After a failed append the journal may end in a torn line: the next write is a full snapshot. */
  private needsSnapshot = false
  private idleTimer: NodeJS.Timeout | null = null
  /** The folder and snapshot the journal extends; anything else there means a full snapshot. */
  private home: Home | null = null
  /** Read-only because the folder cannot be written (saves get STORAGE), not because the file is newer. */
  private storageReadOnly: string | null = null

  private constructor(
    readonly dataDir: string,
    options: StoreOptions
  ) {
    this.file = join(dataDir, STORE_FILE_NAME)
    this.now = options.now ?? (() => new Date())
    this.adapter = new DurableJsonFile<StoreData>(this.file, () => ({ journalSeq: this.seq }))
    this.db = new Low<StoreData>(this.adapter, emptyStoreData())
    this.journal = new Journal(join(dataDir, JOURNAL_FILE_NAME))
    this.backups = new Backups(join(dataDir, 'backups'), this.now)
    this.onStatus = options.onStatus
    this.idleCompaction = options.idleCompaction ?? true
    this.storageReadOnly = options.storageReadOnly ?? null
  }

  static async open(options: StoreOptions): Promise<Store> {
    if (!options.storageReadOnly) await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
    const store = new Store(options.dataDir, options)
    if (store.storageReadOnly) await store.loadReadOnly(store.storageReadOnly)
    else await store.load()
    return store
  }

  /**
   * The current document. Its lists are arrays that never change once handed out (a new version
   * is a new array; an unchanged collection keeps its array); read them as often as you like.
   */
  get data(): Readonly<StoreData> {
    return this.live.current()
  }

  /** Take a whole document (start, reload, recovery): every part is a new version. */
  private install(data: StoreData) {
    this.live.load(data)
    this.db.data = this.live.peek()
  }

  getStatus(): StoreStatus {
    return { ...this.status }
  }

  setStatusListener(listener: (status: StoreStatus) => void) {
    this.onStatus = listener
  }

  private setStatus(patch: Partial<StoreStatus>) {
    this.status = { ...this.status, ...patch }
    this.onStatus?.(this.getStatus())
  }

  private async load(): Promise<void> {
    await this.adapter.removeStaleTempFiles()
    const text = await this.adapter.readText()
    const journal = await this.journal.read()
    const hadJournal = journal.lines.length > 0 || journal.tornTail || journal.lost.length > 0
    if (text === null) {
      if (hadJournal) await this.journal.moveAside(join(this.dataDir, `loopwise.journal-orphan-${fileStamp(this.now())}`))
      this.install(emptyStoreData())
      await this.writeSnapshot()
      return
    }
    // Every snapshot this version writes records its journal position; older files start at 0.
    const snapshotSeq = readJournalSeq(text) ?? 0
    const replay = hadJournal ? this.replay(text, snapshotSeq, journal) : { raw: undefined, replayError: null }
    const replayError = replay.replayError
    const parsed = parseStoreText(text, replay.raw)
    if (parsed.ok) {
      this.install(parsed.data)
      this.seq = Math.max(this.seq, snapshotSeq)
      if (parsed.migratedFrom !== undefined) {
        const refused = await this.backups.take(text, `pre-migrate-v${parsed.migratedFrom}`).then(
          () => null,
          (error: unknown) => (error as Error).message.replace(/^Not saved: /, '')
        )
        if (refused) {
          // Never upgrade a file without its way back: show it, write nothing.
          this.storageReadOnly = `Loopwise must back up your data before upgrading it, and cannot: ${refused}`
          this.status.readOnly = true
          this.status.readOnlyReason = this.storageReadOnly
          return
        }
      }
      if (replayError) {
        // Keep the damaged journal for a person to look at; the data it still held is written whole.
        await this.noteDamagedJournal(replayError)
        await this.foldAtStart()
      } else if (parsed.migratedFrom !== undefined) await this.foldAtStart()
      else if (hadJournal) await this.sealAtStart()
      // The snapshot just read is the one the journal extends, so the first save can be a journal line.
      if (!this.home && !this.needsSnapshot) this.home = await this.whereWeAre().catch(() => null)
      // At most one snapshot per start: the journal is folded in the background, like any
      // compaction, and the start's backup (best effort, off the start: a read-only or full
      // disk must not stop the app from showing the data) is taken of what it wrote.
      if (hadJournal && !this.needsSnapshot && this.journal.sealed.length > 0) this.requestCompaction('open')
      else if (parsed.migratedFrom === undefined) this.backupInBackground('open')
      return
    }
    if (parsed.newer !== undefined) {
      // Written by a newer Loopwise: show it, never write over it (nor its journal).
      const lenient = storeDataSchema.safeParse({ ...(parsed.raw as object), schemaVersion: CURRENT_SCHEMA_VERSION })
      this.install(lenient.success ? lenient.data : emptyStoreData())
      this.status.readOnly = true
      this.status.readOnlyReason =
        `This data file was written by a newer version of Loopwise (schema ${parsed.newer}; this app reads ${CURRENT_SCHEMA_VERSION}). ` +
        'It is open read-only so nothing in it is lost. Update Loopwise to edit it.'
      return
    }
    await this.recover(parsed.reason, hadJournal)
  }

  /**
   * The folder cannot be written: read the snapshot and replay the journal in memory only.
   * Nothing is moved, cleaned, backed up or folded — any of those would be a write.
   */
  private async loadReadOnly(reason: string): Promise<void> {
    this.status.readOnly = true
    this.status.readOnlyReason = reason
    const text = await this.adapter.readText()
    if (text === null) {
      this.install(emptyStoreData())
      return
    }
    const journal = await this.journal.read().catch(() => ({ lines: [], tornTail: false, lost: [] }))
    const replay =
      journal.lines.length || journal.lost.length
        ? this.replay(text, readJournalSeq(text) ?? 0, journal)
        : { raw: undefined, replayError: null }
    const parsed = parseStoreText(text, replay.raw)
    if (parsed.ok) {
      this.install(parsed.data)
      if (replay.replayError) this.status.readOnlyReason = `${reason} Also: ${replay.replayError}.`
      return
    }
    const lenient =
      parsed.newer !== undefined ? storeDataSchema.safeParse({ ...(parsed.raw as object), schemaVersion: CURRENT_SCHEMA_VERSION }) : null
    this.install(lenient?.success ? lenient.data : emptyStoreData())
    if (!lenient?.success)
      this.status.readOnlyReason = `${reason} The data file ${this.file} cannot be used (${parsed.reason}); it was left as it is.`
  }

  private replay(text: string, snapshotSeq: number, journal: { lines: JournalLine[]; lost: LostLine[] }) {
    const { raw, seq, replayError } = replayJournal(text, snapshotSeq, journal.lines, journal.lost)
    this.seq = Math.max(this.seq, seq)
    return { raw, replayError }
  }

  private async noteDamagedJournal(reason: string) {
    const aside = join(this.dataDir, `loopwise.journal-damaged-${fileStamp(this.now())}`)
    await this.journal.moveAside(aside)
    this.status.recovery = {
      corruptFile: aside,
      restoredFrom: null,
      reason: `${reason}; every other change was kept`,
      at: this.now().toISOString()
    }
  }

  /**
   * A start that found a journal: seal it (one rename), so new saves start a fresh segment and
   * never append after a line a crash cut short. The background compaction folds it.
   */
  private async sealAtStart(): Promise<void> {
    try {
      await this.journal.seal(this.seq)
    } catch {
      // Cannot even rename: the next save writes everything (or reports STORAGE).
      this.needsSnapshot = true
    }
  }

  private async recover(reason: string, hadJournal: boolean): Promise<void> {
    const corruptFile = join(this.dataDir, `loopwise.corrupt-${fileStamp(this.now())}.json`)
    await rename(this.file, corruptFile)
    if (hadJournal) await this.journal.moveAside(`${corruptFile}.journal`)
    let restored: BackupEntry | null = null
    for (const entry of await this.backups.list()) {
      const candidate = parseStoreText(await this.backups.readText(entry).catch(() => ''))
      if (candidate.ok) {
        this.install(candidate.data)
        restored = entry
        break
      }
    }
    if (!restored) this.install(emptyStoreData())
    await this.writeSnapshot()
    const notice: RecoveryNotice = { corruptFile, restoredFrom: restored ? restored.file : null, reason, at: this.now().toISOString() }
    this.status.recovery = notice
  }

  /**
   * Apply a change and persist it. The change is all-or-nothing in memory (a mutate that
   * throws changes nothing) and stays in memory even when the write fails (the caller gets
   * STORAGE; the UI shows "not saved" with a retry).
   *
   * `mutate` receives an immer draft: change it in place and return plain values or parts of
   * the draft (they are copied out). Never structuredClone a draft — it is a Proxy.
   */
  async update<T>(mutate: (data: StoreData) => T): Promise<T> {
    this.assertWritable()
    let result: T | undefined
    this.version('wins') // settle the versions against the document as it is before the change
    // The immer path (tests, reset) works on a plain copy: every list is made once.
    const prev = this.live.plain()
    const next = immer.produce(prev, (draft) => {
      result = detach(mutate(draft as StoreData))
    }) as StoreData
    if (next === prev) return result as T
    const ops = diffDocs(prev as Record<string, unknown>, next as Record<string, unknown>)
    const p = prev as Record<string, unknown>
    const n = next as Record<string, unknown>
    const changed = [...new Set([...Object.keys(p), ...Object.keys(n)])].filter((key) => p[key] !== n[key])
    if (Object.keys(p).join() !== Object.keys(n).join()) {
      // Keys removed or reordered (a reset): take the document whole.
      this.live.load(next)
    } else {
      const whole = new Map<string, unknown[]>()
      const values = new Map<string, unknown>()
      for (const key of changed) {
        if (this.live.isLive(key) && Array.isArray(n[key])) whole.set(key, n[key] as unknown[])
        else values.set(key, n[key])
      }
      this.live.apply([], whole, values)
    }
    this.db.data = this.live.peek()
    this.commit(changed, ops)
    await this.persist()
    return result as T
  }

  /**
   * Replace the whole document (the sample folder rebuilt from the worked example). Only a store
   * that no feature shares may be reset; the user's data changes through the owners.
   */
  async reset(data: StoreData): Promise<void> {
    await this.update((draft) => {
      for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key]
      Object.assign(draft, data)
    })
  }

  /** The entity with this id, through an id index (no scan). */
  find<C extends EntityCollection>(collection: C, id: string): EntityOf<C> | undefined {
    return this.live.get(collection, id) as EntityOf<C> | undefined
  }

  /** Save one entity: replaces the one with its id in place, or appends it (one id-keyed op). */
  async put<C extends EntityCollection>(collection: C, entity: EntityOf<C>): Promise<EntityOf<C>> {
    return this.change((change) => change.put(collection, entity))
  }

  /** Remove one entity by id; returns it, or undefined when there was none (nothing is written). */
  async remove<C extends EntityCollection>(collection: C, id: string): Promise<EntityOf<C> | undefined> {
    return this.change((change) => change.remove(collection, id))
  }

  /**
   * One save built by the owners of the collections it touches (storeChange.ts): every put,
   * remove and set lands in one journal line, or (when `build` throws) nothing does. No immer
   * draft and no diff: the ops are the ones the owners asked for.
   */
  async change<T>(build: (change: StoreChange) => T): Promise<T> {
    this.assertWritable()
    const change = new StoreChange(this.live)
    const result = build(change)
    if (change.empty) return result
    this.version('wins') // settle the versions against the document as it is before the change
    const { entityOps, whole, values, ops, size } = change.result()
    const touched = this.live.apply(entityOps, whole, values)
    this.db.data = this.live.peek()
    this.commit(touched, size > MAX_OPS_PER_CHANGE ? null : ops)
    await this.persist()
    return result
  }

  /**
   * The version of a collection (or top-level value): a number that changes on every write to
   * it — a save, an undo, an import, a reload or replay of the file — and only then. Caches of
   * anything derived from stored data key on the versions of what they read.
   */
  version(key: VersionedKey): number {
    if (this.db.data !== this.versionedDoc) {
      // The document was replaced outside commit() (opened, reloaded, recovered): every part is new.
      this.versionedDoc = this.db.data
      this.versionBase = ++versionCounter
      this.versions.clear()
    }
    return this.versions.get(key) ?? this.versionBase
  }

  /** The versions of several parts as one cache key. */
  versionKey(...keys: VersionedKey[]): string {
    return keys.map((k) => this.version(k)).join(':')
  }

  private versionedDoc: StoreData | null = null
  private versionBase = 0
  private readonly versions = new Map<string, number>()

  /** After a change applied in memory: the keys it touched move on, every other keeps its version. */
  private bumpVersions(touched: Iterable<string>) {
    for (const key of touched) this.versions.set(key, ++versionCounter)
    this.versionedDoc = this.live.peek()
  }

  private assertWritable() {
    if (this.storageReadOnly) throw new AppError('STORAGE', `Not saved: ${this.storageReadOnly}`)
    if (this.status.readOnly) throw new AppError('READ_ONLY', this.status.readOnlyReason ?? 'The data file is open read-only.')
  }

  /** The new document is in memory; its ops wait for the next write (null: too big for a line, write it whole). */
  private commit(touched: Iterable<string>, ops: EntityOp[] | null) {
    this.bumpVersions(touched)
    if (ops) this.pending.push(ops)
    else {
      this.needsSnapshot = true
      this.pending.push([])
    }
    if (this.status.saved) this.setStatus({ saved: false })
  }

  /** Write now; concurrent callers share the next write instead of queueing one each. */
  persist(): Promise<void> {
    if (this.queued) return this.queued
    const write = this.tail.then(() => {
      this.queued = null
      return this.writeOnce()
    })
    this.queued = write
    this.tail = write.catch(() => undefined)
    return write
  }

  /** Run a task in the same serial chain as saves. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task)
    this.tail = run.catch(() => undefined)
    return run
  }

  private async writeOnce(): Promise<void> {
    const groups = this.pending.splice(0)
    try {
      // A journal only extends the snapshot it was started beside. After a failed write (its
      // tail may be torn), or when the folder or the snapshot is not the one we wrote (a folder
      // deleted and made again, a file put back by a sync tool), the whole state is written.
      if (this.needsSnapshot || (groups.length > 0 && !(await this.atHome()))) {
        await this.writeSnapshot()
      } else if (groups.length > 0) {
        await this.journal.append({ seq: this.seq + 1, ops: groups.flat() })
        this.seq++
      }
    } catch (error) {
      this.pending.unshift(...groups)
      this.needsSnapshot = true
      const message = describeFsError(error, failedFile(error, this.file))
      this.setStatus({ saved: false, lastError: message })
      throw new AppError('STORAGE', `Not saved: ${message} Your change is kept in memory; retry once this is fixed.`)
    }
    this.setStatus({ saved: true, lastError: null, lastSavedAt: this.now().toISOString() })
    // Never awaited here: a save waits for its own line, not for housekeeping.
    if (this.journal.lines >= COMPACTION.maxLines || this.journal.bytes >= COMPACTION.maxBytes) this.requestCompaction()
    else this.scheduleIdleCompaction()
  }

  /**
   * Whole snapshot in the save queue: everything in memory, atomically, then every journal
   * segment it absorbed is dropped. The path after a failed write (and at start, close and
   * import); serialisation still yields, so the event loop keeps serving.
   */
  private async writeSnapshot(): Promise<void> {
    this.pending = []
    // Until this completes, whatever failed before still needs this snapshot.
    this.needsSnapshot = true
    this.snapshotGeneration++
    // A plain copy taken now: the snapshot holds exactly what is in memory at this point.
    await this.adapter.write(this.live.plain())
    await this.journal.reset()
    this.home = await this.whereWeAre()
    this.needsSnapshot = false
    this.backupInBackground('auto')
  }

  private backupInBackground(reason: 'open' | 'auto') {
    const take = () => (reason === 'open' ? this.backups.takeFileIfChanged(this.file, 'open') : this.backups.maybeAuto(this.file))
    // A backup writes megabytes too: appends go through the thread pool while it runs.
    this.backupTask = this.backupTask.then(() => this.journal.besideBigWrite(take)).catch(() => undefined)
  }

  /** Start a background compaction unless one is running. */
  private requestCompaction(backup: 'open' | 'auto' = 'auto') {
    if (this.compaction || this.status.readOnly) return
    this.compaction = this.compactInBackground(backup)
      .catch(() => undefined)
      .finally(() => {
        this.compaction = null
      })
  }

  /**
   * Fold the journal into a snapshot without holding up saves:
   * 1. in the save queue, seal the active journal segment and take the document as it is now
   *    (a plain copy of every list, made now) with the last change number it holds;
   * 2. outside the queue, serialise and write it to a temp file, fsynced, yielding as it goes,
   *    while saves append to the fresh segment;
   * 3. in the queue again, rename it in — unless a whole snapshot was written meanwhile — and
   *    only then drop the sealed segments it holds.
   * A failure at any step leaves every segment and the old snapshot as they were: nothing
   * acknowledged is lost, and the next compaction tries again.
   */
  private async compactInBackground(backup: 'open' | 'auto'): Promise<void> {
    let cut: { data: StoreData; seq: number; generation: number } | null = null
    await this.enqueue(async () => {
      if (this.status.readOnly) return
      if (this.needsSnapshot || !(await this.atHome())) {
        // A failed write (or a folder that is not ours any more): only a whole snapshot in the queue clears it.
        await this.compactQuietly()
        return
      }
      if (this.journal.lines === 0 && this.journal.sealed.length === 0) return
      await this.journal.seal(this.seq)
      cut = { data: this.live.plain(), seq: this.seq, generation: this.snapshotGeneration }
    })
    if (!cut) return
    const { data, seq, generation } = cut as { data: StoreData; seq: number; generation: number }
    // The disk is flushing megabytes of snapshot: appends meanwhile go through the thread pool.
    await this.journal.besideBigWrite(() => this.foldInto(data, seq, generation, backup))
  }

  private async foldInto(data: StoreData, seq: number, generation: number, backup: 'open' | 'auto'): Promise<void> {
    const prepared = await this.adapter.prepare(data, { journalSeq: seq }, { pause: () => this.giveWayToSaves() })
    let committed = false
    await this.enqueue(async () => {
      if (generation !== this.snapshotGeneration || this.needsSnapshot || !(await this.atHome())) {
        await prepared.discard()
        return
      }
      this.snapshotGeneration++
      // Only the rename holds up saves (they check which snapshot is home); the folder's fsync
      // runs after, outside the queue, and the sealed segments stay until it is done.
      await prepared.commit({ syncFolder: false })
      this.home = await this.whereWeAre()
      committed = true
    }).catch(async (error: unknown) => {
      await prepared.discard()
      throw error
    })
    if (!committed) return
    await prepared.syncFolder()
    // Outside the queue: saves never touch sealed segments, and a start skips lines the snapshot holds.
    await this.journal.dropSealed(seq)
    this.backupInBackground(backup)
  }

  /**
   * Between slices of a background snapshot: a save already queued finishes first, so a save
   * waits behind at most one slice of serialising, not one slice per step of its own write.
   * Only the background compaction pauses here (it is never itself on the save queue).
   */
  private async giveWayToSaves(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve))
    await this.tail
  }

  /**
   * Fold the journal into a fresh snapshot at start. On a disk that cannot be written the
   * data is still whole on disk (snapshot + journal) and in memory: start anyway, and let the
   * next save write a full snapshot (or report STORAGE).
   */
  private async foldAtStart(): Promise<void> {
    try {
      await this.writeSnapshot()
    } catch {
      this.needsSnapshot = true
    }
  }

  /**
   * Compaction is housekeeping off the save path. A failure here reports nothing, but it is a
   * failed write like any other: the next save must be a full snapshot (writeSnapshot leaves
   * that need set). Only a snapshot that succeeds clears it.
   */
  private async compactQuietly(): Promise<void> {
    try {
      await this.writeSnapshot()
    } catch {
      this.needsSnapshot = true
      return
    }
    if (!this.status.saved) this.setStatus({ saved: true, lastError: null, lastSavedAt: this.now().toISOString() })
  }

  private async whereWeAre(): Promise<Home> {
    return { dir: await identity(this.dataDir), file: await identity(this.file, true) }
  }

  /** Is the folder (and the snapshot in it) the one the journal belongs to? */
  private async atHome(): Promise<boolean> {
    if (!this.home) return false
    try {
      const now = await this.whereWeAre()
      return now.dir === this.home.dir && now.file === this.home.file
    } catch {
      return false
    }
  }

  private scheduleIdleCompaction() {
    if (!this.idleCompaction) return
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      if ((this.journal.lines === 0 && this.journal.sealed.length === 0 && !this.needsSnapshot) || this.status.readOnly) return
      this.requestCompaction()
    }, COMPACTION.idleMs)
    this.idleTimer.unref()
  }

  async retrySave(): Promise<StoreStatus> {
    if (this.storageReadOnly) throw new AppError('STORAGE', `Not saved: ${this.storageReadOnly}`)
    if (this.status.readOnly) throw new AppError('READ_ONLY', this.status.readOnlyReason ?? 'Read-only.')
    this.needsSnapshot = true
    await this.persist()
    return this.getStatus()
  }

  dismissRecovery(): StoreStatus {
    this.setStatus({ recovery: null })
    return this.getStatus()
  }

  /** Finish pending writes and fold the journal into the snapshot (quit / SIGTERM). */
  async flush(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    await this.compaction
    await this.tail
    if (this.status.readOnly) return
    if (!this.status.saved) await this.persist().catch(() => undefined)
    if (this.journal.lines > 0 || this.journal.sealed.length > 0 || this.needsSnapshot) await this.enqueue(() => this.compactQuietly())
    await this.backupTask
    await this.journal.close()
  }

  /** Fold the journal now, in the background as any compaction (the bench times it); resolves when it is done. */
  async compact(): Promise<void> {
    this.requestCompaction()
    await this.settled()
  }

  /** Journal appends written synchronously / through the thread pool since the journal was opened (the bench prints them). */
  get journalWrites(): { sync: number; async: number; yielded: number; slow: number } {
    return { ...this.journal.writes }
  }

  /** Whole snapshots this store has written since it opened (the bench counts the ones a start writes). */
  get snapshotsWritten(): number {
    return this.adapter.snapshotsWritten
  }

  /** Tests and the bench: wait until no compaction or backup is running. */
  async settled(): Promise<void> {
    while (this.compaction) await this.compaction
    await this.tail
    await this.backupTask
  }
}

export function describeFsError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOSPC':
      return `the disk is full (writing ${file}).`
    case 'EROFS':
      return `the data folder is on a read-only disk (${file}).`
    case 'EACCES':
    case 'EPERM':
      return `no permission to write ${file}.`
    case 'ENOENT':
      return `the data folder no longer exists (${file}).`
    case 'EDQUOT':
      return `the disk quota is exceeded (writing ${file}).`
    default:
      return `could not write ${file} (${code ?? (error as Error)?.message ?? 'unknown error'}).`
  }
}

/** Why a folder cannot be written, for the read-only banner, or null if the error is something else. */
export function unwritableReason(error: unknown, dataDir: string): string | null {
  const code = (error as NodeJS.ErrnoException)?.code
  const where = `The data folder ${dataDir}`
  const after = ' Loopwise opened it read-only: everything is shown, nothing can be saved.'
  if (code === 'EROFS') return `${where} is on a read-only disk.${after} Move it to a writable disk (or remount it), then restart.`
  if (code === 'EACCES' || code === 'EPERM')
    return `${where} cannot be written: no permission.${after} Give your user write access to it, then restart.`
  return null
}

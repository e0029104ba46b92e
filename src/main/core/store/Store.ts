import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { CURRENT_SCHEMA_VERSION, emptyStoreData, storeDataSchema, type StoreData } from '../../../shared/domain/storeData'
import type { RecoveryNotice, StoreStatus } from '../../../shared/domain/storeStatus'
import { AppError } from '../errors'
import { Backups, type BackupEntry } from './backups'
import { DurableJsonFile } from './DurableJsonFile'
import { removeStaleTempFiles } from './durableWrite'
import { migrate } from './migrations'

export const STORE_FILE_NAME = 'loopwise.json'

type Parsed = { ok: true; data: StoreData; migratedFrom?: number } | { ok: false; reason: string; newer?: number }

function parseStoreText(text: string): Parsed & { raw?: unknown } {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'the file is not valid JSON (it may have been cut short)' }
  }
  const outcome = migrate(raw)
  if (outcome.kind === 'invalid') return { ok: false, reason: `the file is not a Loopwise store (${outcome.reason})` }
  if (outcome.kind === 'newer') return { ok: false, reason: 'newer', newer: outcome.version, raw }
  const checked = storeDataSchema.safeParse(outcome.data)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return { ok: false, reason: `the data does not match the expected shape (${first?.path.join('.') || 'root'}: ${first?.message})` }
  }
  return outcome.kind === 'migrated' ? { ok: true, data: checked.data, migratedFrom: outcome.from } : { ok: true, data: checked.data }
}

const fileStamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

export interface StoreOptions {
  dataDir: string
  now?: () => Date
  onStatus?: (status: StoreStatus) => void
}

/**
 * The one JSON file that holds a person's loop history. Plain Node: Electron only
 * supplies the folder. Every change goes through update(), which applies it in memory
 * and resolves once it is durably on disk; a failed write keeps the change in memory,
 * marks the store unsaved, and can be retried.
 */
export class Store {
  readonly file: string
  readonly backups: Backups
  private readonly db: Low<StoreData>
  private readonly adapter: DurableJsonFile<StoreData>
  private readonly now: () => Date
  private status: StoreStatus = {
    saved: true,
    lastSavedAt: null,
    lastError: null,
    readOnly: false,
    readOnlyReason: null,
    recovery: null
  }
  private inFlight: Promise<void> | null = null
  private queued: Promise<void> | null = null
  private onStatus?: (status: StoreStatus) => void

  private constructor(
    readonly dataDir: string,
    options: StoreOptions
  ) {
    this.file = join(dataDir, STORE_FILE_NAME)
    this.now = options.now ?? (() => new Date())
    this.adapter = new DurableJsonFile<StoreData>(this.file)
    this.db = new Low<StoreData>(this.adapter, emptyStoreData())
    this.backups = new Backups(join(dataDir, 'backups'), this.now)
    this.onStatus = options.onStatus
  }

  static async open(options: StoreOptions): Promise<Store> {
    await mkdir(options.dataDir, { recursive: true })
    const store = new Store(options.dataDir, options)
    await store.load()
    return store
  }

  get data(): Readonly<StoreData> {
    return this.db.data
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
    await removeStaleTempFiles(this.file)
    const text = await this.adapter.readText()
    if (text === null) {
      this.db.data = emptyStoreData()
      await this.db.write()
      this.status.lastSavedAt = this.now().toISOString()
      return
    }
    const parsed = parseStoreText(text)
    if (parsed.ok) {
      this.db.data = parsed.data
      if (parsed.migratedFrom !== undefined) {
        await this.backups.take(text, `pre-migrate-v${parsed.migratedFrom}`)
        await this.db.write()
      } else {
        await this.backups.take(text, 'open')
      }
      return
    }
    if (parsed.newer !== undefined) {
      // Written by a newer Loopwise: show it, never write over it.
      const lenient = storeDataSchema.safeParse({ ...(parsed.raw as object), schemaVersion: CURRENT_SCHEMA_VERSION })
      this.db.data = lenient.success ? lenient.data : emptyStoreData()
      this.status.readOnly = true
      this.status.readOnlyReason =
        `This data file was written by a newer version of Loopwise (schema ${parsed.newer}; this app reads ${CURRENT_SCHEMA_VERSION}). ` +
        'It is open read-only so nothing in it is lost. Update Loopwise to edit it.'
      return
    }
    await this.recover(parsed.reason)
  }

  private async recover(reason: string): Promise<void> {
    const corruptFile = join(this.dataDir, `loopwise.corrupt-${fileStamp(this.now())}.json`)
    await rename(this.file, corruptFile)
    let restored: BackupEntry | null = null
    for (const entry of await this.backups.list()) {
      const candidate = parseStoreText(await this.backups.readText(entry).catch(() => ''))
      if (candidate.ok) {
        this.db.data = candidate.data
        restored = entry
        break
      }
    }
    if (!restored) this.db.data = emptyStoreData()
    await this.db.write()
    const notice: RecoveryNotice = {
      corruptFile,
      restoredFrom: restored ? restored.file : null,
      reason,
      at: this.now().toISOString()
    }
    this.status.recovery = notice
    this.status.lastSavedAt = this.now().toISOString()
  }

  /**
   * Apply a change and persist it. The change stays in memory even when the write fails
   * (the caller gets STORAGE, the UI shows "not saved" with a retry).
   */
  async update<T>(mutate: (data: StoreData) => T): Promise<T> {
    if (this.status.readOnly) {
      throw new AppError('READ_ONLY', this.status.readOnlyReason ?? 'The data file is open read-only.')
    }
    const result = mutate(this.db.data)
    this.setStatus({ saved: false })
    await this.persist()
    return result
  }

  /** Write now; concurrent callers share the next write instead of queueing one each. */
  persist(): Promise<void> {
    if (this.queued) return this.queued
    if (!this.inFlight) {
      this.inFlight = this.writeOnce().finally(() => {
        this.inFlight = null
      })
      return this.inFlight
    }
    this.queued = this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null
        return this.persist()
      })
    return this.queued
  }

  private async writeOnce(): Promise<void> {
    try {
      await this.db.write()
    } catch (error) {
      const message = describeFsError(error, this.file)
      this.setStatus({ saved: false, lastError: message })
      throw new AppError('STORAGE', `Not saved: ${message} Your change is kept in memory; retry once this is fixed.`)
    }
    this.setStatus({ saved: true, lastError: null, lastSavedAt: this.now().toISOString() })
    await this.backups.maybeAuto(() => JSON.stringify(this.db.data)).catch(() => undefined)
  }

  async retrySave(): Promise<StoreStatus> {
    if (this.status.readOnly) throw new AppError('READ_ONLY', this.status.readOnlyReason ?? 'Read-only.')
    await this.persist()
    return this.getStatus()
  }

  dismissRecovery(): StoreStatus {
    this.setStatus({ recovery: null })
    return this.getStatus()
  }

  /** Finish any pending write (used on quit / SIGTERM). */
  async flush(): Promise<void> {
    while (this.inFlight || this.queued) await (this.queued ?? this.inFlight)?.catch(() => undefined)
    if (!this.status.saved && !this.status.readOnly) await this.persist().catch(() => undefined)
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

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StoreStatus } from '../../../../shared/domain/storeStatus'
import { Store, unwritableReason } from '../../store/Store'
import { buildSampleData } from './sampleData'

export const SAMPLE_FOLDER = 'sample'

/**
 * "Try it with sample data": a second Store in `<dataDir>/sample/`, rebuilt from the worked
 * example each time it is opened. Services talk to `store`, a stand-in that forwards to
 * whichever store is active, so switching never copies, merges or touches the user's file.
 * Sample mode is not remembered across restarts: the app always opens on the user's data.
 */
export class SampleMode {
  private sampleStore: Store | null = null
  private active: 'user' | 'sample' = 'user'
  /** Set when the data folder cannot be written and the sample lives in a private temporary folder. */
  private temporaryDir: string | null = null
  private statusListener: ((status: StoreStatus) => void) | null = null
  readonly store: Store

  constructor(
    private readonly userStore: Store,
    private readonly now: () => Date = () => new Date()
  ) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy must see later switches
    const self = this
    this.store = new Proxy(userStore, {
      get(_target, key) {
        if (key === 'setStatusListener') return (listener: (status: StoreStatus) => void) => self.setStatusListener(listener)
        const target = self.current()
        const value = Reflect.get(target, key, target) as unknown
        // Bound to the real store so its private state is read and written on the real object.
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      }
    })
  }

  private current(): Store {
    return this.active === 'sample' && this.sampleStore ? this.sampleStore : this.userStore
  }

  private setStatusListener(listener: (status: StoreStatus) => void) {
    this.statusListener = listener
    this.userStore.setStatusListener((s) => this.active === 'user' && listener(s))
    this.sampleStore?.setStatusListener((s) => this.active === 'sample' && listener(s))
  }

  status() {
    return {
      active: this.active === 'sample',
      folder: this.temporaryDir ?? join(this.userStore.dataDir, SAMPLE_FOLDER),
      temporary: this.temporaryDir !== null
    }
  }

  /**
   * The sample folder sits next to the user's data; when that folder cannot be written (a
   * read-only disk, no permission) the sample still works, in a private temporary folder that is
   * removed on close, rather than failing with the data folder's error.
   */
  private async openSampleStore(): Promise<Store> {
    if (!this.userStore.getStatus().readOnly) {
      try {
        const store = await Store.open({ dataDir: join(this.userStore.dataDir, SAMPLE_FOLDER) })
        if (!store.getStatus().readOnly) return store
        await store.flush()
      } catch (error) {
        if (unwritableReason(error, this.userStore.dataDir) === null) throw error
      }
    }
    this.temporaryDir = await mkdtemp(join(tmpdir(), 'loopwise-sample-'))
    return Store.open({ dataDir: this.temporaryDir })
  }

  /** Open (and rebuild) the sample folder and make it the active store. */
  async enter() {
    if (!this.sampleStore) {
      this.sampleStore = await this.openSampleStore()
      if (this.statusListener) this.setStatusListener(this.statusListener)
    }
    const fresh = buildSampleData(this.now())
    await this.sampleStore.reset(fresh)
    this.active = 'sample'
    this.statusListener?.(this.sampleStore.getStatus())
    return this.status()
  }

  /** Every sample save is already durable; switching back needs no flush (that closes the journal). */
  async leave() {
    this.active = 'user'
    this.statusListener?.(this.userStore.getStatus())
    return this.status()
  }

  async close() {
    await this.sampleStore?.flush()
    if (this.temporaryDir) await rm(this.temporaryDir, { recursive: true, force: true })
  }
}

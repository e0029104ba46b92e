import { slicePage } from '../../base/listPages'
import { VersionedCache } from '../../base/versionedCache'
import { randomUUID } from 'node:crypto'
import type { DraftParams, DraftSource, DraftStatus, EngineId, SavedDraft } from '../../../../shared/domain/drafting'
import { notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import type { StoreData } from '../../../../shared/domain/storeData'

export interface SaveDraftInput {
  draftId?: string
  kind: string
  title: string
  text: string
  status: DraftStatus
  engine: EngineId
  model: string
  params: DraftParams
  sources: DraftSource[]
}

/** Saved drafts with versions: saving again adds a version; earlier versions are never changed. */
/** The drafting room owns `drafts` and `settings`: what an import asks of it. */
export const draftingWrites = {
  importAll(change: StoreChange, data: Pick<StoreData, 'drafts' | 'settings'>) {
    change.replaceAll('drafts', data.drafts)
    change.set('settings', data.settings)
  }
}

export class DraftsService {
  constructor(private readonly store: Store) {}

  private readonly sorted = new VersionedCache<SavedDraft[]>()

  list(): SavedDraft[] {
    return [...this.store.data.drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  page({ offset, limit }: { offset: number; limit: number }) {
    return slicePage(
      this.sorted.get(this.store.versionKey('drafts'), () => this.list()),
      offset,
      limit
    )
  }

  get(id: string): SavedDraft {
    const draft = this.store.data.drafts.find((d) => d.id === id)
    if (!draft) throw notFound('draft', id)
    return draft
  }

  async save(input: SaveDraftInput): Promise<SavedDraft> {
    const at = new Date().toISOString()
    const version = {
      text: input.text,
      status: input.status,
      engine: input.engine,
      model: input.model,
      params: input.params,
      sources: input.sources,
      createdAt: at
    }
    if (input.draftId) {
      this.get(input.draftId)
      const draft = this.get(input.draftId)
      return this.store.put('drafts', {
        ...draft,
        title: input.title,
        updatedAt: at,
        versions: [...draft.versions, { ...version, version: draft.versions.length + 1 }]
      })
    }
    const draft: SavedDraft = {
      id: randomUUID(),
      kind: input.kind,
      title: input.title,
      createdAt: at,
      updatedAt: at,
      versions: [{ ...version, version: 1 }]
    }
    return this.store.put('drafts', draft)
  }

  async delete(id: string): Promise<SavedDraft> {
    const existing = this.get(id)
    await this.store.remove('drafts', id)
    return existing
  }
}

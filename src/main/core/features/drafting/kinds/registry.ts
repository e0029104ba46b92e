import { AppError } from '../../../base/errors'
import type { DraftKind } from '../types'
import { summaryKind } from './summary'

/**
 * The draft kinds the app can write. Later features add theirs with register() at start-up
 * (services/index.ts); ids are unique.
 */
export class DraftKindRegistry {
  private readonly kinds = new Map<string, DraftKind>()

  register(kind: DraftKind<never> | DraftKind): this {
    if (this.kinds.has(kind.id)) throw new Error(`Draft kind ${kind.id} is registered twice.`)
    this.kinds.set(kind.id, kind as DraftKind)
    return this
  }

  get(id: string): DraftKind {
    const kind = this.kinds.get(id)
    if (!kind) throw new AppError('VALIDATION', `Loopwise cannot draft “${id}”. Choose one of: ${[...this.kinds.keys()].join(', ')}.`)
    return kind
  }

  list(): DraftKind[] {
    return [...this.kinds.values()]
  }
}

export const createDefaultKinds = () => new DraftKindRegistry().register(summaryKind)

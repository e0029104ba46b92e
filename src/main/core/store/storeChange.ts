import type { StoreData } from '../../../shared/domain/storeData'
import type { Entity, EntityOp } from './entityOps'
import type { ENTITY_COLLECTIONS, LiveDocument } from './liveDocument'

/** Collections whose entries carry a string id: the ones `find`, `put` and `remove` serve. */
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number]
export type EntityOf<C extends EntityCollection> = StoreData[C][number]
/** Top-level values replaced whole (the profile, settings, promo preferences). */
export type ValueKey = 'profile' | 'settings' | 'promoPrefs'

/** What a change does, for the store to apply (`LiveDocument.apply`) and to journal. */
export interface ChangeResult {
  /** Id-keyed ops of the collections changed entry by entry, in order. */
  entityOps: EntityOp[]
  /** Collections replaced whole, with their final lists. */
  whole: Map<string, unknown[]>
  /** Top-level values replaced (undefined: removed). */
  values: Map<string, unknown>
  /** The journal's ops for all of it. */
  ops: EntityOp[]
  /** Ops plus every entity a replaced collection carries (an import of 50,000 wins is a snapshot, not a line). */
  size: number
}

/**
 * One change to the store, built by the owners of the collections it touches and saved as one
 * journal line (all or nothing). A feature writes only its own collections; an effect on another
 * collection is a call to that collection's owner with the same change (`people.delete` asks
 * `commitments.detachPerson(change, id)`), so both land in one save.
 *
 * Nothing is copied while it is built: puts and removes are recorded by id over the store's live
 * document and applied only when `build` returns (a throw leaves the store as it was). The cost
 * does not grow with the list's length.
 */
export class StoreChange {
  /** Entities changed in this change, by collection and id (null: removed). */
  private readonly touched = new Map<string, Map<string, Entity | null>>()
  /** Collections replaced whole, as this change leaves them so far. */
  private readonly whole = new Map<string, Entity[]>()
  private readonly values = new Map<string, unknown>()
  private readonly ops: EntityOp[] = []

  constructor(private readonly live: LiveDocument) {}

  /** The entity as this change leaves it so far. */
  find<C extends EntityCollection>(c: C, id: string): EntityOf<C> | undefined {
    const replaced = this.whole.get(c)
    if (replaced) return replaced.find((e) => e.id === id) as EntityOf<C> | undefined
    const changed = this.touched.get(c)
    if (changed?.has(id)) return (changed.get(id) ?? undefined) as EntityOf<C> | undefined
    return this.live.get(c, id) as EntityOf<C> | undefined
  }

  /** The list as this change leaves it so far (read-only: change it through put/remove). */
  list<C extends EntityCollection>(c: C): readonly EntityOf<C>[] {
    const replaced = this.whole.get(c)
    if (replaced) return replaced as unknown as readonly EntityOf<C>[]
    const base = this.live.list(c) as readonly Entity[]
    if (!this.touched.has(c)) return base as unknown as readonly EntityOf<C>[]
    // Read back after a write in the same change (rare): the list with this change's ops applied.
    const map = new Map(base.map((e) => [e.id, e]))
    for (const op of this.ops)
      if ('c' in op && op.c === c) {
        if ('del' in op) map.delete(op.del)
        else map.set(op.put.id, op.put)
      }
    return [...map.values()] as unknown as readonly EntityOf<C>[]
  }

  value<K extends ValueKey>(key: K): StoreData[K] {
    return (this.values.has(key) ? this.values.get(key) : (this.live.peek() as Record<string, unknown>)[key]) as StoreData[K]
  }

  /** Replace the entity with its id in place, or append it. */
  put<C extends EntityCollection>(c: C, entity: EntityOf<C>): EntityOf<C> {
    const e = entity as unknown as Entity
    const replaced = this.whole.get(c)
    if (replaced) {
      const at = replaced.findIndex((x) => x.id === e.id)
      if (at >= 0) replaced[at] = e
      else replaced.push(e)
      return entity
    }
    this.note(c, e.id, e)
    this.ops.push({ c, put: e })
    return entity
  }

  /** Remove the entity with this id; returns it, or undefined when there was none. */
  remove<C extends EntityCollection>(c: C, id: string): EntityOf<C> | undefined {
    const current = this.find(c, id)
    if (!current) return undefined
    const replaced = this.whole.get(c)
    if (replaced) {
      replaced.splice(replaced.indexOf(current as unknown as Entity), 1)
      return current
    }
    this.note(c, id, null)
    this.ops.push({ c, del: id })
    return current
  }

  /** Replace a whole collection (an import): one op with the final list. */
  replaceAll<C extends EntityCollection>(c: C, entities: readonly EntityOf<C>[]): void {
    this.whole.set(c, [...(entities as unknown as Entity[])])
    this.touched.delete(c)
  }

  /** Replace a top-level value (the profile, settings, promo preferences). */
  set<K extends ValueKey>(key: K, value: StoreData[K]): void {
    this.values.set(key, value)
  }

  private note(c: string, id: string, entity: Entity | null) {
    let changed = this.touched.get(c)
    if (!changed) this.touched.set(c, (changed = new Map()))
    changed.set(id, entity)
  }

  get empty(): boolean {
    return this.ops.length === 0 && this.whole.size === 0 && this.values.size === 0
  }

  result(): ChangeResult {
    const entityOps = this.ops.filter((op) => 'c' in op && !this.whole.has(op.c))
    const ops: EntityOp[] = [...entityOps]
    for (const [c, list] of this.whole) ops.push({ set: c, value: list })
    for (const [key, value] of this.values) ops.push(value === undefined ? { unset: key } : { set: key, value })
    let size = ops.length
    for (const list of this.whole.values()) size += list.length
    return { entityOps, whole: this.whole, values: this.values, ops, size }
  }
}

import type { StoreData } from '../../../shared/domain/storeData'
import type { Entity, EntityIndex, EntityOp } from './entityOps'

/** Collections whose entries carry a string id: the ones `find`, `put` and `remove` serve. */
export type EntityCollection =
  'wins' | 'goals' | 'people' | 'checkIns' | 'commitments' | 'drafts' | 'impactVersions' | 'promoPackets' | 'interviewAttempts'
export type EntityOf<C extends EntityCollection> = StoreData[C][number]
/** Top-level values replaced whole (the profile, settings, promo preferences). */
export type ValueKey = 'profile' | 'settings' | 'promoPrefs'

type Doc = Record<string, unknown>

/**
 * One change to the store, built by the owners of the collections it touches and saved as one
 * journal line (all or nothing). A feature writes only its own collections; an effect on another
 * collection is a call to that collection's owner with the same change (`people.delete` asks
 * `commitments.detachPerson(change, id)`), so both land in one save.
 *
 * No immer draft: a touched list is copied once natively, each entity is replaced by id, and
 * the ops are the journal's id-keyed ops — the cost does not grow with the list's length.
 */
export class StoreChange {
  private readonly lists = new Map<string, unknown[]>()
  /** Entities changed in this change, by collection and id (null: removed). */
  private readonly touched = new Map<string, Map<string, Entity | null>>()
  /** Collections replaced whole: journalled as one `set` with the final list. */
  private readonly whole = new Set<string>()
  private readonly values = new Map<string, unknown>()
  private readonly ops: EntityOp[] = []

  constructor(
    private readonly base: Readonly<StoreData>,
    private readonly index: EntityIndex
  ) {}

  /** The entity as this change leaves it so far. */
  find<C extends EntityCollection>(c: C, id: string): EntityOf<C> | undefined {
    const changed = this.touched.get(c)
    if (changed?.has(id)) return (changed.get(id) ?? undefined) as EntityOf<C> | undefined
    if (this.whole.has(c)) return this.list(c).find((e) => (e as Entity).id === id)
    return this.index.get(c, this.base[c] as readonly unknown[], id) as EntityOf<C> | undefined
  }

  /** The list as this change leaves it so far (read-only: change it through put/remove). */
  list<C extends EntityCollection>(c: C): readonly EntityOf<C>[] {
    return (this.lists.get(c) ?? this.base[c]) as readonly EntityOf<C>[]
  }

  value<K extends ValueKey>(key: K): StoreData[K] {
    return (this.values.has(key) ? this.values.get(key) : this.base[key]) as StoreData[K]
  }

  /** Replace the entity with its id in place, or append it. */
  put<C extends EntityCollection>(c: C, entity: EntityOf<C>): EntityOf<C> {
    const e = entity as unknown as Entity
    const current = this.find(c, e.id) as unknown as Entity | undefined
    const list = this.writable(c)
    const at = current ? list.indexOf(current) : -1
    if (at >= 0) list[at] = e
    else list.push(e)
    this.note(c, e.id, e)
    this.ops.push({ c, put: e })
    return entity
  }

  /** Remove the entity with this id; returns it, or undefined when there was none. */
  remove<C extends EntityCollection>(c: C, id: string): EntityOf<C> | undefined {
    const current = this.find(c, id)
    if (!current) return undefined
    const list = this.writable(c)
    list.splice(list.indexOf(current), 1)
    this.note(c, id, null)
    this.ops.push({ c, del: id })
    return current
  }

  /** Replace a whole collection (an import): one op with the final list. */
  replaceAll<C extends EntityCollection>(c: C, entities: readonly EntityOf<C>[]): void {
    this.lists.set(c, [...entities])
    this.touched.delete(c)
    this.whole.add(c)
  }

  /** Replace a top-level value (the profile, settings, promo preferences). */
  set<K extends ValueKey>(key: K, value: StoreData[K]): void {
    this.values.set(key, value)
  }

  private writable(c: string): unknown[] {
    let list = this.lists.get(c)
    if (!list) this.lists.set(c, (list = (this.base[c as keyof StoreData] as unknown[]).slice()))
    return list
  }

  private note(c: string, id: string, entity: Entity | null) {
    if (this.whole.has(c)) return
    let changed = this.touched.get(c)
    if (!changed) this.touched.set(c, (changed = new Map()))
    changed.set(id, entity)
  }

  get empty(): boolean {
    return this.lists.size === 0 && this.values.size === 0
  }

  /**
   * The document after this change and its journal ops; `size` counts each entity a replaced
   * collection carries, so an import of 50,000 wins is written as a snapshot, not a huge line.
   */
  result(): { next: StoreData; ops: EntityOp[]; size: number } {
    const next: Doc = { ...(this.base as Doc) }
    for (const [c, list] of this.lists) next[c] = list
    for (const [key, value] of this.values) next[key] = value
    const ops: EntityOp[] = this.ops.filter((op) => !('c' in op) || !this.whole.has(op.c))
    for (const c of this.whole) ops.push({ set: c, value: this.lists.get(c) })
    for (const [key, value] of this.values) ops.push(value === undefined ? { unset: key } : { set: key, value })
    let size = ops.length
    for (const c of this.whole) size += this.lists.get(c)!.length
    return { next: next as StoreData, ops, size }
  }
}

import type { StoreData } from '../../../shared/domain/storeData'
import type { Entity, EntityOp } from './entityOps'

/** Collections whose entries carry a string id: kept as id-keyed maps, handed out as arrays. */
export const ENTITY_COLLECTIONS = [
  'wins',
  'goals',
  'people',
  'checkIns',
  'commitments',
  'drafts',
  'impactVersions',
  'promoPackets',
  'interviewAttempts'
] as const
const isEntityCollection = new Set<string>(ENTITY_COLLECTIONS)

type Doc = Record<string, unknown>

const hasId = (v: unknown): v is Entity => !!v && typeof v === 'object' && typeof (v as Entity).id === 'string'

/**
 * One version of one collection as readers see it. Every document that shows this version
 * shares the cell, so they all hand out the same array. `exposed`: a document showing it was
 * handed out, so someone may still read this version after the collection has moved on.
 */
interface Cell {
  array: readonly Entity[] | null
  exposed: boolean
}

/**
 * The master copy of one collection: id → entity in list order (a Map keeps insertion order; a
 * put of a known id keeps its place, a new one goes last, a delete is O(1)). The array readers
 * get is made from it at most once per version, on the first read: a save copies nothing.
 *
 * A list whose entries do not all carry distinct ids (an old or hand-edited file) cannot be a
 * map without losing entries: it stays a plain array and each change copies it, as before.
 */
class LiveCollection {
  private map = new Map<string, Entity>()
  /** Set when the entries cannot be keyed by id: the list itself is the master. */
  private plain: readonly unknown[] | null = null
  cell: Cell

  constructor(list: readonly unknown[]) {
    for (const e of list) {
      if (!hasId(e) || this.map.has(e.id)) {
        this.plain = list
        break
      }
      this.map.set(e.id, e)
    }
    if (this.plain) {
      this.map.clear()
      for (const e of list) if (hasId(e) && !this.map.has(e.id)) this.map.set(e.id, e)
    }
    this.cell = { array: Object.freeze(list.slice()) as readonly Entity[], exposed: false }
  }

  get(id: string): Entity | undefined {
    return this.map.get(id)
  }

  /** The current version's array, made once. */
  array(): readonly Entity[] {
    return (this.cell.array ??= Object.freeze(this.plain ? (this.plain.slice() as Entity[]) : Array.from(this.map.values())))
  }

  /**
   * Move to a new version. A version someone may still hold a document of, and that nobody has
   * read yet, is made into its array now, before the master changes (the only copy a save can
   * cost, and only when a document was handed out since the last change and this list not read).
   */
  private nextVersion() {
    this.retire()
    this.cell = { array: null, exposed: false }
  }

  /** This version is about to stop being current: keep it readable for whoever holds it. */
  retire() {
    if (this.cell.exposed) this.array()
  }

  put(entity: Entity): void {
    this.nextVersion()
    if (this.plain) {
      const list = this.plain.slice()
      const current = this.map.get(entity.id)
      const at = current ? list.indexOf(current) : -1
      if (at >= 0) list[at] = entity
      else list.push(entity)
      this.plain = list
      if (!current || at >= 0) this.map.set(entity.id, entity)
      return
    }
    this.map.set(entity.id, entity)
  }

  remove(id: string): void {
    const current = this.map.get(id)
    if (!current) return
    this.nextVersion()
    if (this.plain) {
      const list = this.plain.slice()
      list.splice(list.indexOf(current), 1)
      this.plain = list
      // A duplicate of the same id further on is now the one found.
      this.map.delete(id)
      const next = list.find((e) => hasId(e) && e.id === id)
      if (next) this.map.set(id, next as Entity)
      return
    }
    this.map.delete(id)
  }
}

/**
 * The store's document: values (profile, settings, unknown keys) as they are, and the entity
 * collections as live maps. Each version of the document is a new plain object whose entity
 * collections are own enumerable getters, so `{ ...doc }`, `Object.entries` and JSON.stringify
 * see every list; a getter returns the array of the version that document shows, which never
 * changes afterwards (a reader may hold a list or a document across awaits). Unchanged
 * collections keep their array from one document to the next (caches keyed on a list stay
 * valid); a changed one gets a new array, made on its first read.
 */
export class LiveDocument {
  private readonly collections = new Map<string, LiveCollection>()
  private values: Doc = {}
  /** Key order of the document (the snapshot keeps it). */
  private keys: string[] = []
  private doc: StoreData = {} as StoreData
  private cells = new Map<string, Cell>()
  private exposed = false

  constructor(data: StoreData) {
    this.load(data)
  }

  /** Take a whole plain document (a start, a reload, an import). */
  load(data: StoreData): void {
    for (const live of this.collections.values()) live.retire()
    this.collections.clear()
    this.values = {}
    this.keys = Object.keys(data)
    for (const key of this.keys) {
      const value = (data as Doc)[key]
      if (isEntityCollection.has(key) && Array.isArray(value)) this.collections.set(key, new LiveCollection(value))
      else this.values[key] = value
    }
    this.rebuild()
  }

  /** The current document, handed out: its lists must stay readable as they are now. */
  current(): StoreData {
    if (!this.exposed) {
      this.exposed = true
      for (const cell of this.cells.values()) cell.exposed = true
    }
    return this.doc
  }

  /** The current document object, not handed out (identity checks only: never read its lists). */
  peek(): StoreData {
    return this.doc
  }

  get(c: string, id: string): Entity | undefined {
    return this.collections.get(c)?.get(id)
  }

  /** The current array of a collection, without handing out the document. */
  list(c: string): readonly unknown[] {
    const live = this.collections.get(c)
    return live ? live.array() : ((this.values[c] as readonly unknown[] | undefined) ?? [])
  }

  isLive(c: string): boolean {
    return this.collections.has(c)
  }

  /**
   * The current document as a plain object with every list made (a snapshot, an immer draft's
   * base): it is the same data as `current()` and stays valid whatever changes next.
   */
  plain(): StoreData {
    const out: Doc = {}
    for (const key of this.keys) out[key] = this.collections.has(key) ? this.collections.get(key)!.array() : this.values[key]
    return out as StoreData
  }

  /**
   * Apply a change's ops (already checked: ids present, entities well formed), replace whole
   * collections and values; returns the keys whose version moved. One new document object.
   */
  apply(ops: readonly EntityOp[], whole: ReadonlyMap<string, readonly unknown[]>, values: ReadonlyMap<string, unknown>): Set<string> {
    const touched = new Set<string>()
    for (const op of ops) {
      if (!('c' in op)) continue
      const live = this.collection(op.c)
      if ('del' in op) live.remove(op.del)
      else live.put(op.put)
      touched.add(op.c)
    }
    for (const [c, list] of whole) {
      this.collections.get(c)?.retire()
      this.setKey(c)
      if (isEntityCollection.has(c)) this.collections.set(c, new LiveCollection(list))
      else this.values[c] = list
      touched.add(c)
    }
    for (const [key, value] of values) {
      this.collections.get(key)?.retire()
      if (value === undefined) {
        this.keys = this.keys.filter((k) => k !== key)
        this.collections.delete(key)
        delete this.values[key]
      } else {
        this.setKey(key)
        this.collections.delete(key)
        this.values[key] = value
      }
      touched.add(key)
    }
    if (touched.size) this.rebuild()
    return touched
  }

  /** A collection an op names that the document does not hold yet starts empty. */
  private collection(c: string): LiveCollection {
    let live = this.collections.get(c)
    if (!live) {
      this.setKey(c)
      const existing = this.values[c]
      delete this.values[c]
      this.collections.set(c, (live = new LiveCollection(Array.isArray(existing) ? existing : [])))
    }
    return live
  }

  private setKey(key: string) {
    if (!this.keys.includes(key)) this.keys.push(key)
  }

  /** A new document object for the new version; its getters are bound to this version's cells. */
  private rebuild() {
    const doc: Doc = {}
    const cells = new Map<string, Cell>()
    for (const key of this.keys) {
      const live = this.collections.get(key)
      if (!live) {
        doc[key] = this.values[key]
        continue
      }
      const cell = live.cell
      cells.set(key, cell)
      Object.defineProperty(doc, key, {
        enumerable: true,
        configurable: false,
        get: () => {
          if (cell.array) return cell.array
          if (live.cell === cell && this.collections.get(key) === live) return live.array()
          // Unreachable while current() marks what it hands out; fail loudly rather than show a later version.
          throw new Error(`store: version of ${key} read after it was dropped`)
        }
      })
    }
    this.doc = doc as StoreData
    this.cells = cells
    this.exposed = false
  }
}

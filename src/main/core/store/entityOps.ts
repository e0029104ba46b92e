/**
 * Journal operations keyed by entity id. immer records removing an array element as replacing
 * every later element, so a delete near the start of 50,000 wins wrote megabytes; an op names
 * the entity instead, and costs the same at 100 entries and 100,000.
 *
 * - `{ c, put, after? }`: the entity with `put.id` in collection `c` becomes `put` (in place
 *   when it exists; else appended, or inserted after the entity `after` names, null = first).
 * - `{ c, del }`: the entity with that id leaves `c` (nothing happens when it is not there).
 * - `{ set, value }` / `{ unset }`: a top-level value (the profile, settings, a collection
 *   whose entries have no ids, or one reordered) replaced whole.
 *
 * Every op is idempotent: replaying a line onto a snapshot that already holds it changes
 * nothing, so a compaction may snapshot changes whose lines are still being appended.
 */
export type EntityOp =
  { c: string; put: Entity; after?: string | null } | { c: string; del: string } | { set: string; value: unknown } | { unset: string }

export interface Entity {
  id: string
  [key: string]: unknown
}

type Doc = Record<string, unknown>

const hasId = (v: unknown): v is Entity => !!v && typeof v === 'object' && typeof (v as Entity).id === 'string'

/** More ops than this in one change (an import, a bulk edit): the store writes a whole snapshot instead of a huge line. */
export const MAX_OPS_PER_CHANGE = 2_000

/**
 * The ops that turn `prev` into `next`, found by identity: immer keeps every untouched entity
 * the same object, so walking both lists side by side costs a pointer compare per entry.
 * Returns null when the change is bigger than `maxOps` (write a whole snapshot).
 */
export function diffDocs(prev: Doc, next: Doc, maxOps = MAX_OPS_PER_CHANGE): EntityOp[] | null {
  const ops: EntityOp[] = []
  for (const key of Object.keys(prev)) if (!(key in next)) ops.push({ unset: key })
  for (const key of Object.keys(next)) {
    const a = prev[key]
    const b = next[key]
    if (a === b) continue
    const entityOps = Array.isArray(a) && Array.isArray(b) ? diffEntities(key, a, b, maxOps - ops.length) : undefined
    if (entityOps === null) return null
    if (entityOps) ops.push(...entityOps)
    else ops.push({ set: key, value: b })
    if (ops.length > maxOps) return null
  }
  return ops
}

/**
 * Ops for one collection, or undefined when it must be replaced whole (entries without ids,
 * or entries that changed places), or null when there are more than `budget` of them.
 */
function diffEntities(c: string, prev: unknown[], next: unknown[], budget: number): EntityOp[] | null | undefined {
  const ops: EntityOp[] = []
  let prevIds: Set<string> | null = null
  let nextIds: Set<string> | null = null
  let i = 0
  let j = 0
  while (i < prev.length || j < next.length) {
    if (ops.length > budget) return null
    const p = prev[i]
    const n = next[j]
    if (i < prev.length && j < next.length && p === n) {
      i++
      j++
      continue
    }
    if ((i < prev.length && !hasId(p)) || (j < next.length && !hasId(n))) return undefined
    const pe = p as Entity
    const ne = n as Entity
    if (j >= next.length) {
      ops.push({ c, del: pe.id })
      i++
    } else if (i >= prev.length) {
      ops.push(insertOp(c, ne, next, j))
      j++
    } else if (pe.id === ne.id) {
      ops.push({ c, put: ne })
      i++
      j++
    } else if (prev[i + 1] === n || (hasId(prev[i + 1]) && (prev[i + 1] as Entity).id === ne.id)) {
      // The common single removal: the next old entry lines up again.
      ops.push({ c, del: pe.id })
      i++
    } else if (next[j + 1] === p) {
      ops.push(insertOp(c, ne, next, j))
      j++
    } else {
      prevIds ??= new Set(prev.map((e) => (e as Entity).id))
      nextIds ??= new Set(next.map((e) => (hasId(e) ? e.id : '')))
      if (!nextIds.has(pe.id)) {
        ops.push({ c, del: pe.id })
        i++
      } else if (!prevIds.has(ne.id)) {
        ops.push(insertOp(c, ne, next, j))
        j++
      } else return undefined // moved: replace the collection whole
    }
  }
  return ops
}

const insertOp = (c: string, entity: Entity, next: unknown[], j: number): EntityOp =>
  j === next.length - 1 ? { c, put: entity } : { c, put: entity, after: j === 0 ? null : (next[j - 1] as Entity).id }

/**
 * Replays ops onto a plain parsed document (start-up; nothing is frozen or proxied). Each
 * collection an op touches becomes an id-ordered Map once, so a journal of 500 changes over
 * 50,000 wins costs one pass over the wins, not one per change. Throws when an op does not fit
 * the document (the caller names the line).
 */
export class OpReplayer {
  private readonly maps = new Map<string, Map<string, Entity>>()

  constructor(private readonly doc: Doc) {}

  apply(ops: readonly EntityOp[]): void {
    for (const op of ops) {
      if ('set' in op) {
        this.maps.delete(op.set)
        this.doc[op.set] = op.value
      } else if ('unset' in op) {
        this.maps.delete(op.unset)
        delete this.doc[op.unset]
      } else if ('del' in op) this.collection(op.c).delete(op.del)
      else this.put(op.c, op.put, op.after)
    }
  }

  private put(c: string, entity: Entity, after: string | null | undefined) {
    if (!hasId(entity)) throw new Error(`an entry of ${c} without an id`)
    const map = this.collection(c)
    if (map.has(entity.id) || after === undefined || (after !== null && !map.has(after))) {
      map.set(entity.id, entity)
      return
    }
    // An insertion in the middle (rare: most code appends) rebuilds the order once.
    const rebuilt = new Map<string, Entity>()
    if (after === null) rebuilt.set(entity.id, entity)
    for (const [id, e] of map) {
      rebuilt.set(id, e)
      if (id === after) rebuilt.set(entity.id, entity)
    }
    this.maps.set(c, rebuilt)
  }

  private collection(c: string): Map<string, Entity> {
    let map = this.maps.get(c)
    if (map) return map
    const list = this.doc[c] ?? []
    if (!Array.isArray(list)) throw new Error(`${c} is not a list`)
    map = new Map()
    for (const e of list) {
      if (!hasId(e)) throw new Error(`an entry of ${c} without an id`)
      map.set(e.id, e)
    }
    this.maps.set(c, map)
    return map
  }

  /** The document with every touched collection back as a list. */
  finish(): Doc {
    for (const [c, map] of this.maps) this.doc[c] = [...map.values()]
    this.maps.clear()
    return this.doc
  }
}

import { buildFactsIndex, type SourceRecord } from '../../base/quantities'
import type { FactsIndex } from '../../base/quantities/facts'
import type { Fact } from '../../base/quantities/types'
import { ListIndexes } from './listEdits'

/**
 * One kind of record a packet may cite (wins, commitments…): the stored items as they are, and
 * how one item reads as a record. No per-item wrapper: a guard over fifty thousand wins is made
 * after every edit, and making it must not cost a pass that allocates per win.
 */
export interface HistoryList<T extends object = object> {
  items: readonly T[]
  idOf: (item: T) => string
  record: (item: T) => SourceRecord
}

// Facts of one record, by the stored object it came from. The store replaces an entity on
// every change (never edits it in place), so an edit makes a new key and only that record is
// read again; ten years of untouched history are read once per process.
const factsBySource = new WeakMap<object, readonly Fact[]>()

function factsOf<T extends object>(list: HistoryList<T>, item: T): readonly Fact[] {
  let facts = factsBySource.get(item)
  if (!facts) factsBySource.set(item, (facts = buildFactsIndex([list.record(item)]).facts))
  return facts
}

// Items by id, per stored list, one index per kind of list (known by its `record` function): an
// edit patches the list before's index instead of a new one over fifty thousand wins.
const indexesByKind = new WeakMap<object, ListIndexes<object, Map<string, object[]>>>()
function idIndex<T extends object>(list: HistoryList<T>): ReadonlyMap<string, readonly T[]> {
  let indexes = indexesByKind.get(list.record)
  if (!indexes) indexesByKind.set(list.record, (indexes = kindIndexes(list as unknown as HistoryList)))
  return indexes.get(list.items) as Map<string, T[]>
}
function kindIndexes(list: HistoryList): ListIndexes<object, Map<string, object[]>> {
  return new ListIndexes<object, Map<string, object[]>>(
    (items) => {
      const index = new Map<string, object[]>()
      for (const item of items) {
        const id = list.idOf(item)
        const same = index.get(id)
        if (same) same.push(item)
        else index.set(id, [item])
      }
      return index
    },
    (index, before, after, at) => {
      for (const i of at) {
        const id = list.idOf(before[i]!)
        const same = index.get(id)
        if (id !== list.idOf(after[i]!) || !same) return false
        // Same id, same place among its namesakes: the list keeps their order.
        const k = same.indexOf(before[i]!)
        if (k < 0) return false
        index.set(
          id,
          same.map((x, j) => (j === k ? after[i]! : x))
        )
      }
      return true
    }
  )
}

/** Build the id indexes of these lists now (a read-ahead), not on the first claim that cites one. */
export function warmIdIndexes(lists: readonly HistoryList[]): void {
  for (const list of lists) idIndex(list)
}

/** `byEntity` that reads a record's facts only when a claim cites it. */
class FactsByEntity extends Map<string, readonly Fact[]> {
  constructor(private readonly lists: readonly HistoryList[]) {
    super()
  }
  override get(id: string): readonly Fact[] | undefined {
    let found: Fact[] | readonly Fact[] | undefined
    for (const list of this.lists) {
      const mine = idIndex(list).get(id)
      if (!mine) continue
      const facts = mine.length === 1 ? factsOf(list, mine[0]!) : mine.flatMap((item) => factsOf(list, item))
      found = found ? [...found, ...facts] : facts
    }
    return found
  }
  override has(id: string): boolean {
    return this.lists.some((list) => idIndex(list).has(id))
  }
}

/**
 * The same index `buildFactsIndex(records)` makes (same facts, same order), built lazily: a
 * claim checked against the records it cites reads only those; the whole history's facts are
 * gathered only when a claim is not backed by its sources and the guard looks elsewhere (to say
 * where the number is). Both come from the per-record cache, so a build after an edit reads one
 * record, not fifty thousand.
 */
export function lazyFactsIndex(lists: readonly HistoryList[]): FactsIndex {
  let all: readonly Fact[] | null = null
  return {
    get facts() {
      return (all ??= lists.flatMap((list) => list.items.flatMap((item) => factsOf(list, item))))
    },
    byEntity: new FactsByEntity(lists)
  }
}

/** Every record of the lists, read all at once (tests, and callers with a few records). */
export const recordsOf = (lists: readonly HistoryList[]): SourceRecord[] =>
  lists.flatMap((list) => list.items.map((item) => list.record(item)))

/** Yield to the event loop when a slice of `sliceMs` has run; resolves at once otherwise. */
export function slicer(sliceMs = 4): () => Promise<void> | undefined {
  let sliceStart = performance.now()
  return () => {
    if (performance.now() - sliceStart <= sliceMs) return undefined
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStart = performance.now()
        resolve()
      })
    )
  }
}

/**
 * Read the numbers of every record not read yet, a few milliseconds at a time, yielding to the
 * event loop between slices: started when the Promo screen opens, so a packet whose guard must
 * say where an uncited number is finds ten years of history already read.
 */
export async function warmFacts(lists: readonly HistoryList[], sliceMs = 4): Promise<void> {
  const pause = slicer(sliceMs)
  for (const list of lists)
    for (const item of list.items) {
      factsOf(list, item)
      const paused = pause()
      if (paused) await paused
    }
}

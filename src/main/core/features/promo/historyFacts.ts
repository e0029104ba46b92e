import { buildFactsIndex, type SourceRecord } from '../../base/quantities'
import type { FactsIndex } from '../../base/quantities/facts'
import type { Fact } from '../../base/quantities/types'

/** One record the packet may cite, with the stored object it is read from (the cache key). */
export interface HistorySource {
  key: object
  id: string
  record: () => SourceRecord
}

// Facts of one record, by the stored object it came from. The store replaces an entity on
// every change (never edits it in place), so an edit makes a new key and only that record is
// read again; ten years of untouched history are read once per process.
const factsBySource = new WeakMap<object, readonly Fact[]>()

function factsOf(source: HistorySource): readonly Fact[] {
  let facts = factsBySource.get(source.key)
  if (!facts) factsBySource.set(source.key, (facts = buildFactsIndex([source.record()]).facts))
  return facts
}

/** `byEntity` that reads a record's facts only when a claim cites it. */
class FactsByEntity extends Map<string, readonly Fact[]> {
  constructor(private readonly sources: ReadonlyMap<string, HistorySource[]>) {
    super()
  }
  override get(id: string): readonly Fact[] | undefined {
    const mine = this.sources.get(id)
    if (!mine) return undefined
    return mine.length === 1 ? factsOf(mine[0]!) : mine.flatMap(factsOf)
  }
  override has(id: string): boolean {
    return this.sources.has(id)
  }
}

/**
 * The same index `buildFactsIndex(records)` makes (same facts, same order), built lazily: a
 * claim checked against the records it cites reads only those; the whole history's facts are
 * gathered only when a claim is not backed by its sources and the guard looks elsewhere (to say
 * where the number is). Both come from the per-record cache, so a build after an edit reads one
 * record, not fifty thousand.
 */
export function lazyFactsIndex(sources: readonly HistorySource[]): FactsIndex {
  const byId = new Map<string, HistorySource[]>()
  for (const s of sources) {
    const list = byId.get(s.id)
    if (list) list.push(s)
    else byId.set(s.id, [s])
  }
  let all: readonly Fact[] | null = null
  return {
    get facts() {
      return (all ??= sources.flatMap(factsOf))
    },
    byEntity: new FactsByEntity(byId)
  }
}

/**
 * Read the numbers of every record not read yet, a few milliseconds at a time, yielding to the
 * event loop between slices: started when the Promo screen opens, so the first packet built
 * finds ten years of history already read instead of reading it while the person waits.
 */
export async function warmFacts(sources: readonly HistorySource[], sliceMs = 4): Promise<void> {
  let sliceStart = performance.now()
  for (const source of sources) {
    factsOf(source)
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}

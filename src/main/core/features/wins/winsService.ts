import { randomUUID } from 'node:crypto'
import { winSchema, type Win, type WinInput } from '../../../../shared/domain/win'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import { VersionedCache } from '../../base/versionedCache'
import type { StoreChange } from '../../store/storeChange'
import { anyFieldHas, fieldHas, termTests, type TermTest } from './termMatch'

type ParsedWinInput = Omit<Win, 'id' | 'createdAt' | 'updatedAt'>

// An undated win (brag import) has only the day it was recorded as `date`: it goes last, not first.
const undated = (w: Win) => (w.datePrecision === 'undated' ? 1 : 0)
const newestFirst = (a: Win, b: Win) => undated(a) - undated(b) || b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

interface WinsOrder {
  /** Newest first. */
  sorted: Win[]
  /** `place[i]`: where the i-th stored win is in `sorted`. */
  place: Int32Array
}

function winsOrder(wins: readonly Win[]): WinsOrder {
  // The same order as a stable sort of the wins: ties keep their stored order.
  const order = Array.from(wins, (_, i) => i).sort((a, b) => newestFirst(wins[a]!, wins[b]!) || a - b)
  const place = new Int32Array(wins.length)
  for (let k = 0; k < order.length; k++) place[order[k]!] = k
  return { sorted: order.map((i) => wins[i]!), place }
}

/** Lower-cased text a search can match: every field a person would remember a win by. */
export const winSearchText = (w: Win) =>
  [w.title, w.whatIDid, w.impact, w.scope, ...w.tags, ...w.stakeholders, ...w.metrics.map((m) => `${m.label} ${m.value} ${m.unit}`)]
    .join('\n')
    .toLowerCase()

// Kept by object identity: a changed win is a new object (the store never edits one in place).
// With every text built, a keystroke's search is one pass of `includes`; the texts are built in
// the background, and a search before that tests the fields themselves, building nothing.
const searchTexts = new WeakMap<Win, string>()
/** Builds and keeps a win's search text: run ahead in the background after the store opens (app/warmUp.ts). */
export const warmWinSearchText = (w: Win) => {
  if (!searchTexts.has(w)) searchTexts.set(w, winSearchText(w))
}

/** Every term in `winSearchText(w)`: from the kept text when there is one, else field by field (termMatch.ts). */
function winMatches(w: Win, terms: readonly string[], tests: readonly TermTest[]): boolean {
  const text = searchTexts.get(w)
  if (text !== undefined) return terms.every((t) => text.includes(t))
  for (const t of tests) if (!winFieldsHave(w, t)) return false
  return true
}

// The fields of winSearchText one by one: a term holds no whitespace, so it cannot span two of them.
function winFieldsHave(w: Win, t: TermTest): boolean {
  if (fieldHas(t, w.title) || fieldHas(t, w.whatIDid) || fieldHas(t, w.impact) || fieldHas(t, w.scope)) return true
  if (anyFieldHas(t, w.tags) || anyFieldHas(t, w.stakeholders)) return true
  for (const m of w.metrics) if (fieldHas(t, m.label) || fieldHas(t, String(m.value)) || fieldHas(t, m.unit)) return true
  return false
}
/**
 * The wins room owns `wins`: these are the only writes to it from outside WinsService, each
 * part of a change another room builds (an impact rewrite, a back-filled quarter, a brag import).
 */
export const winWrites = {
  save: (change: StoreChange, win: Win) => change.put('wins', win),
  /** A deleted commitment: its wins stay and lose the link. */
  detachCommitment(change: StoreChange, commitmentId: string) {
    for (const w of change.list('wins')) {
      if (w.commitmentId !== commitmentId) continue
      const { commitmentId: _gone, ...rest } = w
      change.put('wins', rest)
    }
  },
  importAll: (change: StoreChange, wins: readonly Win[]) => change.replaceAll('wins', wins)
}

export class WinsService {
  constructor(private readonly store: Store) {}

  /**
   * A page of the filtered list. The match list is kept for the last (store state, filter) so
   * a scroll asking for page after page does not search 10,000 wins each time.
   */
  page(filter: { query?: string; tag?: string }, offset: number, limit: number): { total: number; offset: number; wins: Win[] } {
    const key = JSON.stringify([filter.query ?? '', filter.tag ?? ''])
    const matches = this.matches.get(this.store.version('wins'), () => this.list(filter), key)
    return { total: matches.length, offset, wins: matches.slice(offset, offset + limit) }
  }

  // Per version of the wins: the sorted list with each stored win's place in it, and the last few filters' matches.
  private readonly order = new VersionedCache<WinsOrder>(1)
  private readonly matches = new VersionedCache<Win[]>(8)

  list(filter: { query?: string; tag?: string; limit?: number } = {}): Win[] {
    const terms = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    const tag = filter.tag?.trim().toLowerCase()
    const limit = filter.limit ?? Infinity
    const wins = this.store.data.wins
    const { sorted, place } = this.order.get(this.store.version('wins'), () => winsOrder(wins))
    if (terms.length === 0) {
      const out: Win[] = []
      for (const w of sorted) {
        if (out.length >= limit) break
        if (!tag || w.tags.includes(tag)) out.push(w)
      }
      return out
    }
    // A search reads every win: in stored order, which is the order they sit in memory (reading
    // them newest first cost three times as much in cache misses at 50,000 wins), then the hits
    // are put in the list's order by their places.
    const tests = termTests(terms)
    const hits: number[] = []
    for (let i = 0; i < wins.length; i++) {
      const w = wins[i]!
      if (tag && !w.tags.includes(tag)) continue
      if (winMatches(w, terms, tests)) hits.push(place[i]!)
    }
    hits.sort((a, b) => a - b)
    const out: Win[] = []
    for (let k = 0; k < hits.length && out.length < limit; k++) out.push(sorted[hits[k]!]!)
    return out
  }

  // By id through the store's index, and saved as one op keyed by id: the same cost at 100 wins and 100,000.
  get(id: string): Win {
    const win = this.store.find('wins', id)
    if (!win) throw notFound('win', id)
    return win
  }

  async create(input: ParsedWinInput | WinInput): Promise<Win> {
    const at = new Date().toISOString()
    const win = winSchema.parse({ ...input, id: randomUUID(), createdAt: at, updatedAt: at })
    return this.store.put('wins', win)
  }

  async update(id: string, input: ParsedWinInput): Promise<Win> {
    const existing = this.get(id)
    const next = winSchema.parse({ ...input, id, createdAt: existing.createdAt, updatedAt: new Date().toISOString() })
    return this.store.put('wins', next)
  }

  async delete(id: string): Promise<Win> {
    const existing = this.get(id)
    await this.store.remove('wins', id)
    return existing
  }

  async restore(win: Win): Promise<Win> {
    if (this.store.find('wins', win.id)) {
      throw new AppError('CONFLICT', 'That win is already there; nothing to undo.')
    }
    return this.store.put('wins', win)
  }

  tags(): { tag: string; count: number }[] {
    const counts = new Map<string, number>()
    for (const w of this.store.data.wins) for (const t of w.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  }
}

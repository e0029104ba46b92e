import { randomUUID } from 'node:crypto'
import { winSchema, type Win, type WinInput } from '../../../shared/domain/win'
import { AppError, notFound } from '../errors'
import type { Store } from '../store/Store'

type ParsedWinInput = Omit<Win, 'id' | 'createdAt' | 'updatedAt'>

const newestFirst = (a: Win, b: Win) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/** Lower-cased text a search can match: every field a person would remember a win by. */
export const winSearchText = (w: Win) =>
  [w.title, w.whatIDid, w.impact, w.scope, ...w.tags, ...w.stakeholders, ...w.metrics.map((m) => `${m.label} ${m.value} ${m.unit}`)]
    .join('\n')
    .toLowerCase()

export class WinsService {
  constructor(private readonly store: Store) {}

  list(filter: { query?: string; tag?: string } = {}): Win[] {
    const terms = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    const tag = filter.tag?.trim().toLowerCase()
    return this.store.data.wins
      .filter((w) => !tag || w.tags.includes(tag))
      .filter((w) => {
        if (terms.length === 0) return true
        const text = winSearchText(w)
        return terms.every((t) => text.includes(t))
      })
      .sort(newestFirst)
  }

  get(id: string): Win {
    const win = this.store.data.wins.find((w) => w.id === id)
    if (!win) throw notFound('win', id)
    return win
  }

  async create(input: ParsedWinInput | WinInput): Promise<Win> {
    const at = new Date().toISOString()
    const win = winSchema.parse({ ...input, id: randomUUID(), createdAt: at, updatedAt: at })
    return this.store.update((data) => {
      data.wins.push(win)
      return win
    })
  }

  async update(id: string, input: ParsedWinInput): Promise<Win> {
    const existing = this.get(id)
    const next = winSchema.parse({ ...input, id, createdAt: existing.createdAt, updatedAt: new Date().toISOString() })
    return this.store.update((data) => {
      const index = data.wins.findIndex((w) => w.id === id)
      data.wins[index] = next
      return next
    })
  }

  async delete(id: string): Promise<Win> {
    const existing = this.get(id)
    return this.store.update((data) => {
      // splice, not filter: the journal then records one removal, not the whole list.
      data.wins.splice(
        data.wins.findIndex((w) => w.id === id),
        1
      )
      return existing
    })
  }

  async restore(win: Win): Promise<Win> {
    if (this.store.data.wins.some((w) => w.id === win.id)) {
      throw new AppError('CONFLICT', 'That win is already there; nothing to undo.')
    }
    return this.store.update((data) => {
      data.wins.push(win)
      return win
    })
  }

  tags(): { tag: string; count: number }[] {
    const counts = new Map<string, number>()
    for (const w of this.store.data.wins) for (const t of w.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  }
}

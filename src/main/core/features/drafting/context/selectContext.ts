import { sourceLabel, type ContextEntry } from '../../../../../shared/domain/contextEntry'
import { countTokens } from '../tokens'
import { inOrder } from '../../../base/topK'

export type EntryKind = ContextEntry['kind']

/** What a draft kind wants from history; every field is optional and only ranks or filters. */
export interface SelectionCriteria {
  /** Inclusive YYYY-MM-DD bounds; timeless kinds (profile, goals, people) ignore them. */
  from?: string
  to?: string
  /** Only these kinds are considered (default: all). */
  kinds?: EntryKind[]
  /** Only these entries (by id) are considered: a kind that knows exactly what it drew on. */
  ids?: string[]
  /** Free text; entries sharing its words rank higher. */
  focus?: string
  personId?: string
  tags?: string[]
  /** Ids of goals / commitments the draft is about: linked entries rank higher. */
  linkedIds?: string[]
  /** Per-kind multipliers, e.g. a summary weighs wins above check-ins. */
  kindWeights?: Partial<Record<EntryKind, number>>
  /** Days for recency to halve (default 180). */
  halfLifeDays?: number
  now?: Date
}

export interface Selection {
  entries: ContextEntry[]
  /** Rendered prompt text of the chosen entries, each labelled [S1], [S2]… */
  rendered: string
  tokens: number
  budget: number
  considered: number
}

const TIMELESS: ReadonlySet<EntryKind> = new Set(['profile', 'goal', 'person', 'personGoal'])
const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'from',
  'into',
  'our',
  'my',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'is'
])
const words = (text: string) =>
  text
    .toLowerCase()
    .match(/[\p{L}\p{N}]{2,}/gu)
    ?.filter((w) => !STOP.has(w)) ?? []

/** How one entry looks in a prompt; its label ties the prompt back to the source list. */
export const renderEntry = (entry: ContextEntry, label: string): string => {
  const tags = entry.tags.length ? `\nTags: ${entry.tags.join(', ')}` : ''
  return `[${label}] ${entry.kind} · ${entry.undated ? 'undated' : entry.date} · ${entry.title}\n${entry.text.trim()}${tags}`
}

const dayMs = 86_400_000

// Per entry, kept as long as the entry object lives (win entries are reused until their win
// changes): its lower-cased searchable text, its day, and the focus hits for the last focus
// asked, so ranking fifty thousand entries right after an edit re-reads only the edited one.
interface EntryFacts {
  /** Built on the first ranking with focus words: a draft with none (offers, agenda) never lower-cases the history. */
  haystack: string | null
  day: number
  focus: string | null
  hits: number
}
const facts = new WeakMap<ContextEntry, EntryFacts>()
const factsOf = (entry: ContextEntry): EntryFacts => {
  let f = facts.get(entry)
  if (!f) {
    f = {
      haystack: null,
      day: dayStart(entry.date),
      focus: null,
      hits: 0
    }
    facts.set(entry, f)
  }
  return f
}

/** Reads an entry's ranking facts ahead (search/readAhead.ts), so the first ranking finds them. */
export const warmEntryFacts = (entry: ContextEntry) => void haystackOf(entry, factsOf(entry))

const haystackOf = (entry: ContextEntry, f: EntryFacts) =>
  (f.haystack ??= ` ${`${entry.title} ${entry.text} ${entry.tags.join(' ')}`.toLowerCase()} `)

const dayStarts = new Map<string, number>()
const dayStart = (date: string): number => {
  let t = dayStarts.get(date)
  if (t === undefined) {
    t = Date.parse(`${date}T00:00:00Z`)
    // Bounded: a few decades of distinct days.
    if (dayStarts.size < 50_000) dayStarts.set(date, t)
  }
  return t
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** A whole-word match without tokenizing: find the substring, then check both edges. */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true
  }
  return false
}

/** The focus words of one selection, joined: the key of the hits remembered per entry. */
const focusKeys = new WeakMap<Set<string>, string>()

export function scoreEntry(entry: ContextEntry, c: SelectionCriteria, focusWords: Set<string>, now: number): number {
  const f = factsOf(entry)
  // Undated work is not recent work: it ranks as if it were old.
  const age = entry.undated ? Infinity : Math.max(0, (now - f.day) / dayMs)
  const recency = Number.isFinite(age) ? Math.pow(0.5, age / (c.halfLifeDays ?? 180)) : 0
  let score = recency
  if (c.personId && entry.personId === c.personId) score += 1.5
  if (c.linkedIds?.length && (entry.linkedIds.some((id) => c.linkedIds!.includes(id)) || c.linkedIds.includes(entry.id))) score += 2
  if (c.tags?.length) score += (1.5 * entry.tags.filter((t) => c.tags!.includes(t)).length) / c.tags.length
  if (focusWords.size) {
    const focus = focusKeys.get(focusWords) ?? [...focusWords].join(' ')
    if (f.focus !== focus) {
      let hits = 0
      const haystack = haystackOf(entry, f)
      for (const w of focusWords) if (containsWord(haystack, w)) hits++
      f.focus = focus
      f.hits = hits
    }
    score += (2 * f.hits) / focusWords.size
  }
  return score * (c.kindWeights?.[entry.kind] ?? 1)
}

/**
 * Choose the most relevant entries that fit a token budget. Ranking is O(n) over cheap
 * signals; only entries in rank order are tokenized, and only until the budget is full, so a
 * ten-year history costs about the same as a one-year one. Agnostic of where entries come from.
 */
export function selectContext(all: readonly ContextEntry[], criteria: SelectionCriteria, budget: number): Selection {
  const now = (criteria.now ?? new Date()).getTime()
  const focusWords = new Set(words(criteria.focus ?? ''))
  focusKeys.set(focusWords, [...focusWords].join(' '))
  const only = criteria.ids ? new Set(criteria.ids) : null
  const inScope = all.filter((e) => {
    if (criteria.kinds && !criteria.kinds.includes(e.kind)) return false
    if (only && !only.has(e.id)) return false
    if (TIMELESS.has(e.kind)) return true
    // An undated entry's day is a placeholder: it is in no chosen period.
    if (e.undated && (criteria.from || criteria.to)) return false
    if (criteria.from && e.date < criteria.from) return false
    if (criteria.to && e.date > criteria.to) return false
    return true
  })
  // Only the head of the ranking is ever read (until the budget is full): a bounded heap over
  // positions and a score array, not a sort of every entry; the position breaks ties as the
  // stable sort did.
  const scores = new Float64Array(inScope.length)
  for (let i = 0; i < inScope.length; i++) scores[i] = scoreEntry(inScope[i]!, criteria, focusWords, now)
  const ranked = inOrder(
    Array.from(scores, (_, i) => i),
    (a, b) => {
      const x = inScope[a]!
      const y = inScope[b]!
      return (
        scores[b]! - scores[a]! || Number(!!x.undated) - Number(!!y.undated) || (x.date === y.date ? 0 : x.date < y.date ? 1 : -1) || a - b
      )
    }
  )

  const chosen: ContextEntry[] = []
  let tokens = 0
  let misses = 0
  for (const at of ranked) {
    const entry = inScope[at]!
    // Separator "\n\n" costs about one token; count it so the budget truly holds.
    const cost = countTokens(renderEntry(entry, sourceLabel(chosen.length))) + 1
    if (tokens + cost > budget) {
      // A few large entries should not end selection early, but 50 misses in a row means full.
      if (++misses > 50) break
      continue
    }
    chosen.push(entry)
    tokens += cost
  }
  // Present chosen entries oldest → newest so the prompt reads like a timeline.
  const ordered = [...chosen].sort((a, b) => a.date.localeCompare(b.date))
  const rendered = ordered.map((e, i) => renderEntry(e, sourceLabel(i))).join('\n\n')
  return { entries: ordered, rendered, tokens: countTokens(rendered), budget, considered: inScope.length }
}

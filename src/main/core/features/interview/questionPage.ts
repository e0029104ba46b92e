import type { Question } from '../../../../shared/domain/interview'
import { VersionedCache } from '../../base/versionedCache'
import { inOrder } from '../../base/topK'
import type { Win } from '../../../../shared/domain/win'
import { bankQuestions, questionFromWin } from './questionBank'
import { anyFieldHas, fieldHas, termTests, type TermTest } from '../wins/termMatch'

/**
 * Interview questions a page at a time. A question made from a win costs a grammar pass over its
 * title, so a fifty-thousand-win history cannot build one per win on every call: wins are ranked
 * by cheap signals (a measured result, wider scope, recency), only the best few hundred become
 * questions, and each question is built once per win object (a changed win is a new object).
 */
export const MAX_WIN_QUESTIONS = 200

export interface QuestionPageInput {
  query?: string
  offset: number
  limit: number
}

export interface QuestionPage {
  /** Questions that match, capped: the ranked win questions plus the bank's. */
  total: number
  offset: number
  questions: Question[]
  /** Wins that matched before the cap (so the page can say "the best 200 of 5,000"). */
  matchingWins: number
}

const SCOPE_WEIGHT: Record<Win['scope'], number> = { company: 0.75, org: 0.5, team: 0.25, self: 0 }
const dayMs = 86_400_000

const built = new WeakMap<Win, Question>()
const questionOf = (win: Win): Question => {
  let q = built.get(win)
  if (!q) {
    q = questionFromWin(win)
    built.set(win, q)
  }
  return q
}

const haystacks = new WeakMap<Win, string>()
/** Builds and keeps a win's lower-cased haystack: run ahead in the background after the store opens (app/warmUp.ts). */
export const warmHaystack = (win: Win) => {
  if (!haystacks.has(win)) haystacks.set(win, `${win.title} ${win.whatIDid} ${win.impact} ${win.tags.join(' ')}`.toLowerCase())
}

/** Every word in the win's haystack: from the kept one, else field by field without building it (wins/termMatch.ts). */
function winHasWords(win: Win, words: readonly string[], tests: readonly TermTest[]): boolean {
  const text = haystacks.get(win)
  if (text !== undefined) return words.every((word) => text.includes(word))
  for (const t of tests)
    if (!(fieldHas(t, win.title) || fieldHas(t, win.whatIDid) || fieldHas(t, win.impact) || anyFieldHas(t, win.tags))) return false
  return true
}

/** The newest win's day: recency is relative to it (not to today), for the whole history and any search of it. */
function newestDay(wins: readonly Win[]): number {
  let newest = 0
  for (const w of wins) {
    const t = Date.parse(w.date)
    if (t > newest) newest = t
  }
  return newest
}

/**
 * The best `limit` wins for story material, best first: a measured result (a metric), wider
 * scope, then the newest. Only the head is ever shown (MAX_WIN_QUESTIONS), so it comes from a
 * bounded heap (base/topK.ts), not a sort of the whole history; ties keep the list's order, as
 * the stable sort did.
 */
function topRanked(wins: readonly Win[], newest: number, limit: number): Win[] {
  if (wins.length === 0) return []
  const times = new Float64Array(wins.length)
  const scores = new Float64Array(wins.length)
  for (let i = 0; i < wins.length; i++) {
    const w = wins[i]!
    const t = (times[i] = Date.parse(w.date))
    const age = Math.max(0, (newest - t) / dayMs)
    scores[i] = Math.pow(0.5, age / 730) + (w.metrics.length > 0 ? 0.5 : 0) + SCOPE_WEIGHT[w.scope]
  }
  // Numbers only in the comparator: a string compare per step made this the cost of the route.
  const order = inOrder(
    Array.from(wins, (_, i) => i),
    (a, b) => scores[b]! - scores[a]! || times[b]! - times[a]! || a - b,
    limit
  )
  const top: Win[] = []
  for (const i of order) {
    if (top.length >= limit) break
    top.push(wins[i]!)
  }
  return top
}

interface Matching {
  /** The best MAX_WIN_QUESTIONS matches, best first. */
  top: Win[]
  /** How many wins matched before the cap. */
  count: number
}

// Per version of the wins: the newest day, the head of the whole ranking, and the last few searches.
const newestDays = new VersionedCache<number>(1)
const ranked = new VersionedCache<Matching>(1)
const searches = new VersionedCache<Matching>(8)

function matchingWins(wins: readonly Win[], query: string, version: number | undefined): Matching {
  const cached = <T>(cache: VersionedCache<T>, build: () => T, slot = '') =>
    version === undefined ? build() : cache.get(version, build, slot)
  const newest = cached(newestDays, () => newestDay(wins))
  if (!query) return cached(ranked, () => ({ top: topRanked(wins, newest, MAX_WIN_QUESTIONS), count: wins.length }))
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const tests = termTests(words)
  return cached(
    searches,
    () => {
      const matches = wins.filter((w) => winHasWords(w, words, tests))
      return { top: topRanked(matches, newest, MAX_WIN_QUESTIONS), count: matches.length }
    },
    query
  )
}

const bank = bankQuestions()

// The rest of the capped list is built a few questions per turn of the event loop after a page
// is served, so the next pages (and scrolling the list) find them ready without one long task.
let warming: readonly Win[] | null = null
function warmLater(list: readonly Win[]) {
  if (warming === list) return
  warming = list
  let at = 0
  const step = () => {
    if (warming !== list) return
    const end = Math.min(list.length, at + 5)
    for (; at < end; at++) questionOf(list[at]!)
    if (at < list.length) setImmediate(step)
    else warming = null
  }
  setImmediate(step)
}

/** `winsVersion` (Store.version('wins')) keeps the ranking between calls; without it each call ranks afresh. */
export function questionPage(wins: readonly Win[], input: QuestionPageInput, winsVersion?: number): QuestionPage {
  const query = input.query?.trim() ?? ''
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const fromWins = matchingWins(wins, query, winsVersion)
  const capped = fromWins.top
  const bankMatches = words.length ? bank.filter((q) => words.every((w) => q.text.toLowerCase().includes(w))) : bank
  const total = capped.length + bankMatches.length
  const end = Math.min(total, input.offset + input.limit)
  const questions: Question[] = []
  for (let i = input.offset; i < end; i++) questions.push(i < capped.length ? questionOf(capped[i]!) : bankMatches[i - capped.length]!)
  warmLater(capped)
  return { total, offset: input.offset, questions, matchingWins: fromWins.count }
}

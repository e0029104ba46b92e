import type { Question } from '../../../../shared/domain/interview'
import { VersionedCache } from '../../base/versionedCache'
import type { Win } from '../../../../shared/domain/win'
import { bankQuestions, questionFromWin } from './questionBank'

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
const haystackOf = (win: Win): string => {
  let text = haystacks.get(win)
  if (text === undefined) {
    text = `${win.title} ${win.whatIDid} ${win.impact} ${win.tags.join(' ')}`.toLowerCase()
    haystacks.set(win, text)
  }
  return text
}

/** Best story material first: a measured result (a metric), wider scope, then the newest (relative to the newest win, not today). */
function rank(wins: readonly Win[]): Win[] {
  if (wins.length === 0) return []
  let newest = 0
  const times = wins.map((w) => {
    const t = Date.parse(w.date)
    if (t > newest) newest = t
    return t
  })
  const scores = new Float64Array(wins.length)
  for (let i = 0; i < wins.length; i++) {
    const w = wins[i]!
    const age = Math.max(0, (newest - times[i]!) / dayMs)
    scores[i] = Math.pow(0.5, age / 730) + (w.metrics.length > 0 ? 0.5 : 0) + SCOPE_WEIGHT[w.scope]
  }
  // Numbers only in the comparator: a string compare per step made this the cost of the route.
  const order = Array.from(wins, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || times[b]! - times[a]!)
  return order.map((i) => wins[i]!)
}

// One ranking per version of the wins, and the last few searches of that version.
const ranked = new VersionedCache<Win[]>(1)
const searches = new VersionedCache<Win[]>(8)

function matchingWins(wins: readonly Win[], query: string, version: number | undefined): Win[] {
  const all = version === undefined ? rank(wins) : ranked.get(version, () => rank(wins))
  if (!query) return all
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const search = (build: () => Win[]) => (version === undefined ? build() : searches.get(version, build, query))
  return search(() =>
    all.filter((w) => {
      const text = haystackOf(w)
      return words.every((word) => text.includes(word))
    })
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
  const capped = fromWins.slice(0, MAX_WIN_QUESTIONS)
  const bankMatches = words.length ? bank.filter((q) => words.every((w) => q.text.toLowerCase().includes(w))) : bank
  const total = capped.length + bankMatches.length
  const end = Math.min(total, input.offset + input.limit)
  const questions: Question[] = []
  for (let i = input.offset; i < end; i++) questions.push(i < capped.length ? questionOf(capped[i]!) : bankMatches[i - capped.length]!)
  warmLater(capped)
  return { total, offset: input.offset, questions, matchingWins: fromWins.length }
}

import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import type { DerivedClaim, NumberFlag } from '../../../../shared/domain/drafting'
import { SUGGESTION_LABEL } from './suggestionLabels'
import { todayIso } from '../../base/clock'
import { buildFactsIndex, checkText, matchClaim, type FactsIndex, type SourceRecord } from '../../base/quantities'

/**
 * The trust guard (issue #13): every amount, date and citation in a draft is checked against
 * the sources that run was given, not the whole history. What it checks and what it cannot:
 * docs/drafting.md, "The trust guard".
 */

/** What the user typed for this draft (period, meeting day): it backs dates like a source does. */
export const USER_INPUT_ID = 'your-input'
/** What Loopwise computed from the user's dates and choices (time since the last loop, meeting length). */
export const COMPUTED_ID = 'loopwise-computed'

export interface UserInput {
  /** ISO days the user chose (the period's ends, the meeting day). */
  dates?: readonly (string | undefined)[]
  /** Other things the user typed for this draft (a focus, an effort they set). */
  texts?: readonly (string | undefined)[]
  /** Texts Loopwise computed from the user's own dates and choices (DraftKind.computed). */
  computed?: readonly string[]
}

export interface DraftCheck {
  flags: NumberFlag[]
  /** Ids of the given sources the text cites, in the order first cited. */
  cited: string[]
  /** Amounts backed only by arithmetic on a baseline, with the working shown. */
  derived: DerivedClaim[]
  /** Amounts on a line labelled as a suggestion ("estimate — yours to set"): shown, not claimed. */
  suggestions: NumberFlag[]
}

const CITATION = /\[(S\d+(?:\s*[,;]\s*S?\d+)*)\]/g
const CITATION_LABEL = /S?(\d+)/g

export interface Citation {
  start: number
  end: number
  text: string
  /** 1-based label number: S3 → 3. */
  n: number
}

/** Every [S#] label in a text ("[S1]", "[S1, S3]", "[S2; S4]"), one per label. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = []
  for (const m of text.matchAll(CITATION)) {
    const inner = m[1]!
    const innerStart = m.index + 1
    for (const l of inner.matchAll(CITATION_LABEL)) {
      const start = innerStart + l.index
      const single = inner.indexOf(',') === -1 && inner.indexOf(';') === -1
      // A lone [S4] is flagged with its brackets; inside a list only the label is.
      out.push(
        single
          ? { start: m.index, end: m.index + m[0].length, text: m[0], n: Number(l[1]) }
          : { start, end: start + l[0].length, text: l[0], n: Number(l[1]) }
      )
    }
  }
  return out
}

const rangeOf = (count: number) => (count === 0 ? 'no sources' : count === 1 ? 'one source, S1' : `sources S1–S${count}`)

/** Entries as records the facts index reads: title and text, the entry's date and typed metrics. */
// One record per entry object (entries are rebuilt only when what they show changes), so the
// facts parsed from it are kept too (buildFactsIndex caches per record).
const records = new WeakMap<ContextEntry, SourceRecord>()
export function entryRecord(e: ContextEntry): SourceRecord {
  let record = records.get(e)
  if (!record) records.set(e, (record = newRecord(e)))
  return record
}

function newRecord(e: ContextEntry): SourceRecord {
  return {
    id: e.id,
    label: e.title,
    ...(/^\d{4}-\d{2}-\d{2}$/.test(e.date) ? { date: e.date } : {}),
    // Typed metrics replace their "Metrics:" line: read as text, "18 % (baseline 12 %)" would be a
    // level with no baseline, and would back "up 18%".
    texts: [e.title, e.metrics?.length ? e.text.replace(/^Metrics:.*$/m, '') : e.text],
    ...(e.metrics?.length ? { metrics: e.metrics } : {})
  }
}

function userRecords(input: UserInput): SourceRecord[] {
  const dates = (input.dates ?? []).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d))
  return [
    {
      id: USER_INPUT_ID,
      label: 'What you chose for this draft',
      texts: [...dates, ...(input.texts ?? []).filter((t): t is string => !!t)]
    },
    { id: COMPUTED_ID, label: 'Loopwise’s count from your dates and choices', texts: [...(input.computed ?? [])] }
  ]
}

const lineOf = (text: string, at: number) =>
  text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1)

/**
 * Words that hold a number but state no fact: "one" alone ("one thing", "one brief per team"),
 * a step of the framework ("step two", "lighter step three"), and "now".
 */
export function statesNoFact(text: string, q: { span: [number, number]; value: number; dimension: string; words: boolean; text: string }) {
  if (q.words && q.value === 1 && q.dimension === 'count' && /^(?:one|a|an)\b/i.test(q.text)) return true
  // "is now 310 ms": the present tense, not a dated claim.
  if (q.dimension === 'date' && /^(?:now|today|currently|right now)$/i.test(q.text.trim())) return true
  return /\bsteps?\s+$/i.test(text.slice(Math.max(0, q.span[0] - 8), q.span[0]))
}

// A run's sources are checked several times (result, re-check after an edit): keep their index.
const indexes = new WeakMap<readonly ContextEntry[], FactsIndex>()
const ownIndexes = new Map<string, FactsIndex>()

function factsFor(sources: readonly ContextEntry[]): FactsIndex {
  let facts = indexes.get(sources)
  if (!facts) indexes.set(sources, (facts = buildFactsIndex(sources.map(entryRecord))))
  return facts
}

/** The user's choices and Loopwise's counts from them: small, and kept for the last few inputs. */
function ownFactsFor(input: UserInput): FactsIndex {
  const key = JSON.stringify(input)
  let facts = ownIndexes.get(key)
  if (!facts) {
    facts = buildFactsIndex(userRecords(input))
    if (ownIndexes.size > 20) ownIndexes.delete(ownIndexes.keys().next().value!)
    ownIndexes.set(key, facts)
  }
  return facts
}

/**
 * `needle` in `haystack` as a whole amount: "5 teams" is not in "25 teams" or "1.5 teams", "30%"
 * not in "130%". A plain substring test let a model's invented number through whenever it was
 * the tail of one the user typed. A sentence's full stop or comma next to it is not part of it.
 */
function containsWhole(haystack: string, needle: string): boolean {
  const word = /[\p{L}\p{N}]/u
  const digit = /\p{N}/u
  const glued = (outside: string | undefined, beyond: string | undefined, edge: string | undefined) =>
    outside !== undefined &&
    edge !== undefined &&
    word.test(edge) &&
    (word.test(outside) || ('.,'.includes(outside) && beyond !== undefined && digit.test(beyond)))
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length
    if (!glued(haystack[at - 1], haystack[at - 2], needle[0]) && !glued(haystack[end], haystack[end + 1], needle.at(-1))) return true
  }
  return false
}

/**
 * Check a draft against the sources its run was given (labelled S1…Sn in that order).
 * Citations must name one of them; amounts must be backed by a source the text cites — or,
 * when the text cites none, by one of the sources it was given.
 */
export function checkDraft(text: string, sources: readonly ContextEntry[], input: UserInput = {}, today?: Date): DraftCheck {
  const flags: NumberFlag[] = []
  const cited: string[] = []
  for (const c of findCitations(text)) {
    const source = sources[c.n - 1]
    if (!source || c.n < 1) {
      flags.push({
        start: c.start,
        end: c.end,
        text: c.text,
        kind: 'citation',
        reason: `S${c.n} is not a source of this draft: it was given ${rangeOf(sources.length)}.`
      })
    } else if (!cited.includes(source.id)) cited.push(source.id)
  }
  const citedIds = cited.length > 0 ? cited : sources.map((s) => s.id)
  const own = ownFactsFor(input)
  const ownTexts = [...(input.texts ?? []), ...(input.computed ?? [])].join('\n').toLowerCase()
  const citedTexts = sources
    .filter((s) => citedIds.includes(s.id))
    .map((s) => `${s.title}\n${s.text}`)
    .join('\n')
    .toLowerCase()
  const derived: DerivedClaim[] = []
  const suggestions: NumberFlag[] = []
  for (const checked of checkText(text, factsFor(sources), {
    citedIds,
    ...(today ? { today: todayIso(today) } : {})
  })) {
    const [start, end] = checked.quantity.span
    if (statesNoFact(text, checked.quantity)) continue
    if (SUGGESTION_LABEL.test(lineOf(text, start))) {
      suggestions.push({
        start,
        end,
        text: checked.quantity.text,
        kind: 'quantity',
        reason: 'A suggestion, labelled as one: yours to set.'
      })
    } else if (!checked.supported) {
      // What the user chose or Loopwise counted from it (the meeting day, "a five-minute slot")
      // backs the same amount wherever the template puts it, whatever it is next to.
      if (matchClaim({ ...checked.quantity, about: '' }, own).supported || containsWhole(ownTexts, checked.quantity.text.toLowerCase()))
        continue
      // A relative date quoted as written in a cited source ("within 90 days") says what the source says.
      const isDate = checked.quantity.dimension === 'date' || checked.quantity.dimension === 'year'
      if (isDate && containsWhole(citedTexts, checked.quantity.text.toLowerCase())) continue
      flags.push({
        start,
        end,
        text: checked.quantity.text,
        kind: 'quantity',
        reason: checked.reason ?? `${checked.quantity.text}: not in the sources this draft cites`
      })
    } else if (checked.derivation && checked.by) {
      derived.push({ start, end, text: checked.quantity.text, derivation: checked.derivation, sourceId: checked.by.entityId })
    }
  }
  flags.sort((a, b) => a.start - b.start)
  return { flags, cited, derived, suggestions }
}

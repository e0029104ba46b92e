import nlp from 'compromise'
import { parseChanges, parseQuantities, type Quantity } from '../../../base/quantities'
import { splitSentences, type Sentence } from '../../../base/text'
import * as lx from './lexicon'

/** Who acts in a clause, and how. */
export type Agency = 'self' | 'observe' | 'defer' | 'other' | 'none'

export interface Clause {
  text: string
  agency: Agency
  verb: string
  /** Past or present ("I take on work that…" in a principle). */
  tense: 'past' | 'present'
}

/** The part of the story a sentence tells. */
export type Part = 'situation' | 'task' | 'action' | 'result' | 'reflection' | 'padding'

export interface SentenceFacts extends Sentence {
  lower: string
  clauses: Clause[]
  quantities: Quantity[]
  /** A before/after or a comparison with a baseline. */
  compared: boolean
  outcome: boolean
  stakes: boolean
  change: boolean
  fluff: boolean
  humbleBrag: boolean
  moment: boolean
  part: Part
}

export interface Analysis {
  answer: string
  lower: string
  sentences: SentenceFacts[]
  words: number
}

const AGENT = new RegExp(`^(?:${lx.AGENT_VERBS})$`)
const PAST_IRREGULAR =
  /^(?:wrote|led|built|ran|took|made|found|sent|spent|met|put|cut|set|told|gave|drove|brought|chose|split|kept|held|began|dug|won|lost|sold|shut|rewrote|rebuilt|paid|hit|let|sat|stood|spoke|taught|showed|went|came)$/

/** Irregular past tenses beyond the list ("flew", "fought", "dealt"), from compromise's lexicon; cached per word. */
const pastCache = new Map<string, boolean>()
function isIrregularPast(verb: string): boolean {
  if (PAST_IRREGULAR.test(verb)) return true
  let past = pastCache.get(verb)
  if (past === undefined) {
    past = /^[a-z]{3,}$/.test(verb) && nlp(`i ${verb} it`).match(verb).has('#PastTense')
    pastCache.set(verb, past)
  }
  return past
}

const LATE_SELF =
  /^(?:(?:the|that|this|last|next|one|a|an|in|on|at|by|early|late|same|following|previous|two|three|few|days?|weeks?|months?|years?|morning|afternoon|evening|night|day|week|month|year|quarter|spring|summer|autumn|fall|winter|later|ago|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday)\s+){1,5}i\b/

/** Splits a sentence where a new subject or a new verb may start. */
const CLAUSE_SPLIT = /\s*(?:[,;:]|\s[-–—]\s|\b(?:and|but|so|then|because|while|until|after|before|when|which|who)\b)\s*/

function verbAfter(words: string[]): { verb: string; index: number } {
  let i = 0
  while (i < words.length && lx.ADVERB.test(words[i]!)) i++
  return { verb: words[i] ?? '', index: i }
}

function classifyVerb(verb: string, clause: string): Pick<Clause, 'agency' | 'tense'> | undefined {
  if (!verb) return undefined
  const irregular = !/ed$/.test(verb) && isIrregularPast(verb)
  const tense: Clause['tense'] = /ed$/.test(verb) || irregular ? 'past' : 'present'
  if (lx.DEFER.test(clause)) return { agency: 'defer', tense }
  if (lx.OBSERVE.test(clause)) return { agency: 'observe', tense }
  if (lx.NEUTRAL_VERBS.test(verb)) return undefined
  if (AGENT.test(verb) || (tense === 'past' && (verb.length > 4 || irregular))) return { agency: 'self', tense }
  return undefined
}

/**
 * Clauses with their agent: "I decided…" is the speaker acting, "I was in the meeting where
 * they decided…" is the speaker watching. A clause with no subject continues the last one, and
 * a sentence that opens with a verb ("Pushed back in the review") is the speaker's.
 */
export function clausesOf(lower: string): Clause[] {
  const out: Clause[] = []
  let subject: 'self' | 'other' = 'self'
  for (const raw of lower.split(CLAUSE_SPLIT)) {
    const text = raw.trim().replace(/^["“(]+/, '')
    if (!text) continue
    const words = text.split(/\s+/)
    let rest = words
    const late = LATE_SELF.exec(text)
    if (lx.SELF_SUBJECT.test(text)) {
      subject = 'self'
      rest = words.slice(words.indexOf('i') + 1)
    } else if (late) {
      // "The next morning I wrote…", "Last year I ran…": a time phrase, then the speaker.
      subject = 'self'
      rest = text.slice(late[0].length).trim().split(/\s+/)
    } else if (lx.OTHER_SUBJECT.test(text)) {
      subject = 'other'
      const m = lx.OTHER_SUBJECT.exec(text)!
      rest = text.slice(m[0].length).trim().split(/\s+/)
    } else if (/^(?:it|this|that|there|the|a|an|our|my|their|his|her|its|every|all|no|one|two|\d)\b/.test(text)) {
      subject = 'other'
      continue
    }
    const { verb } = verbAfter(rest)
    // "was" after "I" is only agency when it is followed by the place or the order (observer, defer).
    const clauseText = subject === 'self' ? `i ${rest.join(' ')}` : text
    if (subject === 'self') {
      if (lx.DEFER.test(clauseText) || lx.DEFER.test(text)) {
        out.push({ text, agency: 'defer', verb, tense: 'past' })
        continue
      }
      const c = classifyVerb(verb, clauseText)
      if (c) out.push({ text, verb, ...c })
    } else if (verb && (AGENT.test(verb) || lx.NEUTRAL_VERBS.test(verb) === false)) {
      if (lx.DEFER.test(text)) out.push({ text, agency: 'defer', verb, tense: 'past' })
      else if (AGENT.test(verb)) out.push({ text, agency: 'other', verb, tense: 'past' })
    }
  }
  return out
}

const countsPeople = (q: Quantity) =>
  q.dimension === 'count' && lx.PEOPLE_NOUNS.test((q.unit || q.about).toLowerCase().split(/\s+/).at(-1) ?? '')
/** Content a sentence carries even when it shares few words with the rest: an act, a comparison, people affected, personal stakes. */
const carries = (s: Omit<SentenceFacts, 'part'>) =>
  s.compared ||
  s.clauses.some((c) => c.agency === 'self' && c.tense === 'past') ||
  s.quantities.some(countsPeople) ||
  (s.stakes && /\b(?:i|my|mine|me)\b/.test(s.lower))

const ANCHORED_RESULT = /\b(?:result|outcome|in the end|by the end|after (?:the|that|it)|afterwards|since)\b/

function partOf(s: Omit<SentenceFacts, 'part'>, index: number, total: number, topical: boolean): Part {
  if (!topical && index > 0 && !carries(s)) return 'padding'
  if (s.change || s.fluff || s.humbleBrag || (lx.LESSON.test(s.lower) && index >= total / 2)) return 'reflection'
  const acts = s.clauses.filter((c) => c.agency === 'self' && c.tense === 'past').length
  const measured = s.quantities.length > 0 && (s.compared || ANCHORED_RESULT.test(s.lower))
  if ((s.compared || measured || s.outcome) && (index >= total / 2 || acts === 0) && index > 0) return 'result'
  if (acts > 0 && !(index === 0 && s.stakes)) return 'action'
  if (s.stakes) return index === 0 ? 'situation' : 'task'
  if (s.moment && index <= 1) return 'situation'
  if (s.outcome && index > 0) return 'result'
  if (index === 0) return 'situation'
  if (s.clauses.length) return 'action'
  return carries(s) ? (s.quantities.length ? 'result' : 'task') : 'padding'
}

const STOP = new Set(
  'about after again also and any are because been before being but can could did does doing done each even every for from had has have her here his how into its just more most much not now off once only other our out over own same she should some such than that the their them then there these they this those through too under until very was were what when where which while who why will with would you your yes yeah really honestly think thing things lot bit kind sort like time day week way well going went got get made make'.split(
    ' '
  )
)
export const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/'s$/, '').slice(0, 5)))

/** Reads an answer once: sentences, clauses and their agents, quantities, comparisons, parts. */
export function analyse(answer: string): Analysis {
  const sentences = splitSentences(answer)
  const facts = sentences.map((s) => {
    const lower = s.text.toLowerCase()
    // Fillers and stutters say nothing about who acted; read the sentence without them.
    const spoken = lx.FILLERS.reduce((t, [, re]) => t.replace(re, ' '), lower)
      .replace(/\b(\w+),?\s+\1\b/g, '$1')
      .replace(/\s+([,.?!])/g, '$1')
      .replace(/([,?]\s*){2,}/g, ', ')
      .replace(/\s{2,}/g, ' ')
    const quantities = parseQuantities(s.text).filter((q) => q.dimension !== 'date' && q.dimension !== 'year' && q.dimension !== 'ordinal')
    const changes = parseChanges(s.text)
    return {
      ...s,
      lower,
      clauses: clausesOf(spoken),
      quantities,
      compared: changes.length > 0 || (quantities.length > 0 && lx.COMPARISON.test(lower)) || /\b(?:doubled|halved|tripled)\b/.test(lower),
      outcome: lx.OUTCOME.test(lower),
      stakes: lx.STAKES.test(lower),
      change:
        ((lx.CHANGE_MARKER.test(lower) && /\b(?:i|me|my)\b/.test(lower)) ||
          lx.HABIT.test(lower.replace(/[.!?]+$/, (m) => m.slice(0, 1)))) &&
        !/\bi (?:guess|think)\b/.test(lower.slice(0, 12)),
      fluff: lx.LESSON_FLUFF.test(lower),
      humbleBrag: lx.HUMBLE_BRAG.test(lower),
      moment: lx.BOUNDED_MOMENT.test(lower) || parseQuantities(s.text).some((q) => q.dimension === 'date' || q.dimension === 'year')
    }
  })
  // A sentence is on the story's topic when it shares two content words with the sentences where someone acts or something is measured.
  const core = facts.filter((f) => f.clauses.some((c) => c.agency !== 'none') || f.compared)
  const words = facts.map((f) => contentWords(f.text))
  const withParts = facts.map((f, i) => {
    const others = new Set(core.filter((c) => c.index !== f.index).flatMap((c) => [...words[c.index]!]))
    const shared = [...words[i]!].filter((w) => others.has(w)).length
    const topical = shared >= 2 || f.change || f.fluff || f.humbleBrag || (shared === 1 && f.words <= 12)
    return { ...f, part: partOf(f, i, facts.length, topical) }
  })
  return { answer, lower: answer.toLowerCase(), sentences: withParts, words: sentences.reduce((n, s) => n + s.words, 0) }
}

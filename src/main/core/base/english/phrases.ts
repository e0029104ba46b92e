import nlp from 'compromise'
import { cleanPhrase, lowerFirstWord } from './titles'

/**
 * A goal, blocker or title in the form a sentence needs. compromise reads the phrase (with a
 * subject put in front, so "move upmarket" reads as a verb and "Promotion to Group PM" as a
 * noun) and conjugates the verb; the rules here only decide which form a shape takes.
 *
 *   verb   "get promoted to Staff Engineer"  → getting promoted… / got promoted… / get promoted…
 *   noun   "Promotion to Group PM"           → promotion to Group PM (no verb to bend)
 *   clause "Nobody owns the rollout"         → nobody owning the rollout / nobody owned the rollout
 *   question "Why are customers churning?"   → why customers are churning / worked out why customers are churning
 */
export type PhraseShape = 'verb' | 'noun' | 'clause' | 'question'

export interface PhraseForms {
  shape: PhraseShape
  /** The phrase as typed, cleaned: no trailing period, markdown or "I " in front. */
  text: string
  /**
   * The noun-phrase form, for after a preposition or as a subject: "getting promoted to Staff
   * Engineer", "nobody owning the rollout", and a noun phrase as it is ("promotion to Group PM").
   */
  gerund: string
  /** After "to" or "will": "get promoted to Staff Engineer"; for a noun, the noun phrase. */
  infinitive: string
  /** After "the time you": "led the rollout of X", "were promoted to Group PM", "worked on the billing migration". */
  past: string
  /** "ready to get promoted…", "ready for promotion to Group PM": what follows "ready". */
  purpose: string
  /** After "by" or "help with": "drafting the strategy doc", "working on the billing migration". */
  doing: string
}

const world = nlp.world() as unknown as {
  model: unknown
  methods: {
    two: {
      transform: {
        verb: {
          conjugate: (inf: string, model: unknown) => Record<string, string | undefined>
          toInfinitive: (word: string, model: unknown, tense: string) => string
        }
      }
    }
  }
}
const verbs = world.methods.two.transform.verb

/** Heads of titles that read as passive: "Promoted to Group PM" is something done to you. */
const PASSIVE_HEADS = new Set([
  'promoted',
  'hired',
  'named',
  'appointed',
  'elected',
  'selected',
  'chosen',
  'nominated',
  'invited',
  'awarded',
  'recognized',
  'recognised',
  'asked',
  'tapped',
  'voted',
  'shortlisted',
  'accepted',
  'admitted',
  'assigned',
  'featured',
  'honoured',
  'honored',
  'certified',
  'given'
])
const PASSIVE_NEXT = /^(?:to|as|for|into|onto|by|in|the|a|an|[A-Z])\b/
/** "Named tech lead", "Appointed engineering manager": a role right after the verb. */
const ROLE_NEXT =
  /^(?:\S+\s+)?(?:lead|leader|manager|director|head|owner|captain|champion|mentor|chair|dri|engineer|pm|architect|principal|staff|fellow|vp|partner)\b/i
/** Imperatives people start goals with that compromise's lexicon files as nouns. */
const COMMON_VERBS =
  /^(?:cut|move|win|run|scale|set|ship|grow|launch|double|close|plan|own|lead|drive|land|hire|fix|build|reduce|raise|lower|ramp|staff|spec|pilot|test|track|map|cap|rank|price|brand|host|fund)$/i
/** compromise's conjugation gets a few common ones wrong (it has "mentor" as past of "mentor"). */
const PAST_FIX: Record<string, string> = { mentor: 'mentored', panic: 'panicked', picnic: 'picnicked' }
const GERUND_FIX: Record<string, string> = { panic: 'panicking', mentor: 'mentoring' }

interface Term {
  text: string
  tags: string[]
  start: number
  end: number
}

const cache = new Map<string, PhraseForms>()

export function phraseForms(raw: string): PhraseForms {
  const text = cleanPhrase(raw)
  let forms = cache.get(text)
  if (!forms) {
    forms = compute(text)
    if (cache.size > 5000) cache.clear()
    cache.set(text, forms)
  }
  return forms
}

type JsonTerm = { text: string; tags: string[]; offset: { start: number; length: number } }

function terms(s: string): Term[] {
  return (nlp(s).json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((sentence) =>
    sentence.terms.map((t) => ({ text: t.text, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length }))
  )
}

const has = (t: Term | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.includes(x))
const splitFirst = (s: string) => {
  const m = /^(\S+)(\s.*)?$/s.exec(s)
  return { first: m?.[1] ?? s, rest: m?.[2] ?? '' }
}

function infinitiveOf(word: string, tense: 'PastTense' | 'Gerund' | 'PresentTense'): string {
  const w = word.toLowerCase()
  const inf = verbs.toInfinitive(w, world.model, tense)
  // Check the round trip, so "billing" does not become a verb "bill" by accident of spelling.
  const back = inf ? conjugate(inf)[tense] : undefined
  if (inf && back === w) return inf
  if (tense === 'PastTense') {
    for (const cand of [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3), `${w.slice(0, -3)}y`])
      if (cand.length > 1 && conjugate(cand).PastTense === w) return cand
  }
  return inf || w
}

function conjugate(inf: string): Record<string, string | undefined> {
  const c = verbs.conjugate(inf, world.model)
  return { ...c, ...(PAST_FIX[inf] ? { PastTense: PAST_FIX[inf] } : {}), ...(GERUND_FIX[inf] ? { Gerund: GERUND_FIX[inf] } : {}) }
}

function compute(text: string): PhraseForms {
  const question = questionForms(text)
  if (question) return question
  const phrase = lowerFirstWord(text)
  const { first, rest } = splitFirst(phrase)
  const withSubject = terms(`we ${phrase}`)
  const head = withSubject[1]
  const next = withSubject[2]
  const alone = terms(phrase)

  // Verb first: "move upmarket", "Saved $1.2M…", "Getting promoted".
  const isPast = has(head, 'PastTense') && !has(head, 'Adjective')
  const isGerund = has(head, 'Gerund') || (/ing$/i.test(first) && has(head, 'Auxiliary'))
  const isBase = has(head, 'Infinitive') || (has(head, 'PresentTense') && !/s$/i.test(first)) || has(head, 'PhrasalVerb')
  // "Budget cuts": a noun in front of a plural noun is a noun phrase even when it could be a verb.
  const lexicon = (world.model as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon
  const nounFirst =
    withSubject.length === 3 && has(next, 'Plural') && lexicon[first.toLowerCase()] !== 'Infinitive' && !COMMON_VERBS.test(first)
  // "Billing migration", "Onboarding plan": a gerund in front of a noun is a noun phrase.
  const gerundModifier = isGerund && has(next, 'Noun') && !has(next, 'Pronoun', 'Possessive', 'Determiner')

  // "Staff Engineer by 2027", "Group PM": a capitalised name or title, not a verb.
  const properHead = !isPast && /^[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s+[a-z0-9$]|$)/.test(text)
  // "Product and engineering disagree on priorities": a clause whose subject compromise could read as a verb.
  const clauseFirst = !COMMON_VERBS.test(first) && lexiconTag(first) !== 'Infinitive' && !isPast && !isGerund && clauseVerb(alone) > 0
  if (properHead) {
    const asTyped = terms(text)
    const at = clauseVerb(asTyped)
    return at !== -1 ? clauseForms(text, text, asTyped, at) : nounForms(text, text, asTyped)
  }
  if (clauseFirst) return clauseForms(text, phrase, alone, clauseVerb(alone))
  if (isPast && !gerundModifier) {
    const inf = infinitiveOf(first, 'PastTense')
    const c = conjugate(inf)
    if (
      PASSIVE_HEADS.has(first.toLowerCase()) &&
      (PASSIVE_NEXT.test(rest.trim()) || ROLE_NEXT.test(rest.trim())) &&
      !/^(?:the|a|an)\s+\w+\s*$/i.test(rest.trim())
    ) {
      // "Promoted to Group PM" → "were promoted to Group PM", "getting promoted to Group PM".
      return verbForms(
        text,
        `get ${first.toLowerCase()}${rest}`,
        `getting ${first.toLowerCase()}${rest}`,
        `were ${first.toLowerCase()}${rest}`
      )
    }
    return verbForms(text, `${inf}${rest}`, `${c.Gerund ?? inf}${rest}`, `${first.toLowerCase()}${rest}`)
  }
  if (isGerund && !gerundModifier) {
    const inf = infinitiveOf(first, 'Gerund')
    const c = conjugate(inf)
    return verbForms(text, `${inf}${rest}`, `${first.toLowerCase()}${rest}`, `${c.PastTense ?? inf}${rest}`)
  }
  if (isBase && !nounFirst && !gerundModifier) {
    const inf = first.toLowerCase()
    const c = conjugate(inf)
    return verbForms(text, `${inf}${rest}`, `${c.Gerund ?? inf}${rest}`, `${c.PastTense ?? inf}${rest}`)
  }
  const clause = clauseVerb(alone)
  if (clause !== -1) return clauseForms(text, phrase, alone, clause)
  return nounForms(text, phrase, alone)
}

function lexiconTag(word: string): string | string[] | undefined {
  return (world.model as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[word.toLowerCase()]
}

function verbForms(text: string, infinitive: string, gerund: string, past: string): PhraseForms {
  return { shape: 'verb', text, gerund, infinitive, past, purpose: `to ${infinitive}`, doing: gerund }
}

/**
 * Index of the finite verb of a clause ("Nobody owns…", "The interview loop lets…", "hiring is
 * slow"), or -1. Only when everything before it can be a subject: "No clear data on why
 * customers leave" stays a noun phrase.
 */
function clauseVerb(ts: Term[]): number {
  // "Deals stall in legal review", "Releases slip every week": a plural noun, then its bare verb.
  if (ts.length > 2 && has(ts[0], 'Plural') && !has(ts[0], 'Verb') && has(ts[1], 'Infinitive') && !has(ts[1], 'Noun')) return 1
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!
    // "Product and engineering disagree": a coordinated subject.
    if (/^(?:and|or|&)$/i.test(t.text) && has(ts[i + 1], 'Noun', 'Gerund')) continue
    // A plural subject takes the bare verb: "product and engineering disagree".
    if (i >= 2 && has(t, 'PresentTense') && has(t, 'Infinitive') && /^(?:and|or|&)$/i.test(ts[i - 2]?.text ?? '')) return i
    if (has(t, 'Preposition', 'QuestionWord', 'Conjunction') || /^(?:to|on|of|for|why|how|what|that|which|who)$/i.test(t.text)) return -1
    const modal = has(t, 'Modal') && /^(?:can|could|will|would|should|must|may|might|cannot|can't|won't)$/i.test(t.text)
    // compromise files "lets" with the modals; it is a present-tense verb.
    const lets = has(t, 'Modal') && !modal
    if (
      has(t, 'Copula') ||
      modal ||
      lets ||
      (has(t, 'PresentTense', 'PastTense') && !has(t, 'Infinitive', 'Gerund', 'Adjective') && !has(ts[i - 1], 'Determiner'))
    )
      return i
  }
  return -1
}

function clauseForms(text: string, phrase: string, ts: Term[], at: number): PhraseForms {
  const v = ts[at]!
  // A pronoun subject takes its object form before a gerund: "us not being able to hire".
  const OBJECT: Record<string, string> = { i: 'me', we: 'us', they: 'them', he: 'him', she: 'her' }
  const said = phrase.slice(0, v.start).trim()
  const subject = OBJECT[said.toLowerCase()] ?? said
  const subjectAsSaid = said
  const verb = phrase.slice(v.start, v.end)
  const after = phrase.slice(v.end).trim()
  const tail = after ? ` ${after}` : ''
  const lower = verb.toLowerCase()
  let gerund: string
  let past: string
  const progressive = has(ts[at + 1], 'Gerund')
  const catenative = progressive && /^(?:keeps?|kept|starts?|started|stops?|stopped|continues?|continued)$/.test(lower)
  if (/^(?:cannot|can't|can not)$/.test(lower)) [gerund, past] = ['not being able to', 'could not']
  else if (catenative) {
    // "the warehouse keeps breaking" → "the warehouse breaking"; past keeps the verb.
    gerund = ''
    past = conjugate(infinitiveOf(lower, /s$/.test(lower) ? 'PresentTense' : 'PastTense')).PastTense ?? lower
  } else if (/^(?:is|are|am|was|were)$/.test(lower)) {
    // "churn is rising" → "churn rising"; "hiring is slow" → "hiring being slow".
    gerund = progressive ? '' : 'being'
    past = lower === 'are' || lower === 'were' ? 'were' : 'was'
  } else if (/^(?:has|have)$/.test(lower)) [gerund, past] = ['having', 'had']
  else if (has(v, 'Modal') && /^(?:can|could|will|would|should|must|may|might)$/i.test(lower))
    [gerund, past] = ['being able to', lower === 'can' ? 'could' : lower === 'will' ? 'would' : lower]
  else {
    const inf = infinitiveOf(lower, has(v, 'PastTense') ? 'PastTense' : 'PresentTense')
    const c = conjugate(inf)
    ;[gerund, past] = [c.Gerund ?? lower, c.PastTense ?? lower]
  }
  const g = [subject, gerund].filter(Boolean).join(' ') + tail
  return {
    shape: 'clause',
    text,
    gerund: g,
    infinitive: phrase,
    past: `${subjectAsSaid} ${past}${tail}`,
    purpose: `for ${g}`,
    doing: `dealing with ${g}`
  }
}

function nounForms(text: string, phrase: string, ts: Term[]): PhraseForms {
  // "Promotion to Group PM" is the one noun that people mean as an event happening to them.
  const promo = /^(?:a\s+|the\s+)?promotion\s+(to|as)\s+(.*)$/i.exec(phrase)
  if (promo) {
    const target = promo[2]!
    const gerund = `getting promoted ${promo[1]} ${target}`
    return {
      shape: 'noun',
      text,
      gerund,
      infinitive: `get promoted ${promo[1]} ${target}`,
      past: `were promoted ${promo[1]} ${target}`,
      purpose: `for promotion ${promo[1]} ${target}`,
      doing: gerund
    }
  }
  // "No time to write the doc", "Lack of headcount": what is missing, as a noun phrase that reads after "on".
  const missing = /^(?:no|(?:a |the )?lack of)\s+(.+)$/i.exec(phrase)
  if (missing) {
    const np = `the lack of ${withArticle(missing[1]!)}`
    return { shape: 'noun', text, gerund: np, infinitive: np, past: `worked on ${np}`, purpose: `for ${np}`, doing: `working on ${np}` }
  }
  const determined =
    has(ts[0], 'Determiner', 'Possessive', 'Value', 'Pronoun', 'Comparative') ||
    /^(?:no|every|each|all|some|any|too|more|less|fewer)$/i.test(ts[0]?.text ?? '')
  // The head noun is the last word before any preposition: "flaky tests in CI" is plural.
  const prep = ts.findIndex((t) => has(t, 'Preposition'))
  const headNoun = ts[(prep === -1 ? ts.length : prep) - 1]
  const plural = has(ts[0], 'Plural') || has(headNoun, 'Plural')
  const proper = (/^[A-Z]/.test(phrase) && !/^[A-Z][a-z]+\s/.test(phrase)) || /^[A-Z][A-Za-z]*\s+[A-Z]/.test(phrase)
  // "worked on the billing migration", but "worked on building trust" (a gerund takes no article).
  const ing = /^(\S+)ing\b/i.exec(phrase)
  const gerundWithObject = !!ing && lexiconTag(infinitiveOf(ing[0], 'Gerund')) === 'Infinitive'
  const np = determined || plural || proper || gerundWithObject ? phrase : `the ${phrase}`
  return {
    shape: 'noun',
    text,
    gerund: phrase,
    infinitive: phrase,
    past: `worked on ${np}`,
    purpose: `for ${phrase}`,
    doing: `working on ${np}`
  }
}

/** Nouns with no "a" before them: "the lack of time", not "the lack of a time". */
const UNCOUNTABLE =
  /^(?:time|data|headcount|budget|money|funding|clarity|ownership|support|alignment|capacity|bandwidth|feedback|information|guidance|direction|visibility|buy-in|focus|documentation|context|coverage|tooling|staff|staffing|access|agreement|prioriti[sz]ation|research|knowledge|trust|progress|work|help|space|room)$/i

/** "owner for the design system" → "an owner for the design system"; "clear data…" and plurals stay as they are. */
function withArticle(np: string): string {
  const ts = terms(np)
  if (has(ts[0], 'Determiner', 'Possessive', 'Value') || /^(?:any|enough|real|proper)\b/i.test(np)) return np
  const stop = ts.findIndex((t, i) => i > 0 && (has(t, 'Preposition', 'Conjunction') || /^(?:to|on|of|for)$/i.test(t.text)))
  const head = ts[(stop === -1 ? ts.length : stop) - 1]
  if (!head || has(head, 'Plural') || UNCOUNTABLE.test(head.text)) return np
  return `${/^[aeiou]/i.test(np) ? 'an' : 'a'} ${np}`
}

const AUX = /^(do|does|did|is|are|was|were|am|can|could|should|will|would|shall|may|might|must|has|have|had)$/i

/**
 * A question typed as a goal or blocker, as the question embedded in a sentence: "How do we get
 * deals to close faster?" → "how we get deals to close faster", "Should we build or buy X?" →
 * "whether we should build or buy X", "What should our pricing be?" → "what our pricing should be".
 */
function questionForms(text: string): PhraseForms | null {
  const bare = text.replace(/[?\s]+$/, '')
  const asked = /\?\s*$/.test(text)
  const phrase = lowerFirstWord(bare)
  const wh = /^(how|why|what|when|where|who|which)\s+(\S+)\s*(.*)$/i.exec(phrase)
  const yesNo = asked && !wh ? /^(\S+)\s+(.*)$/.exec(phrase) : null
  let embedded: string | null = null
  if (wh && AUX.test(wh[2]!)) embedded = `${wh[1]!.toLowerCase()} ${uninvert(wh[2]!.toLowerCase(), wh[3]!)}`
  else if (wh && asked) embedded = phrase
  else if (yesNo && AUX.test(yesNo[1]!)) embedded = `whether ${uninvert(yesNo[1]!.toLowerCase(), yesNo[2]!)}`
  if (!embedded) return null
  return {
    shape: 'question',
    text,
    gerund: embedded,
    infinitive: `work out ${embedded}`,
    past: `worked out ${embedded}`,
    purpose: `to work out ${embedded}`,
    doing: `working out ${embedded}`
  }
}

/** "are" + "customers churning" → "customers are churning"; "does" + "the team ship X" → "the team ships X". */
function uninvert(aux: string, rest: string): string {
  const ts = terms(rest)
  const doSupport = /^(?:do|does|did)$/.test(aux)
  let at = ts.findIndex(
    (t, i) => i > 0 && has(t, 'Verb') && !has(ts[i - 1], 'Possessive', 'Determiner') && (!doSupport || has(t, 'Infinitive'))
  )
  // "Why is hiring slow?": no verb after the subject; the aux goes before the adjective.
  if (at === -1 && ts.length > 1 && has(ts[ts.length - 1], 'Adjective')) at = ts.length - 1
  if (at === -1) return `${rest} ${aux}`
  const subject = rest.slice(0, ts[at]!.start).trim()
  const predicate = rest.slice(ts[at]!.start)
  if (aux === 'do') return `${subject} ${predicate}`
  if (doSupport) {
    const { first, rest: tail } = splitFirst(predicate)
    const c = conjugate(first.toLowerCase())
    return `${subject} ${(aux === 'did' ? c.PastTense : c.PresentTense) ?? first}${tail}`
  }
  return `${subject} ${aux} ${predicate}`
}

/** "for getting promoted to Staff Engineer", "on moving upmarket". */
export function afterPreposition(preposition: string, phrase: string): string {
  return `${preposition} ${phraseForms(phrase).gerund}`
}

/** "the time you led the rollout of X", "the time you were promoted to Group PM". */
export function theTimeYou(title: string): string {
  return `the time you ${phraseForms(title).past}`
}

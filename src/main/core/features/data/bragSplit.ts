import nlp from 'compromise'
import { parseChanges, parseQuantities } from '../../base/quantities'
import { bragCase } from './bragCase'
import { isMeasuredChange } from './bragMetrics'
import { isGenericHeading, themeTag } from './bragThemes'

/** Where a labelled line ("**Impact:** …", "Action: …") belongs. */
type Field = 'title' | 'whatIDid' | 'context' | 'impact' | 'skip'

const FIELD_LABELS: [RegExp, Field][] = [
  [/^(?:impact|result|results|outcome|outcomes|why it mattered|effect|so what)$/i, 'impact'],
  [/^(?:action|actions|what i did|what i did about it|how|approach|my role|role|did|contribution)$/i, 'whatIDid'],
  [/^(?:situation|task|context|problem|challenge|background|why)$/i, 'context'],
  [/^(?:project|win|title|what)$/i, 'title'],
  [/^(?:when|date|dates|period|links?|evidence|source)$/i, 'skip']
]

export interface Labelled {
  label: string
  /** A field, a theme tag ("Cost:"), or "drop" for a label that only sorts ("Stuff that isn't my job:"). */
  field: Field | 'tag' | 'drop'
  text: string
}

/** First words that make "Cut CI time: from 22 to 7" a sentence with a colon, not a label. */
const PAST_OR_ACTION =
  /^(?:[a-z]+ed|led|ran|built|wrote|cut|made|got|took|won|gave|hired|set|put|brought|drove|grew|kept|began|held|spoke|met|sold|taught|caught|found|shipped|launched|owned)$/i

/**
 * "**Cost:** cut …" → a tag ("cost") and the rest; "Impact: …" → the impact field; "Stuff that
 * isn't my job: …" → the rest alone. A label is short (up to six words) and not the start of a
 * sentence ("Ran the game day program: …", "I did: …" stay text).
 */
export function readLabel(line: string): Labelled | null {
  const m = /^([A-Za-z][A-Za-z0-9 &/'’-]{0,50}?)\s*:\s+(\S.*)$/s.exec(line.trim())
  if (!m) return null
  const label = m[1]!.trim()
  const words = label.split(/\s+/)
  if (words.length > 6) return null
  const field = FIELD_LABELS.find(([re]) => re.test(label))?.[1]
  if (field) return { label, field, text: m[2]!.trim() }
  if (/^(?:i|we|they|he|she|it|this|that|then|also|and|but|so)$/i.test(words[0]!) || PAST_OR_ACTION.test(words[0]!)) return null
  if (themeTag(label) && words.length <= 3) return { label, field: 'tag', text: m[2]!.trim() }
  if (isGenericHeading(label) || /\b(?:stuff|things|misc|random)\b/i.test(label)) return { label, field: 'drop', text: m[2]!.trim() }
  return null
}

const IMPACT_START =
  /^(?:saved|saving|cut|cutting|reduced|reducing|lowered|lowering|increased|increasing|improved|improving|raised|raising|grew|growing|boosted|halved|doubled|tripled|enabled|enabling|unblocked|unblocking|freed|freeing|prevented|preventing|eliminated|avoided|recovered|brought|bringing|dropped|dropping|took|taking|made|resulting|resulted|leading|led to|which|so that|so|now|adopted|got|gets|went|meaning)\b/i
const IMPACT_ANYWHERE =
  /\b(?:adopted by|used by|resulting in|leading to|so that|now\b|approved by|signed off|used for|fewer|less|faster|slower|cheaper|higher|lower|more reliable|zero|no longer|down from|up from|improved|went (?:up|down)|dropped|fell|rose|grew|shaped|informed|influenced|became)\b/i
/** Where a run-on bullet changes from what was done to what it did. */
const CLAUSE_BREAK =
  /\s*;\s+|\s+[—–]\s+|\s+-\s+|(?<=[a-z0-9%)\]])[.!?]\s+(?=[A-Z(])|,\s+(?=(?:which|saving|cutting|reducing|lowering|bringing|taking|dropping|improving|raising|freeing|enabling|unblocking|resulting|leading|so|and (?:cut|saved|reduced|improved|brought|got))\b)|\s+(?=(?:so that|resulting in|leading to|after (?:I|we))\b)|:\s+|(?<!(?:^|[\s(])[~<>≈]?[$€£]?\d[\d.,]*\s?[a-zA-Z%/]{0,5}\)?)\s+(?:→|->|=>)\s+|\s+(?:by|after)\s+(?=[a-z]+ing\b)/

const AMOUNT_HINT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|twice|double[ds]?|triple[ds]?|quadrupled|half|halved|third|quarter|fold|tenfold|percent)\b/i

/** A clause that says what changed: a before/after, a money/percent/multiple amount, or an outcome word. */
export function isImpact(clause: string): boolean {
  if (IMPACT_START.test(clause.trim()) || IMPACT_ANYWHERE.test(clause)) return true
  // The quantities parser is the slow part of an import: only run it where an amount can be.
  if (!AMOUNT_HINT.test(clause)) return false
  if (parseChanges(clause).some(isMeasuredChange)) return true
  return parseQuantities(clause).some((q) => q.change || ['money', 'percent', 'points', 'multiple', 'fraction'].includes(q.dimension))
}

/** "moving CI runners to spot instances" → "moved CI runners to spot instances": a method said as what was done. */
function gerundToPast(clause: string): string {
  const [first, ...rest] = clause.split(' ')
  if (!first || !/^[a-z]+ing$/i.test(first)) return clause
  const doc = nlp(first)
  doc.tag('Gerund')
  const past = (doc.verbs().conjugate()[0] as { PastTense?: string } | undefined)?.PastTense
  return past && !past.includes(' ') ? [past, ...rest].join(' ') : clause
}

const stripEnd = (s: string) =>
  s
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/^(?:and|then|also)\s+/i, '')
    .replace(/^(?:after|once|when) (?:I|we)\s+/i, '')
const sentence = (s: string) => {
  const t = bragCase(stripEnd(s))
  return t && !/[.!?]$/.test(t) ? `${t}.` : t
}

/** Short enough to scan in a list: cut at a phrase boundary before ~80 characters, never mid-word. */
export function shortTitle(text: string, max = 80): string {
  const t = stripEnd(text)
  if (t.length <= max) return bragCase(t)
  const window = t.slice(0, max)
  const at = Math.max(
    ...[/,\s/g, /\s\((?=[^)]*$)/g, /\s(?:to|for|with|so|by|across|after|in|on|while|because|and)\s/g].flatMap((re) =>
      [...window.matchAll(re)].map((m) => m.index!).filter((i) => i >= 30)
    ),
    -1
  )
  const cut = at > 0 ? window.slice(0, at) : window.slice(0, window.lastIndexOf(' ') > 30 ? window.lastIndexOf(' ') : max)
  return `${bragCase(stripEnd(cut))}…`
}

interface Clause {
  text: string
  impact: boolean
  /** Came after "… by": a method ("by moving CI runners…"). */
  afterBy: boolean
}

/**
 * Clauses at the breaks of CLAUSE_BREAK, then at commas where the kind changes ("Rewrote the
 * export job, CI time from ~22 min to 7 min"): neighbours of one kind are joined back, so a list
 * like "Reviewed 120+ PRs, ran the all-hands" stays one thing done.
 */
function clauses(text: string): Clause[] {
  const out: Clause[] = []
  // With the break captured, odd entries are the separators: a "by " one marks a method.
  const parts = text.split(new RegExp(`(${CLAUSE_BREAK.source})`))
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? ''
    const afterBy = i > 0 && /\b(?:by|after)\s*$/.test(parts[i - 1] ?? '')
    // "Launched referral program v2 → 1,450 referrals": what follows the arrow is what it led to.
    const afterArrow = i > 0 && /(?:→|->|=>)\s*$/.test(parts[i - 1] ?? '')
    const pieces = part
      .split(/,\s+(?![^(]*\))/)
      .map(stripEnd)
      .filter(Boolean)
    let first = true
    for (const p of pieces) {
      // After a comma, a bare amount ("about 250 attendees over the year") is what it reached.
      const impact =
        isImpact(p) || (first && afterArrow) || (!first && /^(?:about|around|roughly|nearly|almost|over|more than|~|\d)/i.test(p))
      const last = out.at(-1)
      if (!first && last && last.impact === impact) last.text = `${last.text}, ${p}`
      else out.push({ text: p, impact, afterBy: first && afterBy })
      first = false
    }
  }
  return out
}

export interface SplitWin {
  title: string
  whatIDid: string
  impact: string
  /** Labels that name a theme ("Cost:") rather than a field. */
  labelTags: string[]
}

/**
 * One bullet (its own text and its nested lines) into title, what I did and impact. The title
 * is the first thing done, short and in sentence case; outcome clauses go to impact; nothing is
 * reworded beyond the case and a "by moving…" turned into "moved…".
 */
export function splitWin(main: string, details: string[], headingTitle?: string): SplitWin {
  const did: string[] = []
  const context: string[] = []
  const impact: string[] = []
  const labelTags: string[] = []
  let title = headingTitle ?? ''

  /** How a measured result was reached, said in a closing parenthesis: "820ms → 310ms (read replica + query cache)". */
  const methods: string[] = []

  const place = (text: string, field: Field | 'auto') => {
    if (field === 'skip' || !text.trim()) return
    const method = field === 'auto' ? /^(.*\S)\s*\(([^()]{3,80})\)\s*[.!]?$/s.exec(text) : null
    if (method && isImpact(method[1]!) && !AMOUNT_HINT.test(method[2]!) && !isImpact(method[2]!)) {
      methods.push(method[2]!)
      text = method[1]!
    }
    if (field === 'title') {
      if (!title) title = text
      else did.push(text)
      return
    }
    if (field === 'impact') return void impact.push(text)
    if (field === 'context') return void context.push(text)
    if (field === 'whatIDid') return void did.push(text)
    // Unlabelled: clause by clause, what was done vs what changed.
    for (const c of clauses(text)) {
      if (c.afterBy && /^[a-z]+ing\b/.test(c.text)) did.push(gerundToPast(c.text))
      else (c.impact ? impact : did).push(c.text)
    }
  }

  const mainLabel = readLabel(main)
  if (mainLabel?.field === 'tag' || mainLabel?.field === 'drop') {
    if (mainLabel.field === 'tag') labelTags.push(mainLabel.label)
    place(mainLabel.text, 'auto')
  } else if (mainLabel) place(mainLabel.text, mainLabel.field)
  else place(main, 'auto')

  for (const d of details) {
    const l = readLabel(d)
    if (l?.field === 'tag' || l?.field === 'drop') {
      if (l.field === 'tag') labelTags.push(l.label)
      place(l.text, 'auto')
    } else if (l) place(l.text, l.field)
    else place(d, 'auto')
  }

  if (!title) title = did[0] ?? impact[0] ?? context[0] ?? main
  const titleText = shortTitle(title)
  // The title says the first thing done in full: "what I did" starts after it.
  const didText = (did.length > 0 && bragCase(stripEnd(did[0]!)) === titleText ? did.slice(1) : did).map(sentence)
  const whatIDid = [...context.map(sentence), ...didText, ...methods.map(sentence)]
  return {
    title: titleText,
    whatIDid: whatIDid.join(' ').trim(),
    impact: impact.map(sentence).join(' ').trim(),
    labelTags
  }
}

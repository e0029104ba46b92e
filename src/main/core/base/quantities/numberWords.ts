import nlp from 'compromise'

/**
 * Numbers written in words. Finding where a run of number words starts and ends is a word
 * list (fast, and it runs on every text); what the run is worth ("one hundred and twenty",
 * "twenty-five thousand", "twelve hundred", "two and a half") is compromise's number parser,
 * called only on the run and remembered. The idioms compromise does not read ("a dozen",
 * "half", "a third of") are here.
 */

export interface WordNumber {
  start: number
  end: number
  text: string
  value: number
  kind: 'cardinal' | 'fraction' | 'ordinal'
  /** Honest rounding for the written form: exact for words, so half a unit of the last place. */
  tolerance: number
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion'])
const CARDINAL = new Set([...UNITS, ...TEENS, ...TENS])
const SMALL_VALUE: Record<string, number> = Object.fromEntries(UNITS.map((w, i) => [w, i]))

/** Denominators written as words: "a third", "three quarters", "two fifths". */
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10
}
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20
}
/** Words before a bare fraction that make it one ("by a third", "cut by two thirds"). */
const FRACTION_LEAD = /\b(?:by|to|about|nearly|roughly|almost|around|over|under|just)\s+$/i
/** Words before an ordinal that make it a rank ("the third time", "ranked second"). */
const ORDINAL_LEAD = /\b(?:the|ranked|placed|finished|came|our|its|their|my)\s+$/i

interface Token {
  word: string
  start: number
  end: number
}

const WORD_RE = /[A-Za-z]+/g

function tokens(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(WORD_RE)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length })
  return out
}

const between = (text: string, a: Token, b: Token) => text.slice(a.end, b.start)
const joined = (gap: string) => gap === ' ' || gap === '-' || /^\s+$/.test(gap)

const values = new Map<string, number | null>()

/** compromise's reading of a run of cardinal words, remembered per run. */
export function cardinalValue(run: string): number | null {
  const key = run.toLowerCase()
  let v = values.get(key)
  if (v === undefined) {
    const simple = SMALL_VALUE[key]
    if (simple !== undefined) v = simple
    else {
      const got = (nlp(key).numbers().get() as unknown[])[0]
      v = typeof got === 'number' && Number.isFinite(got) ? got : null
    }
    values.set(key, v)
  }
  return v
}

const isCardinal = (w: string) => CARDINAL.has(w) || SCALE_WORDS.has(w)

/** "one" is a pronoun far more often than an amount ("one of the", "no one", "the one thing"). */
function oneIsPronoun(text: string, toks: Token[], i: number): boolean {
  const prev = toks[i - 1]
  const next = toks[i + 1]
  // "one-on-one", "day-one"
  if (prev && between(text, prev, toks[i]!) === '-') return true
  // "from three weeks to one", "from one to five"
  if (prev && /^(to|from)$/.test(prev.word)) return false
  if (
    prev &&
    /^(the|no|any|every|each|some|this|that|which|another|someone|anyone)$/.test(prev.word) &&
    between(text, prev, toks[i]!) === ' '
  )
    return true
  if (next && /^(of|another|more|thing|things|way|another|on|day|time|point|side|hand|by)$/.test(next.word)) return true
  if (next && between(text, toks[i]!, next) === '-' && next.word === 'on') return true
  return !next
}

/** Every number written in words, with its value. */
export function findNumberWords(text: string): WordNumber[] {
  const toks = tokens(text)
  const out: WordNumber[] = []
  const push = (a: Token, b: Token, value: number, kind: WordNumber['kind']) =>
    out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), value, kind, tolerance: 0 })
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const next = toks[i + 1]
    const gapNext = next ? between(text, t, next) : ''
    // "a dozen", "half a dozen", "two dozen"
    if ((t.word === 'a' || t.word === 'an') && next && joined(gapNext)) {
      if (next.word === 'dozen') {
        push(t, next, 12, 'cardinal')
        i++
        continue
      }
      if (SCALE_WORDS.has(next.word)) {
        // "a hundred", "a thousand and fifty": hand the run to the cardinal reader below.
        const run = cardinalRun(text, toks, i + 1)
        const v = cardinalValue(`one ${text.slice(next.start, run.end.end)}`)
        if (v !== null) push(t, run.end, v, 'cardinal')
        i = run.last
        continue
      }
      const after = toks[i + 2]
      if (DENOMINATORS[next.word] && (after?.word === 'of' || FRACTION_LEAD.test(text.slice(Math.max(0, t.start - 10), t.start)))) {
        push(t, next, 1 / DENOMINATORS[next.word]!, 'fraction')
        i++
        continue
      }
      continue
    }
    if (t.word === 'half') {
      const after = toks[i + 1]
      const after2 = toks[i + 2]
      if (after && (after.word === 'a' || after.word === 'an') && after2?.word === 'dozen') {
        push(t, after2, 6, 'cardinal')
        i += 2
        continue
      }
      // "half of", "half the", "half an hour": a fraction; "cut in half" is read as a multiple elsewhere.
      const prev = toks[i - 1]
      if (prev && /^(in|by|and)$/.test(prev.word) && !(after && /^an?$/.test(after.word))) continue
      push(t, t, 0.5, 'fraction')
      continue
    }
    if (ORDINALS[t.word] && ORDINAL_LEAD.test(text.slice(Math.max(0, t.start - 12), t.start))) {
      push(t, t, ORDINALS[t.word]!, 'ordinal')
      continue
    }
    if (!isCardinal(t.word) || SCALE_WORDS.has(t.word)) continue
    if (t.word === 'one' && oneIsPronoun(text, toks, i)) continue
    const run = cardinalRun(text, toks, i)
    const runText = text.slice(t.start, run.end.end)
    const after = toks[run.last + 1]
    // "three quarters of", "two thirds of", "one-third", "by two thirds": a fraction. "Three quarters"
    // alone is a duration, so quarters need "of" or a lead-in.
    const ofAfter = toks[run.last + 2]?.word === 'of' || FRACTION_LEAD.test(text.slice(Math.max(0, t.start - 10), t.start))
    if (after && DENOMINATORS[after.word] && joined(between(text, run.end, after)) && (ofAfter || !/^quarters?$/.test(after.word))) {
      const numerator = cardinalValue(runText)
      if (numerator !== null && numerator > 0 && numerator < DENOMINATORS[after.word]!) {
        push(t, after, numerator / DENOMINATORS[after.word]!, 'fraction')
        i = run.last + 1
        continue
      }
    }
    // "two dozen"
    if (after?.word === 'dozen' && joined(between(text, run.end, after))) {
      const v = cardinalValue(runText)
      if (v !== null) push(t, after, v * 12, 'cardinal')
      i = run.last + 1
      continue
    }
    const v = cardinalValue(runText)
    if (v !== null) push(t, run.end, v, 'cardinal')
    i = run.last
  }
  return out
}

/** The longest run of cardinal words from token i: "one hundred and twenty-five thousand", "two and a half". */
function cardinalRun(text: string, toks: Token[], i: number): { end: Token; last: number } {
  let last = i
  for (let j = i + 1; j < toks.length; j++) {
    const prev = toks[j - 1]!
    const t = toks[j]!
    if (!joined(between(text, prev, t))) break
    if (
      isCardinal(t.word) &&
      (SCALE_WORDS.has(t.word) || SCALE_WORDS.has(prev.word) || (TENS.includes(prev.word) && UNITS.includes(t.word) && t.word !== 'zero'))
    ) {
      last = j
      continue
    }
    // "hundred and twenty", "two and a half"
    if (t.word === 'and' && toks[j + 1]) {
      const n = toks[j + 1]!
      const n2 = toks[j + 2]
      if (SCALE_WORDS.has(prev.word) && isCardinal(n.word) && !SCALE_WORDS.has(n.word)) {
        last = j + 1
        j++
        continue
      }
      if ((n.word === 'a' || n.word === 'an') && n2 && (n2.word === 'half' || n2.word === 'quarter')) {
        last = j + 2
        break
      }
    }
    break
  }
  return { end: toks[last]!, last }
}

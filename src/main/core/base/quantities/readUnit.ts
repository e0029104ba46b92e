import type { Dimension } from './types'
import { CURRENCY_CODES, CURRENCY_WORDS, DURATION_UNITS, SIZE_UNITS, countUnit } from './units'

/** What follows a number: its unit ("%", "pp", "x", "USD", "weeks", "GB") or the thing it counts. */

export const MONEY_WORDS =
  /\b(?:bill|bills|cost|costs|spend|spending|savings?|budget|revenue|arr|mrr|salary|price|pricing|fees?|invoice|payroll|funding|profit|margin|expenses?)\b/i
const MODIFIER =
  /^(?:other|new|more|additional|extra|different|separate|senior|junior|direct|active|daily|weekly|monthly|unique|paying|enterprise|internal|external|open|full-time|part-time|remote|major|minor|critical|key|large|small|big|top|total|distinct|legacy|production|prod|flaky|failed|failing|successful|returning|qualified|strong|weak|high-priority|customer-facing|cross-functional|mid-market|p\d|sev\d|product|engineering|platform|backend|frontend|mobile|design)$/i
export const NOT_A_NOUN =
  /^(?:a|an|the|and|or|but|so|of|in|on|at|to|for|from|by|with|into|onto|over|under|about|across|after|before|since|until|during|via|vs|versus|per|each|every|than|then|because|while|when|which|who|that|this|these|those|is|are|was|were|be|been|has|have|had|it|its|we|i|you|they|he|she|our|my|their|his|her|your|times|percent|ago|later|earlier|early|late|faster|slower|more|less|fewer|higher|lower|out|off|up|down|total|overall|apiece|each|straight|in|a|plus|minus|or|so|too|also)$/i

export interface Core {
  start: number
  /** Where the number itself ends (before any unit). */
  end: number
  value: number
  tolerance: number
  words: boolean
  prefixCurrency?: string
  sign?: 'up' | 'down'
}

export interface Unit {
  dimension: Dimension
  unit: string
  end: number
  /** "a fortnight" is two weeks. */
  times?: number
  noun?: { start: number; end: number }
}

export function readUnit(text: string, pos: number, core: Core, value: number): Unit | null {
  const rest = text.slice(pos)
  if (core.prefixCurrency) return { dimension: 'money', unit: core.prefixCurrency, end: pos }
  let m = /^\s?(%|percent\b|per cent\b|pct\b)/i.exec(rest)
  if (m) return { dimension: 'percent', unit: '%', end: pos + m[0].length }
  m = /^\s?(pp\b|percentage points?\b|pts?\b|points?\b|bps\b|basis points?\b)/i.exec(rest)
  if (m) {
    const w = m[1]!.toLowerCase()
    return {
      dimension: 'points',
      unit: w === 'pp' || w.startsWith('percentage') ? 'pp' : w.startsWith('b') ? 'bps' : 'points',
      end: pos + m[0].length
    }
  }
  m = /^\s?(?:x|×)(?![\p{L}\p{N}])|^[\s-]?fold\b/iu.exec(rest)
  if (m) return { dimension: 'multiple', unit: 'x', end: pos + m[0].length }
  m = /^\s?([A-Z]{3})\b/.exec(rest)
  if (m && CURRENCY_CODES.has(m[1]!)) return { dimension: 'money', unit: m[1]!, end: pos + m[0].length }
  m = /^\s?([a-z]+)\b/i.exec(rest)
  if (m && CURRENCY_WORDS[m[1]!.toLowerCase()])
    return { dimension: 'money', unit: CURRENCY_WORDS[m[1]!.toLowerCase()]!, end: pos + m[0].length }
  if (!core.words && /^(?:st|nd|rd|th)\b/i.test(rest) && value < 1000) return { dimension: 'ordinal', unit: '', end: pos + 2 }
  // "three times faster", "5 times the traffic" are multiples; "deployed 5 times" is a count.
  m = /^\s+times\b/i.exec(rest)
  if (m) {
    const multiple =
      /^\s+(?:as|the|more|less|fewer|faster|slower|bigger|larger|higher|lower|quicker|cheaper|over|better|smaller|what)\b/i.test(
        rest.slice(m[0].length)
      )
    return multiple
      ? { dimension: 'multiple', unit: 'x', end: pos + m[0].length }
      : { dimension: 'count', unit: 'times', end: pos + m[0].length }
  }
  // Durations: "6 weeks", "6-week", "820ms", "45 min", "2h"; a single letter only when attached.
  m = /^(\s|-)?([a-z]+(?:-days)?)\b/i.exec(rest)
  if (m) {
    const word = m[2]!.toLowerCase()
    const unit = DURATION_UNITS[word] ?? DURATION_UNITS[word.replace(/-days$/, '-days')]
    const short = word.length <= 1
    if (unit && !(short && m[1]) && !(word === 'm' && core.words)) {
      // "a second opinion" is not a second; "two business days" is.
      const business = /^\s+business\s+days?\b/i.exec(rest)
      if (business) return { dimension: 'duration', unit: 'business days', end: pos + business[0].length }
      return { dimension: 'duration', unit: unit.unit, end: pos + m[0].length }
    }
    if (word === 'business' && /^\s?business\s+days?\b/i.test(rest)) {
      const b = /^\s?business\s+days?\b/i.exec(rest)!
      return { dimension: 'duration', unit: 'business days', end: pos + b[0].length }
    }
    if (word === 'fortnight' || word === 'fortnights') return { dimension: 'duration', unit: 'weeks', end: pos + m[0].length, times: 2 }
    const size = SIZE_UNITS[word]
    if (size && (word.length > 1 || !m[1])) return { dimension: 'size', unit: size.unit, end: pos + m[0].length }
  }
  return countNoun(text, pos, value)
}

/** The thing counted: the first plural noun within three words ("3 other teams", "6 product teams"). */
function countNoun(text: string, pos: number, value: number): Unit {
  // "5-page narrative", "one-page guide": a compound adjective names the unit.
  const hyphen = /^-([a-z]+)\b/i.exec(text.slice(pos))
  if (hyphen && !NOT_A_NOUN.test(hyphen[1]!)) {
    return {
      dimension: 'count',
      unit: countUnit(hyphen[1]!),
      end: pos + hyphen[0].length,
      noun: { start: pos + 1, end: pos + hyphen[0].length }
    }
  }
  const words = [...text.slice(pos, pos + 60).matchAll(/(\s+|^)([\p{L}][\p{L}\p{N}'’-]*)|([^\s\p{L}])/gu)]
  let fallback: { start: number; end: number; word: string } | undefined
  for (let i = 0; i < Math.min(3, words.length); i++) {
    const w = words[i]!
    if (w[3] !== undefined) break
    const word = w[2]!
    const start = pos + w.index + w[1]!.length
    if (NOT_A_NOUN.test(word)) break
    if (i === 0 && !w[1]) break
    const lower = word.toLowerCase()
    const plural =
      (/[^s]s$/.test(lower) && !/(?:ous|ss|is|us)$/.test(lower)) ||
      /^(?:people|staff|men|women|children|headcount)$/.test(lower) ||
      /^[A-Z]+s$/.test(word)
    if (plural) return { dimension: 'count', unit: countUnit(word), end: start + word.length, noun: { start, end: start + word.length } }
    if (i === 0) fallback = { start, end: start + word.length, word }
    if (!MODIFIER.test(word) && !/^[A-Z]/.test(word) && i > 0) break
  }
  // "1 engineer", "one-page", "zero downtime": a singular noun is the unit only for one or none.
  if (fallback && (value === 1 || value === 0 || /^[A-Z]{2,}$/.test(fallback.word)) && !/ed$|ing$|ly$/.test(fallback.word)) {
    return { dimension: 'count', unit: countUnit(fallback.word), end: fallback.end, noun: { start: fallback.start, end: fallback.end } }
  }
  return { dimension: 'count', unit: '', end: pos }
}

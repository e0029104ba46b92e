import { aboutPhrase } from './about'
import { findDates } from './dates'
import { findNumberWords } from './numberWords'
import { findMultiples } from './multiples'
import { carryUnits, findPairs } from './pairs'
import { APPROX_BEFORE, APPROX_OF } from './approx'
import { MONEY_WORDS, NOT_A_NOUN, readUnit, type Core } from './readUnit'
import type { Approx, Dimension, Quantity } from './types'
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DURATION_UNITS, PERIOD_ADVERBS, PERIODS, SCALES, countUnit, singular } from './units'

export interface ParseOptions {
  /** The day "last spring" and "this quarter" are counted from (YYYY-MM-DD). Without it they are skipped. */
  today?: string
}

/** Text that holds digits but no amount: links, citations, code, versions, ids, times of day. */
const MASKS = [
  /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/g,
  /\[S?\d+\]/g,
  /`[^`\n]*`/g,
  /(?<![\p{L}\p{N}])v\d+(?:\.\d+)*\b/giu,
  /\b\d+\.\d+\.\d+\b/g,
  /#\d+/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b/gi,
  /\b\d{1,2}\s?(?:am|pm)\b/gi,
  /\b24\/7\b/g,
  /\b(?:section|chapter|step|page|figure|fig\.|table|item|line|issue|ticket|version|release|rfc|iso|phase|part|appendix|slide|room|no\.|number|level|tier|stage|grade|sprint|week|round|pr|jira)\s+[\d.]+/gi
]

const CURRENCY_PREFIX = new RegExp(
  `(?:${CURRENCY_SYMBOLS.map(([s]) => s.replace(/\$/g, '\\$')).join('|')})\\s?$|\\b(?:${[...CURRENCY_CODES].join('|')})\\s?$`
)
const NUMBER_RE = /(?<![\p{L}\p{N}.,_/#@'’])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gu
const SCALE_RE = /^\s?(thousand|million|billion|trillion|bn|mm|mn|[kKmMbBtT])(?![\p{L}\p{N}])/u
/** "by" marks a change only after a change verb: "cut costs by 14%", not "adopted by 3 teams". */
const CHANGE_BEFORE =
  /(?:\b(?:up|down|grew|rose|fell|dropped|jumped|climbed|increased|decreased|declined|improved|gained|lost|shrank|slashed|cut|reduced|lowered|raised|boosted|saved)\s+(?:[\w'’-]+\s+){0,5}?by|\bup|\bdown|\bgrew|\brose|\bfell|\bdropped|\bjumped|\bclimbed|\bincreased|\bdecreased|\bdeclined|\bimproved|\bgained|\bshrank|\bslashed)\s+(?:~|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$/i
const UP_WORDS =
  /\b(?:up|grew|rose|jumped|climbed|increased|improved|gained|raised|boosted|more|higher|increase|growth|uplift|lift|boost|jump|rise|gain)\b/i
const CHANGE_AFTER =
  /^\s*(?:fewer|less|more|faster|slower|higher|lower|cheaper|shorter|longer|smaller|bigger|larger|quicker|better|worse|increase|decrease|reduction|drop|improvement|gain|growth|cut|uplift|lift|boost|jump|decline|saving|savings|rise|fall|down|up)\b/i
function masked(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false)
  for (const re of MASKS) for (const m of text.matchAll(re)) mask.fill(true, m.index, m.index + m[0].length)
  return mask
}

const decimals = (num: string) => (num.includes('.') ? num.length - num.indexOf('.') - 1 : 0)

/** Every quantity a reader would take as a fact, in order of appearance. */
export function parseQuantities(text: string, options: ParseOptions = {}): Quantity[] {
  const mask = masked(text)
  const out: Quantity[] = []
  const taken = (a: number, b: number) => out.some((q) => a < q.span[1] && b > q.span[0])
  const isMasked = (a: number) => mask[a] === true

  for (const d of findDates(text, options.today)) {
    if (isMasked(d.start)) continue
    out.push({
      span: [d.start, d.end],
      text: d.text,
      value: d.value,
      dimension: d.dimension,
      unit: '',
      about: '',
      tolerance: 0,
      words: /[a-z]/i.test(d.text),
      date: d.date,
      ...(d.range ? { range: d.range } : {}),
      ...(d.invalid ? { invalid: d.invalid } : {})
    })
  }
  for (const q of findMultiples(text)) if (!taken(q.span[0], q.span[1]) && !isMasked(q.span[0])) out.push(q)

  const cores: Core[] = []
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index
    if (isMasked(start) || taken(start, start + m[0].length)) continue
    // "RFC-7231", "covid-19", "p95", "Q3": part of a name. A "-" after a space is a minus sign.
    if (text[start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) continue
    // A list marker ("1. ") at the start of a line.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    if (/^\s*$/.test(text.slice(lineStart, start)) && /^\d+[.)]\s/.test(text.slice(start, start + m[0].length + 2))) continue
    const raw = m[1]!.replace(/,/g, '')
    const before = text.slice(Math.max(0, start - 5), start)
    const cur = CURRENCY_PREFIX.exec(before)
    const prefixCurrency = cur ? currencyOf(cur[0].trim()) : undefined
    const signChar = text[start - 1] === '+' || text[start - 1] === '−' || text[start - 1] === '-' ? text[start - 1] : undefined
    cores.push({
      start: cur ? start - cur[0].length : signChar && signChar !== '-' ? start - 1 : start,
      end: start + m[0].length,
      value: Number(raw),
      tolerance: 0.5 * 10 ** -decimals(raw),
      words: false,
      ...(prefixCurrency ? { prefixCurrency } : {}),
      ...(signChar === '+' ? { sign: 'up' as const } : signChar ? { sign: 'down' as const } : {})
    })
  }
  for (const w of findNumberWords(text)) {
    if (isMasked(w.start) || taken(w.start, w.end)) continue
    if (w.kind === 'fraction' || w.kind === 'ordinal') {
      out.push(
        finish(text, { start: w.start, end: w.end, value: w.value, tolerance: w.kind === 'fraction' ? 0.02 : 0, words: true }, w.kind)
      )
      continue
    }
    cores.push({ start: w.start, end: w.end, value: w.value, tolerance: 0.5, words: true })
  }
  // "in a week", "within an hour", "a quarter early": one of a duration unit.
  const A_UNIT = /\b(an?)\s+(?=(?:week|day|month|year|quarter|hour|minute|fortnight)\b)/gi
  for (const m of text.matchAll(A_UNIT)) {
    const lead = /\b(?:in|within|for|over|under|than|about|around|after|takes?|took|half|nearly|almost)\s+$/i.test(
      text.slice(Math.max(0, m.index - 10), m.index)
    )
    const tail = /^\s*[a-z]+\s+(?:early|late|ahead|behind|later|earlier|ago|sooner)\b/i.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 30)
    )
    const fortnight = /^fortnight/i.test(text.slice(m.index + m[0].length))
    if ((lead || tail || fortnight) && !taken(m.index, m.index + 1))
      cores.push({ start: m.index, end: m.index + m[1]!.length, value: 1, tolerance: 0, words: true })
  }
  // "1/3 of teams", "by 2/3": a fraction written with a slash.
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})\/(\d{1,3})(?![\d/])(?=\s+(?:of|the)\b)/g)) {
    const [a, b] = [+m[1]!, +m[2]!]
    if (b > 0 && a < b && !taken(m.index, m.index + m[0].length) && !isMasked(m.index))
      out.push(finish(text, { start: m.index, end: m.index + m[0].length, value: a / b, tolerance: 0.005, words: false }, 'fraction'))
  }
  cores.sort((a, b) => a.start - b.start)
  for (const core of cores) {
    if (taken(core.start, core.end)) continue
    const q = readAmount(text, core)
    if (q && !taken(q.span[0], q.span[1])) out.push(q)
  }
  out.sort((a, b) => a.span[0] - b.span[0])
  const merged = mergeRanges(text, out)
  carryUnits(findPairs(text, merged))
  return merged
}

/** "three to four weeks", "3 or 4 days", "2-3 sprints": a bare number then an amount is one range. */
function mergeRanges(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!
    const b = qs[i + 1]
    const bare = a.dimension === 'count' && a.unit === '' && !a.range
    if (b && bare && !(b.dimension === 'count' && b.unit === '') && b.dimension !== 'date' && b.dimension !== 'year' && b.value > a.value) {
      const gap = text.slice(a.span[1], b.span[0])
      const lead = text.slice(Math.max(0, a.span[0] - 10), a.span[0])
      if (/^\s*(?:to|or|–|—|-)\s*$/i.test(gap) && !/\b(?:from|was|between)\s*$/i.test(lead)) {
        out.push({
          ...b,
          span: [a.span[0], b.span[1]],
          text: text.slice(a.span[0], b.span[1]),
          value: a.value,
          range: [a.value, b.value],
          ...(a.approx ? { approx: a.approx } : {})
        })
        i++
        continue
      }
    }
    out.push(a)
  }
  return out
}

function currencyOf(symbolOrCode: string): string {
  return CURRENCY_SYMBOLS.find(([s]) => s === symbolOrCode)?.[1] ?? symbolOrCode.toUpperCase()
}

/** Read scale, unit, per, range and hedges around a number. */
function readAmount(text: string, core: Core): Quantity | null {
  let value = core.value
  let tolerance = core.tolerance
  let pos = core.end
  const scale = core.words ? null : SCALE_RE.exec(text.slice(pos))
  if (scale) {
    const key = scale[1]!
    const lower = key.toLowerCase()
    const nextWord = /^\s*([a-z]+)/i.exec(text.slice(pos + scale[0].length))?.[1] ?? ''
    // Lower-case "m" without a currency and no counted noun after it is minutes ("22m").
    const minutes = key === 'm' && !core.prefixCurrency && (!nextWord || /^(to|and|or|down|up|in|per|from|now|a|an)$/i.test(nextWord))
    if (!minutes && !(lower === 't' && !core.prefixCurrency)) {
      value *= SCALES[lower]!
      tolerance *= SCALES[lower]!
      pos += scale[0].length
    }
  }
  let range: [number, number] | undefined
  const rangeM =
    /^\s*(?:–|—|-(?!>)|to)\s*([$€£]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?(?:k|m|bn|b|million|thousand|billion)(?![\p{L}]))?/iu.exec(
      text.slice(pos)
    )
  const fromBefore = /\bfrom\s+\S*\s*$/i.test(text.slice(Math.max(0, core.start - 12), core.start))
  if (
    rangeM &&
    !fromBefore &&
    (rangeM[0].includes('–') ||
      rangeM[0].includes('—') ||
      /^-[$€£]?\d/.test(rangeM[0].trim()) ||
      /\bbetween\s+$/i.test(text.slice(0, core.start)))
  ) {
    const hiScale = rangeM[3] ? SCALES[rangeM[3].trim().toLowerCase()]! : scale && value !== core.value ? value / core.value : 1
    const hi = Number(rangeM[2]!.replace(/,/g, '')) * hiScale
    if (hi > value) {
      range = [value, hi]
      pos += rangeM[0].length
    }
  } else if (/^\s+and\s+\d/.test(text.slice(pos)) && /\bbetween\s+$/i.test(text.slice(Math.max(0, core.start - 9), core.start))) {
    const m = /^\s+and\s+(\d+(?:\.\d+)?)/.exec(text.slice(pos))!
    range = [value, Number(m[1])]
    pos += m[0].length
  }
  // "120+ PRs": at least 120.
  let approx: Approx | undefined
  if (text[pos] === '+' && !/\d/.test(text[pos + 1] ?? '')) {
    approx = 'at least'
    pos++
  }
  const unit = readUnit(text, pos, core, value)
  if (!unit) return null
  pos = unit.end
  if (unit.times) {
    value *= unit.times
    tolerance *= unit.times
  }
  if (unit.dimension === 'ordinal' && core.words) return null
  // Rate: "/month", "per week", "a month", "an hour", "each sprint", "monthly".
  let per: string | undefined
  const perM = /^\s*(?:\/\s*|\bper\s+|\ba\s+|\ban\s+|\beach\s+|\bevery\s+)([a-z]+)\b\.?/i.exec(text.slice(pos))
  if (perM) {
    const word = singular(perM[1]!.toLowerCase())
    const period = PERIODS[word]
    // "a month" and "each sprint" are periods; "per user" and "/service" name what it is per.
    const perThing = /^\s*(?:\/|per\b)/i.test(perM[0]) && word !== 'cent' && !NOT_A_NOUN.test(word)
    if (period || perThing) {
      per = period ?? countUnit(word).replace(/s$/, '')
      pos += perM[0].length
    }
  } else {
    const adv = /^\s*(monthly|weekly|daily|annually|yearly|quarterly|hourly|p\.a\.)(?![\p{L}])/iu.exec(text.slice(pos))
    if (adv && unit.dimension === 'money') {
      per = PERIOD_ADVERBS[adv[1]!.toLowerCase()]
      pos += adv[0].length
    }
  }
  const lead = APPROX_BEFORE.exec(text.slice(Math.max(0, core.start - 16), core.start))
  let start = core.start
  if (lead) {
    approx = APPROX_OF[lead[1]!.toLowerCase()] ?? approx
    start = core.start - lead[0].length
  }
  if (approx === 'about') tolerance = Math.max(tolerance, Math.abs(value) * 0.1)
  const beforeText = text.slice(Math.max(0, start - 40), start)
  const afterText = text.slice(pos, pos + 20)
  const change = core.sign !== undefined || CHANGE_BEFORE.test(beforeText) || CHANGE_AFTER.test(afterText)
  // "3x faster" says how much, not which way ("faster" may be less time or more throughput).
  const direction = core.sign ?? (change && unit.dimension !== 'multiple' ? directionOf(beforeText.slice(-25) + afterText) : undefined)
  const about = aboutPhrase(text, start, pos, unit.noun, core.end)
  // "cut our staging bill by 18k a month": money without a currency sign.
  if (unit.dimension === 'count' && unit.unit === '' && MONEY_WORDS.test(about)) unit.dimension = 'money'
  // "$1.2M in annual cloud spend": the rate is in the words.
  if (!per && unit.dimension === 'money') {
    const adv = /\b(annual|annually|yearly|monthly|weekly|quarterly)\b/i.exec(about)
    if (adv) per = PERIOD_ADVERBS[adv[1]!.toLowerCase()]
  }
  return {
    span: [start, pos],
    text: text.slice(start, pos),
    value,
    dimension: unit.dimension,
    unit: unit.unit,
    ...(per ? { per } : {}),
    ...(approx ? { approx } : {}),
    about,
    ...(range ? { range } : {}),
    tolerance,
    words: core.words,
    ...(change ? { change } : {}),
    ...(direction ? { direction } : {})
  }
}

function directionOf(context: string): 'up' | 'down' | undefined {
  if (UP_WORDS.test(context)) return 'up'
  if (
    /\b(?:down|fell|dropped|decreased|declined|reduced|cut|lost|shrank|slashed|fewer|less|lower|faster|quicker|cheaper|shorter|reduction|decrease|drop|decline|saving|savings|fall)\b/i.test(
      context
    )
  )
    return 'down'
  return undefined
}

/** Fractions and ordinals found in words get their about phrase here. */
function finish(text: string, core: Omit<Core, 'prefixCurrency'>, kind: 'fraction' | 'ordinal'): Quantity {
  const lead = APPROX_BEFORE.exec(text.slice(Math.max(0, core.start - 16), core.start))
  const start = lead ? core.start - lead[0].length : core.start
  const dimension: Dimension = kind === 'fraction' ? 'fraction' : 'ordinal'
  // "half an hour", "half a day": a fraction of a duration is a duration.
  const dur = kind === 'fraction' ? /^\s+an?\s+(hour|day|week|month|year|minute)\b/i.exec(text.slice(core.end)) : null
  if (dur) {
    const unit = DURATION_UNITS[dur[1]!.toLowerCase()]!
    const end = core.end + dur[0].length
    return {
      span: [start, end],
      text: text.slice(start, end),
      value: core.value,
      dimension: 'duration',
      unit: unit.unit,
      about: aboutPhrase(text, start, end),
      tolerance: 0.05,
      words: true,
      ...(lead ? { approx: APPROX_OF[lead[1]!.toLowerCase()]! } : {})
    }
  }
  return {
    span: [start, core.end],
    text: text.slice(start, core.end),
    value: core.value,
    dimension,
    unit: '',
    about: aboutPhrase(text, start, core.end),
    tolerance: core.tolerance,
    words: true,
    ...(lead ? { approx: APPROX_OF[lead[1]!.toLowerCase()]! } : {})
  }
}

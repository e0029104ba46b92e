import { aboutPhrase, objectAfter } from './about'
import { PERIODS } from './units'
import type { Quantity } from './types'

/**
 * Multiples said with a verb or an idiom: "doubled", "tripled", "cut in half", "halved",
 * "tenfold", "twice as fast", "twice a week". "3x" and "three times faster" are read with the
 * other numbers (parse.ts), since they start with one.
 */

const VERBS: [RegExp, number, 'up' | 'down'][] = [
  [/\b(?:doubled|doubling|doubles|double(?=\s+(?:the|our|its|their|your|my)\b))\b/gi, 2, 'up'],
  [/\b(?:tripled|tripling|triples|trebled|triple(?=\s+(?:the|our|its|their|your|my)\b))\b/gi, 3, 'up'],
  [/\b(?:quadrupled|quadrupling|quadruples)\b/gi, 4, 'up'],
  [/\b(?:quintupled|quintupling)\b/gi, 5, 'up'],
  [/\b(?:halved|halving|halves(?=\s+(?:the|our|its|their)\b))\b/gi, 0.5, 'down'],
  [
    /\b(?:cut|reduced|dropped|slashed|fell|shrank|shrunk)\s+(?:(?!in\b)[\w'’-]+\s+){0,3}?in\s+half\b|\b(?:by|in)\s+half\b(?!\s+an?\s)/gi,
    0.5,
    'down'
  ]
]
const FOLD_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  hundred: 100,
  thousand: 1000
}

export function findMultiples(text: string): Quantity[] {
  const out: Quantity[] = []
  const add = (start: number, end: number, value: number, dimension: 'multiple' | 'count', extra: Partial<Quantity> = {}) => {
    if (out.some((q) => start < q.span[1] && end > q.span[0])) return
    out.push({
      span: [start, end],
      text: text.slice(start, end),
      value,
      dimension,
      unit: dimension === 'multiple' ? 'x' : 'times',
      about:
        (dimension === 'multiple' &&
          /^(?:doubl|tripl|trebl|quadrupl|quintupl|halv)/i.test(text.slice(start, end)) &&
          objectAfter(text, end)) ||
        aboutPhrase(text, start, end),
      tolerance: dimension === 'multiple' ? value * 0.15 : 0,
      words: true,
      ...(dimension === 'multiple' ? { change: true } : {}),
      ...extra
    })
  }
  for (const [re, value, direction] of VERBS) {
    for (const m of text.matchAll(re)) {
      // "cut our AWS bill in half": the amount is "in half"; the verb carries the meaning.
      const half = /in\s+half$/i.exec(m[0])
      const start = half && m[0].length > 20 ? m.index + half.index : m.index
      add(start, m.index + m[0].length, value, 'multiple', { direction })
    }
  }
  for (const m of text.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold\b/gi)) {
    add(m.index, m.index + m[0].length, FOLD_WORDS[m[1]!.toLowerCase()]!, 'multiple')
  }
  for (const m of text.matchAll(/\b(once|twice|thrice)\b(?:\s+(?:a|an|per|each|every)\s+([a-z]+))?/gi)) {
    const n = { once: 1, twice: 2, thrice: 3 }[m[1]!.toLowerCase() as 'once' | 'twice' | 'thrice']
    const period = m[2] ? PERIODS[m[2].toLowerCase().replace(/s$/, '')] : undefined
    if (period) add(m.index, m.index + m[0].length, n, 'count', { per: period })
    else if (/^\s+(?:as|the|over)\b/i.test(text.slice(m.index + m[1]!.length)))
      add(m.index, m.index + m[1]!.length, n, 'multiple', { direction: 'up' })
    else if (n > 1) add(m.index, m.index + m[1]!.length, n, 'count')
  }
  return out
}

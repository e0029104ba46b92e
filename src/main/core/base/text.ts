import { countWords } from '../../../shared/domain/interview'

/** Small text helpers shared by the rubric, the rewrite and the packet: all offsets are exact. */

export interface Sentence {
  text: string
  start: number
  end: number
  index: number
  words: number
}

// One definition of a word for the rubric and the on-screen timer.
export { countWords }

/**
 * Sentences with their offsets, so a quote is always an exact slice of what was typed.
 * Splits after . ! ? followed by space or the end, and on line breaks; "2.5" stays whole.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  const re = /[^\n]+?(?:[.!?]+(?=\s|$)|(?=\n)|$)/g
  for (const m of text.matchAll(re)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (!trimmed) continue
    const start = (m.index ?? 0) + lead
    out.push({ text: trimmed, start, end: start + trimmed.length, index: out.length, words: countWords(trimmed) })
  }
  return out
}

export const clamp = (n: number, lo = 0, hi = 100) => Math.max(lo, Math.min(hi, n))

/** Count every match of a global regex in a text. */
export const countMatches = (text: string, re: RegExp) =>
  (text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length

const STOP = new Set(
  'a an the and or but if then so to of in on at for from by with about into over after before as is are was were be been being do did does done have has had i you he she it we they me my your our their us them this that these those what which who whom when where why how tell time describe give example share walk through there one some any can could would should will'.split(
    ' '
  )
)

/** Content words, crudely stemmed to their first six letters so "decide" meets "decided". */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []
  return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/'s$/, '').slice(0, 6)))
}

export const lowerFirst = (s: string) => (s && !/^[A-Z]{2}/.test(s) && !/^I\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
export const stripEndPunct = (s: string) => s.trim().replace(/[.!?;:,\s]+$/, '')

import nlp from 'compromise'

/** Counts and lists in correct English: "1 version", "2 versions", "no versions", "a, b and c". */

const ACRONYM = /^[A-Z][A-Z0-9]*$/
const plurals = new Map<string, string>()

/** The plural of a noun or noun phrase ("version" → "versions", "PR" → "PRs", "person" → "people"). */
export function plural(noun: string): string {
  const known = plurals.get(noun)
  if (known) return known
  const m = /^(.*?)(\S+)$/s.exec(noun)
  const [lead, last] = [m?.[1] ?? '', m?.[2] ?? noun]
  let out: string
  if (ACRONYM.test(last)) out = `${lead}${last}s`
  else {
    const made = nlp(last).nouns().toPlural().text()
    out = `${lead}${made || `${last}s`}`
  }
  plurals.set(noun, out)
  return out
}

export interface CountOptions {
  /** What 0 reads as: "no versions" (default), "0 versions", "none". */
  zero?: 'no' | 'digits'
  /** The plural, when it is irregular in a way the grammar library does not know. */
  pluralForm?: string
}

export function countOf(n: number, noun: string, options: CountOptions = {}): string {
  const many = options.pluralForm ?? plural(noun)
  if (n === 0) return options.zero === 'digits' ? `0 ${many}` : `no ${many}`
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : many}`
}

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' })
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' })

/** "a", "a and b", "a, b and c" (or "or"). */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const clean = items.map((s) => s.trim()).filter(Boolean)
  return (conjunction === 'and' ? AND : OR).format(clean)
}

/**
 * "This search term is in this field, ignoring case" without building a lower-cased copy of the
 * field. A search over a long history used to lower-case every win's whole text on its first call
 * (a quarter of a second at 50,000 wins): those copies are still kept once built (read ahead in
 * the background, search/readAhead.ts), and until then a record is tested field by field with a
 * case-insensitive regular expression, which allocates nothing.
 *
 * The answer is exactly `field.toLowerCase().includes(term)` for a lower-cased term:
 * - an ASCII term: a case-insensitive match of ASCII letters is the same test, and the only
 *   characters outside ASCII that lower-case into ASCII are "İ" (U+0130 → "i̇") and the Kelvin
 *   sign (U+212A → "k"), so a field holding one of them, for a term with an i or a k, is
 *   lower-cased and searched as before (termMatch.test.ts checks every code point);
 * - a term outside ASCII (where case-insensitive matching and lower-casing disagree, e.g. "µ"
 *   and "μ") always takes the lower-casing road.
 */
export interface TermTest {
  readonly term: string
  /** Null: the term is outside ASCII, test by lower-casing. */
  readonly re: RegExp | null
  /** The term has an i or a k, which "İ" and the Kelvin sign lower-case into. */
  readonly folds: boolean
}

const isAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}
const INTO_ASCII = /[\u0130\u212a]/
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One test per term (terms already lower-cased, no whitespace inside one). */
export const termTests = (terms: readonly string[]): TermTest[] =>
  terms.map((term) =>
    !isAscii(term) ? { term, re: null, folds: true } : { term, re: new RegExp(escapeRegExp(term), 'i'), folds: /[ik]/.test(term) }
  )

/** `field.toLowerCase().includes(t.term)`, without lower-casing an ASCII field. */
export function fieldHas(t: TermTest, field: string): boolean {
  if (t.re === null) return field.toLowerCase().includes(t.term)
  if (t.re.test(field)) return true
  return t.folds && INTO_ASCII.test(field) && field.toLowerCase().includes(t.term)
}

/** `fieldHas` for any of `fields`. */
export function anyFieldHas(t: TermTest, fields: readonly string[]): boolean {
  for (const f of fields) if (fieldHas(t, f)) return true
  return false
}

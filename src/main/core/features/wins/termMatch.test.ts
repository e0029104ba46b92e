import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fieldHas, termTests } from './termMatch'

const lowerIncludes = (field: string, term: string) => field.toLowerCase().includes(term)
const same = (field: string, term: string) =>
  expect(fieldHas(termTests([term])[0]!, field), `${JSON.stringify(field)} ∋ ${JSON.stringify(term)}`).toBe(lowerIncludes(field, term))

describe('fieldHas: exactly field.toLowerCase().includes(term), without lower-casing', () => {
  it('agrees for every single code point as a field, against ASCII terms with and without i / k', () => {
    const tests = termTests(['i', 'k', 'ik', 's', 'x.', '1'])
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const field = `x${String.fromCodePoint(c)}.`
      for (const t of tests) if (fieldHas(t, field) !== lowerIncludes(field, t.term)) same(field, t.term)
    }
  }, 60_000)

  it('agrees on the characters where case-insensitive matching and lower-casing part ways', () => {
    for (const [field, term] of [
      ['PRİCING', 'pri'],
      ['PRİCING', 'pricing'],
      ['\u212aPI', 'kpi'],
      ['µs', 'μs'],
      ['μs', 'µs'],
      ['ẞ', 'ß'],
      ['STRASSE', 'ß'],
      ['Éclair', 'éclair'],
      ['Price (USD)', '(usd)'],
      ['a.b', 'a.b'],
      ['axb', 'a.b']
    ])
      same(field!, term!)
  })

  it('agrees on arbitrary text and terms (property)', () => {
    const alphabet = fc.constantFrom(...'aAiIkKsSzZ İ\u212aµμßẞéÉ.$*(1-'.split(''))
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), (field, raw) => {
        const term = raw.toLowerCase().replace(/\s+/g, '')
        if (!term) return
        expect(fieldHas(termTests([term])[0]!, field)).toBe(lowerIncludes(field, term))
      }),
      { numRuns: 2000 }
    )
  })
})

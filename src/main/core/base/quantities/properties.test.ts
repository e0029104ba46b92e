import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildFactsIndex, matchClaim, parseQuantities } from './index'

/** English words for 0–999,999, written the way people do ("one hundred and twenty-five"). */
function words(n: number): string {
  const ones = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen'
  ]
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
  const under100 = (x: number) => (x < 20 ? ones[x]! : `${tens[Math.floor(x / 10)]}${x % 10 ? `-${ones[x % 10]}` : ''}`)
  const under1000 = (x: number) =>
    x < 100 ? under100(x) : `${ones[Math.floor(x / 100)]} hundred${x % 100 ? ` and ${under100(x % 100)}` : ''}`
  if (n < 1000) return under1000(n)
  return `${under1000(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${n % 1000 < 100 ? 'and ' : ''}${under1000(n % 1000)}` : ''}`
}

const withCommas = (n: number) => n.toLocaleString('en-US')
const compact = (n: number) => (n >= 1e6 && n % 1e5 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 100 === 0 ? `${n / 1e3}k` : withCommas(n))

interface Rendering {
  text: string
  value: number
  dimension: string
  unit: string
  per?: string
}

/** One amount rendered in one of the notations the parser promises to read. */
const renderings = fc.oneof(
  fc
    .record({ n: fc.integer({ min: 1, max: 999_999 }), style: fc.constantFrom('digits', 'commas', 'compact', 'words') })
    .map(({ n, style }): Rendering => {
      const num = style === 'digits' ? String(n) : style === 'commas' ? withCommas(n) : style === 'compact' ? compact(n) : words(n)
      return { text: `${num} engineers`, value: n, dimension: 'count', unit: 'engineers' }
    }),
  fc
    .record({
      n: fc.integer({ min: 1, max: 20_000 }).map((x) => x * 100),
      style: fc.constantFrom('$N', '$Nk', 'N dollars', 'USD N', 'N USD', '€N', '£N a month', '$N/month', '$N per year')
    })
    .map(({ n, style }): Rendering => {
      const c = withCommas(n)
      const table: Record<string, [string, string, string?]> = {
        $N: [`$${c}`, 'USD'],
        $Nk: [`$${n / 1000}k`, 'USD'],
        'N dollars': [`${c} dollars`, 'USD'],
        'USD N': [`USD ${c}`, 'USD'],
        'N USD': [`${c} USD`, 'USD'],
        '€N': [`€${c}`, 'EUR'],
        '£N a month': [`£${c} a month`, 'GBP', 'month'],
        '$N/month': [`$${c}/month`, 'USD', 'month'],
        '$N per year': [`$${c} per year`, 'USD', 'year']
      }
      const [text, unit, per] = table[style]!
      return { text, value: n, dimension: 'money', unit, ...(per ? { per } : {}) }
    }),
  fc
    .record({
      n: fc.integer({ min: 0, max: 1000 }),
      d: fc.integer({ min: 0, max: 9 }),
      style: fc.constantFrom('%', ' percent', ' per cent')
    })
    .map(({ n, d, style }): Rendering => ({ text: `${n}.${d}${style}`, value: n + d / 10, dimension: 'percent', unit: '%' })),
  fc
    .record({
      n: fc.integer({ min: 1, max: 500 }),
      unit: fc.constantFrom(
        ['ms', 'ms'],
        [' minutes', 'minutes'],
        [' min', 'minutes'],
        [' hours', 'hours'],
        [' hrs', 'hours'],
        [' days', 'days'],
        [' weeks', 'weeks'],
        [' months', 'months'],
        [' years', 'years'],
        ['-week', 'weeks']
      ),
      asWords: fc.boolean()
    })
    .map(({ n, unit, asWords }): Rendering => ({
      text: `${asWords && !unit[0].startsWith('-') && unit[0] !== 'ms' ? words(n) : n}${unit[0]}`,
      value: n,
      dimension: 'duration',
      unit: unit[1]
    })),
  fc
    .record({ n: fc.integer({ min: 2, max: 100 }), style: fc.constantFrom('x', '×', ' times faster', '-fold') })
    .map(({ n, style }): Rendering => ({ text: `${n}${style}`, value: n, dimension: 'multiple', unit: 'x' }))
)

const contexts = fc.constantFrom(
  ['', ''],
  ['We reached ', ' this year.'],
  ['- ', ''],
  ['Impact: ', '; more to come'],
  ['(', ')'],
  ['It took ', ', which mattered.']
)

describe('quantities properties', () => {
  it('an amount rendered in any supported notation parses back to the same value, kind and unit', () => {
    fc.assert(
      fc.property(renderings, contexts, (r, [before, after]) => {
        const text = `${before}${r.text}${after}`
        const found = parseQuantities(text)
        expect(found, text).toHaveLength(1)
        const q = found[0]!
        expect(q.dimension, text).toBe(r.dimension)
        expect(q.value, text).toBeCloseTo(r.value, 6)
        expect(q.unit, text).toBe(r.unit)
        expect(q.per, text).toBe(r.per)
        expect(text.slice(q.span[0], q.span[1])).toBe(q.text)
      }),
      { numRuns: 600 }
    )
  })

  it('spans always point at their text, in order and without overlap, on any input', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(
          fc.constantFrom(' 12 ', '$4.5M', ' three ', '%', ' weeks', '→', ' from ', ' to ', '2026-02-29', ' Q3 2025', 'x', '~', '+'),
          { maxLength: 8 }
        ),
        (s, bits) => {
          const text = s + bits.join('')
          const qs = parseQuantities(text)
          let last = -1
          for (const q of qs) {
            expect(text.slice(q.span[0], q.span[1])).toBe(q.text)
            expect(q.span[0]).toBeGreaterThanOrEqual(last)
            last = q.span[1]
          }
        }
      ),
      { numRuns: 400 }
    )
  })

  it('a fact always backs the same amount, and never one off by more than its rounding', () => {
    fc.assert(
      fc.property(renderings, fc.integer({ min: 2, max: 40 }), (r, offPercent) => {
        const history = buildFactsIndex([{ id: 'w', label: 'A win', texts: [r.text] }])
        const [same] = parseQuantities(r.text)
        expect(matchClaim(same!, history).supported, r.text).toBe(true)
        const off = { ...same!, value: same!.value * (1 + offPercent / 100) + 1, tolerance: 0, approx: undefined }
        expect(matchClaim(off, history).supported, `${r.text} +${offPercent}%`).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})

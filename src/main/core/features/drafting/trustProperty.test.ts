import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDraft } from './claimsGuard'
import { TRUST_CORPUS, TRUST_SOURCES, TRUST_TODAY } from './testing/trustCorpus'

/**
 * Issue #13 item 7, as a property: whatever an engine replies — honest sentences, invented
 * amounts in any notation, real or invented citations, in any order — no invented amount and
 * no invented citation leaves the guard unflagged, and no honest sentence is flagged.
 */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
// 21–99 in words, minus the history's values and what derives from them (42 days, 50% higher,
// 62% lower, 67% shorter, a third, 38% of the old latency) and their neighbours.
const DERIVABLE = [32, 33, 34, 37, 38, 39, 41, 42, 43, 49, 50, 51, 61, 62, 63, 65, 66, 67, 68]
const wordsValue = fc
  .integer({ min: 21, max: 99 })
  .filter((n) => n % 10 !== 0 && !DERIVABLE.includes(n))
  .map((n) => ({ n, text: `${TENS[Math.floor(n / 10) - 2]}-${ONES[(n % 10) - 1]}` }))
const big = fc.integer({ min: 1_001, max: 99_999 })

const invented = fc.oneof(
  big.map((n) => `${n.toLocaleString('en-US')} users`),
  big.map((n) => `$${n.toLocaleString('en-US')}`),
  big.map((n) => `${n}%`),
  fc.integer({ min: 101, max: 999 }).map((n) => `${n} weeks`),
  fc.integer({ min: 101, max: 999 }).map((n) => `${n} engineers`),
  fc.integer({ min: 11, max: 99 }).map((n) => `${n}x`),
  fc.integer({ min: 51, max: 999 }).map((n) => `€${n}k a month`),
  wordsValue.map((w) => `${w.text} teams`),
  wordsValue.map((w) => `${w.text} weeks`),
  wordsValue.map((w) => `${w.text} percent`),
  fc.constantFrom('quadrupled', 'ten-fold', 'five times', 'sevenfold'),
  fc.integer({ min: 2027, max: 2090 }).map((y) => `since ${y}`),
  fc.integer({ min: 2027, max: 2090 }).map((y) => `in Q3 ${y}`)
)
const honest = fc.constantFrom(...TRUST_CORPUS.filter((c) => c.id.startsWith('honest/')).map((c) => c.text))
const badCitation = fc.integer({ min: 7, max: 500 }).map((n) => `[S${n}]`)
const goodCitation = fc.integer({ min: 1, max: 6 }).map((n) => `[S${n}]`)
const frame = fc.constantFrom('We grew it by {} ', 'The team shipped {} ', 'Result: {}. ', '- {} ', 'It took {}, ', '**{}** ')

type Piece = { kind: 'honest' | 'invented' | 'bad'; text: string }
const piece: fc.Arbitrary<Piece> = fc.oneof(
  honest.map((text) => ({ kind: 'honest' as const, text: `${text} ` })),
  fc
    .tuple(frame, invented, goodCitation)
    .map(([f, claim, cite]) => ({ kind: 'invented' as const, text: f.replace('{}', claim) + cite + ' ', claim })),
  fc
    .tuple(honest, badCitation)
    .map(([text, cite]) => ({ kind: 'bad' as const, text: `${text.replace(/\s*\[S\d\]\.?$/, '')} ${cite}. `, claim: cite }))
)

describe('trust guard property', () => {
  it('flags every invented amount and citation in any engine reply, and nothing honest', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        let text = ''
        const spans: (Piece & { start: number; end: number; claim?: string })[] = []
        for (const p of pieces) {
          spans.push({ ...p, start: text.length, end: text.length + p.text.length })
          text += p.text
        }
        const { flags } = checkDraft(text, TRUST_SOURCES, {}, TRUST_TODAY)
        for (const s of spans) {
          const inside = flags.filter((f) => f.start >= s.start && f.end <= s.end)
          if (s.kind === 'honest')
            expect(
              inside.map((f) => f.reason),
              s.text
            ).toEqual([])
          else {
            const claim = (s as { claim: string }).claim
            const at = text.indexOf(claim, s.start)
            expect(
              inside.some((f) => f.start < at + claim.length && f.end > at),
              `${claim} in “${s.text}”`
            ).toBe(true)
          }
        }
      }),
      { numRuns: 150, seed: 13 }
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { winSchema, type Win } from '../../../../shared/domain/win'
import { MAX_WIN_QUESTIONS, questionPage } from './questionPage'

const SCOPES = ['self', 'team', 'org', 'company'] as const
const WORDS = ['pricing', 'hiring', 'Hiring', 'PRİCING', 'onboarding', 'plan']

const win = (i: number, day: number, scope: number, measured: boolean, word: number): Win =>
  winSchema.parse({
    id: `w${i}`,
    date: new Date(Date.UTC(2016, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    title: `Shipped ${WORDS[word % WORDS.length]} v${i}`,
    impact: 'Fewer tickets',
    scope: SCOPES[scope % 4],
    metrics: measured ? [{ label: 'Tickets', value: 3, unit: '' }] : [],
    tags: [WORDS[(word + 1) % WORDS.length]!.toLowerCase()],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  })

// The ranking before the bounded heap: scores from the newest win of the whole list, a stable
// sort of every win, then the search's filter over the sorted list, then the cap.
function reference(wins: readonly Win[], query: string): string[] {
  const times = wins.map((w) => Date.parse(w.date))
  const newest = Math.max(0, ...times)
  const weight = { company: 0.75, org: 0.5, team: 0.25, self: 0 }
  const score = wins.map(
    (w, i) => Math.pow(0.5, Math.max(0, (newest - times[i]!) / 86_400_000) / 730) + (w.metrics.length ? 0.5 : 0) + weight[w.scope]
  )
  const order = wins.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || times[b]! - times[a]!)
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const text = (w: Win) => `${w.title} ${w.whatIDid} ${w.impact} ${w.tags.join(' ')}`.toLowerCase()
  return order
    .map((i) => wins[i]!)
    .filter((w) => words.every((word) => text(w).includes(word)))
    .slice(0, MAX_WIN_QUESTIONS)
    .map((w) => w.id)
}

const winIds = (wins: readonly Win[], query: string, version?: number) => {
  const page = questionPage(wins, { query, offset: 0, limit: MAX_WIN_QUESTIONS + 500 }, version)
  return page.questions.filter((q) => q.source === 'win').map((q) => q.winId)
}

describe('interview ranking from a bounded heap', () => {
  it('gives the same head, in the same order, as sorting every win (property, with ties and searches)', () => {
    const arbWin = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.nat(3), fc.boolean(), fc.nat(5))
    fc.assert(
      fc.property(
        fc.array(arbWin, { minLength: 0, maxLength: 1200 }),
        fc.constantFrom('', 'pricing', 'hiring plan', 'i'),
        (rows, query) => {
          const wins = rows.map(([day, scope, measured, word], i) => win(i, day, scope, measured, word))
          expect(winIds(wins, query)).toEqual(reference(wins, query))
        }
      ),
      { numRuns: 40 }
    )
  })

  it('a new wins version is ranked afresh: an edited win moves, a search sees its new words', () => {
    const wins = Array.from({ length: 1500 }, (_, i) => win(i, i % 300, i % 4, i % 5 === 0, i))
    expect(winIds(wins, 'zebra', 1)).toEqual([])
    const top = winIds(wins, '', 1)
    const edited = wins.map((w) => (w.id === 'w3' ? { ...w, title: 'Zebra rollout', scope: 'company' as const, date: '2016-12-27' } : w))
    edited[3] = { ...edited[3]!, metrics: [{ label: 'Teams', value: 9, unit: '' }] }
    expect(winIds(edited, 'zebra', 2)).toEqual(['w3'])
    expect(winIds(edited, '', 2)).toEqual(reference(edited, ''))
    expect(winIds(edited, '', 2)).not.toEqual(top)
  })
})

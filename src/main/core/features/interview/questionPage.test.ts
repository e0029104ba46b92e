import { describe, expect, it } from 'vitest'
import { winSchema, type Win } from '../../../../shared/domain/win'
import { bankQuestions } from './questionBank'
import { MAX_WIN_QUESTIONS, questionPage } from './questionPage'

const win = (i: number, over: Partial<Win> = {}): Win =>
  winSchema.parse({
    id: `w${i}`,
    date: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    title: `Shipped the pricing page v${i}`,
    impact: 'Fewer tickets',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  })

describe('interview questions, a page at a time', () => {
  it('returns one page with the total, not one question per win', () => {
    const wins = Array.from({ length: 5000 }, (_, i) => win(i))
    const page = questionPage(wins, { offset: 0, limit: 50 })
    expect(page.questions).toHaveLength(50)
    expect(page.total).toBe(MAX_WIN_QUESTIONS + bankQuestions().length)
    expect(page.matchingWins).toBe(5000)
    const last = questionPage(wins, { offset: page.total - 10, limit: 50 })
    expect(last.questions).toHaveLength(10)
    expect(last.questions.every((q) => q.source === 'bank')).toBe(true)
  })

  it('ranks a measured, company-wide win above newer, narrower, unmeasured ones', () => {
    const wins = [
      win(1, { date: '2026-05-01', title: 'Tidied the backlog', scope: 'self', impact: 'Cleaner' }),
      win(2, { date: '2025-11-01', title: 'Cut churn across the company', scope: 'company', impact: 'Churn fell from 9% to 6%' }),
      win(3, { date: '2026-04-01', title: 'Ran a team retro', scope: 'team', impact: 'Better mood' })
    ]
    const { questions } = questionPage(wins, { offset: 0, limit: 3 })
    expect(questions.map((q) => q.winId)).toEqual(['w2', 'w3', 'w1'])
  })

  it('searches every win, not only the ranked page, and the bank', () => {
    const wins = Array.from({ length: 3000 }, (_, i) => win(i))
    wins.push(win(9999, { date: '2010-01-01', title: 'Rescued the datacenter migration', impact: 'No downtime' }))
    const page = questionPage(wins, { query: 'datacenter', offset: 0, limit: 20 })
    expect(page.questions[0]!.winId).toBe('w9999')
    expect(page.matchingWins).toBe(1)
    const bank = questionPage(wins, { query: 'disagree', offset: 0, limit: 20 })
    expect(bank.questions.length).toBeGreaterThan(0)
    expect(bank.questions.every((q) => q.text.toLowerCase().includes('disagree'))).toBe(true)
  })

  it(
    'at 50,000 wins the first page builds only its own questions; the next pages are built in the background',
    { timeout: 60_000 },
    async () => {
      const wins = Array.from({ length: 50_000 }, (_, i) => win(i))
      const first = performance.now()
      questionPage(wins, { offset: 0, limit: 25 }, 1)
      const cold = performance.now() - first
      // Generous for a shared machine under load: one question per win took over a minute here.
      expect(cold).toBeLessThan(10_000)
      // The background build finishes the capped list; then any page is a slice.
      let warm = Infinity
      for (let waited = 0; waited < 30_000 && warm >= 30; waited += 500) {
        await new Promise((r) => setTimeout(r, 500))
        const again = performance.now()
        expect(questionPage(wins, { offset: 100, limit: 100 }, 1).questions).toHaveLength(100)
        warm = performance.now() - again
      }
      expect(warm).toBeLessThan(30)
    }
  )
})

import { describe, expect, it } from 'vitest'
import { PACKET_HISTORY } from '../promo/testing/packetHistory'
import { improvedAnswer, pickWin, REFLECTION_PLACEHOLDER } from './improvedAnswer'
import { questionFromWin } from './questionBank'
import { scoreAnswer } from './rubric'

const wins = PACKET_HISTORY.wins
const numbers = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).map(Number)

describe('improved answer from the user’s own history', () => {
  it('answers a win question from that win, in first person, with sources', () => {
    const q = questionFromWin(wins.find((w) => w.id === 'w-strategy')!)
    expect(q.text).toBe(
      'Tell me about the time you drafted v1 of the product strategy. What was at stake, what did you do, and what changed?'
    )
    const a = improvedAnswer(q, wins, [{ id: 'c-strategy', title: 'Draft v1 of the product strategy' }])
    expect(a.sources.map((s) => s.id)).toEqual(['w-strategy', 'c-strategy'])
    expect(a.text).toContain('I decided to cut the doc to five pages.')
    expect(a.text).toContain('As a result, cPO used 80% of it'.replace('cPO', 'CPO'))
    expect(a.text).toContain(REFLECTION_PLACEHOLDER)
    expect(a.gaps).toContain('What did you learn, and what do you do differently since?')
  })

  it('never adds a number that the win does not hold, and asks for the measure instead', () => {
    const q = { text: 'Tell me about a time you helped on a page.', competency: 'deliver-results' as const, winId: 'w-vague' }
    const a = improvedAnswer(q, wins)
    expect(numbers(a.text)).toEqual([])
    expect(a.text).toContain('[metric?]')
    expect(a.gaps.some((g) => /How many customers/.test(g))).toBe(true)
  })

  it('picks the most relevant win for a bank question', () => {
    const w = pickWin({ text: 'Tell me about a time you improved hiring or the interview process.', competency: 'deliver-results' }, wins)
    expect(w?.id).toBe('w-interview')
  })

  it('scores better on the rubric than a vague answer to the same question', () => {
    const q = questionFromWin(wins.find((w) => w.id === 'w-interview')!)
    const better = improvedAnswer(q, wins)
    const vague = 'We worked on hiring and it was better in general.'
    const s = (answer: string) => scoreAnswer({ question: q.text, competency: q.competency, answer }).overall
    expect(s(better.text)).toBeGreaterThan(s(vague))
  })

  it('says so when there is no history to draw on', () => {
    expect(improvedAnswer({ text: 'x', competency: 'ownership' }, [])).toEqual({
      text: '',
      sources: [],
      gaps: [expect.stringMatching(/Log a win first/)]
    })
  })
})

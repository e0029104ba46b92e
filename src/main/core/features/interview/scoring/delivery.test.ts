import { describe, expect, it } from 'vitest'
import { scoreAnswer } from './score'

const Q = 'Tell me about a time you delivered an important result despite a serious obstacle.'
const delivery = (answer: string) => scoreAnswer({ question: Q, answer, targetLevel: 'Senior' }).criteria.find((c) => c.id === 'delivery')!
const words = (s: string) => s.split(/\s+/).filter(Boolean).length

// A clean 58-word answer: no fillers, no padding, but 0:27 spoken against a two-minute answer.
const SHORT =
  'Last spring our payment provider deprecated the API two weeks before launch. I rewrote the integration against the new API, ' +
  'ran it against the sandbox every night, and asked the provider for a test merchant. We launched on the planned day, and ' +
  'failed payments stayed under one percent in the first month, the same as before.'

const FULL = [
  SHORT,
  'The hard part was that our settlement report depended on a field the new API no longer returned, and finance closed the month on that report.',
  'I found the field in the webhook payload instead, wrote a small job that joined the two, and walked the finance lead through one day of reconciled numbers before we switched.',
  'I also wrote a runbook for the on-call engineer with the three failure modes I had seen in the sandbox and what to do for each.',
  'Since then I read every provider changelog on the first Monday of the month, and I have a calendar reminder for it.'
].join(' ')

describe('delivery reads the length an interviewer hears', () => {
  it('says a clean but short answer is short, instead of "clean delivery"', () => {
    expect(words(SHORT)).toBeGreaterThan(50)
    expect(words(SHORT)).toBeLessThan(70)
    const d = delivery(SHORT)
    expect(d.score).toBeLessThan(90)
    expect(d.reason).toMatch(/short of the 2:00/)
    expect(d.tip).toMatch(/^At 0:2\d it is short/)
    expect(d.tip).not.toMatch(/Clean delivery/)
  })

  it('gives the same story at full length a higher delivery score, with no "short" note', () => {
    const full = delivery(FULL)
    expect(full.score).toBeGreaterThan(delivery(SHORT).score)
    expect(full.reason).not.toMatch(/short of/)
  })

  it('keeps a very short answer below a short one', () => {
    expect(delivery('I rewrote the integration and we launched on time.').score).toBeLessThan(delivery(SHORT).score)
  })
})

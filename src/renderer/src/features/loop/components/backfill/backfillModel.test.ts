import { describe, expect, it } from 'vitest'
import { logCheckInSchema } from '@shared/domain/checkIn'
import { conversationCalls, conversationProblems, emptyConversation, lastQuarters } from './backfillModel'
import { formatDay } from '@shared/formatDay'

describe('your last year: the model', () => {
  it('four quarters ending with today’s, across a year boundary', () => {
    expect(lastQuarters('2026-02-10').map((q) => [q.label, q.start, q.end])).toEqual([
      ['Q2 2025', '2025-04-01', '2025-06-30'],
      ['Q3 2025', '2025-07-01', '2025-09-30'],
      ['Q4 2025', '2025-10-01', '2025-12-31'],
      ['Q1 2026', '2026-01-01', '2026-03-31']
    ])
  })

  it('prefills the conversation two weeks in and the delivery four weeks later, never after today or the quarter', () => {
    const [q1, , , current] = lastQuarters('2026-12-03')
    expect(emptyConversation(q1!, '2026-12-03')).toMatchObject({ date: '2026-01-15', deliveredOn: '2026-02-12' })
    expect(emptyConversation(current!, '2026-10-05')).toMatchObject({ date: '2026-10-05', deliveredOn: '2026-10-05' })
  })

  it('checks the dates against each other only, and a win needs a delivered offer', () => {
    const d = { ...emptyConversation({ start: '2026-01-01', end: '2026-03-31' }, '2026-12-03'), offer: 'Draft the doc' }
    expect(conversationProblems({ ...d, deliveredOn: '2026-01-10' }).deliveredOn).toContain(
      `before the conversation (${formatDay('2026-01-15')})`
    )
    expect(conversationProblems({ ...d, deliveredOn: '2026-11-30' })).toEqual({})
    expect(conversationProblems({ ...d, delivery: 'open', winTitle: 'A win' }).winTitle).toMatch(/delivered offer/)
  })

  it('records one conversation with the routes an API user would call, with the user’s days', () => {
    const d = {
      ...emptyConversation({ start: '2026-01-01', end: '2026-03-31' }, '2026-12-03'),
      theirGoals: 'Refresh the strategy',
      offer: 'Draft the doc',
      deliveredOn: '2026-01-29',
      howItLanded: 'Used 80%',
      winTitle: 'Wrote the strategy',
      myAsk: 'Group PM?'
    }
    const calls = conversationCalls(d, 'p1', 'g1')
    expect(logCheckInSchema.safeParse(calls.checkIn).success).toBe(true)
    expect(calls.checkIn.checkIn.goalIds).toEqual(['g1'])
    expect(calls.steps).toEqual([
      { to: 'accepted', on: '2026-01-15' },
      { to: 'delivered', on: '2026-01-29', outcome: 'Used 80%' }
    ])
    expect(calls.win).toEqual({ title: 'Wrote the strategy', date: '2026-01-29', whatIDid: 'Draft the doc', impact: 'Used 80%' })
  })
})

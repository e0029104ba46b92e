import { describe, expect, it } from 'vitest'
import { intentFor, questionFromWin } from './questionBank'

const ask = (title: string) => questionFromWin({ id: 'w', title, whatIDid: '', impact: '', tags: [] }).text.split('. What was')[0]

describe('questions from wins read as an interviewer would ask them', () => {
  it.each([
    ['Promoted to Group PM', 'You were promoted to Group PM. Walk me through the work that earned it'],
    ['Lead the rollout of the planning tool', 'Tell me about the time you led the rollout of the planning tool'],
    ['Billing migration', 'Tell me about the time you worked on the billing migration'],
    ['Overhauled the PM interview loop.', 'Tell me about the time you overhauled the PM interview loop'],
    ['Mentored a new APM', 'Tell me about the time you mentored a new APM'],
    ['Nobody owns the rollout', 'Tell me about the time when nobody owned the rollout'],
    ['Saved $1.2M in annual cloud spend', 'Tell me about the time you saved $1.2M in annual cloud spend']
  ])('%s', (title, question) => {
    expect(ask(title)).toBe(question)
  })

  it('never "the time you promoted" or a bare verb after "you"', () => {
    for (const t of ['Promoted to Group PM', 'Get promoted to Staff Engineer', 'Hired as tech lead', 'Named DRI for the launch']) {
      expect(ask(t)).not.toMatch(/\byou (promoted|get|hired|named)\b/i)
    }
  })
})

describe('what each question asks', () => {
  it('bank questions declare their intent and elements; a win question asks for that story', () => {
    expect(intentFor('How do you decide what work to take on beyond what your manager assigns?').elements).toEqual([
      'principle',
      'example',
      'beyondRole'
    ])
    expect(intentFor('Tell me about a time you failed. How did you own it, communicate it and recover?').elements[0]).toBe('failure')
    const win = questionFromWin({ id: 'w', title: 'Lead the rollout of the planning tool', whatIDid: '', impact: '', tags: [] })
    expect(intentFor(win.text, win.competency).asks).toBe('your story of the time you led the rollout of the planning tool')
  })
})

describe('questions from recognition wins', () => {
  const text = (title: string) => questionFromWin({ id: 'w', title, whatIDid: '', impact: '', tags: [] }).text
  it('ask for the work that earned a promotion or an award, not what happened "the time you were promoted"', () => {
    expect(text('Promoted to Group PM with two direct reports')).toBe(
      'You were promoted to Group PM with two direct reports. Walk me through the work that earned it. What was at stake, what did you do, and what changed?'
    )
    expect(text('Won the Q3 hackathon')).toMatch(/^You won the Q3 hackathon\. Walk me through the work that earned it\./)
    expect(text('Ran the planning-tool rollout')).toMatch(/^Tell me about the time you ran the planning-tool rollout\./)
  })
})

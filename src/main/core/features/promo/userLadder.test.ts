import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Attempt } from '../../../../shared/domain/interview'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'

// Staff on this ladder is a team-level rung with criteria of its own, unlike the built-in ladder (org-level).
const MY_LADDER =
  'level,name,track,aliases,scope,criterion\n' +
  'L5,Senior Engineer,IC engineering,"Senior, E5",team,Ships the team’s hardest work\n' +
  'L6,Staff Engineer,IC engineering,Staff,team,Runs the weekly architecture clinic\n' +
  'L6,Staff Engineer,IC engineering,Staff,team,Writes the quarterly reliability review\n'

const ANSWER =
  'Our team’s deploys kept failing on Fridays. I was asked to fix it. I rewrote the pipeline checks and paired with two engineers on the flaky tests. ' +
  'Failed deploys went from 9 a month to 2 for my team of 6 engineers. I learned to measure before I change anything.'

/**
 * The packet draft and the rubric's scope bar read the user's ladder (imported or edited in
 * Promo), not the built-in one: changing the ladder changes what they say.
 */
describe('the user’s ladder drives the packet draft and the interview scope bar', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startCoreHarness()
    await h.call('profile.update', { profile: { role: 'Software Engineer', targetLevel: 'Staff' } })
    await h.call('wins.create', {
      date: '2026-05-04',
      title: 'Fixed Friday deploys',
      impact: 'Failed deploys went from 9 a month to 2',
      scope: 'team'
    })
  })
  afterAll(() => h.close())

  const draftPacket = async () => {
    const { runId } = await h.call<{ runId: string }>('drafts.start', {
      kind: 'promo-packet',
      params: { from: '2026-01-01', to: '2026-12-31', focus: 'Staff' }
    })
    return h.done(runId)
  }
  const scopeOf = async () => {
    const attempt = await h.call<Attempt>('interview.submit', {
      questionId: 'q-ladder',
      questionText: 'Tell me about a time you improved how your team ships.',
      competency: 'deliver-results',
      answer: ANSWER,
      targetLevel: 'Staff'
    })
    return attempt.feedback.criteria.find((c) => c.id === 'scope')!
  }

  it('changes the packet draft’s next step and the scope bar when the ladder changes, and back on reset', async () => {
    const before = { packet: await draftPacket(), scope: await scopeOf() }
    await h.call('promo.importLadder', { format: 'csv', text: MY_LADDER })
    const mine = { packet: await draftPacket(), scope: await scopeOf() }
    await h.call('promo.importLadder', { format: 'reset' })
    const reset = { packet: await draftPacket(), scope: await scopeOf() }

    expect(before.packet.status).toBe('complete')
    expect(before.packet.text).not.toContain('architecture clinic')
    expect(mine.packet.text).toMatch(/architecture clinic|reliability review/)
    expect(mine.packet.flags).toEqual([])
    expect(before.scope.reason).toContain('the bar is org-level impact across teams')
    expect(mine.scope.reason).toContain('the bar is team-level impact')
    expect(mine.scope.score).toBeGreaterThan(before.scope.score)
    expect(reset.packet.text).toBe(before.packet.text)
    expect(reset.scope).toEqual(before.scope)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agendaOutputSchema, offersFromOutput, prefillFromAgenda, type OffersOutput } from '../../../../shared/domain/draftOutputs'
import type { DraftDoneEvent } from '../../../../shared/domain/draftRun'
import type { LoopPlan } from '../../../../shared/domain/loop'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../drafting/testing/fakeOpenAIServer'

/** Agenda and offers through the real core: the built-in and an LLM engine hand the UI the same typed output. */

const OFFERS: OffersOutput = {
  offers: [
    {
      title: 'Run the strategy review',
      serves: { kind: 'personGoal', text: 'Refresh the product strategy' },
      whyStretch: 'A review at this level is new to me.',
      // An amount the history does not hold: the claims guard must still see it in the rendered text.
      effort: 'two weeks',
      showDelivery: 'Churn fell 37% after the review.',
      strength: null,
      flags: [{ kind: 'too-big', message: 'A whole review may be more than I can deliver well this quarter.' }],
      sources: ['S1']
    }
  ]
}

let h: Harness
let server: FakeOpenAIServer
let personId: string
beforeAll(async () => {
  server = await startFakeOpenAIServer({ chunkDelayMs: 1, reply: () => JSON.stringify(OFFERS) })
  h = await startCoreHarness()
  personId = (await h.call<{ id: string }>('people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })).id
  await h.call('checkIns.create', {
    checkIn: {
      personId,
      date: '2026-01-12',
      theirGoals: ['Refresh the product strategy'],
      theirBlockers: ['No time to write the strategy doc']
    }
  })
})
afterAll(async () => {
  await h.close()
  await server.close()
})

const draft = async (kind: string): Promise<DraftDoneEvent & { runId: string }> => {
  const { runId } = await h.call<{ runId: string }>('drafts.start', { kind, params: { personId, loop: { meetingDate: '2026-04-10' } } })
  return { ...(await h.done(runId)), runId }
}

describe('structured loop drafts', () => {
  it('the built-in agenda carries typed sections whose prefill is exactly the plan’s', async () => {
    await h.call('settings.update', { engine: 'builtin' })
    const plan = await h.call<LoopPlan>('loop.prepare', { personId, options: { meetingDate: '2026-04-10' } })
    const done = await draft('agenda')
    const agenda = agendaOutputSchema.parse(done.structured)
    expect(agenda.sections.map((s) => s.heading)).toEqual(plan.sections.map((s) => s.heading))
    expect(prefillFromAgenda(agenda, plan.prefill)).toEqual(plan.prefill)
    expect(done.text).toBe(plan.markdown)
  })

  it('an LLM’s offers arrive typed, render escaped, stream as progress, and still go through the claims guard', async () => {
    await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    const done = await draft('offers')
    expect(done.status).toBe('complete')
    expect(done.error).toBeNull()
    expect(done.structured).toEqual(OFFERS)
    const [offer] = offersFromOutput(done.structured as OffersOutput)
    expect(offer!.flags).toEqual([{ kind: 'too-big', message: 'A whole review may be more than I can deliver well this quarter.' }])
    expect(offer!.serves).toMatchObject({ kind: 'personGoal', text: 'Refresh the product strategy' })
    expect(done.text).toContain('## Run the strategy review [S1]')
    expect(done.text).toContain('**⚠ Too big:** A whole review')
    expect(done.flags.map((f) => f.text)).toContain('37%')
    const progress = h.deltas(done.runId).join('')
    expect(progress).toContain('Drafting…')
    expect(progress).toContain('Run the strategy review')
    expect(progress).not.toContain('"offers"')
  })
})

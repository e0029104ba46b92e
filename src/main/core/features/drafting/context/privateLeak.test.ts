import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from '../../../app/testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../testing/fakeOpenAIServer'
import { LEAK_SCENARIOS, runLeakScenarios } from './testing/privateLeakScenarios'

describe('private words through the real routes (issue #13 item 6)', () => {
  let server: FakeOpenAIServer
  let h: Harness
  beforeAll(async () => {
    server = await startFakeOpenAIServer({ chunkDelayMs: 0 })
    h = await startCoreHarness()
  })
  afterAll(async () => {
    await h.close()
    await server.close()
  })

  it('context.entries, drafts.preview and the requests a model gets show the same view, without the private words', async () => {
    const tally = await runLeakScenarios(h, server)
    expect(tally.problems).toEqual([])
    expect(tally).toMatchObject({ tried: LEAK_SCENARIOS.length, leaked: 0 })
  }, 120_000)
})

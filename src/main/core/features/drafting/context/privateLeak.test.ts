import { describe, expect, it } from 'vitest'
import { useHarnessWithFakeModel } from '../../../app/testing/harnessWithFakeModel'
import { LEAK_SCENARIOS, runLeakScenarios } from './testing/privateLeakScenarios'

describe('private words through the real routes (issue #13 item 6)', () => {
  const env = useHarnessWithFakeModel()

  it('context.entries, drafts.preview and the requests a model gets show the same view, without the private words', async () => {
    const tally = await runLeakScenarios(env.h, env.server)
    expect(tally.problems).toEqual([])
    expect(tally).toMatchObject({ tried: LEAK_SCENARIOS.length, leaked: 0 })
  }, 120_000)
})

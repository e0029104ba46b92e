import { describe, expect, it } from 'vitest'
import { sampleStory } from './sampleStory'

// The sample itself is read in e2e/history.spec.ts (the renderer may not import the core).
describe('the sample banner says whose story it is', () => {
  it('from the profile and its manager, not a literal', () => {
    const story = sampleStory({ role: 'Group Product Manager' }, { title: 'Chief Product Officer' })
    expect(story).toBe('a Group Product Manager’s four quarters of loops with their Chief Product Officer')
  })
  it('reads when the profile has no role or there is no manager', () => {
    expect(sampleStory({ role: '' }, null)).toBe('someone’s four quarters of loops with their manager')
    expect(sampleStory({ role: 'Engineering Manager' })).toBe('an Engineering Manager’s four quarters of loops with their manager')
  })
})

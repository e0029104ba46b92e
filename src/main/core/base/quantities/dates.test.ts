import { describe, expect, it } from 'vitest'
import { parseQuantities } from './index'

describe('a day written in prose, in brackets or at the end of a sentence', () => {
  it('is read as a date, not as a count', () => {
    for (const text of ['Ran the rollout (27 May). Done.', 'Last time (9 July) you said so.', 'It was due on 12 December.'])
      expect(
        parseQuantities(text).map((q) => q.dimension),
        text
      ).toEqual(['date'])
  })
})

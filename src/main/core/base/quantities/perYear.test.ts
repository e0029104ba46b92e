import { describe, expect, it } from 'vitest'
import { buildFactsIndex, checkText, perYear } from './index'

const fromWin = (text: string) => buildFactsIndex([{ id: 'w-cloud', label: 'Cloud spend', texts: [text] }])
const backed = (draft: string, win: string) => checkText(draft, fromWin(win)).map((c) => c.supported)

describe('a sprint is a period of two weeks', () => {
  it('counts about 26 sprints a year, as it counts 52 weeks', () => {
    expect(perYear(1, 'sprint')).toBeCloseTo(26.09, 2)
    expect(perYear(10_000, 'sprint')).toBeCloseTo(perYear(10_000, 'week') / 2, 6)
  })

  it('never reads “every sprint” as “a year”', () => {
    expect(backed('The fix saves $10k a year.', 'The fix saves $10k every sprint.')).toEqual([false])
    expect(backed('The fix saves $10k every sprint.', 'The fix saves $10k a year.')).toEqual([false])
  })

  it('backs a sprint rate with the yearly figure it adds up to, and the other way round', () => {
    expect(backed('The fix saves $10k every sprint.', 'The fix saves $260k a year.')).toEqual([true])
    expect(backed('The fix saves about $260k a year.', 'The fix saves $10k each sprint.')).toEqual([true])
    expect(backed('We ship 3 releases every sprint.', 'We ship 3 releases a month.')).toEqual([false])
  })
})

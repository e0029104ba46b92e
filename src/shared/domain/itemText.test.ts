import { describe, expect, it } from 'vitest'
import { normalizeItemText, privateLookalike } from './itemText'

const items = [
  { kind: 'blocker', text: 'Hiring freeze on the platform team', private: true },
  { kind: 'blocker', text: 'No time', private: false },
  { kind: 'goal', text: 'Become a director', private: true }
]

describe('item text', () => {
  it('normalises case, whitespace and trailing punctuation only', () => {
    expect(normalizeItemText('  Hiring   FREEZE.!  ')).toBe('hiring freeze')
    expect(normalizeItemText('U.S. hiring')).toBe('u.s. hiring')
  })

  it('finds the private item a new one closely matches', () => {
    expect(privateLookalike('hiring freeze on the platform team.', 'blocker', items)?.text).toBe(items[0]!.text)
    expect(privateLookalike('Hiring freeze on platform team', 'blocker', items)?.text).toBe(items[0]!.text)
    expect(privateLookalike('The platform team hiring freeze', 'blocker', items)?.text).toBe(items[0]!.text)
  })

  it('does not flag different words, another kind or a shareable item', () => {
    expect(privateLookalike('Budget freeze on the data team', 'blocker', items)).toBeUndefined()
    expect(privateLookalike('Become a director', 'blocker', items)).toBeUndefined()
    expect(privateLookalike('No time.', 'blocker', items)).toBeUndefined()
    expect(privateLookalike('   ', 'blocker', items)).toBeUndefined()
  })
})

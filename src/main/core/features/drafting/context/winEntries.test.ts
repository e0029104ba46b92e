import { describe, expect, it } from 'vitest'
import { storedWin } from '../../../store/testing'
import { checkDraft, entryRecord } from '../claimsGuard'
import { winToEntry } from './winEntries'

const win = {
  ...storedWin('Grew the beta'),
  metrics: [
    { label: 'Beta users', value: 250, unit: 'users', qualifier: 'about' as const },
    { label: 'Error rate', value: 1, unit: '%', qualifier: 'under' as const, baseline: 15, baselineQualifier: 'about' as const }
  ]
}

describe('winToEntry', () => {
  it('gives the model every amount with the hedge the user typed, a percentage as one token', () => {
    expect(winToEntry(win).text).toContain('Metrics: Beta users: about 250 users; Error rate: from about 15% to under 1%')
  })

  it('and the trust guard still backs a draft that quotes those amounts', () => {
    const entry = winToEntry(win)
    expect(entryRecord(entry).id).toBe(win.id)
    const { flags } = checkDraft('Grew the beta to about 250 users and cut errors from about 15% to under 1% [S1].', [entry])
    expect(flags).toEqual([])
  })
})

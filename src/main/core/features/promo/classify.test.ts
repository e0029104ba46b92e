import { describe, expect, it } from 'vitest'
import type { Win } from '../../../../shared/domain/win'
import { classifyWin } from './classify'
import { DEVELOPMENT, HOLDOUT, type LabelledWin } from './testing/labelledWins'

const asWin = (l: LabelledWin): Win => ({
  id: l.title,
  date: '2026-01-01',
  title: l.title,
  whatIDid: l.whatIDid ?? '',
  impact: l.impact ?? '',
  metrics: l.metrics ?? [],
  scope: l.scope ?? 'self',
  stakeholders: [],
  tags: l.tags ?? [],
  evidence: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

function accuracy(set: LabelledWin[]) {
  const wrong = set.filter((l) => classifyWin(asWin(l)).section !== l.expected)
  return {
    right: set.length - wrong.length,
    total: set.length,
    wrong: wrong.map((l) => `${l.title}: ${classifyWin(asWin(l)).section} (expected ${l.expected})`)
  }
}

describe('classifying wins by meaning', () => {
  it('files the labelled fixture (≥ 40 wins) into the right section, ≥ 90% on development and hold-out', () => {
    const dev = accuracy(DEVELOPMENT)
    const hold = accuracy(HOLDOUT)
    expect(DEVELOPMENT.length + HOLDOUT.length).toBeGreaterThanOrEqual(40)
    console.info(`[promo classification] development ${dev.right}/${dev.total}; hold-out ${hold.right}/${hold.total}`)
    for (const w of [...dev.wrong, ...hold.wrong]) console.info(`  miss: ${w}`)
    expect(dev.right / dev.total).toBeGreaterThanOrEqual(0.9)
    expect(hold.right / hold.total).toBeGreaterThanOrEqual(0.9)
  })

  it('reads the cases issue 16 saw filed by shape', () => {
    const get = (title: string) => classifyWin(asWin(DEVELOPMENT.find((l) => l.title === title)!)).section
    expect(get('Promoted to Group PM')).toBe('recognition')
    expect(get('Saved $1.2M in annual cloud spend')).toBe('delivery')
    expect(get('Migrated 14 services to the new deploy pipeline')).toBe('leadership')
  })
})

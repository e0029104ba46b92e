import { randomUUID } from 'node:crypto'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../src/shared/domain/storeData'
import type { Win } from '../../src/shared/domain/win'

const THEMES = ['planning', 'hiring', 'strategy', 'onboarding', 'pricing', 'reliability', 'analytics', 'security']
const STAKEHOLDERS = ['CPO', 'VP Engineering', 'Head of Sales', 'Design lead', 'Support lead']

/** A deterministic, realistic-sized win: a few sentences of what and why, one metric, tags. */
export function makeWin(i: number, seed = 1): Win {
  const theme = THEMES[(i * 7 + seed) % THEMES.length]!
  const year = 2016 + (i % 10)
  const month = String(1 + (i % 12)).padStart(2, '0')
  const day = String(1 + (i % 28)).padStart(2, '0')
  const at = `${year}-${month}-${day}T10:00:00.000Z`
  return {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    date: `${year}-${month}-${day}`,
    title: `Improved ${theme} for the product org (#${i})`,
    whatIDid: `Mapped the ${theme} process with the team, proposed a simpler flow, ran a two-week pilot with two squads, and rolled it out with a short guide and office hours.`,
    impact: `Teams spend less time on ${theme}; the pilot squads shipped their quarterly goals a sprint earlier and the approach became the org default.`,
    metrics: [{ label: `${theme} cycle time`, value: 4 + (i % 9), unit: 'days', baseline: 12 + (i % 5) }],
    scope: (['self', 'team', 'org', 'company'] as const)[i % 4]!,
    stakeholders: [STAKEHOLDERS[i % STAKEHOLDERS.length]!],
    tags: [theme, `q${1 + (i % 4)}`],
    evidence: i % 3 === 0 ? [{ url: `https://docs.example.com/${theme}/${i}`, label: 'Write-up' }] : []
  }
}

/**
 * Store data with `wins` wins; other collections are added in proportion by the extenders
 * registered below (each feature that adds a collection registers one).
 */
export type Extender = (data: StoreData, wins: number) => void
export const extenders: Extender[] = []

export function makeStoreData(wins: number): StoreData {
  // Parsed so every collection's defaults (profile, settings…) are filled in as the app would.
  const data = storeDataSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, wins: Array.from({ length: wins }, (_, i) => makeWin(i)) })
  for (const extend of extenders) extend(data, wins)
  return data
}

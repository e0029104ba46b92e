import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import type { Win } from '../../../../shared/domain/win'
import { entryFields } from '../drafting/kinds/entryFields'
import type { PacketHistory } from './promoPacket'

/**
 * Draft kinds only see prompt-safe context entries (private items already removed). These
 * read them back into the shapes the built-in impact, packet and answer writers use, so the
 * built-in engine behind the drafting panel says exactly what the offline screens say.
 */

const SCOPES = ['self', 'team', 'org', 'company'] as const
const at = '1970-01-01T00:00:00.000Z'

/**
 * "Teams migrated: from 2 teams to 6 teams; Latency: 310 ms" (context/winEntries.ts) → metrics.
 * The older "6 teams (baseline 2 teams)" form is still read.
 */
export function parseMetrics(text: string): Win['metrics'] {
  if (!text.trim()) return []
  return text.split(/;\s*/).flatMap((part) => {
    const change = /^(.*?):\s*from\s+(-?\d+(?:\.\d+)?)\s*(.*?)\s+to\s+(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(part.trim())
    if (change) return [{ label: change[1]!, value: Number(change[4]), unit: change[5]!.trim(), baseline: Number(change[2]) }]
    const m = /^(.*?):\s*(-?\d+(?:\.\d+)?)\s*([^()]*?)\s*(?:\(baseline\s*(-?\d+(?:\.\d+)?)[^)]*\))?$/.exec(part.trim())
    if (!m) return []
    return [{ label: m[1]!, value: Number(m[2]), unit: m[3]!.trim(), ...(m[4] !== undefined ? { baseline: Number(m[4]) } : {}) }]
  })
}

export function winFromEntry(e: ContextEntry): Win {
  const f = entryFields(e.text)
  const scope = SCOPES.find((s) => s === f.scope) ?? 'self'
  return {
    id: e.id,
    date: e.date,
    ...(e.undated ? { datePrecision: 'undated' as const } : {}),
    title: e.title,
    whatIDid: f['what i did'] ?? '',
    impact: f.impact ?? '',
    // The typed metrics when the entry carries them; else read back from its text.
    metrics: e.metrics ? e.metrics.map((m) => ({ ...m })) : parseMetrics(f.metrics ?? ''),
    scope,
    stakeholders: (f.for ?? f.stakeholders ?? '').split(/,\s*/).filter(Boolean),
    tags: e.tags,
    evidence: [],
    ...(e.linkedIds[0] ? { commitmentId: e.linkedIds[0] } : {}),
    createdAt: at,
    updatedAt: at
  }
}

/** The packet's history from entries: wins, delivered commitments, goals, people, profile. */
export function historyFromEntries(entries: ContextEntry[]): PacketHistory {
  const profileEntry = entries.find((e) => e.kind === 'profile')
  const pf = profileEntry ? entryFields(profileEntry.text) : {}
  const commitments = entries
    .filter((e) => e.kind === 'commitment')
    .map((e) => {
      const f = entryFields(e.text)
      const status = e.tags[0] ?? ''
      return {
        id: e.id,
        title: e.title,
        outcome: f.outcome ?? '',
        status,
        history: status ? [{ status, on: e.date }] : [],
        ...(e.personId ? { personId: e.personId } : {})
      }
    })
  // A win linked to a commitment carries its id; the commitment's entry links back to its wins.
  const wins = entries
    .filter((e) => e.kind === 'win')
    .map(winFromEntry)
    .map((w) => (w.commitmentId && !commitments.some((c) => c.id === w.commitmentId) ? { ...w, commitmentId: undefined } : w))
  return {
    profile: {
      role: pf.role ?? '',
      level: pf.level ?? '',
      targetLevel: (pf['target role'] ?? '').split(', ').at(-1) ?? '',
      growthAreas: (pf['growth areas'] ?? '').split(/;\s*/).filter(Boolean)
    },
    wins,
    goals: entries
      .filter((e) => e.kind === 'goal')
      .map((e) => ({ id: e.id, title: e.title, status: e.tags[1] ?? 'active', why: entryFields(e.text)['why it matters'] ?? '' })),
    people: entries
      .filter((e) => e.kind === 'person')
      .map((e) => ({ id: e.id, name: e.title.replace(/\s*\([^)]*\)$/, ''), role: e.tags[0] ?? 'other' })),
    checkIns: [],
    commitments
  }
}

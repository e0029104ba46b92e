import type { StoreData } from '../../../../shared/domain/storeData'
import { VersionedCache } from '../../base/versionedCache'
import { nextQuarter, quarterOf } from '../../base/clock'

export interface TimelineItem {
  id: string
  title: string
  personName?: string
}
export interface TimelineQuarter {
  quarter: string
  checkIns: number
  offered: TimelineItem[]
  delivered: TimelineItem[]
  dropped: TimelineItem[]
  /** Wins in the quarter; `fromCommitmentId` marks the ones a delivered offer led to. */
  ledTo: (TimelineItem & { fromCommitmentId?: string; impact: string })[]
  goalsAchieved: TimelineItem[]
}
type Lane = 'offered' | 'delivered' | 'dropped' | 'ledTo' | 'goalsAchieved'
const LANES: Lane[] = ['offered', 'delivered', 'dropped', 'ledTo', 'goalsAchieved']
export type TimelineView = TimelineQuarter & { counts: Record<Lane, number> }

/** Shown per lane on the dashboard: enough to read the story; the rest is one click away. */
export const DEFAULT_PER_LANE = 3

/**
 * Quarter by quarter: what was offered, what was delivered, and what it led to. Empty
 * quarters between the first and last are kept so a gap in the loop is visible.
 */
export function loopTimeline(data: StoreData, version?: string): TimelineQuarter[] {
  return version === undefined ? buildTimeline(data) : timelines.get(version, () => buildTimeline(data))
}

// One build per version of what it reads (TIMELINE_READS), so repeated dashboard loads and
// per-quarter requests reuse it.
const timelines = new VersionedCache<TimelineQuarter[]>(1)
/** The collections the timeline is built from: its cache key is their versions. */
export const TIMELINE_READS = ['wins', 'commitments', 'goals', 'checkIns', 'people'] as const

/**
 * What the dashboard shows: every quarter with full counts but at most `perLane` items per lane
 * (wins a delivered offer led to come first) — 10,000 wins made a 2.6 MB payload and thousands
 * of pills otherwise. Asking for one quarter returns all of its items.
 */
export function timelineView(data: StoreData, options: { quarter?: string; perLane?: number } = {}, version?: string): TimelineView[] {
  const all = loopTimeline(data, version)
  const quarters = options.quarter ? all.filter((q) => q.quarter === options.quarter) : all
  const perLane = options.perLane ?? (options.quarter ? Infinity : DEFAULT_PER_LANE)
  return quarters.map((q) => {
    const counts = Object.fromEntries(LANES.map((lane) => [lane, q[lane].length])) as Record<Lane, number>
    const ledTo =
      q.ledTo.length > perLane ? [...q.ledTo].sort((a, b) => Number(!a.fromCommitmentId) - Number(!b.fromCommitmentId)) : q.ledTo
    return {
      ...q,
      offered: q.offered.slice(0, perLane),
      delivered: q.delivered.slice(0, perLane),
      dropped: q.dropped.slice(0, perLane),
      ledTo: ledTo.slice(0, perLane),
      goalsAchieved: q.goalsAchieved.slice(0, perLane),
      counts
    }
  })
}

function buildTimeline(data: StoreData): TimelineQuarter[] {
  const quarters = new Map<string, TimelineQuarter>()
  const at = (q: string) => {
    let entry = quarters.get(q)
    if (!entry)
      quarters.set(q, (entry = { quarter: q, checkIns: 0, offered: [], delivered: [], dropped: [], ledTo: [], goalsAchieved: [] }))
    return entry
  }
  const names = new Map(data.people.map((p) => [p.id, p.name]))
  const personName = (id?: string) => (id ? names.get(id) : undefined)
  for (const c of data.checkIns) at(quarterOf(c.date)).checkIns++
  for (const c of data.commitments) {
    const item = { id: c.id, title: c.title, ...(personName(c.personId) ? { personName: personName(c.personId) } : {}) }
    const offeredOn = c.history[0]?.on ?? c.createdAt.slice(0, 10)
    at(quarterOf(offeredOn)).offered.push(item)
    const closed = c.history.findLast((h) => h.status === 'delivered' || h.status === 'dropped')
    if (closed) at(quarterOf(closed.on))[closed.status === 'delivered' ? 'delivered' : 'dropped'].push(item)
  }
  for (const w of data.wins) {
    // An undated win's day is only when it was recorded: it belongs to no quarter.
    if (w.datePrecision === 'undated') continue
    at(quarterOf(w.date)).ledTo.push({
      id: w.id,
      title: w.title,
      impact: w.impact,
      ...(w.commitmentId ? { fromCommitmentId: w.commitmentId } : {})
    })
  }
  for (const g of data.goals)
    if (g.status === 'achieved') at(quarterOf(g.achievedOn ?? g.updatedAt.slice(0, 10))).goalsAchieved.push({ id: g.id, title: g.title })
  const keys = [...quarters.keys()].sort()
  if (keys.length === 0) return []
  const out: TimelineQuarter[] = []
  for (let q = keys[0]!; q <= keys.at(-1)!; q = nextQuarter(q)) out.push(at(q))
  return out
}

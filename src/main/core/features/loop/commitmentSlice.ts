import { OPEN_STATUSES, type CommitmentStatus } from '../../../../shared/domain/commitment'

/**
 * What a loop prompt may carry about one person's commitments, chosen like the context slice:
 * the few the agenda and offers rules can ever read, never the whole history. A manager logged
 * weekly for a decade has thousands; the plan reads the latest, the open ones, the last delivered,
 * dropped or late one, and the one that answered each current goal or blocker.
 */
export interface SliceItem {
  id: string
  status: CommitmentStatus
  statusDate: string
  dueDate: string | null
  serves: { id: string } | null
}

export interface SliceContext {
  meetingDate: string
  /** Ids of their current goals and blockers (already capped). */
  targetIds: string[]
  /** The day of the last conversation with an ask: work delivered since is news for it. */
  lastAskDate: string | null
}

/** The latest few, whatever their state: the report-back and the opening read the first. */
export const LATEST = 3
/** Open ones listed as "Also open", proposed ones judged again as offers. */
export const OPEN = 5

const isOpen = (c: SliceItem) => OPEN_STATUSES.includes(c.status)

/** Picks from `newestFirst` (already sorted, newest first) and keeps that order. O(n). */
export function commitmentSlice<T extends SliceItem>(newestFirst: readonly T[], ctx: SliceContext): T[] {
  if (newestFirst.length <= LATEST + OPEN) return [...newestFirst]
  const keep = new Set<T>(newestFirst.slice(0, LATEST))
  const firstOf = new Map<string, T>()
  const once = (key: string, c: T) => {
    if (!firstOf.has(key)) firstOf.set(key, c)
  }
  const targets = new Set(ctx.targetIds)
  let open = 0
  for (const c of newestFirst) {
    if (isOpen(c) && open < OPEN) {
      keep.add(c)
      open++
    }
    if (c.status === 'dropped') once('dropped', c)
    if (c.status === 'delivered') once('delivered', c)
    if (isOpen(c) && c.dueDate && c.dueDate < ctx.meetingDate) once('late', c)
    if (c.status === 'delivered' && ctx.lastAskDate && c.statusDate >= ctx.lastAskDate) once('deliveredSinceAsk', c)
    const served = c.serves?.id
    if (served && targets.has(served)) {
      if (c.status === 'delivered') once(`delivered:${served}`, c)
      if (c.status !== 'dropped' && c.status !== 'proposed') once(`handled:${served}`, c)
    }
  }
  for (const c of firstOf.values()) keep.add(c)
  return newestFirst.filter((c) => keep.has(c))
}

/** Keeps the newest `cap` items (by `date`) in their original order. */
export function newestInOrder<T extends { date: string }>(items: readonly T[], cap: number): T[] {
  if (items.length <= cap) return [...items]
  const kept = new Set([...items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, cap))
  return items.filter((i) => kept.has(i))
}

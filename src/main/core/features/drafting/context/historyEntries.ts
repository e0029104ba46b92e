import type { ContextEntry } from '../../../../../shared/domain/contextEntry'
import { COMMITMENT_STATUS_LABELS } from '../../../../../shared/domain/commitment'
import { GOAL_HORIZON_LABELS, GOAL_KIND_LABELS } from '../../../../../shared/domain/goal'
import { PERSON_ROLE_LABELS } from '../../../../../shared/domain/person'
import type { StoreData } from '../../../../../shared/domain/storeData'
import type { Win } from '../../../../../shared/domain/win'
import { promptSafeView, type PromptSafeView } from './promptSafeView'
import { winToEntry } from './winEntries'
import { todayIso } from '../../../base/clock'

const line = (label: string, value: string | undefined) => (value && value.trim() ? `${label}: ${value.trim()}` : '')
const join = (...parts: string[]) => parts.filter(Boolean).join('\n')

/**
 * The prompt-facing entries of the user's history, written from the prompt-safe view
 * (promptSafeView.ts): nothing private reaches this code, so no drafting engine can receive it
 * whatever the UI does.
 */
export function historyEntries(data: StoreData, today: string = todayIso()): ContextEntry[] {
  return viewEntries(promptSafeView(data), today)
}

/** The entries of a prompt-safe view, cached per view (a new view comes with every store change). */
export function viewEntries(view: PromptSafeView, today: string = todayIso()): ContextEntry[] {
  const cached = viewCache.get(view)
  if (cached && cached.today === today) return cached.entries
  const entries = [
    ...part('profile', [view.profile, today], () => profileEntries(view, today)),
    ...part('goals', [view.goals], () => goalEntries(view)),
    ...part('people', [view.people, view.checkIns], () => peopleAndCheckInEntries(view)),
    ...part('commitments', [view.commitments, view.wins], () => commitmentEntries(view)),
    ...part('wins', [view.wins], () => view.wins.map(winEntry))
  ]
  viewCache.set(view, { today, entries })
  return entries
}

const viewCache = new WeakMap<PromptSafeView, { today: string; entries: ContextEntry[] }>()

// Each part is kept for the lists it reads. The view's lists are immutable and shared with the
// previous view when their collections did not change (promptSafeView.ts), so an edit of one win
// rebuilds the wins part (reusing the entries of unchanged wins) and the commitments' links, not
// the people or check-ins.
const parts = new Map<string, { reads: readonly unknown[]; entries: ContextEntry[] }>()
function part(name: string, reads: readonly unknown[], build: () => ContextEntry[]): ContextEntry[] {
  const known = parts.get(name)
  if (known && known.reads.length === reads.length && known.reads.every((r, i) => r === reads[i])) return known.entries
  const entries = build()
  parts.set(name, { reads, entries })
  return entries
}

function profileEntries(data: PromptSafeView, today: string): ContextEntry[] {
  const entries: ContextEntry[] = []
  const p = data.profile
  const profileText = join(
    line('Name', p.name),
    line('Role', p.role),
    line('Level', p.level),
    line('Company', p.company),
    line('Target role', [p.targetRole, p.targetLevel].filter(Boolean).join(', ')),
    line('Target date', p.targetDate),
    line('Strengths', p.strengths.join('; ')),
    line('Growth areas', p.growthAreas.join('; '))
  )
  if (profileText)
    entries.push({ id: 'profile', kind: 'profile', date: today, title: 'Profile', text: profileText, tags: [], linkedIds: [] })
  return entries
}

function goalEntries(data: PromptSafeView): ContextEntry[] {
  const entries: ContextEntry[] = []
  for (const g of data.goals) {
    entries.push({
      id: g.id,
      kind: 'goal',
      date: g.achievedOn ?? g.since,
      title: g.title,
      text: join(
        line('Kind', GOAL_KIND_LABELS[g.kind]),
        line('Horizon', GOAL_HORIZON_LABELS[g.horizon]),
        line('Status', g.status),
        line('Since', g.since),
        line('Achieved on', g.achievedOn ?? ''),
        line('Why it matters', g.why)
      ),
      tags: [g.kind, g.status],
      linkedIds: []
    })
  }
  return entries
}

function peopleAndCheckInEntries(data: PromptSafeView): ContextEntry[] {
  const entries: ContextEntry[] = []
  for (const person of data.people) {
    const notes = person.items.filter((i) => i.kind === 'note')
    entries.push({
      id: person.id,
      kind: 'person',
      date: person.updatedAt.slice(0, 10),
      title: `${person.name} (${PERSON_ROLE_LABELS[person.role]})`,
      text: join(line('Title', person.title), ...notes.map((n) => `Note (${n.date}): ${n.text}`)),
      tags: [person.role],
      personId: person.id,
      linkedIds: []
    })
    for (const item of person.items) {
      if (item.kind === 'note') continue
      entries.push({
        id: item.id,
        kind: item.kind === 'goal' ? 'personGoal' : 'blocker',
        date: item.date,
        title: `${person.name} ${item.kind === 'goal' ? 'is trying to' : 'is blocked by'}: ${item.text}`,
        text: join(item.text, `As heard on ${item.date}${item.current ? '' : `; no longer current since ${item.until ?? 'later'}`}.`),
        tags: [item.current ? 'current' : 'past'],
        personId: person.id,
        linkedIds: item.checkInId ? [item.checkInId] : []
      })
    }
  }

  const people = new Map(data.people.map((x) => [x.id, x]))
  for (const c of data.checkIns) {
    const name = people.get(c.personId)?.name ?? 'someone'
    entries.push({
      id: c.id,
      kind: 'checkIn',
      date: c.date,
      title: `Check-in with ${name}`,
      text: join(
        line('How my work is landing', c.howAmIDoing),
        line('What they are trying to do', c.theirGoals.join('; ')),
        line('What blocks them', c.theirBlockers.join('; ')),
        line('The one thing offered', c.offer),
        line('What I asked for my goals', c.myAsk),
        line('Their answer', c.theirAnswer),
        line('Notes', c.notes)
      ),
      tags: [],
      personId: c.personId,
      linkedIds: [...c.goalIds]
    })
  }
  return entries
}

function commitmentEntries(data: PromptSafeView): ContextEntry[] {
  const entries: ContextEntry[] = []
  // One pass over wins, not one per commitment: ten thousand wins × a thousand commitments adds up.
  const winsByCommitment = new Map<string, string[]>()
  for (const w of data.wins)
    if (w.commitmentId) winsByCommitment.set(w.commitmentId, [...(winsByCommitment.get(w.commitmentId) ?? []), w.id])
  for (const c of data.commitments) {
    // An edit of one win rebuilds this part; the entry of a commitment whose own record and links
    // did not change stays the same object (its ranking facts stay cached with it).
    const linkKey = (winsByCommitment.get(c.id) ?? []).join(',')
    const known = commitmentEntryCache.get(c)
    if (known?.linkKey === linkKey) {
      entries.push(known.entry)
      continue
    }
    const entry: ContextEntry = {
      id: c.id,
      kind: 'commitment',
      date: c.history.at(-1)?.on ?? c.createdAt.slice(0, 10),
      title: c.title,
      text: join(
        c.detail,
        line('Status', `${COMMITMENT_STATUS_LABELS[c.status]} (${c.history.map((h) => `${h.status} ${h.on}`).join(', ')})`),
        line('Due', c.dueDate),
        line('Outcome', c.outcome)
      ),
      tags: [c.status],
      ...(c.personId ? { personId: c.personId } : {}),
      linkedIds: [c.checkInId, c.serves?.id, ...(winsByCommitment.get(c.id) ?? [])].filter((x): x is string => Boolean(x))
    }
    commitmentEntryCache.set(c, { linkKey, entry })
    entries.push(entry)
  }
  return entries
}

const commitmentEntryCache = new WeakMap<PromptSafeView['commitments'][number], { linkKey: string; entry: ContextEntry }>()

// Store updates replace a changed win with a new object and keep the others, so an entry
// cached by win object is rebuilt exactly when that win changes — and only then.
const winEntryCache = new WeakMap<Win, ContextEntry>()

/** A win's prompt entry, built once per win object: read ahead in the background (search/readAhead.ts). */
export function winEntry(w: Win): ContextEntry {
  let entry = winEntryCache.get(w)
  if (!entry) winEntryCache.set(w, (entry = winToEntry(w)))
  return entry
}

import type { ContextEntry } from '../../../../../shared/domain/contextEntry'
import { COMMITMENT_STATUS_LABELS } from '../../../../../shared/domain/commitment'
import { GOAL_HORIZON_LABELS, GOAL_KIND_LABELS } from '../../../../../shared/domain/goal'
import { PERSON_ROLE_LABELS } from '../../../../../shared/domain/person'
import type { StoreData } from '../../../../../shared/domain/storeData'
import type { Win } from '../../../../../shared/domain/win'
import type { Commitment } from '../../../../../shared/domain/commitment'
import { PrivateWords } from './privateCopies'
import { winToEntry } from './winEntries'
import { todayIso } from '../../../base/clock'
import type { VersionedKey } from '../../../store/Store'

const line = (label: string, value: string | undefined) => (value && value.trim() ? `${label}: ${value.trim()}` : '')
const join = (...parts: string[]) => parts.filter(Boolean).join('\n')

/**
 * The prompt-facing view of the user's history. Anything marked private — a person's note,
 * goal or blocker, or a check-in's notes — is left out here, in the core, so no drafting
 * engine can receive it whatever the UI does. A check-in's copy of a private goal or blocker is
 * left out too, by the item it came from (see PrivateWords), so an edit cannot expose it.
 */
export function historyEntries(data: StoreData, today: string = todayIso(), versions?: Versions): ContextEntry[] {
  if (!versions) return buildEntries(data, today, null)
  const key = `${today}|${['profile', 'goals', 'people', 'checkIns', 'commitments', 'wins'].map((k) => versions(k as VersionedKey)).join(':')}`
  if (lastEntries?.key === key) return lastEntries.entries
  const entries = buildEntries(data, today, versions)
  lastEntries = { key, entries }
  return entries
}

/** The store's version of a collection: changes on every write to it (Store.version). */
export type Versions = (key: VersionedKey) => number

// The whole list for the last state, and each part for the versions of what it reads: an edit
// of one win rebuilds the wins part (entries for unchanged wins are reused), not the people,
// check-ins or commitments.
let lastEntries: { key: string; entries: ContextEntry[] } | null = null
const parts = new Map<string, { key: string; entries: ContextEntry[] }>()
function part(name: string, versions: Versions | null, reads: VersionedKey[], extra: string, build: () => ContextEntry[]): ContextEntry[] {
  if (!versions) return build()
  const key = `${extra}|${reads.map(versions).join(':')}`
  const known = parts.get(name)
  if (known?.key === key) return known.entries
  const entries = build()
  parts.set(name, { key, entries })
  return entries
}

function buildEntries(data: StoreData, today: string, versions: Versions | null): ContextEntry[] {
  return [
    ...part('profile', versions, ['profile'], today, () => profileEntries(data, today)),
    ...part('goals', versions, ['goals'], '', () => goalEntries(data)),
    ...part('people', versions, ['people', 'checkIns'], '', () => peopleAndCheckInEntries(data)),
    ...part('commitments', versions, ['commitments', 'wins', 'people'], '', () => commitmentEntries(data)),
    ...part('wins', versions, ['wins'], '', () => data.wins.map(winEntry))
  ]
}

function profileEntries(data: StoreData, today: string): ContextEntry[] {
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

function goalEntries(data: StoreData): ContextEntry[] {
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

function peopleAndCheckInEntries(data: StoreData): ContextEntry[] {
  const entries: ContextEntry[] = []
  const privateWords = new Map<string, PrivateWords>()
  for (const person of data.people) {
    const hidden = new PrivateWords(person)
    privateWords.set(person.id, hidden)
    const notes = person.items.filter((i) => i.kind === 'note' && !hidden.hidesItem(i))
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
      if (hidden.hidesItem(item) || item.kind === 'note') continue
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
    const hidden = privateWords.get(c.personId) ?? new PrivateWords(undefined)
    const name = people.get(c.personId)?.name ?? 'someone'
    entries.push({
      id: c.id,
      kind: 'checkIn',
      date: c.date,
      title: `Check-in with ${name}`,
      text: join(
        line('How my work is landing', c.howAmIDoing),
        line('What they are trying to do', hidden.visibleCopies(c, 'goal', c.theirGoals).join('; ')),
        line('What blocks them', hidden.visibleCopies(c, 'blocker', c.theirBlockers).join('; ')),
        line('The one thing offered', c.offer),
        line('What I asked for my goals', c.myAsk),
        line('Their answer', c.theirAnswer),
        c.notesPrivate ? '' : line('Notes', c.notes)
      ),
      tags: [],
      personId: c.personId,
      linkedIds: [...c.goalIds]
    })
  }

  return entries
}

function commitmentEntries(data: StoreData): ContextEntry[] {
  const entries: ContextEntry[] = []
  // One pass over wins, not one per commitment: ten thousand wins × a thousand commitments adds up.
  const winsByCommitment = new Map<string, string[]>()
  for (const w of data.wins)
    if (w.commitmentId) winsByCommitment.set(w.commitmentId, [...(winsByCommitment.get(w.commitmentId) ?? []), w.id])
  const privateItemIds = new Set(data.people.flatMap((x) => x.items.filter((i) => i.private).map((i) => i.id)))

  for (const c of data.commitments) {
    const servesPrivate = Boolean(c.serves && c.serves.kind !== 'goal' && privateItemIds.has(c.serves.id))
    // An edit of one win rebuilds this part; the entry of a commitment whose own record and links
    // did not change stays the same object (its ranking facts stay cached with it).
    const linkKey = `${servesPrivate}|${(winsByCommitment.get(c.id) ?? []).join(',')}`
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
      linkedIds: [c.checkInId, servesPrivate ? undefined : c.serves?.id, ...(winsByCommitment.get(c.id) ?? [])].filter((x): x is string =>
        Boolean(x)
      )
    }
    commitmentEntryCache.set(c, { linkKey, entry })
    entries.push(entry)
  }

  return entries
}

// Store updates replace a changed win with a new object and keep the others, so an entry
// cached by win object is rebuilt exactly when that win changes — and only then.
const winEntryCache = new WeakMap<Win, ContextEntry>()
const commitmentEntryCache = new WeakMap<Commitment, { linkKey: string; entry: ContextEntry }>()

function winEntry(w: Win): ContextEntry {
  let entry = winEntryCache.get(w)
  if (!entry) winEntryCache.set(w, (entry = winToEntry(w)))
  return entry
}

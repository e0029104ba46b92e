import { slicePage } from '../../base/listPages'
import { VersionedCache } from '../../base/versionedCache'
import { randomUUID } from 'node:crypto'
import { checkInSchema, type CheckIn, type CheckInInput, type HeardCopy } from '../../../../shared/domain/checkIn'
import { normalizeItemText } from '../../../../shared/domain/itemText'
import { commitmentSchema, type Commitment } from '../../../../shared/domain/commitment'
import type { Person, PersonItem } from '../../../../shared/domain/person'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import { commitmentWrites } from '../commitments/commitmentsService'
import { personWrites } from '../people/peopleService'
import type { StoreData } from '../../../../shared/domain/storeData'

type ParsedCheckIn = Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'heard'>

export interface CommitmentFromCheckIn {
  title: string
  detail?: string
  dueDate?: string
  /** For my goals `ref` is the goal id; for their goals/blockers it is the text as typed in this check-in. */
  serves?: { kind: 'goal' | 'personGoal' | 'blocker'; ref: string }
}

// Trailing punctuation and case do not make a new item: "Hiring freeze." is the private "Hiring freeze".
const norm = normalizeItemText

/**
 * Make `texts` the person's current items of `kind`, keeping history: items no longer heard
 * stop being current (dated), new ones are added "as heard on" the check-in day, and ones
 * heard again keep their first date and their private flag.
 */
export function applyHeard(
  items: PersonItem[],
  kind: 'goal' | 'blocker',
  texts: string[],
  checkIn: { id: string; date: string }
): PersonItem[] {
  const wanted = new Map(texts.map((t) => [norm(t), t.trim()]))
  const next = items.map((item) => {
    if (item.kind !== kind || !item.current) return item
    if (wanted.has(norm(item.text))) {
      wanted.delete(norm(item.text))
      return item
    }
    return { ...item, current: false, until: checkIn.date }
  })
  for (const text of wanted.values()) {
    next.push({ id: randomUUID(), kind, text, date: checkIn.date, current: true, private: false, checkInId: checkIn.id })
  }
  return next
}

/**
 * Each goal/blocker copy the check-in records, linked to the person's item it came from (the
 * current one first), so the prompt view can follow the item's private mark, not its words.
 */
export function linkHeard(items: PersonItem[], checkIn: Pick<CheckIn, 'theirGoals' | 'theirBlockers'>): HeardCopy[] {
  const heard: HeardCopy[] = []
  for (const [kind, texts] of [
    ['goal', checkIn.theirGoals],
    ['blocker', checkIn.theirBlockers]
  ] as const) {
    for (const text of texts) {
      const same = items.filter((i) => i.kind === kind && norm(i.text) === norm(text))
      const item = same.find((i) => i.current) ?? same[0]
      if (item) heard.push({ kind, text: text.trim(), itemId: item.id })
    }
  }
  return heard
}

/**
 * The links of an edited check-in: a copy edited in place (same position, new words) keeps its
 * item, words that now match an item are linked to it, and links of words no longer in the
 * check-in go. Links are only added for words present, so an edit can hide more, never expose.
 */
export function relinkHeard(
  before: Pick<CheckIn, 'theirGoals' | 'theirBlockers' | 'heard'>,
  after: Pick<CheckIn, 'theirGoals' | 'theirBlockers'>,
  items: PersonItem[]
): HeardCopy[] {
  const links: HeardCopy[] = [...(before.heard ?? []), ...linkHeard(items, after)]
  for (const [kind, was, now] of [
    ['goal', before.theirGoals, after.theirGoals],
    ['blocker', before.theirBlockers, after.theirBlockers]
  ] as const) {
    now.forEach((text, i) => {
      const old = was[i]
      if (old === undefined || norm(old) === norm(text)) return
      for (const h of before.heard ?? []) if (h.kind === kind && norm(h.text) === norm(old)) links.push({ ...h, text: text.trim() })
    })
  }
  const present = new Set([...after.theirGoals.map((t) => `goal ${norm(t)}`), ...after.theirBlockers.map((t) => `blocker ${norm(t)}`)])
  const seen = new Set<string>()
  return links.filter((h) => {
    const key = `${h.kind} ${norm(h.text)}`
    const id = `${key} ${h.itemId}`
    if (!present.has(key) || seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/**
 * What logging a check-in adds, checked against `data` and not yet saved: the check-in, the
 * person with their current goals and blockers, and the commitment. A problem throws before
 * anything is written, so a caller can save this together with more in one store update.
 */
/** Writes a planned check-in into the document being updated: the record, the person's current items, the commitment it made. */
export function writeCheckInPlan(change: StoreChange, plan: { checkIn: CheckIn; nextPerson: Person }, commitment: Commitment | undefined) {
  change.put('checkIns', plan.checkIn)
  personWrites.save(change, plan.nextPerson)
  if (commitment) commitmentWrites.add(change, commitment)
}

/** The check-ins room owns `checkIns`: the writes other rooms' changes ask of it. */
export const checkInWrites = {
  /** A deleted private goal or blocker leaves its mark on the check-ins' copies of it. */
  markHeardPrivate(change: StoreChange, itemId: string) {
    for (const c of change.list('checkIns'))
      if (c.heard?.some((h) => h.itemId === itemId))
        change.put('checkIns', { ...c, heard: c.heard.map((h) => (h.itemId === itemId ? { ...h, private: true } : h)) })
  },
  importAll: (change: StoreChange, checkIns: readonly CheckIn[]) => change.replaceAll('checkIns', checkIns)
}

export function planCheckIn(data: StoreData, input: CheckInInput | ParsedCheckIn, commitment?: CommitmentFromCheckIn) {
  const at = new Date().toISOString()
  const checkIn = checkInSchema.parse({ ...input, id: randomUUID(), createdAt: at, updatedAt: at })
  const person = findPerson(data, checkIn.personId)
  for (const goalId of checkIn.goalIds) {
    if (!data.goals.some((g) => g.id === goalId)) throw new AppError('NOT_FOUND', 'One of the goals you picked was deleted; pick again.')
  }
  // Only the latest conversation defines what is current; logging an older one adds history only.
  const isLatest = !data.checkIns.some((c) => c.personId === person.id && c.date > checkIn.date)
  let items = person.items
  if (isLatest) {
    items = applyHeard(items, 'goal', checkIn.theirGoals, checkIn)
    items = applyHeard(items, 'blocker', checkIn.theirBlockers, checkIn)
  }
  const nextPerson: Person = { ...person, items, updatedAt: at }
  checkIn.heard = linkHeard(items, checkIn)

  let created: Commitment | undefined
  if (commitment) {
    let serves: Commitment['serves']
    if (commitment.serves?.kind === 'goal') {
      if (!data.goals.some((g) => g.id === commitment.serves!.ref)) throw new AppError('NOT_FOUND', 'The goal this serves was deleted.')
      serves = { kind: 'goal', id: commitment.serves.ref }
    } else if (commitment.serves) {
      const kind = commitment.serves.kind === 'personGoal' ? 'goal' : 'blocker'
      const item = items.find((i) => i.kind === kind && i.current && norm(i.text) === norm(commitment.serves!.ref))
      if (!item) throw new AppError('VALIDATION', `Pick a ${kind} from this check-in for the commitment to serve.`)
      serves = { kind: commitment.serves.kind, id: item.id }
    }
    created = commitmentSchema.parse({
      id: randomUUID(),
      title: commitment.title,
      detail: commitment.detail ?? '',
      personId: person.id,
      checkInId: checkIn.id,
      ...(serves ? { serves } : {}),
      ...(commitment.dueDate ? { dueDate: commitment.dueDate } : {}),
      status: 'proposed',
      history: [{ status: 'proposed', on: checkIn.date }],
      outcome: '',
      createdAt: at,
      updatedAt: at
    })
  }
  return { checkIn, nextPerson, created }
}

function findPerson(data: StoreData, id: string): Person {
  const person = data.people.find((p) => p.id === id)
  if (!person) throw new AppError('NOT_FOUND', 'That person is no longer in your list; add them under People first.')
  return person
}

const byDateDesc = (a: CheckIn, b: CheckIn) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/** The loop log: one conversation with one person at a time. */
export class CheckInsService {
  constructor(private readonly store: Store) {}

  private readonly sorted = new VersionedCache<CheckIn[]>()

  list(filter: { personId?: string } = {}): CheckIn[] {
    return this.store.data.checkIns.filter((c) => !filter.personId || c.personId === filter.personId).sort(byDateDesc)
  }

  page({ personId, offset, limit }: { personId?: string; offset: number; limit: number }) {
    // Sorted once per version of check-ins and filter: a scroll costs a slice.
    const sorted = this.sorted.get(this.store.versionKey('checkIns'), () => this.list({ personId }), personId ?? '')
    return slicePage(sorted, offset, limit)
  }

  get(id: string): CheckIn {
    const found = this.store.find('checkIns', id)
    if (!found) throw notFound('check-in', id)
    return found
  }

  private person(id: string): Person {
    return findPerson(this.store.data, id)
  }

  async create(input: CheckInInput | ParsedCheckIn, commitment?: CommitmentFromCheckIn) {
    const { checkIn, nextPerson, created } = planCheckIn(this.store.data, input, commitment)
    // One update: the check-in, the person's current goals/blockers and the commitment land together.
    return this.store.change((change) => {
      writeCheckInPlan(change, { checkIn, nextPerson }, created)
      return { checkIn, person: nextPerson, commitment: created }
    })
  }

  /** Edits the record of the conversation; it does not rewrite the person's current goals. */
  async update(id: string, input: ParsedCheckIn): Promise<CheckIn> {
    const existing = this.get(id)
    const heard = relinkHeard(
      existing,
      { theirGoals: input.theirGoals ?? [], theirBlockers: input.theirBlockers ?? [] },
      this.person(input.personId).items
    )
    const next = checkInSchema.parse({
      ...input,
      id,
      ...(existing.heard || heard.length ? { heard } : {}),
      createdAt: existing.createdAt,
      updatedAt: new Date().toISOString()
    })
    this.person(next.personId)
    return this.store.put('checkIns', next)
  }

  async delete(id: string): Promise<CheckIn> {
    const existing = this.get(id)
    return this.store.change((change) => {
      change.remove('checkIns', id)
      commitmentWrites.detachCheckIn(change, id)
      return existing
    })
  }
}

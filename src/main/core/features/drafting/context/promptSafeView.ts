import type { CheckIn } from '../../../../../shared/domain/checkIn'
import type { Commitment } from '../../../../../shared/domain/commitment'
import type { Goal } from '../../../../../shared/domain/goal'
import { normalizeItemText } from '../../../../../shared/domain/itemText'
import type { Person, PersonItem } from '../../../../../shared/domain/person'
import type { Profile } from '../../../../../shared/domain/profile'
import type { StoreData } from '../../../../../shared/domain/storeData'
import type { Win } from '../../../../../shared/domain/win'
import { DEFAULT_LADDER, type Ladder } from '../../../../../shared/domain/ladder'

declare const promptSafe: unique symbol

/** A goal or blocker a check-in heard, by the item it came from (null: an older copy with no link). */
export interface SafeHeard {
  kind: 'goal' | 'blocker'
  itemId: string | null
  text: string
}

/** A check-in as a prompt may see it: only shareable copies, no private notes. */
export type SafeCheckIn = Omit<CheckIn, 'heard'> & { heard: SafeHeard[] }

/**
 * Everything a prompt, a preview or a built-in draft may read, as typed domain objects with
 * every private word already gone. It is the only door from the store to the models: the
 * prompt entries (historyEntries), the loop's facts, the packet's history and the built-in
 * draft kinds all read this, never the store. Branded, so raw store data cannot stand in for it.
 */
export interface PromptSafeView {
  readonly [promptSafe]: true
  profile: Profile
  goals: readonly Goal[]
  /** Wins hold nothing private today; a private field added to a win must be dropped here. */
  wins: readonly Win[]
  /** People with their private items, and items re-typed with a private item's words, removed. */
  people: readonly Person[]
  checkIns: readonly SafeCheckIn[]
  /** `serves` is kept only when it names a goal or an item this view shows. */
  commitments: readonly Commitment[]
  /** The user's career ladder (imported or edited in Promo), else the built-in one: levels and criteria for drafts. */
  ladder: Ladder
}

const cache = new WeakMap<StoreData, PromptSafeView>()

/** The prompt-safe view of `data`, rebuilt when the store's root object changes (every save makes a new one). */
export function promptSafeView(data: StoreData): PromptSafeView {
  let view = cache.get(data)
  if (!view) cache.set(data, (view = buildView(data)))
  return view
}

/**
 * The one privacy rule (docs/drafting.md, "Private words"). Privacy follows the item: an item
 * marked private hides every copy a check-in recorded of it, by id, whatever its words are now,
 * and a copy whose private item was deleted stays hidden (`heard.private`). Words follow too, for
 * copies with no link and for items typed again: anything whose words equal a private item's
 * after normalising (case, whitespace, trailing punctuation) is hidden — for every person, so a
 * shareable item elsewhere cannot carry the same words out.
 */
class PrivacyRule {
  private readonly ids = new Set<string>()
  private readonly texts = new Set<string>()

  constructor(data: StoreData) {
    for (const person of data.people)
      for (const item of person.items)
        if (item.private) {
          this.ids.add(item.id)
          this.texts.add(normalizeItemText(item.text))
        }
    for (const checkIn of data.checkIns)
      for (const copy of checkIn.heard ?? [])
        if (copy.private) {
          this.ids.add(copy.itemId)
          this.texts.add(normalizeItemText(copy.text))
        }
  }

  hidesItem(item: Pick<PersonItem, 'id' | 'private' | 'text'>): boolean {
    return item.private || this.ids.has(item.id) || this.texts.has(normalizeItemText(item.text))
  }

  /** The copies of `kind` this check-in may show, each with the item it came from. */
  visibleCopies(checkIn: CheckIn, kind: SafeHeard['kind'], texts: readonly string[], shown: ReadonlySet<string>): SafeHeard[] {
    const links = (checkIn.heard ?? []).filter((h) => h.kind === kind)
    return texts.flatMap((text) => {
      const n = normalizeItemText(text)
      if (this.texts.has(n)) return []
      const linked = links.filter((h) => normalizeItemText(h.text) === n)
      if (linked.some((h) => h.private || this.ids.has(h.itemId))) return []
      const itemId = linked.find((h) => shown.has(h.itemId))?.itemId ?? null
      return [{ kind, itemId, text }]
    })
  }
}

// The filtered lists of the last build and the stored lists they came from. A store change copies
// only the lists it touches and shares the rest, so an edit of a win (the most common save)
// reuses the people, check-ins and commitments already filtered instead of re-reading ten
// thousand check-ins; the view's own lists then stay the same objects, and so do the entries
// and caches built from them (historyEntries.ts).
let lastFiltered: { from: readonly unknown[]; people: Person[]; checkIns: SafeCheckIn[]; commitments: Commitment[] } | null = null

function buildView(data: StoreData): PromptSafeView {
  const from = [data.people, data.checkIns, data.goals, data.commitments]
  const reuse = lastFiltered && lastFiltered.from.every((list, i) => list === from[i]) ? lastFiltered : null
  const filtered = reuse ?? { from, ...filterPrivate(data) }
  lastFiltered = filtered
  const ladder = data.promoPrefs?.ladder ?? DEFAULT_LADDER
  const { people, checkIns, commitments } = filtered
  return { profile: data.profile, goals: data.goals, wins: data.wins, people, checkIns, commitments, ladder } as unknown as PromptSafeView
}

function filterPrivate(data: StoreData): { people: Person[]; checkIns: SafeCheckIn[]; commitments: Commitment[] } {
  const rule = new PrivacyRule(data)
  const people = data.people.map((p) =>
    p.items.some((i) => rule.hidesItem(i)) ? { ...p, items: p.items.filter((i) => !rule.hidesItem(i)) } : p
  )
  const shownItems = new Map(people.flatMap((p) => p.items.map((i) => [i.id, i.kind] as const)))
  const shownIds = new Set(shownItems.keys())
  const goalIds = new Set(data.goals.map((g) => g.id))

  const checkIns = data.checkIns.map((c): SafeCheckIn => {
    const goals = rule.visibleCopies(c, 'goal', c.theirGoals, shownIds)
    const blockers = rule.visibleCopies(c, 'blocker', c.theirBlockers, shownIds)
    const { heard: _stored, ...rest } = c
    return {
      ...rest,
      theirGoals: goals.map((h) => h.text),
      theirBlockers: blockers.map((h) => h.text),
      heard: [...goals, ...blockers],
      notes: c.notesPrivate ? '' : c.notes
    }
  })

  const servesShown = (s: NonNullable<Commitment['serves']>) =>
    s.kind === 'goal' ? goalIds.has(s.id) : shownItems.get(s.id) === (s.kind === 'personGoal' ? 'goal' : 'blocker')
  const commitments = data.commitments.map((c) => {
    if (!c.serves || servesShown(c.serves)) return c
    const { serves: _hidden, ...rest } = c
    return rest
  })

  return { people, checkIns, commitments }
}

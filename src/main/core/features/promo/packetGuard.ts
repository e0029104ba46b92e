import { buildFactsIndex, matchClaim, parseQuantities, type FactsIndex, type Quantity, type SourceRecord } from '../../base/quantities'
import { entryRecord, statesNoFact } from '../drafting/claimsGuard'
import { winToEntry } from '../drafting/context/winEntries'
import { lazyFactsIndex, recordsOf, type HistoryList } from './historyFacts'
import type { NumbersCheck, PacketHistory } from './promoPacket'

/**
 * The numbers guard of a packet: which records a claim may be backed by, and the check itself.
 * What it checks: docs/drafting.md, "The trust guard".
 */

// A claim's amounts depend on its text alone, and a packet's texts come back build after build
// (an edit changes one win's lines): read each text once, for the last few thousand texts.
const parsed = new Map<string, Quantity[]>()
function quantitiesOf(text: string): readonly Quantity[] {
  let qs = parsed.get(text)
  if (!qs) {
    if (parsed.size >= 20_000) parsed.clear()
    parsed.set(text, (qs = parseQuantities(text)))
  }
  return qs
}

/** Builds the trust guard for a packet over the user's history. */
export type NumbersGuardFactory = (history: PacketHistory) => NumbersCheck

/**
 * The drafting trust guard (base/quantities): a claim is backed only by the records its packet
 * item cites, with the same kind and unit, or an honest change from a metric's baseline.
 */
export function guardOver(facts: FactsIndex): NumbersCheck {
  const check: NumbersCheck = (text, citedIds, own = []) => {
    const options = citedIds?.length ? { citedIds } : {}
    // An amount wholly inside a part Loopwise wrote (its own count) is not looked up at all;
    // every other amount, whatever it is next to or looks like, is checked as before.
    const inOwn = (q: Quantity) => own.some(([start, end]) => q.span[0] >= start && q.span[1] <= end)
    // Words that state no fact ("one thing") are dropped before the look-up too: an unbacked
    // amount's reason searches the whole history, and these would be dropped after it anyway.
    return quantitiesOf(text)
      .filter((q) => !inOwn(q) && !statesNoFact(text, q))
      .map((quantity) => ({ quantity, ...matchClaim(quantity, facts, options) }))
      .filter((c) => !c.supported)
      .map((c) => ({ text: c.quantity.text, reason: c.reason ?? `${c.quantity.text}: not in the sources this item cites` }))
  }
  // One guard serves one version of the history: the same claim citing the same records gets
  // the same answer, so a rebuild of an unchanged packet checks nothing twice.
  const answers = new Map<string, ReturnType<NumbersCheck>>()
  return (text, citedIds, own) => {
    const key = `${text}\u0000${citedIds?.join(',') ?? ''}\u0000${own?.flat().join(',') ?? ''}`
    let answer = answers.get(key)
    if (!answer) answers.set(key, (answer = check(text, citedIds, own)))
    return answer.map((f) => ({ ...f }))
  }
}

/** The guard over records read all at once (tests, and callers with a few records). */
export const draftingNumbersGuard = (records: SourceRecord[]): NumbersCheck => guardOver(buildFactsIndex(records))

/** The guard over a whole history, reading each record's numbers only when needed, once per stored object. */
export const historyNumbersGuard: NumbersGuardFactory = (history) => guardOver(lazyFactsIndex(historyLists(history)))

const texts = (...parts: (string | undefined)[]) => parts.filter((p): p is string => !!p)

// How each stored item reads as a record, one function per kind (not one closure per item).
const winRecord = (w: PacketHistory['wins'][number]) => entryRecord(winToEntry(w))
// A commitment's dates are the days its status changed ("delivered on 2026-04-10").
const commitmentRecord = (c: NonNullable<PacketHistory['commitments']>[number]): SourceRecord => ({
  id: c.id,
  label: c.title,
  texts: texts(c.title, c.detail, c.outcome, ...(c.history ?? []).map((s) => `${s.status} on ${s.on}`))
})
const goalRecord = (g: NonNullable<PacketHistory['goals']>[number]): SourceRecord => ({
  id: g.id,
  label: g.title,
  texts: texts(g.title, g.why)
})
const checkInRecord = (c: NonNullable<PacketHistory['checkIns']>[number]): SourceRecord => ({
  id: c.id,
  label: `Check-in ${c.date}`,
  date: c.date,
  texts: texts(c.howAmIDoing)
})
const profileRecord = (profile: NonNullable<PacketHistory['profile']>): SourceRecord => ({
  id: 'profile',
  label: 'Your profile',
  texts: Object.values(profile).flat().map(String)
})
const byOwnId = (x: { id: string }) => x.id

/** Every record a number in a packet may legitimately come from, named by its entity id, read from the stored objects. */
export function historyLists(h: PacketHistory): HistoryList[] {
  // Each list reads only its own items: the element type is checked here, then erased.
  const list = <T extends object>(items: readonly T[], idOf: (item: T) => string, record: (item: T) => SourceRecord) =>
    ({ items, idOf, record }) as unknown as HistoryList
  return [
    // Wins with their typed metrics, so a change derived from a metric and its baseline is backed.
    list(h.wins, byOwnId, winRecord),
    list(h.commitments ?? [], byOwnId, commitmentRecord),
    list(h.goals ?? [], byOwnId, goalRecord),
    list(h.checkIns ?? [], byOwnId, checkInRecord),
    list([h.profile ?? {}], () => 'profile', profileRecord)
  ]
}

/** Every record a number in a packet may legitimately come from, named by its entity id. */
export function historyRecords(h: PacketHistory): SourceRecord[] {
  return recordsOf(historyLists(h))
}

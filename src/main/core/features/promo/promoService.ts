import { randomUUID } from 'node:crypto'
import { defaultCriteria, type PacketSettings, type Placement, type PromoPacketRecord } from '../../../../shared/domain/promo'
import { DEFAULT_LADDER, findLevel, trackFor, type Ladder } from '../../../../shared/domain/ladder'
import { parseLadderCsv, parseLadderMarkdown } from './ladderImport'
import type { StoreData } from '../../../../shared/domain/storeData'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import { VersionedCache } from '../../base/versionedCache'
import type { StoreChange } from '../../store/storeChange'
import { addYears, systemClock, todayIso, type Clock } from '../../base/clock'
import { winToEntry } from '../drafting/context/winEntries'
import { promptSafeView, type PromptSafeView } from '../drafting/context/promptSafeView'
import { buildFactsIndex, matchClaim, parseQuantities, type FactsIndex, type Quantity, type SourceRecord } from '../../base/quantities'
import { entryRecord, statesNoFact } from '../drafting/claimsGuard'
import { packetToDocx } from './packetDocx'
import { packetToMarkdown } from './packetMarkdown'
import { buildPacket, type NumbersCheck, type PacketHistory } from './promoPacket'
import { lazyFactsIndex, warmFacts, type HistorySource } from './historyFacts'

/** Builds the trust guard for a packet over the user's history. */
export type NumbersGuardFactory = (history: PacketHistory) => NumbersCheck

/**
 * The drafting trust guard (base/quantities): a claim is backed only by the records its packet
 * item cites, with the same kind and unit, or an honest change from a metric's baseline.
 */
export const guardOver =
  (facts: FactsIndex): NumbersCheck =>
  (text, citedIds, own = []) => {
    const options = citedIds?.length ? { citedIds } : {}
    // An amount wholly inside a part Loopwise wrote (its own count) is not looked up at all;
    // every other amount, whatever it is next to or looks like, is checked as before.
    const inOwn = (q: Quantity) => own.some(([start, end]) => q.span[0] >= start && q.span[1] <= end)
    // Words that state no fact ("one thing") are dropped before the look-up too: an unbacked
    // amount's reason searches the whole history, and these would be dropped after it anyway.
    return parseQuantities(text)
      .filter((q) => !inOwn(q) && !statesNoFact(text, q))
      .map((quantity) => ({ quantity, ...matchClaim(quantity, facts, options) }))
      .filter((c) => !c.supported)
      .map((c) => ({ text: c.quantity.text, reason: c.reason ?? `${c.quantity.text}: not in the sources this item cites` }))
  }

/** The guard over records read all at once (tests, and callers with a few records). */
export const draftingNumbersGuard = (records: SourceRecord[]): NumbersCheck => guardOver(buildFactsIndex(records))

/** The guard over a whole history, reading each record's numbers only when needed, once per stored object. */
export const historyNumbersGuard: NumbersGuardFactory = (history) => guardOver(lazyFactsIndex(historySources(history)))

// The packet's views of people and check-ins, kept per stored object: the guard's per-record
// cache (historyFacts.ts) is keyed by these objects, so they must not be new on every build.
const personViews = new WeakMap<PromptSafeView['people'][number], NonNullable<PacketHistory['people']>[number]>()
const checkInViews = new WeakMap<PromptSafeView['checkIns'][number], NonNullable<PacketHistory['checkIns']>[number]>()
const viewOf = <S extends object, V>(cache: WeakMap<S, V>, item: S, make: (item: S) => V): V => {
  let view = cache.get(item)
  if (!view) cache.set(item, (view = make(item)))
  return view
}

/**
 * The history as the packet sees it: the prompt-safe view (drafting/context/promptSafeView.ts),
 * so nothing private can end up in a packet, its export or a packet draft. Only the fields a
 * packet writes from are passed on.
 */
export function packetHistoryFrom(stored: StoreData): PacketHistory {
  return packetHistoryOf(promptSafeView(stored))
}

export function packetHistoryOf(data: PromptSafeView): PacketHistory {
  // The view's own lists, not copies: the packet's caches key on them, and nothing writes to them.
  return {
    profile: data.profile,
    wins: data.wins as PacketHistory['wins'],
    goals: data.goals,
    people: data.people.map((p) => viewOf(personViews, p, () => ({ id: p.id, name: p.name, role: p.role, title: p.title }))),
    checkIns: data.checkIns.map((c) =>
      viewOf(checkInViews, c, () => ({ id: c.id, personId: c.personId, date: c.date, howAmIDoing: c.howAmIDoing }))
    ),
    commitments: data.commitments
  }
}

const texts = (...parts: (string | undefined)[]) => parts.filter((p): p is string => !!p)

/** Every record a number in a packet may legitimately come from, named by its entity id, with the object it is read from. */
function historySources(h: PacketHistory): HistorySource[] {
  const profile = h.profile ?? {}
  return [
    // Wins with their typed metrics, so a change derived from a metric and its baseline is backed.
    ...h.wins.map((w) => ({ key: w, id: w.id, record: () => entryRecord(winToEntry(w)) })),
    // A commitment's dates are the days its status changed ("delivered on 2026-04-10").
    ...(h.commitments ?? []).map((c) => ({
      key: c,
      id: c.id,
      record: () => ({
        id: c.id,
        label: c.title,
        texts: texts(c.title, c.detail, c.outcome, ...(c.history ?? []).map((s) => `${s.status} on ${s.on}`))
      })
    })),
    ...(h.goals ?? []).map((g) => ({ key: g, id: g.id, record: () => ({ id: g.id, label: g.title, texts: texts(g.title, g.why) }) })),
    ...(h.checkIns ?? []).map((c) => ({
      key: c,
      id: c.id,
      record: () => ({ id: c.id, label: `Check-in ${c.date}`, date: c.date, texts: texts(c.howAmIDoing) })
    })),
    {
      key: profile,
      id: 'profile',
      record: () => ({
        id: 'profile',
        label: 'Your profile',
        texts: Object.values(profile).flat().map(String)
      })
    }
  ]
}

/** Every record a number in a packet may legitimately come from, named by its entity id. */
export function historyRecords(h: PacketHistory): SourceRecord[] {
  return historySources(h).map((s) => s.record())
}

/** The promo room owns `promoPackets` and `promoPrefs`: what an import asks of it. */
export const promoWrites = {
  importAll(change: StoreChange, data: Pick<StoreData, 'promoPackets' | 'promoPrefs'>) {
    change.replaceAll('promoPackets', data.promoPackets)
    change.set('promoPrefs', data.promoPrefs)
  }
}

export class PromoService {
  constructor(
    private readonly store: Store,
    private readonly guard: NumbersGuardFactory = historyNumbersGuard,
    private readonly now: Clock = systemClock
  ) {}

  defaults(targetLevel?: string) {
    this.warmGuardInBackground()
    const profile = this.store.data.profile
    const last = [...this.store.data.promoPackets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.versions.at(-1)
      ?.packet.settings
    const level = targetLevel?.trim() || profile.targetLevel.trim() || last?.targetLevel || 'Senior'
    const today = todayIso(this.now())
    const ladder = this.currentLadder()
    const track = trackFor(profile)
    const rung = findLevel(ladder, level, track)
    return {
      // Most promotion cycles look back a year; the user can narrow it.
      from: addYears(today, -1),
      to: today,
      targetLevel: level,
      // The user's own edited list wins over the ladder's for the same level.
      criteria: last && last.targetLevel === level && last.criteria.length ? last.criteria : defaultCriteria(level, ladder, track),
      ...(rung ? { level: rung } : {})
    }
  }

  /** The wins list whose records have been (or are being) read ahead; null when none. */
  private warmedFor: readonly unknown[] | null = null

  /**
   * The Promo screen asks for defaults first: read the history's numbers in the background
   * (historyFacts.ts) so the first build does not. Once per wins list; never awaited.
   */
  private warmGuardInBackground() {
    const data = this.store.data
    if (this.warmedFor === data.wins) return
    this.warmedFor = data.wins
    void warmFacts(historySources(packetHistoryFrom(data))).catch(() => undefined)
  }

  private currentLadder(): Ladder {
    return this.store.data.promoPrefs?.ladder ?? DEFAULT_LADDER
  }

  ladder() {
    const custom = this.store.data.promoPrefs?.ladder
    return { ladder: custom ?? DEFAULT_LADDER, custom: Boolean(custom) }
  }

  /** A pasted ladder replaces the default; null goes back to it. A ladder that does not parse changes nothing. */
  async importLadder(input: { format: 'markdown' | 'csv'; text: string } | null) {
    const ladder = input ? (input.format === 'csv' ? parseLadderCsv(input.text) : parseLadderMarkdown(input.text)) : undefined
    await this.store.change((change) => {
      const { ladder: _old, ...rest } = change.value('promoPrefs') ?? { placements: {} }
      change.set('promoPrefs', ladder ? { ...rest, ladder } : rest)
    })
    return this.ladder()
  }

  /** The user's placement wins over the classifier from now on; the latest version is rebuilt with it. */
  async move(packetId: string, winId: string, to: Placement): Promise<PromoPacketRecord> {
    const record = this.get(packetId)
    if (!this.store.data.wins.some((w) => w.id === winId)) throw notFound('win', winId)
    // One save: the remembered choice and the packet rebuilt with it land together.
    const placements = { ...(this.store.data.promoPrefs?.placements ?? {}), [winId]: to }
    const packet = this.buildFrom(record.versions.at(-1)!.packet.settings, placements)
    return this.store.change((change) => {
      change.set('promoPrefs', { ...(change.value('promoPrefs') ?? {}), placements })
      return change.put('promoPackets', { ...record, versions: [...record.versions.slice(0, -1), { ...record.versions.at(-1)!, packet }] })
    })
  }

  private buildFrom(settings: PacketSettings, placements = this.store.data.promoPrefs?.placements ?? {}) {
    const history = packetHistoryFrom(this.store.data)
    const check = this.guardFor(this.store.data, history)
    return buildPacket(settings, history, check, {
      placements,
      ladder: this.currentLadder()
    })
  }

  // The guard's index over ten years of history is rebuilt only when that history changes
  // (the versions of what it reads), not when a packet is saved.
  private readonly guardCache = new VersionedCache<NumbersCheck>(1)

  private guardFor(_data: StoreData, history: PacketHistory): NumbersCheck {
    const version = this.store.versionKey('wins', 'commitments', 'goals', 'checkIns', 'people', 'profile')
    return this.guardCache.get(version, () => this.guard(history))
  }

  build(settings: PacketSettings, packetId?: string): Promise<PromoPacketRecord> {
    const packet = this.buildFrom(settings)
    const at = new Date().toISOString()
    if (packetId) {
      const existing = this.get(packetId)
      return this.store.put('promoPackets', {
        ...existing,
        updatedAt: at,
        versions: [...existing.versions, { version: existing.versions.length + 1, at, packet }]
      })
    }
    const record: PromoPacketRecord = { id: randomUUID(), createdAt: at, updatedAt: at, versions: [{ version: 1, at, packet }] }
    return this.store.put('promoPackets', record)
  }

  list() {
    return [...this.store.data.promoPackets]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((p) => {
        const s = p.versions.at(-1)!.packet.settings
        return { id: p.id, targetLevel: s.targetLevel, from: s.from, to: s.to, versions: p.versions.length, updatedAt: p.updatedAt }
      })
  }

  get(id: string): PromoPacketRecord {
    const record = this.store.data.promoPackets.find((p) => p.id === id)
    if (!record) throw notFound('packet', id)
    return record
  }

  async export(id: string, format: 'markdown' | 'docx', version?: number) {
    const record = this.get(id)
    const v = version ? record.versions.find((x) => x.version === version) : record.versions.at(-1)
    if (!v) throw new AppError('NOT_FOUND', `This packet has no version ${version}.`)
    const slug =
      v.packet.settings.targetLevel
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'packet'
    const base = `promo-packet-${slug}-v${v.version}`
    if (format === 'markdown')
      return { fileName: `${base}.md`, mimeType: 'text/markdown', encoding: 'utf8' as const, content: packetToMarkdown(v.packet) }
    const buf = await packetToDocx(v.packet)
    return {
      fileName: `${base}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64' as const,
      content: buf.toString('base64')
    }
  }
}

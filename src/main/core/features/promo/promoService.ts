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
import { promptSafeView, type PromptSafeView } from '../drafting/context/promptSafeView'
import { packetToDocx } from './packetDocx'
import { packetToMarkdown } from './packetMarkdown'
import { buildPacket, newestFirst, warmPacket, type NumbersCheck, type PacketHistory } from './promoPacket'
import { slicer, warmFacts, warmIdIndexes, type HistoryList } from './historyFacts'
import { historyLists, historyNumbersGuard, type NumbersGuardFactory } from './packetGuard'

export { draftingNumbersGuard, guardOver, historyNumbersGuard, historyRecords, type NumbersGuardFactory } from './packetGuard'

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

/** The promo room owns `promoPackets` and `promoPrefs`: what an import asks of it. */
export const promoWrites = {
  importAll(change: StoreChange, data: Pick<StoreData, 'promoPackets' | 'promoPrefs'>) {
    change.replaceAll('promoPackets', data.promoPackets)
    change.set('promoPrefs', data.promoPrefs)
  }
}

/**
 * The order the history's numbers are read ahead in: what a packet of the last year or two cites
 * first — the short lists (check-ins, goals, commitments, the profile), then the wins newest first.
 */
function warmOrder(lists: HistoryList[]): HistoryList[] {
  const [wins, ...rest] = lists
  const newest = { ...wins!, items: newestFirst(wins!.items as PacketHistory['wins']) } as HistoryList
  return [...rest.reverse(), newest]
}

export class PromoService {
  constructor(
    private readonly store: Store,
    private readonly guard: NumbersGuardFactory = historyNumbersGuard,
    private readonly now: Clock = systemClock
  ) {
    // Each win's section and weight, read once per stored win in the background after the start
    // (about 0.6 s of slices at 50,000 wins): the first packet then does not classify a year of wins.
    this.warmInBackground()
  }

  defaults(targetLevel?: string) {
    const today = todayIso(this.now())
    this.warmInBackground({ from: addYears(today, -1), to: today })
    const profile = this.store.data.profile
    const last = [...this.store.data.promoPackets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.versions.at(-1)
      ?.packet.settings
    const level = targetLevel?.trim() || profile.targetLevel.trim() || last?.targetLevel || 'Senior'
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

  /** The wins list read ahead (or being read): its sections and weights, and with `facts` the guard's numbers. */
  private warmedFor: { wins: readonly unknown[]; facts: boolean } | null = null

  /**
   * Read ahead in the background, 4 ms at a time: every win's section and weight (at the start),
   * then, once the Promo screen opens (promo.defaults, with the period it offers), the details of
   * that period's likely key projects and the history's numbers: those of the records a packet
   * cites, and the rest the guard reads to say where an uncited number is. Once per wins list;
   * never awaited.
   */
  private warmInBackground(period?: { from: string; to: string }) {
    const facts = !!period
    const data = this.store.data
    if (this.warmedFor?.wins === data.wins && (this.warmedFor.facts || !facts)) return
    this.warmedFor = { wins: data.wins, facts }
    const pause = slicer(4)
    // Not even the first slice on the caller's time: the route answers first, and at the start
    // the first screen's routes go first.
    void new Promise<void>((resolve) => setTimeout(resolve, facts ? 0 : 1000).unref())
      .then(async () => {
        // The stored wins as they are (the prompt-safe view's wins are the same objects).
        await warmPacket(data.wins, pause, period)
        // The guard's id index over the wins (its other lists are small).
        warmIdIndexes(historyLists({ wins: data.wins }).slice(0, 1))
        await pause()
        if (facts) await warmFacts(warmOrder(historyLists(packetHistoryFrom(data))))
      })
      .catch(() => undefined)
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

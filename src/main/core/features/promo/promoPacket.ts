import {
  PACKET_SECTION_TITLES,
  PACKET_SECTIONS,
  type Packet,
  type PacketFlag,
  type PacketDetail,
  type PacketItem,
  type PacketSection,
  type PacketSectionId,
  type PacketSettings,
  type PacketSource
} from '../../../../shared/domain/promo'
import { WIN_SECTIONS, type Placement, type WinSection } from '../../../../shared/domain/promo'
import { DEFAULT_LADDER, findLevel, levelLabel, SCOPE_LABELS, trackFor, type Ladder } from '../../../../shared/domain/ladder'
import type { Win } from '../../../../shared/domain/win'
import { sourceLabel } from '../../../../shared/domain/contextEntry'
import { countOf, listOf } from '../../base/english'
import { classifyWin } from './classify'
import { metricPhrase, projectDetails } from './projectDetails'
import { projectWeight } from './rank'
import { impactStrength, measureQuestion, METRIC_PLACEHOLDER } from '../impact/impactRewrite'
import { contentStems, stripEndPunct } from '../../base/text'
import { ListIndexes } from './listEdits'

/**
 * The slices of history a packet is built from. Structural on purpose: the store's
 * profile, goals, people, check-ins and commitments all fit, and private items are
 * dropped here before anything is written into the packet.
 */
export interface PacketHistory {
  profile?: { name?: string; role?: string; level?: string; targetLevel?: string; growthAreas?: string[] }
  wins: Win[]
  goals?: readonly { id: string; title: string; status: string; why: string; kind?: string }[]
  people?: { id: string; name: string; role: string; title?: string }[]
  checkIns?: { id: string; personId: string; date: string; howAmIDoing?: string; theirAnswer?: string; notesPrivate?: boolean }[]
  commitments?: readonly {
    id: string
    title: string
    detail?: string
    outcome?: string
    status: string
    history?: { status: string; on: string }[]
    personId?: string
  }[]
}

/** A part of a claim's text, [start, end), that Loopwise wrote itself (a count it made), not the user. */
export type OwnSpan = readonly [start: number, end: number]

/**
 * Flags every amount in a text that the user's history does not back (the drafting numbers guard).
 * `own`: where Loopwise wrote the text itself; an amount wholly inside one is Loopwise's, not a claim.
 */
export type NumbersCheck = (text: string, citedIds?: readonly string[], own?: readonly OwnSpan[]) => { text: string; reason: string }[]

const inPeriod = (date: string, s: PacketSettings) => date >= s.from && date <= s.to

// Caches keyed by the stored objects: the store replaces a win (and its list) on every change,
// never edits one in place, so a cached answer is right for as long as its key is alive.
const sections = new WeakMap<Win, WinSection>()
const sectionOf = (w: Win) => {
  let section = sections.get(w)
  if (section === undefined) sections.set(w, (section = classifyWin(w).section))
  return section
}

interface DatedIndex {
  /** Dated wins by date, each with its place in the list (a packet keeps the list's order). */
  byDate: { date: string; at: number; w: Win }[]
  undated: Win[]
}
function buildDatedIndex(wins: readonly Win[]): DatedIndex {
  const index: DatedIndex = { byDate: [], undated: [] }
  wins.forEach((w, at) => {
    // An undated win's date is only the day it was recorded: it belongs to no period.
    if (w.datePrecision === 'undated') index.undated.push(w)
    else index.byDate.push({ date: w.date, at, w })
  })
  index.byDate.sort(byDateThenPlace)
  return index
}
const byDateThenPlace = (a: { date: string; at: number }, b: { date: string; at: number }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at
/** Where (date, at) is or belongs in the sorted list: a binary search. */
const placeOf = (xs: DatedIndex['byDate'], key: { date: string; at: number }) => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byDateThenPlace(xs[mid]!, key) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
/** An edited win moves to its new date (or stays): no sort of fifty thousand wins after an edit. */
function patchDatedIndex(index: DatedIndex, before: readonly Win[], after: readonly Win[], at: readonly number[]): boolean {
  for (const i of at) {
    const old = before[i]!
    const w = after[i]!
    if ((old.datePrecision === 'undated') !== (w.datePrecision === 'undated')) return false
    if (w.datePrecision === 'undated') {
      const k = index.undated.indexOf(old)
      if (k < 0) return false
      index.undated[k] = w
      continue
    }
    const k = placeOf(index.byDate, { date: old.date, at: i })
    if (index.byDate[k]?.w !== old) return false
    index.byDate.splice(k, 1)
    const entry = { date: w.date, at: i, w }
    index.byDate.splice(placeOf(index.byDate, entry), 0, entry)
  }
  return true
}
const datedIndexes = new ListIndexes(buildDatedIndex, patchDatedIndex)
const datedIndex = (wins: readonly Win[]): DatedIndex => datedIndexes.get(wins)
/** First position whose date is not below `date`. */
const lowerBound = (xs: DatedIndex['byDate'], date: string, strict = false) => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (strict ? xs[mid]!.date <= date : xs[mid]!.date < date) lo = mid + 1
    else hi = mid
  }
  return lo
}
/** The period's dated wins, in the list's order: two binary searches and a sort of the period, not a pass over every win. */
function winsInPeriod(wins: readonly Win[], s: Pick<PacketSettings, 'from' | 'to'>): Win[] {
  const { byDate } = datedIndex(wins)
  return byDate
    .slice(lowerBound(byDate, s.from), lowerBound(byDate, s.to, true))
    .sort((a, b) => a.at - b.at)
    .map((e) => e.w)
}
/** Dated wins, newest first, then the undated ones (what a read-ahead should reach first). */
export const newestFirst = (wins: readonly Win[]): Win[] => {
  const { byDate, undated } = datedIndex(wins)
  return [...byDate.map((e) => e.w).reverse(), ...undated]
}

/**
 * Read ahead what a first packet needs of each dated win, newest first (a packet looks back a
 * year or so): its section and weight, cached per stored win. With `period` (the one the Promo
 * screen offers), also the details of the wins most likely to be its key projects, which need
 * the English tagger (tens of ms each). `pause` yields between slices, so the build that follows
 * finds the work done instead of doing it while the person waits.
 */
export async function warmPacket(
  wins: readonly Win[],
  pause: () => Promise<void> | undefined,
  period?: Pick<PacketSettings, 'from' | 'to'>
): Promise<void> {
  const { byDate } = datedIndex(wins)
  for (let i = byDate.length - 1; i >= 0; i--) {
    sectionOf(byDate[i]!.w)
    projectWeight(byDate[i]!.w)
    const paused = pause()
    if (paused) await paused
  }
  // The id look-up the packet's sources use: one pass over the list, once per list.
  idMaps.wins.get(wins)
  if (!period) return
  const likely = winsInPeriod(wins, period)
    .filter((w) => !NOT_PROJECTS.has(sectionOf(w)) && projectWeight(w) >= MIN_PROJECT_WEIGHT)
    .sort((a, b) => projectWeight(b) - projectWeight(a))
    .slice(0, 4)
  for (const w of likely) {
    detailsOf(w)
    const paused = pause()
    if (paused) await paused
  }
}
const deliveredOn = (c: NonNullable<PacketHistory['commitments']>[number]) =>
  c.status === 'delivered' ? (c.history?.filter((h) => h.status === 'delivered').at(-1)?.on ?? '') : ''

const claim = (text: string, sourceIds: string[], extra: Partial<PacketItem> = {}): PacketItem => ({
  text,
  sourceIds,
  claim: true,
  details: [],
  links: [],
  ...extra
})
// The plurals spelled out: the English tagger that would find them costs more than a build.
const MORE_WINS = { pluralForm: 'more wins' }
const note = (text: string): PacketItem => ({ text, sourceIds: [], claim: false, details: [], links: [] })

// Where Loopwise's own words are in a claim, by item: kept beside the packet, never in it (the
// packet is the user's document). By position, not by wording, so the same words copied into the
// user's text or a model's sentence are still checked as theirs.
const ownSpans = new WeakMap<PacketItem, OwnSpan[]>()

/** A text joined from the user's words and Loopwise's own, remembering where Loopwise's are. */
class Written {
  text = ''
  readonly own: OwnSpan[] = []
  user(s: string) {
    this.text += s
    return this
  }
  loopwise(s: string) {
    this.own.push([this.text.length, this.text.length + s.length])
    this.text += s
    return this
  }
}
const writtenClaim = (w: Written, sourceIds: string[]) => {
  const item = claim(w.text, sourceIds)
  if (w.own.length) ownSpans.set(item, w.own)
  return item
}

// A key project's details are read from the win alone (and need the English tagger): once per stored win.
const detailCache = new WeakMap<Win, readonly PacketDetail[]>()
const detailsOf = (w: Win) => {
  let details = detailCache.get(w)
  if (!details) detailCache.set(w, (details = projectDetails(w)))
  return details
}

function projectItem(w: Win, commitments: Map<string, NonNullable<PacketHistory['commitments']>[number]>): PacketItem {
  const commitment = w.commitmentId ? commitments.get(w.commitmentId) : undefined
  const strength = impactStrength(w)
  const details = [...detailsOf(w)]
  if (strength.rank === 1 && w.metrics.length === 0)
    details.push({ label: 'To strengthen', text: `${METRIC_PLACEHOLDER} ${strength.next}`, sourceIds: [w.id], missing: true })
  if (commitment)
    details.push({
      label: 'Committed to',
      text: `${commitment.title}${deliveredOn(commitment) ? ` (delivered ${deliveredOn(commitment)})` : ''}.`,
      sourceIds: [commitment.id],
      missing: false
    })
  return claim(w.title, [w.id, ...(commitment ? [commitment.id] : [])], {
    details,
    links: w.evidence.map((e) => ({ url: e.url, label: e.label || e.url })),
    winId: w.id
  })
}

/** One line per win: its title, what changed, and its measures written for people. */
const winLine = (w: Win) => {
  const metrics = listOf(w.metrics.map(metricPhrase))
  const impact = stripEndPunct(w.impact)
  return `${stripEndPunct(w.title)}${impact ? ` — ${impact}` : ''}${metrics ? ` (${metrics})` : ''}.`
}
const commitmentLine = (c: NonNullable<PacketHistory['commitments']>[number]) => {
  const outcome = stripEndPunct(c.outcome ?? '')
  return `${c.title}${outcome ? ` — ${outcome}` : ''} (delivered ${deliveredOn(c)}).`
}

const EMPTY_NOTES: Record<WinSection, string> = {
  delivery: 'Nothing else recorded. Work that moved revenue, cost, users or reliability belongs here: log it with a measure.',
  leadership: 'Nothing recorded yet. Designs you chose, directions you set and migrations you led count: log them as wins.',
  glue: 'Nothing recorded yet. Process fixes, docs, hiring and on-call work count: log them as wins.',
  mentoring: 'Nothing recorded yet. Who did you mentor, coach, onboard or review for? Log it as a win.',
  influence: 'Nothing recorded yet. Talks, proposals other teams adopted and people you persuaded count: log them as wins.',
  recognition: 'No promotions, awards or new roles recorded for this period.'
}

// A title or an award is not a project, and growing people is told in its own section; glue
// work with a measured org-wide result can lead the packet like any delivery.
const NOT_PROJECTS = new Set<WinSection>(['recognition', 'mentoring'])
// Lines per section before the rest are counted: a packet is read, not searched.
const PER_SECTION = 25
// Below this a win has neither a measure nor reach beyond its author: never a key project.
const MIN_PROJECT_WEIGHT = 6

export interface PacketOptions {
  /** Where the user moved each win (by id), remembered across builds. */
  placements?: Readonly<Record<string, Placement>>
  ladder?: Ladder
}

/** The packet, built only from the user's entries: every claim names the entries it came from. */
export function buildPacket(
  settings: PacketSettings,
  history: PacketHistory,
  check: NumbersCheck = () => [],
  options: PacketOptions = {}
): Packet {
  const placements = options.placements ?? {}
  const ladder = options.ladder ?? DEFAULT_LADDER
  const wins = winsInPeriod(history.wins, settings)
  const undated = datedIndex(history.wins).undated
  const commitments = (history.commitments ?? []).filter((c) => {
    const on = deliveredOn(c)
    return on && inPeriod(on, settings)
  })
  const commitmentsById = new Map((history.commitments ?? []).map((c) => [c.id, c]))
  const people = history.people ?? []
  const manager = people.find((p) => p.role === 'manager')
  const profile = history.profile ?? {}
  const sections = Object.fromEntries(PACKET_SECTIONS.map((id) => [id, [] as PacketItem[]])) as Record<PacketSectionId, PacketItem[]>

  // Target level and criteria: the user's own choices (not claims), read against the ladder.
  const level = findLevel(ladder, settings.targetLevel, trackFor(profile))
  const fromProfile = profile.targetLevel && profile.targetLevel.trim() === settings.targetLevel.trim()
  sections.target.push({ ...note(`Target level: ${settings.targetLevel}`), ...(fromProfile ? { sourceIds: ['profile'] } : {}) })
  if (level)
    sections.target.push(note(`On the ladder: ${levelLabel(level)}. Expected scope: ${level.scope || SCOPE_LABELS[level.scopeRank]}`))
  if (profile.role || profile.level)
    sections.target.push(claim(`Current role: ${[profile.role, profile.level].filter(Boolean).join(', ')}`, ['profile']))
  for (const c of settings.criteria) sections.target.push(note(`Criterion: ${c}`))

  // Goals and expectations.
  for (const g of (history.goals ?? []).filter((g) => g.status === 'active' || g.status === 'achieved'))
    sections.goals.push(
      claim(`${g.title}${g.why ? ` — ${stripEndPunct(g.why)}` : ''}${g.status === 'achieved' ? ' (achieved)' : ''}.`, [g.id])
    )
  for (const c of (history.checkIns ?? []).filter((c) => inPeriod(c.date, settings) && c.personId === manager?.id && c.howAmIDoing?.trim()))
    sections.goals.push(
      claim(`${manager!.name} on how my work is landing (${c.date}): ${stripEndPunct(c.howAmIDoing!)}.`, [c.id, manager!.id])
    )
  if (sections.goals.length === 0)
    sections.goals.push(note('No goals or expectations recorded for this period. Add your goals and your manager’s expectations in Loop.'))

  // Each win in the section its meaning says, unless the user moved it.
  // Each win's weight read once: the sorts below compare it thousands of times.
  const placed = wins.map((w) => ({ w, auto: sectionOf(w), chosen: placements[w.id], weight: projectWeight(w) }))
  // Key projects: the ones the user pinned, then the strongest by measured impact and scope.
  const ranked = placed
    .filter((p) => p.chosen === 'projects' || (!p.chosen && !NOT_PROJECTS.has(p.auto) && p.weight >= MIN_PROJECT_WEIGHT))
    .sort((a, b) => Number(b.chosen === 'projects') - Number(a.chosen === 'projects') || b.weight - a.weight)
  const pinned = ranked.filter((p) => p.chosen === 'projects').length
  const projectWins = ranked.filter((p, i) => p.chosen === 'projects' || i - pinned < 2 || (i - pinned < 3 && p.weight >= 20))
  for (const p of projectWins) sections.projects.push(projectItem(p.w, commitmentsById))
  if (projectWins.length < 2)
    sections.projects.push(
      note('A packet needs at least two key projects. Log more wins for this period, with what changed and a measure.')
    )
  const used = new Set(projectWins.map((p) => p.w.id))
  const usedCommitments = new Set(projectWins.map((p) => p.w.commitmentId).filter(Boolean) as string[])
  // A committee reads the strongest few per section; the rest are counted, not dropped silently.
  const more = Object.fromEntries(WIN_SECTIONS.map((s) => [s, 0])) as Record<WinSection, number>
  for (const p of placed.sort((a, b) => b.weight - a.weight))
    if (!used.has(p.w.id)) {
      const section = p.chosen && p.chosen !== 'projects' ? p.chosen : p.auto
      if (sections[section].length < PER_SECTION) sections[section].push(claim(winLine(p.w), [p.w.id], { winId: p.w.id }))
      else more[section]++
    }
  for (const s of WIN_SECTIONS)
    if (more[s])
      sections[s].push(note(`And ${countOf(more[s], 'more win', MORE_WINS)} here with less measured impact: see Wins for the full list.`))
  // Delivered loop commitments: filed by what they are about, like wins.
  for (const c of commitments.filter((c) => !usedCommitments.has(c.id))) {
    const { section } = classifyWin({
      title: c.title,
      whatIDid: c.detail ?? '',
      impact: c.outcome ?? '',
      metrics: [],
      tags: [],
      scope: 'self'
    })
    sections[section].push(claim(commitmentLine(c), [c.id, ...(c.personId ? [c.personId] : [])]))
  }
  for (const s of WIN_SECTIONS) if (sections[s].length === 0) sections[s].push(note(EMPTY_NOTES[s]))

  // Supporters: people whose work or asks this packet's entries touch.
  const periodIds = new Set([...wins.map((w) => w.id), ...commitments.map((c) => c.id)])
  const winTitles = new Map(wins.map((w) => [w.id, w.title]))
  for (const p of people) {
    const theirCommitments = commitments.filter((c) => c.personId === p.id)
    const backs = [
      ...theirCommitments.map((c) => ({ id: c.id, title: c.title })),
      // A win that delivered one of their commitments is already named through it.
      ...wins
        .filter((w) => w.stakeholders.some((s) => s.toLowerCase().includes(p.name.toLowerCase())))
        .filter((w) => !theirCommitments.some((c) => c.id === w.commitmentId))
        .map((w) => ({ id: w.id, title: w.title }))
    ]
    const checkIns = (history.checkIns ?? []).filter((c) => c.personId === p.id && inPeriod(c.date, settings))
    if (backs.length === 0 && checkIns.length === 0) continue
    const role = p.role.replace('-', ' ')
    const text = backs.length
      ? `${p.name} (${role}) — can speak to: ${[...new Set(backs.map((b) => b.title))].join('; ')}.`
      : `${p.name} (${role}) — met in the loop this period.`
    sections.supporters.push(claim(text, [p.id, ...new Set(backs.map((b) => b.id)), ...checkIns.map((c) => c.id)]))
  }
  const known = people.map((p) => p.name.toLowerCase())
  const stakeholders = new Map<string, string[]>()
  for (const w of wins)
    for (const s of w.stakeholders)
      if (!known.some((k) => s.toLowerCase().includes(k))) {
        const ids = stakeholders.get(s)
        if (ids) ids.push(w.id)
        else stakeholders.set(s, [w.id])
      }
  for (const [name, ids] of stakeholders)
    if (ids.some((id) => periodIds.has(id))) {
      const line = new Written().user(
        `${name} — stakeholder on ${ids
          .slice(0, 3)
          .map((id) => winTitles.get(id)!)
          .join('; ')}`
      )
      // The count of the rest is Loopwise's own, not a fact the cited wins state.
      if (ids.length > 3) line.loopwise(`; and ${countOf(ids.length - 3, 'more win', MORE_WINS)}`)
      sections.supporters.push(writtenClaim(line.user('.'), ids.slice(0, 3)))
    }
  if (sections.supporters.length === 0)
    sections.supporters.push(note('No supporters recorded. Add your manager and skip-level in People, and stakeholders on your wins.'))

  // Gaps: a criterion is evidenced when a section its meaning names holds a claim, or its words appear.
  const who = manager?.name ?? 'your manager'
  const evidenced = new Set<PacketSectionId>(
    ['projects', ...WIN_SECTIONS].filter((id) => sections[id as PacketSectionId].some((i) => i.claim)) as PacketSectionId[]
  )
  const evidenceStems = [...sections.projects, ...WIN_SECTIONS.flatMap((s) => sections[s])]
    .filter((i) => i.claim)
    .map((i) => contentStems(`${i.text} ${i.details.map((d) => d.text).join(' ')}`))
  const criterionEvidence = new Map<string, boolean>()
  for (const criterion of settings.criteria) {
    const { scores } = classifyWin({ title: criterion, whatIDid: '', impact: '', metrics: [], tags: [], scope: 'self' })
    const bySection = WIN_SECTIONS.some((s) => scores[s] > 0 && evidenced.has(s))
    const stems = [...contentStems(criterion)].filter((s) => s.length >= 4)
    const byWords = evidenceStems.some((ts) => stems.filter((s) => ts.has(s)).length >= Math.min(2, stems.length))
    criterionEvidence.set(criterion, bySection || byWords)
    if (!bySection && !byWords)
      sections.gaps.push(
        note(`Little evidence yet for “${criterion}”. Plan: ask ${who} at the next check-in for one piece of work that shows it.`)
      )
  }
  // A typed metric is a measure even when the impact sentence is short ("Cloud bill down").
  for (const { w } of projectWins.filter((p) => p.w.metrics.length === 0 && impactStrength(p.w).rank < 2))
    sections.gaps.push(claim(`“${w.title}” has no measure yet. Plan: ${measureQuestion(w)}`, [w.id]))
  for (const g of profile.growthAreas ?? [])
    sections.gaps.push(
      claim(`Growth area: ${g}. Plan: take one commitment this quarter that exercises it, and review it with ${who}.`, ['profile'])
    )
  if (undated.length)
    sections.gaps.push(
      note(
        `${countOf(undated.length, 'undated win', { pluralForm: 'undated wins' })} not counted in this period (no date was written for them). Plan: give each the day or quarter it happened in Wins.`
      )
    )
  if (sections.gaps.length === 0)
    sections.gaps.push(note('No gaps found against your criteria. Ask your manager what they would still want to see.'))

  const out: PacketSection[] = PACKET_SECTIONS.map((id) => ({ id, title: PACKET_SECTION_TITLES[id], items: sections[id] }))
  const sources = collectSources(out, history)
  const flags = guardPacket(out, check)
  return {
    settings: { from: settings.from, to: settings.to, targetLevel: settings.targetLevel, criteria: settings.criteria },
    sections: out,
    sources,
    flags,
    checklist: reviewChecklist(out, flags, who, settings, criterionEvidence, level ? levelLabel(level) : settings.targetLevel),
    engine: 'builtin'
  }
}

/** The numbers guard over the whole packet: every item, every detail. */
export function guardPacket(sections: PacketSection[], check: NumbersCheck): PacketFlag[] {
  const flags: PacketFlag[] = []
  for (const s of sections)
    s.items.forEach((item, i) => {
      // The user's own headings (criteria) and prompts to fill in state no fact.
      if (!item.claim) return
      for (const f of check(item.text, item.sourceIds, ownSpans.get(item)))
        flags.push({ where: `${s.title} › ${item.text.slice(0, 60)}`, text: f.text, reason: f.reason })
      for (const d of item.details.filter((d) => !d.missing))
        for (const f of check(d.text, [...item.sourceIds, ...d.sourceIds]))
          flags.push({ where: `${s.title} › item ${String.fromCharCode(65 + (i % 26))} › ${d.label}`, text: f.text, reason: f.reason })
    })
  return flags
}

function reviewChecklist(
  sections: PacketSection[],
  flags: PacketFlag[],
  who: string,
  settings: PacketSettings,
  evidence: Map<string, boolean>,
  levelName: string
): string[] {
  const missing = sections.flatMap((s) => s.items.flatMap((i) => i.details.filter((d) => d.missing))).length
  return [
    `Agree with ${who} that these ${countOf(settings.criteria.length, 'criterion', { pluralForm: 'criteria' })} for ${levelName} are the ones the promotion committee will use.`,
    // One line per criterion: the ladder's bar is what the conversation is about.
    ...settings.criteria.map((c) =>
      evidence.get(c) ? `Ask ${who} whether the packet shows “${c}” at ${levelName}.` : `Ask ${who} what work would show “${c}”.`
    ),
    'Walk through each key project: would your manager describe the impact the same way?',
    ...(missing ? ['Fill in every [placeholder] with a fact you have, or cut the line.'] : []),
    ...(flags.length ? ['Check the numbers flagged as not found in your history before sharing.'] : []),
    'Ask each supporter whether they will speak to the work, and who else should.',
    'Agree the one-line plan for each gap, and revisit it at the next quarterly loop.',
    'Keep it to the projects that matter most; cut the rest.'
  ]
}

const SOURCE_PREFIX: Record<string, string> = {
  win: 'Win',
  commitment: 'Commitment',
  goal: 'Goal',
  person: 'Person',
  checkIn: 'Check-in',
  profile: 'Profile'
}

// Look-ups by id, one per kind of list; an edit patches the list before's map instead of a new one.
const idMapIndexes = () =>
  new ListIndexes<{ id: string }, Map<string, { id: string }>>(
    (xs) => new Map(xs.map((x) => [x.id, x])),
    (map, before, after, at) => {
      // Only a replacement under the same id keeps the map right (the last of a repeated id wins).
      if (at.some((i) => before[i]!.id !== after[i]!.id || map.get(before[i]!.id) !== before[i])) return false
      for (const i of at) map.set(after[i]!.id, after[i]!)
      return true
    }
  )
const idMaps = {
  wins: idMapIndexes(),
  commitments: idMapIndexes(),
  goals: idMapIndexes(),
  people: idMapIndexes(),
  checkIns: idMapIndexes()
}

/** Every id cited, labelled S1…Sn in order of first use, with what it is. */
function collectSources(sections: PacketSection[], h: PacketHistory): PacketSource[] {
  const ids = new Set<string>()
  for (const s of sections)
    for (const i of s.items) for (const id of [...i.sourceIds, ...i.details.flatMap((d) => d.sourceIds)]) ids.add(id)
  // Look-ups by id, built once per list (not per build): a year of a busy history cites thousands of entries.
  const byId = <T extends { id: string }>(kind: keyof typeof idMaps, xs: readonly T[] | undefined) =>
    idMaps[kind].get(xs ?? []) as Map<string, T>
  const wins = byId('wins', h.wins)
  const commitments = byId('commitments', h.commitments)
  const goals = byId('goals', h.goals)
  const people = byId('people', h.people)
  const checkIns = byId('checkIns', h.checkIns)
  return [...ids].map((id, n) => {
    const label = sourceLabel(n)
    const w = wins.get(id)
    if (w) return { id, label, kind: SOURCE_PREFIX.win!, title: w.title, date: w.datePrecision === 'undated' ? 'Undated' : w.date }
    const c = commitments.get(id)
    if (c) return { id, label, kind: SOURCE_PREFIX.commitment!, title: c.title, date: deliveredOn(c) || (c.history?.at(-1)?.on ?? '') }
    const g = goals.get(id)
    if (g) return { id, label, kind: SOURCE_PREFIX.goal!, title: g.title, date: '' }
    const p = people.get(id)
    if (p) return { id, label, kind: SOURCE_PREFIX.person!, title: p.name, date: '' }
    const ci = checkIns.get(id)
    if (ci)
      return {
        id,
        label,
        kind: SOURCE_PREFIX.checkIn!,
        title: `Check-in with ${people.get(ci.personId)?.name ?? 'someone'}`,
        date: ci.date
      }
    return { id, label, kind: SOURCE_PREFIX.profile!, title: 'Your profile', date: '' }
  })
}

import {
  PACKET_SECTION_TITLES,
  type Packet,
  type PacketFlag,
  type PacketItem,
  type PacketSection,
  type PacketSectionId,
  type PacketSettings,
  type PacketSource
} from '../../../shared/domain/promo'
import type { Win } from '../../../shared/domain/win'
import { formatMetricPlain, impactStrength, measureQuestion, METRIC_PLACEHOLDER } from './impactRewrite'
import { SITUATION } from './rubricCues'
import { contentStems, splitSentences, stripEndPunct } from './text'

/**
 * The slices of history a packet is built from. Structural on purpose: the store's
 * profile, goals, people, check-ins and commitments all fit, and private items are
 * dropped here before anything is written into the packet.
 */
export interface PacketHistory {
  profile?: { name?: string; role?: string; level?: string; targetLevel?: string; growthAreas?: string[] }
  wins: Win[]
  goals?: { id: string; title: string; status: string; why: string; kind?: string }[]
  people?: { id: string; name: string; role: string; title?: string }[]
  checkIns?: { id: string; personId: string; date: string; howAmIDoing?: string; theirAnswer?: string; notesPrivate?: boolean }[]
  commitments?: {
    id: string
    title: string
    detail?: string
    outcome?: string
    status: string
    history?: { status: string; on: string }[]
    personId?: string
  }[]
}

/** Flags every amount in a text that the user's history does not back (the drafting numbers guard). */
export type NumbersCheck = (text: string, citedIds?: readonly string[]) => { text: string; reason: string }[]

const GLUE =
  /\b(process|onboard|documentation|docs?\b|runbook|hiring|interview|on-?call|tooling|planning|retro|rituals?|standards?|templates?|migrat|clean ?up|triage|wiki|guide)/i
const MENTORING =
  /\b(mentor|coach|taught|teach|onboarded|pair(ed|ing)|talk|present(ed|ation)|workshop|brown ?bag|review(ed|s)?|influenc|align(ed)?|convinc|persuad|proposal|rfc|design doc|grew|sponsor)/i
const DECISION =
  /\b(decided|chose|proposed|recommended|pushed|prioriti[sz]ed|designed|split|cut|picked|traded|argued|set|defined|planned)\b/i
const PROBLEM =
  /\b(because|problem|issue|blocked|blocker|slow|broken|failing|manual|painful|risk|too (many|much|slow)|no one|nobody|couldn't|could not|was eating|wasted)\b/i

/** Criteria are written in promo language; evidence in work language. These bridge the two. */
const CRITERION_SYNONYMS: [RegExp, RegExp][] = [
  [/grow|develop|mentor|coach|multipl/i, /\b(mentor|coach|taught|paired|onboard|trained|grew)/i],
  [/direction|strateg|vision/i, /\b(strateg|roadmap|direction|vision|bets)/i],
  [/influenc|align|leadership/i, /\b(influenc|aligned|convinc|persuad|proposed|leadership|cpo|ceo|vp)/i],
  [/hir/i, /\b(hiring|interview|recruit)/i],
  [/measur|result|deliver/i, /\b(measured|delivered|shipped|launched)\b/i]
]

const inPeriod = (date: string, s: PacketSettings) => date >= s.from && date <= s.to
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
const note = (text: string): PacketItem => ({ text, sourceIds: [], claim: false, details: [], links: [] })

const SCOPE_RANK = { self: 0, team: 1, org: 2, company: 3 } as const

/** Best projects first: measured, wide-scope, committed-to work leads. */
// Stored wins are replaced, never edited in place, so a weight cached by object stays right.
const weights = new WeakMap<Win, number>()

function projectWeight(w: Win): number {
  let weight = weights.get(w)
  if (weight === undefined) weights.set(w, (weight = computeWeight(w)))
  return weight
}

function computeWeight(w: Win): number {
  return (
    impactStrength(w).rank * 10 +
    SCOPE_RANK[w.scope] * 4 +
    Math.min(3, w.metrics.length) +
    (w.commitmentId ? 3 : 0) +
    (w.evidence.length ? 1 : 0)
  )
}

function projectItem(w: Win, commitments: NonNullable<PacketHistory['commitments']>): PacketItem {
  const sentences = splitSentences(`${w.whatIDid}\n${w.impact}`).map((s) => s.text)
  const problem = sentences.find((s) => PROBLEM.test(s) || SITUATION.test(s.toLowerCase()))
  const decisions = splitSentences(w.whatIDid)
    .map((s) => s.text)
    .filter((s) => s !== problem)
  const decided = decisions.filter((s) => DECISION.test(s))
  const metrics = w.metrics.map(formatMetricPlain).join('; ')
  const commitment = commitments.find((c) => c.id === w.commitmentId)
  const strength = impactStrength(w)
  const details = [
    problem
      ? { label: 'Problem', text: problem, sourceIds: [w.id], missing: false }
      : { label: 'Problem', text: '[problem? what was wrong or at stake before]', sourceIds: [w.id], missing: true },
    decisions.length
      ? { label: 'My decisions', text: (decided.length ? decided : decisions).join(' '), sourceIds: [w.id], missing: false }
      : { label: 'My decisions', text: '[which calls were yours, and why?]', sourceIds: [w.id], missing: true },
    {
      label: 'Complexity',
      text: `Scope: ${w.scope}.${w.stakeholders.length ? ` Worked with: ${w.stakeholders.join(', ')}.` : ''}`,
      sourceIds: [w.id],
      missing: false
    },
    w.impact.trim() || metrics
      ? {
          label: 'Measured impact',
          text: [stripEndPunct(w.impact), metrics ? `Measured: ${metrics}` : ''].filter(Boolean).join('. ') + '.',
          sourceIds: [w.id],
          // An applied rewrite may still hold an unanswered [placeholder?].
          missing: /\[[^\]]*\?\]/.test(w.impact)
        }
      : { label: 'Measured impact', text: `${METRIC_PLACEHOLDER} ${measureQuestion(w)}`, sourceIds: [w.id], missing: true }
  ]
  if (strength.rank === 1)
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
    links: w.evidence.map((e) => ({ url: e.url, label: e.label || e.url }))
  })
}

const winLine = (w: Win) => {
  const metrics = w.metrics.map(formatMetricPlain).join('; ')
  const impact = stripEndPunct(w.impact)
  return `${w.title}${impact ? ` — ${impact}` : ''}${metrics ? ` (${metrics})` : ''}.`
}
const commitmentLine = (c: NonNullable<PacketHistory['commitments']>[number]) => {
  const outcome = stripEndPunct(c.outcome ?? '')
  return `${c.title}${outcome ? ` — ${outcome}` : ''} (delivered ${deliveredOn(c)}).`
}

/** The packet, built only from the user's entries: every claim names the entries it came from. */
export function buildPacket(settings: PacketSettings, history: PacketHistory, check: NumbersCheck = () => []): Packet {
  const wins = history.wins.filter((w) => inPeriod(w.date, settings))
  const commitments = (history.commitments ?? []).filter((c) => {
    const on = deliveredOn(c)
    return on && inPeriod(on, settings)
  })
  const people = history.people ?? []
  const manager = people.find((p) => p.role === 'manager')
  const profile = history.profile ?? {}
  const sections: Record<PacketSectionId, PacketItem[]> = {
    target: [],
    goals: [],
    projects: [],
    glue: [],
    mentoring: [],
    supporters: [],
    gaps: []
  }

  // Target level and criteria: the user's own choices (not claims).
  const fromProfile = profile.targetLevel && profile.targetLevel.trim() === settings.targetLevel.trim()
  sections.target.push({ ...note(`Target level: ${settings.targetLevel}`), ...(fromProfile ? { sourceIds: ['profile'] } : {}) })
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

  // Key projects: the 2–4 strongest wins.
  const ranked = [...wins].sort((a, b) => projectWeight(b) - projectWeight(a) || b.date.localeCompare(a.date))
  const projectWins = ranked.filter((w, i) => i < 2 || (i < 4 && projectWeight(w) >= 20))
  for (const w of projectWins) sections.projects.push(projectItem(w, history.commitments ?? []))
  if (projectWins.length < 2)
    sections.projects.push(
      note('A packet needs at least two key projects. Log more wins for this period, with what changed and a measure.')
    )

  // Glue work and mentoring: the rest, by what they are about; delivered loop commitments count as glue.
  const used = new Set(projectWins.map((w) => w.id))
  const usedCommitments = new Set(projectWins.map((w) => w.commitmentId).filter(Boolean) as string[])
  for (const w of ranked.filter((w) => !used.has(w.id))) {
    const text = `${w.title} ${w.whatIDid} ${w.impact} ${w.tags.join(' ')}`
    if (MENTORING.test(text)) sections.mentoring.push(claim(winLine(w), [w.id]))
    else if (GLUE.test(text) || w.tags.some((t) => /glue|process|ops/.test(t))) sections.glue.push(claim(winLine(w), [w.id]))
    // Not glue, not mentoring, not a key project: still listed, so no win silently drops out.
    else sections.glue.push(claim(`Also delivered: ${winLine(w)}`, [w.id]))
  }
  for (const c of commitments.filter((c) => !usedCommitments.has(c.id))) {
    const text = `${c.title} ${c.detail ?? ''} ${c.outcome ?? ''}`
    ;(MENTORING.test(text) ? sections.mentoring : sections.glue).push(claim(commitmentLine(c), [c.id, ...(c.personId ? [c.personId] : [])]))
  }
  if (sections.glue.length === 0)
    sections.glue.push(note('Nothing recorded yet. Process fixes, docs, hiring and on-call work count: log them as wins.'))
  if (sections.mentoring.length === 0)
    sections.mentoring.push(note('Nothing recorded yet. Who did you mentor, review, teach or persuade? Log it as a win.'))

  // Supporters: people whose work or asks this packet's entries touch.
  const periodIds = new Set([...wins.map((w) => w.id), ...commitments.map((c) => c.id)])
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
  const known = new Set(people.map((p) => p.name.toLowerCase()))
  const stakeholders = new Map<string, string[]>()
  for (const w of wins)
    for (const s of w.stakeholders)
      if (![...known].some((k) => s.toLowerCase().includes(k))) stakeholders.set(s, [...(stakeholders.get(s) ?? []), w.id])
  for (const [name, ids] of stakeholders)
    if (ids.some((id) => periodIds.has(id)))
      sections.supporters.push(claim(`${name} — stakeholder on ${ids.map((id) => wins.find((w) => w.id === id)!.title).join('; ')}.`, ids))
  if (sections.supporters.length === 0)
    sections.supporters.push(note('No supporters recorded. Add your manager and skip-level in People, and stakeholders on your wins.'))

  // Gaps with a one-line plan: criteria without evidence, projects without measures, growth areas.
  const evidenceText = [...sections.projects, ...sections.glue, ...sections.mentoring]
    .filter((i) => i.claim)
    .map((i) => `${i.text} ${i.details.map((d) => d.text).join(' ')}`)
  const who = manager?.name ?? 'your manager'
  for (const criterion of settings.criteria) {
    const stems = [...contentStems(criterion)].filter((s) => s.length >= 4)
    const synonyms = CRITERION_SYNONYMS.filter(([re]) => re.test(criterion)).map(([, words]) => words)
    const hits = evidenceText.filter((t) => {
      const ts = contentStems(t)
      return stems.filter((s) => ts.has(s)).length >= Math.min(2, stems.length) || synonyms.some((re) => re.test(t))
    })
    if (hits.length === 0)
      sections.gaps.push({
        ...note(`Little evidence yet for “${criterion}”. Plan: ask ${who} at the next check-in for one piece of work that shows it.`)
      })
  }
  for (const w of projectWins.filter((w) => impactStrength(w).rank < 2))
    sections.gaps.push(claim(`“${w.title}” has no measure yet. Plan: ${measureQuestion(w)}`, [w.id]))
  for (const g of profile.growthAreas ?? [])
    sections.gaps.push(
      claim(`Growth area: ${g}. Plan: take one commitment this quarter that exercises it, and review it with ${who}.`, ['profile'])
    )
  if (sections.gaps.length === 0)
    sections.gaps.push(note('No gaps found against your criteria. Ask your manager what they would still want to see.'))

  const out: PacketSection[] = (Object.keys(sections) as PacketSectionId[]).map((id) => ({
    id,
    title: PACKET_SECTION_TITLES[id],
    items: sections[id]
  }))
  const sources = collectSources(out, history)
  const flags = guardPacket(out, check)
  return {
    settings: { from: settings.from, to: settings.to, targetLevel: settings.targetLevel, criteria: settings.criteria },
    sections: out,
    sources,
    flags,
    checklist: reviewChecklist(out, flags, who),
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
      for (const f of check(item.text, item.sourceIds))
        flags.push({ where: `${s.title} › ${item.text.slice(0, 60)}`, text: f.text, reason: f.reason })
      for (const d of item.details.filter((d) => !d.missing))
        for (const f of check(d.text, [...item.sourceIds, ...d.sourceIds]))
          flags.push({ where: `${s.title} › item ${String.fromCharCode(65 + (i % 26))} › ${d.label}`, text: f.text, reason: f.reason })
    })
  return flags
}

function reviewChecklist(sections: PacketSection[], flags: PacketFlag[], who: string): string[] {
  const missing = sections.flatMap((s) => s.items.flatMap((i) => i.details.filter((d) => d.missing))).length
  return [
    `Agree with ${who} that the target level and criteria are the ones the promotion committee will use.`,
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

/** Every id cited, labelled S1…Sn in order of first use, with what it is. */
function collectSources(sections: PacketSection[], h: PacketHistory): PacketSource[] {
  const ids = new Set<string>()
  for (const s of sections)
    for (const i of s.items) for (const id of [...i.sourceIds, ...i.details.flatMap((d) => d.sourceIds)]) ids.add(id)
  // Look-ups by id, built once: a year of a busy history cites thousands of entries.
  const byId = <T extends { id: string }>(xs: readonly T[] | undefined) => new Map((xs ?? []).map((x) => [x.id, x]))
  const wins = byId(h.wins)
  const commitments = byId(h.commitments)
  const goals = byId(h.goals)
  const people = byId(h.people)
  const checkIns = byId(h.checkIns)
  return [...ids].map((id, n) => {
    const label = `S${n + 1}`
    const w = wins.get(id)
    if (w) return { id, label, kind: SOURCE_PREFIX.win!, title: w.title, date: w.date }
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

import { sourceLabel, type ContextEntry } from '../../../../../shared/domain/contextEntry'
import type { DraftParams } from '../../../../../shared/domain/drafting'
import type { DraftInput, DraftKind } from '../types'
import { mdText } from '../../../base/markdown/safeMarkdown'
import { entryFields, IMPACT_QUESTION, isVagueImpact } from './entryFields'

const SCOPE_RANK: Record<string, number> = { company: 0, org: 1, team: 2, self: 3 }
const SCOPE_THEME: Record<string, string> = {
  company: 'Company-wide impact',
  org: 'Across the organisation',
  team: 'For the team',
  self: 'Craft and growth'
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const describePeriod = (p: DraftParams) =>
  p.from && p.to ? `${p.from} to ${p.to}` : p.from ? `since ${p.from}` : p.to ? `up to ${p.to}` : 'all time'

export const NO_INVENTION_RULES = [
  'Use only facts found in the entries. Never invent numbers, metrics, percentages, money, durations, names or dates.',
  'Every amount and date you write must appear in the entries you cite, written with its unit (digits or words alike). Where a measure is missing, write the placeholder [metric?] instead of guessing.',
  'Amounts the plan labels “(suggested)” or “estimate — yours to set” are Loopwise’s suggestions, not facts: keep the label next to them.',
  'Where impact is vague, ask: “What changed, for whom, by how much?”',
  'Cite the entries you use with their labels, like [S1]; cite only labels that appear in the entries.'
].join('\n- ')

function themeOf(entry: ContextEntry, scope: string): string {
  if (entry.tags[0]) return capitalise(entry.tags[0])
  return SCOPE_THEME[scope] ?? 'Other work'
}

function renderBuiltin({ params, entries }: DraftInput): string {
  const period = describePeriod(params)
  const head = `## Impact summary — ${period}\n\n`
  const wins = entries.map((entry, i) => ({ entry, label: sourceLabel(i) })).filter(({ entry }) => entry.kind === 'win')
  if (wins.length === 0) {
    return `${head}No wins are recorded for ${period}. Add wins (what you did, the result, and a measure if you have one), then draft again.\n`
  }
  const groups = new Map<string, { rank: number; measured: number; items: string[]; vague: string[] }>()
  for (const { entry, label } of wins) {
    const f = entryFields(entry.text)
    const scope = f.scope ?? 'self'
    const theme = themeOf(entry, scope)
    const group = groups.get(theme) ?? { rank: 9, measured: 0, items: [], vague: [] }
    groups.set(theme, group)
    group.rank = Math.min(group.rank, SCOPE_RANK[scope] ?? 9)
    const impact = f.impact ?? ''
    const metrics = f.metrics ?? ''
    const vague = isVagueImpact(impact, metrics)
    // Impact first; the task comes after, as supporting detail.
    // What the person typed is escaped: the draft is saved, copied and exported as Markdown.
    const lead = impact ? `**${mdText(entry.title)}** — ${mdText(impact.replace(/\.?$/, '.'))}` : `**${mdText(entry.title)}**.`
    const lines = [`- ${lead} [${label}]`]
    if (metrics) lines.push(`  - Measured: ${mdText(metrics)}`)
    if (f.for) lines.push(`  - For: ${mdText(f.for)}`)
    if (f['what i did']) lines.push(`  - What I did: ${mdText(f['what i did'])}`)
    if (vague) {
      lines.push(`  - **To answer:** ${IMPACT_QUESTION} Add a measure: [metric?]`)
      group.vague.push(entry.title)
    } else group.measured++
    // Measured, wider-scope wins lead within a theme.
    const weight = (vague ? 10 : 0) + (SCOPE_RANK[scope] ?? 9)
    group.items.push(`${String(weight).padStart(2, '0')}\u0000${lines.join('\n')}`)
  }
  const ordered = [...groups].sort(
    (a, b) => a[1].rank - b[1].rank || b[1].measured - a[1].measured || b[1].items.length - a[1].items.length || a[0].localeCompare(b[0])
  )
  const body = ordered
    .map(([theme, g]) => {
      const items = g.items.sort((a, b) => a.localeCompare(b)).map((s) => s.split('\u0000')[1])
      return `### ${mdText(theme)}\n\n${items.join('\n')}`
    })
    .join('\n\n')
  const vague = ordered.flatMap(([, g]) => g.vague)
  const questions = vague.length
    ? `\n\n### Before you share this\n\nThese wins say what you did but not yet what it changed. For each, answer: ${IMPACT_QUESTION}\n\n${vague.map((t) => `- ${mdText(t)}`).join('\n')}`
    : ''
  return `${head}${body}${questions}\n`
}

/** An impact-focused summary of the user's wins over a period: the first draft kind. */
export const summaryKind: DraftKind = {
  id: 'summary',
  label: 'Impact summary',
  description: 'Your wins over a period, grouped by theme, impact first — ready for a check-in, a self-review or a promo packet.',
  criteria: (p) => ({
    from: p.from,
    to: p.to,
    focus: p.focus,
    tags: p.tags,
    personId: p.personId,
    kinds: ['win', 'goal', 'profile'],
    kindWeights: { win: 1.5, goal: 0.6, profile: 0.4 },
    halfLifeDays: 365
  }),
  messages: ({ params, rendered }) => [
    {
      role: 'system',
      content:
        'You help a person describe the impact of their own work for their manager, skip-level or a promotion packet. ' +
        'Write in the first person, in Markdown. Group wins by theme; lead each with its impact (what changed, for whom, by how much), then the work. ' +
        `Rules:\n- ${NO_INVENTION_RULES}`
    },
    {
      role: 'user',
      content:
        `Write an impact summary of my wins for ${describePeriod(params)}.` +
        (params.focus ? `\nFocus on: ${params.focus}` : '') +
        (params.audience ? `\nAudience: ${params.audience}` : '') +
        `\n\nEntries:\n\n${rendered || '(no entries in this period)'}`
    }
  ],
  builtin: renderBuiltin
}

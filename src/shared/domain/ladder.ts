import { z } from 'zod'

/**
 * One career ladder: the only place that knows what a level means. Promo criteria, the packet's
 * gaps and the interview rubric's scope bar all read it, so "Group PM" cannot get senior
 * criteria in one screen and an org-level bar in another.
 */

export const TRACKS = ['ic-engineering', 'ic-product', 'management'] as const
export type Track = (typeof TRACKS)[number]
export const TRACK_NAMES: Record<Track, string> = {
  'ic-engineering': 'IC engineering',
  // One product ladder from PM to Senior Director: its top rungs lead people, so "IC" would misname them.
  'ic-product': 'Product',
  management: 'Management'
}

/** Names a track went by before (a ladder exported by an older version says "Track: IC product"). */
const FORMER_TRACK_NAMES: Partial<Record<string, Track>> = { 'ic product': 'ic-product' }

/** Reach a level is expected to have: 1 one team, 2 several teams or an org, 3 the company. */
export const SCOPE_LABELS = { 1: 'team-level impact', 2: 'org-level impact across teams', 3: 'company-level impact' } as const
export type ScopeRank = keyof typeof SCOPE_LABELS

export const ladderLevelSchema = z.strictObject({
  /** "L5": the rung, comparable across tracks. */
  code: z.string().trim().min(1, 'A level needs a code like L5.').max(20),
  rank: z.number().int().min(0).max(20),
  track: z.enum(TRACKS),
  name: z.string().trim().min(1, 'A level needs a name.').max(80),
  /** Other names people type for it: "Senior", "E5", "SWE III". */
  aliases: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  scopeRank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Expected scope in a sentence: "Owns a team's hardest problems end to end". */
  scope: z.string().trim().max(300).default(''),
  criteria: z.array(z.string().trim().min(1).max(300)).min(1, 'A level needs at least one criterion.').max(20)
})
export type LadderLevel = z.infer<typeof ladderLevelSchema>

export const ladderSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  levels: z.array(ladderLevelSchema).min(1, 'A ladder needs at least one level.').max(200)
})
export type Ladder = z.infer<typeof ladderSchema>

const lvl = (
  code: string,
  track: Track,
  name: string,
  aliases: string[],
  scopeRank: ScopeRank,
  scope: string,
  criteria: string[]
): LadderLevel => ({ code, rank: Number(code.slice(1)), track, name, aliases, scopeRank, scope, criteria })

/**
 * The default ladder, written in our own words from the shape public engineering and product
 * ladders share (scope widens one step per level; leadership moves from self to team to org).
 */
export const DEFAULT_LADDER: Ladder = {
  name: 'Loopwise default ladder',
  levels: [
    lvl(
      'L3',
      'ic-engineering',
      'Software Engineer I',
      ['E3', 'Junior', 'Junior Engineer', 'Associate Engineer', 'SWE I', 'Entry level'],
      1,
      'Delivers well-defined tasks with guidance.',
      [
        'Delivers well-scoped tasks reliably with guidance',
        'Learns the codebase, tools and team practices quickly',
        'Asks for help early and acts on feedback'
      ]
    ),
    lvl(
      'L4',
      'ic-engineering',
      'Software Engineer II',
      ['E4', 'Mid-level', 'Mid-level Engineer', 'SWE II', 'Engineer II'],
      1,
      'Owns features end to end within the team.',
      [
        'Owns features end to end with little guidance',
        'Delivers measurable results on time',
        'Writes code and reviews others can rely on',
        'Helps teammates and newer engineers'
      ]
    ),
    lvl(
      'L5',
      'ic-engineering',
      'Senior Engineer',
      ['E5', 'Senior', 'Senior Software Engineer', 'SWE III', 'Senior Developer'],
      1,
      'Owns a team’s ambiguous problems end to end.',
      [
        'Owns ambiguous problems end to end for the team',
        'Delivers measurable results on time',
        'Raises the bar through reviews, mentoring and hiring',
        'Influences beyond the team'
      ]
    ),
    lvl(
      'L6',
      'ic-engineering',
      'Staff Engineer',
      ['E6', 'Staff', 'Staff Software Engineer', 'Tech Lead', 'Lead Engineer'],
      2,
      'Sets direction for several teams.',
      [
        'Sets technical direction across several teams',
        'Delivers org-level impact with measured outcomes',
        'Multiplies others: mentoring, standards, glue work',
        'Trusted by leadership with ambiguous, high-stakes work'
      ]
    ),
    lvl(
      'L7',
      'ic-engineering',
      'Senior Staff Engineer',
      ['E7', 'Senior Staff', 'Senior Staff Engineer'],
      3,
      'Shapes a whole org’s technical strategy.',
      [
        'Defines the technical strategy for an org of several teams',
        'Delivers results the company notices, measured in business terms',
        'Grows staff-level engineers and the org’s technical bar',
        'Resolves the hardest cross-org disagreements'
      ]
    ),
    lvl(
      'L8',
      'ic-engineering',
      'Principal Engineer',
      ['E8', 'Principal', 'Principal Software Engineer'],
      3,
      'Shapes company-level strategy.',
      [
        'Shapes company-level strategy',
        'Solves problems no one else can, with company-wide impact',
        'Grows senior leaders and the org’s bar'
      ]
    ),
    lvl(
      'L9',
      'ic-engineering',
      'Distinguished Engineer',
      ['E9', 'Distinguished', 'Fellow', 'Senior Principal'],
      3,
      'Moves the company and the industry.',
      [
        'Sets direction the whole company follows for years',
        'Recognised in the industry for the company’s technical work',
        'Builds the next generation of principal engineers'
      ]
    ),

    lvl(
      'L3',
      'ic-product',
      'Associate Product Manager',
      ['APM', 'Associate PM', 'Product Analyst'],
      1,
      'Delivers well-defined product work with guidance.',
      [
        'Ships well-scoped product work with guidance',
        'Learns customers, data and the team’s product quickly',
        'Writes clear specs others can build from'
      ]
    ),
    lvl('L4', 'ic-product', 'Product Manager', ['PM', 'Product Manager'], 1, 'Owns a feature area for one team.', [
      'Owns a feature area from discovery to launch',
      'Decides with data and customer evidence',
      'Delivers measurable outcomes for users',
      'Keeps engineering and design aligned'
    ]),
    lvl(
      'L5',
      'ic-product',
      'Senior Product Manager',
      ['Senior PM', 'SPM', 'Senior Product Manager'],
      1,
      'Owns a product area and its roadmap.',
      [
        'Owns a product area’s strategy and roadmap',
        'Delivers measurable business results',
        'Influences stakeholders beyond the team',
        'Coaches other PMs and raises the bar'
      ]
    ),
    lvl(
      'L6',
      'ic-product',
      'Group Product Manager',
      ['Group PM', 'GPM', 'Lead PM', 'Principal PM', 'Principal Product Manager'],
      2,
      'Sets direction for a group of teams.',
      [
        'Sets product direction across several teams',
        'Delivers org-level business impact with measured outcomes',
        'Grows product managers: hiring, coaching, standards',
        'Aligns peers and leadership on hard trade-offs'
      ]
    ),
    lvl(
      'L7',
      'ic-product',
      'Director of Product',
      ['Director of Product', 'Product Director', 'Senior Group PM'],
      3,
      'Owns a product line’s strategy.',
      [
        'Owns the strategy of a product line',
        'Delivers results the company measures itself by',
        'Builds and grows a team of product leaders',
        'Represents the product to executives and customers'
      ]
    ),
    lvl('L8', 'ic-product', 'Senior Director of Product', ['Senior Director of Product'], 3, 'Shapes company product strategy.', [
      'Shapes company-level product strategy',
      'Delivers company-wide outcomes',
      'Grows product directors and the org’s bar'
    ]),
    lvl(
      'L9',
      'ic-product',
      'VP of Product',
      ['VP Product', 'VP of Product', 'CPO', 'Head of Product'],
      3,
      'Leads product for the company.',
      ['Sets the company’s product vision', 'Accountable for product results at company level', 'Builds the product organisation']
    ),

    lvl('L5', 'management', 'Engineering Manager', ['M1', 'EM', 'Manager', 'Team Lead'], 1, 'Leads one team.', [
      'Builds and grows a healthy team',
      'Delivers the team’s goals with measured outcomes',
      'Hires and develops people',
      'Aligns with peers on priorities'
    ]),
    lvl(
      'L6',
      'management',
      'Senior Engineering Manager',
      ['M2', 'Senior Manager', 'Senior EM', 'Senior Engineering Manager'],
      2,
      'Leads several teams or managers.',
      [
        'Leads several teams or managers to measured outcomes',
        'Grows managers and senior engineers',
        'Aligns and influences peers and leadership',
        'Improves how the org plans, hires and runs'
      ]
    ),
    lvl(
      'L7',
      'management',
      'Director of Engineering',
      ['M3', 'Director', 'Engineering Director', 'Head of Engineering'],
      3,
      'Leads an org.',
      [
        'Sets the org’s strategy and delivers it',
        'Builds a leadership team and a healthy org',
        'Influences company direction with leadership peers'
      ]
    ),
    lvl('L8', 'management', 'Senior Director of Engineering', ['M4', 'Senior Director'], 3, 'Leads several orgs.', [
      'Leads several orgs to company-level outcomes',
      'Grows directors',
      'Shapes company strategy with executives'
    ]),
    lvl(
      'L9',
      'management',
      'VP of Engineering',
      ['M5', 'VP', 'VP Engineering', 'VP of Engineering', 'CTO'],
      3,
      'Leads engineering for the company.',
      [
        'Accountable for engineering results at company level',
        'Builds the engineering organisation and its culture',
        'Partners with executives on company strategy'
      ]
    )
  ]
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const namesOf = (l: LadderLevel) => [l.name, ...l.aliases]

/**
 * The level a person's words name: the longest name or alias found as whole words wins ("Senior
 * Staff" beats "Staff", "Group PM" beats "PM"); else a bare code ("L6" in "Staff (L6)"), in the
 * preferred track. Undefined when nothing matches; callers say so rather than guess.
 */
export function findLevel(ladder: Ladder, text: string, track?: Track): LadderLevel | undefined {
  const t = ` ${norm(text)} `
  if (!t.trim()) return undefined
  let best: { level: LadderLevel; length: number } | undefined
  for (const level of ladder.levels)
    for (const n of namesOf(level)) {
      const words = norm(n)
      if (!words || !t.includes(` ${words} `)) continue
      const preferred = track && level.track === track ? 0.5 : 0
      const score = words.length + preferred
      if (!best || score > best.length) best = { level, length: score }
    }
  if (best) return best.level
  const code = / (l\d{1,2}) /.exec(t)?.[1]?.toUpperCase()
  if (!code) return undefined
  const withCode = ladder.levels.filter((l) => l.code.toUpperCase() === code)
  return withCode.find((l) => l.track === (track ?? 'ic-engineering')) ?? withCode[0]
}

/**
 * The track a piece of text names: a track as such ("Product", "management", or the former "IC product"), else the role
 * in it. Product comes first, so "Director of Product" is on the product track as in the default
 * ladder; managing, heading or directing anything else is management. Undefined when it says
 * nothing about a track. One reading for a profile and for an imported ladder's levels.
 */
export function trackOfText(text: string): Track | undefined {
  const t = text.trim().toLowerCase()
  const named = TRACKS.find((k) => t === k || t === TRACK_NAMES[k].toLowerCase()) ?? FORMER_TRACK_NAMES[t]
  if (named) return named
  // Program and project managers run delivery without reports: their ladders read like product's.
  if (/\bproduct\b|\bpm\b|\b(?:program|programme|project) manag|\btpm\b/.test(t)) return 'ic-product'
  if (/\bmanag|\bhead of\b|\bdirector\b|\bvp\b|\bm\d\b/.test(t)) return 'management'
  if (/\bengineer/.test(t)) return 'ic-engineering'
  return undefined
}

/**
 * The track a profile is on, from its role and target role: a bare code ("L8") means Senior
 * Director of Product to a product person and Principal Engineer to an engineer.
 */
export function trackFor(profile: { role?: string; targetRole?: string }): Track | undefined {
  return trackOfText(`${profile.targetRole ?? ''} ${profile.role ?? ''}`)
}

/** How a level reads in a picker: "L6 · Staff Engineer (IC engineering track)". */
export const levelLabel = (l: LadderLevel) => `${l.code} · ${l.name} (${TRACK_NAMES[l.track]} track)`

/** Criteria for what the person typed; a level the ladder does not know gets the senior bar, said plainly by the caller. */
export function criteriaFor(ladder: Ladder, text: string, track?: Track): string[] {
  return (findLevel(ladder, text, track) ?? findLevel(DEFAULT_LADDER, 'Senior')!).criteria
}

/** The reach a level is expected to show, for the interview rubric's scope bar. */
export function expectedScopeFor(ladder: Ladder, text: string): { rank: ScopeRank; label: string } {
  const level = findLevel(ladder, text)
  const rank = level?.scopeRank ?? 1
  return { rank, label: SCOPE_LABELS[rank] }
}

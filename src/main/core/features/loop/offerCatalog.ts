/**
 * Offer templates the built-in engine matches against what a person is trying to do or is
 * blocked by — by the kind of work it is about (core/features/loop/workKinds), never by a
 * shared word. Each is a piece of work that matters to them, is owned by nobody yet, and can be
 * finished well within a quarter — the shape of the worked example's offers (draft the strategy
 * v1, run the tool rollout, overhaul the interview loop). Small ones (days, not weeks) are the
 * lighter skip-level offer. No template contains a number: the numbers guard must find nothing
 * to flag in built-in text. Effort is said so it reads the same to the user and to their manager.
 */
import type { WorkKind } from './workKinds'
import { phraseForms } from '../../base/english'

export interface OfferTemplate {
  id: string
  /** The kinds of work it answers; a goal or blocker must share one. */
  kinds: WorkKind[]
  /** Narrower than its kinds: only a goal or blocker that also says this. */
  narrow?: RegExp
  title(target: string): string
  whyStretch: string
  effort: string
  showDelivery: string
  /** A user strength this template plays to. */
  strength: RegExp
  /**
   * Growth areas it honestly practises, said by the template rather than guessed from shared
   * words: "without managing them" must not count as practice in managing managers.
   */
  practises?: RegExp
  /** Whether it answers something they are trying to do, something blocking them, or either. */
  on: 'goal' | 'blocker' | 'any'
  /** Small: a few days, for the lighter skip-level loop. */
  size: 'small' | 'medium'
}

/** Their goal or blocker in the form a title needs after a preposition: "for refreshing the product strategy". */
const about = (s: string) => phraseForms(s).gerund

export const OFFER_TEMPLATES: OfferTemplate[] = [
  {
    id: 'strategy-draft',
    on: 'any',
    size: 'medium',
    kinds: ['strategy'],
    title: (t) => `Draft v1 of the narrative for ${about(t)} for you to edit, not write`,
    whyStretch: 'Writing for the whole org, not just your own area: the strategic range the next level asks for.',
    practises: /strateg|org-level|writ|narrative/i,
    effort: 'About two weeks of focused writing alongside the day job.',
    showDelivery: 'A sharp draft they can edit rather than write; note how much of it survives into the final version.',
    strength: /strateg|writ|narrative/i
  },
  {
    id: 'strategy-cascade',
    on: 'goal',
    size: 'medium',
    kinds: ['strategy'],
    narrow: /\bstrateg\w*|\bvision\b/i,
    title: () => 'Land the strategy: a one-page brief per team, and walk each team through it',
    whyStretch: 'Influence without authority across teams — landing a strategy is harder than writing it.',
    practises: /influenc|cross-team|stakeholder/i,
    effort: 'Three to four weeks: one brief and one session per team.',
    showDelivery: 'Every team can say how its roadmap follows from the strategy; share the briefs and what changed.',
    strength: /roll|cross-team|influenc|present|communicat/i
  },
  {
    id: 'strategy-review',
    on: 'goal',
    size: 'medium',
    kinds: ['strategy'],
    title: () =>
      'Run a strategy check across the team roadmaps: where each one follows the strategy, where it does not, and what to change',
    whyStretch: 'Holding peers’ plans up to the strategy — a leadership conversation, not a writing task.',
    effort: 'Two to three weeks: one review per team, one summary.',
    showDelivery: 'A one-page read-out of the gaps and the changes teams agreed to make.',
    strength: /strateg|cross-team|influenc|analy/i
  },
  {
    id: 'strategy-measures',
    on: 'goal',
    size: 'medium',
    kinds: ['strategy'],
    narrow: /\bstrateg\w*|\bvision\b/i,
    title: () => 'Define how we will know the strategy is working: the few measures that matter, and a first read-out',
    whyStretch: 'Turning a narrative into measures leaders can steer by.',
    effort: 'Two weeks to agree the measures, then a first read-out.',
    showDelivery: 'Agreed measures on one page and a first read-out they can reuse with their own leadership.',
    strength: /data|analy|metric|strateg/i
  },
  {
    id: 'rollout',
    on: 'any',
    size: 'medium',
    kinds: ['process'],
    narrow: /\btool\w*|\bmigrat\w*|\broll\s?-?out\b|\badopt\w*|\bplatform\b|\bsystem\b|\bprocess\w*|\bnobody owns\b|\bno owner\b|\bonto\b/i,
    title: (t) =>
      `Own ${/\bnobody owns\b|\bno owner\b/i.test(t) ? t.replace(/^.*?\b(nobody owns|no owner for)\s+/i, '').replace(/[.!?]+$/, '') : about(t)} end to end: plan, pilot team, training, cut-over`,
    whyStretch: 'Leading a change across teams you do not manage, with a date to hit.',
    practises: /influenc|cross-team|change|stakeholder/i,
    effort: 'Four to six weeks with a pilot team first.',
    showDelivery: 'A dated plan shared up front, a pilot, then the cut-over on time with no teams left behind; a short retro to them.',
    strength: /roll|migrat|cross-team|operat|program|execut/i
  },
  {
    id: 'decision-log',
    on: 'any',
    size: 'medium',
    kinds: ['process'],
    narrow: /\bdecision\w*|\balign\w*|\bdisagree\w*|\bhandoffs?\b|\bpriorit\w*/i,
    title: () => 'Set up how the contested decisions get made and written down, and run the first round with both sides',
    whyStretch: 'Getting peers who disagree to one decision, without the authority to impose it.',
    effort: 'About two weeks to agree the way of deciding, then the first round.',
    showDelivery: 'The first decisions made that way, written down, and fewer of them coming back to them.',
    strength: /facilitat|cross-team|influenc|communicat|lead/i
  },
  {
    id: 'hiring-loop',
    on: 'any',
    size: 'medium',
    kinds: ['hiring'],
    title: () => 'Overhaul the interview loop: a shared rubric, a question bank and interviewer calibration',
    whyStretch: 'Setting the bar for the whole org’s hiring, not just your own team’s.',
    practises: /hir|org-level|talent/i,
    effort: 'About a month to redesign, then a quarter to see results.',
    showDelivery: 'Before and after: how candidates score against the rubric and what hiring managers say about quality.',
    strength: /hir|interview|coach|people|talent/i
  },
  {
    id: 'hiring-funnel',
    on: 'any',
    size: 'medium',
    kinds: ['hiring'],
    narrow: /\bpipeline\b|\bsourc\w*|\brecruit\w*|\bhir\w*/i,
    title: () => 'Map where candidates drop out of the hiring pipeline and fix the worst step with the recruiters',
    whyStretch: 'Owning a problem that sits between product, recruiting and hiring managers, none of whom you manage.',
    practises: /influenc|cross-team|hir/i,
    effort: 'Two weeks to map it, then a few weeks on the fix.',
    showDelivery:
      'The worst step named with evidence from recruiting, the fix agreed, and the next months’ pipeline compared with the last.',
    strength: /hir|recruit|analy|data|operat/i
  },
  {
    id: 'metrics',
    on: 'any',
    size: 'medium',
    kinds: ['metrics'],
    title: (t) => `Define the few metrics behind ${about(t)} and run the first review with the owners`,
    whyStretch: 'Getting several teams to agree on one definition of success.',
    effort: 'Two to three weeks to agree definitions, then one review.',
    showDelivery: 'One agreed page of metric definitions and a first review where decisions were made from them.',
    strength: /data|analy|metric|insight/i
  },
  {
    id: 'metrics-pilot',
    on: 'goal',
    size: 'medium',
    kinds: ['metrics'],
    title: () => 'Start with one team: agreed metric definitions, one dashboard, and a guide the next teams can copy',
    whyStretch: 'Turning a goal for every team into a working example other teams can follow.',
    effort: 'Three to four weeks with one team, then the guide.',
    showDelivery: 'The pilot team reviews its work from the shared metrics; the next team starts from the guide.',
    strength: /data|analy|metric|roll|cross-team/i
  },
  {
    id: 'customers',
    on: 'goal',
    size: 'medium',
    kinds: ['customers'],
    title: (t) => `Write the brief for ${about(t)}: what those customers ask for, where we fall short, what to build first`,
    whyStretch: 'Turning customer and sales signal into a product bet leaders can act on.',
    effort: 'Three weeks: customer calls, a synthesis, one recommendation.',
    showDelivery: 'A recommendation they take to their own leadership, with the customer evidence attached.',
    strength: /strateg|writ|customer|research/i
  },
  {
    id: 'customer-calls',
    on: 'any',
    size: 'medium',
    kinds: ['customers'],
    narrow: /\bcustomer\w*|\benterprise\b|\baccount\w*|\bsales\b|\bdeal\w*/i,
    title: (t) => `Join the sales team on the next deals behind ${about(t)} and bring back what blocks them`,
    whyStretch: 'Working directly with sales and customers, outside the product team’s comfort zone.',
    effort: 'A few hours a week for a month.',
    showDelivery: 'A short write-up of the blockers heard and which ones product fixed.',
    strength: /customer|sales|present|communicat/i
  },
  {
    id: 'churn-interviews',
    on: 'any',
    size: 'medium',
    kinds: ['customers'],
    narrow: /\bchurn\w*|\bretention\b|\bleav\w*|\bcancel\w*|\blost (customers|deals)\b/i,
    title: () => 'Interview recently lost customers and bring back the top reasons, with one fix to try first',
    whyStretch: 'Hearing hard news straight from customers and turning it into a decision for leadership.',
    effort: 'About three weeks: a handful of calls, a synthesis, one recommendation.',
    showDelivery: 'A one-page synthesis with quotes, and the first fix agreed with an owner and a date.',
    strength: /customer|research|analy|data|writ/i
  },
  {
    id: 'retention-experiment',
    on: 'goal',
    size: 'medium',
    kinds: ['customers'],
    narrow: /\bchurn\w*|\bretention\b|\bconversion\b|\bactivation\b|\bgrowth\b/i,
    title: (t) => `Design and run one experiment on ${about(t)}, with the success measure agreed up front`,
    whyStretch: 'Owning a measurable outcome, not just an output.',
    effort: 'Two weeks to design, a few weeks to run.',
    showDelivery: 'The result against the measure agreed beforehand — whichever way it goes — and what to do next.',
    strength: /data|analy|experiment|metric/i
  },
  {
    id: 'onboarding-playbook',
    on: 'any',
    size: 'medium',
    kinds: ['onboarding'],
    title: (t) => `Write the playbook behind ${about(t)}: what good looks like, how new people ramp up, how we check`,
    whyStretch: 'Shaping how the whole team works, which is what leading at the next level means.',
    effort: 'Three to four weeks, tried with the next person who joins.',
    showDelivery: 'The next new hire ramps up on it; ask them and their manager what was missing.',
    strength: /coach|people|writ|lead|mentor/i
  },
  {
    id: 'mentoring-circle',
    on: 'goal',
    size: 'medium',
    kinds: ['people', 'onboarding'],
    title: () => 'Start a peer mentoring circle for the newer people on the team, and run the first sessions',
    whyStretch: 'Growing other people without managing them — the multiplier the next level asks for.',
    practises: /coach|mentor|develop|grow(ing)? (other )?people/i,
    effort: 'A week to set up, then an hour every other week.',
    showDelivery: 'The people in it say what changed for them; ask their managers too.',
    strength: /coach|mentor|people|lead/i
  },
  {
    id: 'craft-bar',
    on: 'goal',
    size: 'medium',
    kinds: ['quality'],
    title: () => 'Write the craft bar: what good looks like at each level, with real examples from our own work',
    whyStretch: 'Defining the standard others are measured by — a leadership job, not an individual one.',
    effort: 'About three weeks, reviewed with a few senior people before it is shared.',
    showDelivery: 'Used in the next review cycle and in hiring debriefs; collect where it settled a disagreement.',
    strength: /writ|strateg|coach|lead/i
  },
  {
    id: 'review-forum',
    on: 'goal',
    size: 'medium',
    kinds: ['quality'],
    title: () => 'Start a product review where work is shown early, and run the first sessions',
    whyStretch: 'Raising the quality of other people’s work without managing them.',
    practises: /influenc|feedback|quality bar|coach/i,
    effort: 'A week to set up, then an hour every other week.',
    showDelivery: 'Work reaches them in better shape; ask them once it has settled in whether fewer things surprise them.',
    strength: /coach|strateg|facilitat|lead|cross-team/i
  },
  {
    id: 'incident-reviews',
    on: 'any',
    size: 'medium',
    kinds: ['reliability'],
    title: (t) => `Run the incident reviews behind ${about(t)} for a month and bring back the few fixes that would prevent most of them`,
    whyStretch: 'Owning an operational problem across teams and getting fixes prioritised that are not yours to schedule.',
    effort: 'A month of reviews, then one summary.',
    showDelivery: 'The fixes agreed with owners and dates; the next month’s incidents compared with the last.',
    strength: /operat|reliab|analy|data|execut/i
  },
  {
    id: 'cost-review',
    on: 'any',
    size: 'medium',
    kinds: ['cost'],
    title: (t) => `Find where the money behind ${about(t)} goes and bring back the biggest savings, each with an owner`,
    whyStretch: 'Making a business case with finance, outside the product or engineering comfort zone.',
    effort: 'Two to three weeks of analysis, then one review.',
    showDelivery: 'Savings agreed with owners and dates, tracked against the baseline finance already reports.',
    strength: /data|analy|financ|operat/i
  },
  {
    id: 'launch',
    on: 'any',
    size: 'medium',
    kinds: ['launch'],
    title: (t) => `Run the readiness review for ${about(t)}: risks, owners and a go/no-go list`,
    whyStretch: 'Holding several teams to a date and calling the risks out loud.',
    effort: 'A few days to set up, then a weekly check until launch.',
    showDelivery: 'The launch lands on the date with no surprises; a one-page retro to them.',
    strength: /execut|program|roll|operat|deliver/i
  },
  {
    id: 'no-time',
    on: 'blocker',
    size: 'medium',
    kinds: ['capacity'],
    title: (t) =>
      `Take ${about(t.replace(/^(no time|no bandwidth|no capacity)\s+(to|for)\s+/i, ''))} off your plate: a first draft for you to edit`,
    whyStretch: 'Doing work at their level, on their behalf, well enough that they can put their name on it.',
    effort: 'One to two weeks.',
    showDelivery: 'They use your draft with light edits; note what they kept.',
    strength: /writ|strateg|analy/i
  },
  // Small and visible, for the skip-level: days, not weeks, and nothing that competes with what the manager is owed.
  {
    id: 'small-readout',
    on: 'any',
    size: 'small',
    kinds: ['metrics', 'strategy', 'customers', 'quality', 'reliability', 'cost', 'process', 'hiring', 'launch', 'onboarding', 'people'],
    title: (t) => `A one-page read-out on ${about(t)} as my team sees it, for your next staff meeting`,
    whyStretch: 'Showing how your area connects to the org’s priority, to someone who rarely sees your work.',
    practises: /org-level|visib|executive|influenc/i,
    effort: 'Two or three days.',
    showDelivery: 'Sent before their staff meeting; ask afterwards whether it was useful and what they would want next.',
    strength: /writ|strateg|analy|data|communicat/i
  },
  {
    id: 'small-customer-notes',
    on: 'any',
    size: 'small',
    kinds: ['customers'],
    title: (t) => `Bring the customer conversations my team already has on ${about(t)}, written up on one page`,
    whyStretch: 'Putting customer evidence in front of the org’s leader, in their terms.',
    effort: 'A few days.',
    showDelivery: 'One page with quotes and what they point to, shared with your manager first.',
    strength: /customer|research|writ/i
  },
  {
    id: 'small-demo',
    on: 'any',
    size: 'small',
    kinds: ['launch', 'quality', 'strategy', 'customers', 'metrics'],
    title: (t) => `A short demo of where my team’s work on ${about(t)} stands, at your next review`,
    whyStretch: 'Visibility for the team’s work, told as the team’s story.',
    effort: 'A day or two to prepare.',
    showDelivery: 'The demo given, with one question from them you follow up on within the week.',
    strength: /present|communicat|demo|storytell/i
  }
]

/** When nothing in the catalog fits: make the goal itself a small owned project. */
export const GENERIC_TEMPLATE: OfferTemplate = {
  id: 'own-it',
  on: 'any',
  size: 'medium',
  kinds: [],
  title: (t) => `Own a first concrete step on ${about(t)}: a one-page plan, then run it`,
  whyStretch: 'Taking an ambiguous problem that matters to them and making it yours.',
  effort: 'A week to plan, a few weeks to run.',
  showDelivery: 'The plan shared up front, then a short written update when the first step lands.',
  strength: /$^/
}

/** The skip-level's fallback: small, and about their priority. */
export const GENERIC_SMALL_TEMPLATE: OfferTemplate = {
  ...OFFER_TEMPLATES.find((t) => t.id === 'small-readout')!,
  id: 'small-own-it',
  kinds: []
}

/**
 * Offer templates the built-in engine matches against what a person is trying to do or is
 * blocked by. Each is a piece of work that matters to them, is owned by nobody yet, and can be
 * finished well within a quarter — the shape of the worked example's offers (draft the strategy
 * v1, run the tool rollout, overhaul the interview loop). No template contains a number: the
 * numbers guard must find nothing to flag in built-in text.
 */
export interface OfferTemplate {
  id: string
  /** What in their goal or blocker this template answers. */
  match: RegExp
  title(target: string): string
  whyStretch: string
  effort: string
  showDelivery: string
  /** A user strength this template plays to. */
  strength: RegExp
  /** Whether it answers something they are trying to do, something blocking them, or either. */
  on: 'goal' | 'blocker' | 'any'
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const strip = (s: string) => lower(s.trim().replace(/[.!?]+$/, ''))

export const OFFER_TEMPLATES: OfferTemplate[] = [
  {
    id: 'strategy-draft',
    on: 'any',
    match: /\bstrateg\w*|\bvision\b|\bnarrative\b|\bdirection\b/i,
    title: (t) => `Draft v1 of the narrative for “${strip(t)}” for you to edit, not write`,
    whyStretch: 'Writing for the whole org, not just your own area: the strategic range the next level asks for.',
    effort: 'About two weeks of focused writing next to your normal work.',
    showDelivery: 'A sharp draft they can edit rather than write; note how much of it survives into the final version.',
    strength: /strateg|writ|narrative/i
  },
  {
    id: 'strategy-cascade',
    on: 'goal',
    match: /\bstrateg\w*|\bvision\b/i,
    title: () => 'Land the strategy: a one-page brief per team, and walk each team through it',
    whyStretch: 'Influence without authority across teams — landing a strategy is harder than writing it.',
    effort: 'Three to four weeks: one brief and one session per team.',
    showDelivery: 'Every team can say how its roadmap follows from the strategy; share the briefs and what changed.',
    strength: /roll|cross-team|influenc|present|communicat/i
  },
  {
    id: 'strategy-review',
    on: 'goal',
    match: /\bstrateg\w*|\broadmap\w*/i,
    title: () =>
      'Run a strategy check across the team roadmaps: where each one follows the strategy, where it does not, and what to change',
    whyStretch: 'Holding peers’ plans up to the strategy — a leadership conversation, not a writing task.',
    effort: 'Two to three weeks: one review per team, one summary for you.',
    showDelivery: 'A one-page read-out of the gaps and the changes teams agreed to make.',
    strength: /strateg|cross-team|influenc|analy/i
  },
  {
    id: 'strategy-measures',
    on: 'goal',
    match: /\bstrateg\w*|\bvision\b/i,
    title: () => 'Define how we will know the strategy is working: the few measures that matter, and a first read-out',
    whyStretch: 'Turning a narrative into measures leaders can steer by.',
    effort: 'Two weeks to agree the measures, then a first read-out.',
    showDelivery: 'Agreed measures on one page and a first read-out you can reuse with your own leadership.',
    strength: /data|analy|metric|strateg/i
  },
  {
    id: 'rollout',
    on: 'any',
    match: /\btool\w*|\bmigrat\w*|\broll\s?-?out\b|\badopt\w*|\bplatform\b|\bsystem\b|\bprocess\b|\bnobody owns\b|\bno owner\b/i,
    title: (t) =>
      `Own ${/\bnobody owns\b|\bno owner\b/i.test(t) ? strip(t.replace(/^.*?\b(nobody owns|no owner for)\s+/i, '')) : `“${strip(t)}”`} end to end: plan, pilot team, training, cut-over`,
    whyStretch: 'Leading a change across teams you do not manage, with a date to hit.',
    effort: 'Four to six weeks with a pilot team first.',
    showDelivery: 'A dated plan shared up front, a pilot, then the cut-over on time with no teams left behind; a short retro to them.',
    strength: /roll|migrat|cross-team|operat|program|execut/i
  },
  {
    id: 'hiring-loop',
    on: 'any',
    match: /\bhir\w*|\brecruit\w*|\binterview\w*|\bcandidate\w*|\btalent\b|\bheadcount\b/i,
    title: () => 'Overhaul the interview loop: a shared rubric, a question bank and interviewer calibration',
    whyStretch: 'Setting the bar for the whole org’s hiring, not just your own team’s.',
    effort: 'About a month to redesign, then a quarter to see results.',
    showDelivery: 'Before and after: how candidates score against the rubric and what hiring managers say about quality.',
    strength: /hir|interview|coach|people|talent/i
  },
  {
    id: 'metrics',
    on: 'any',
    match: /\bmetric\w*|\bdata\b|\bdashboard\w*|\bkpi\w*|\bmeasur\w*|\bokr\w*|\banalytic\w*/i,
    title: (t) => `Define the few metrics behind “${strip(t)}” and run the first review with the owners`,
    whyStretch: 'Getting several teams to agree on one definition of success.',
    effort: 'Two to three weeks to agree definitions, then one review.',
    showDelivery: 'One agreed page of metric definitions and a first review where decisions were made from them.',
    strength: /data|analy|metric|insight/i
  },
  {
    id: 'customers',
    on: 'goal',
    match: /\bcustomer\w*|\benterprise\b|\baccount\w*|\bsales\b|\brevenue\b|\bdeal\w*|\bchurn\b|\bretention\b|\bmarket\w*/i,
    title: (t) => `Write the brief for “${strip(t)}”: what those customers ask for, where we fall short, what to build first`,
    whyStretch: 'Turning customer and sales signal into a product bet leaders can act on.',
    effort: 'Three weeks: customer calls, a synthesis, one recommendation.',
    showDelivery: 'A recommendation they take to their own leadership, with the customer evidence attached.',
    strength: /strateg|writ|customer|research/i
  },
  {
    id: 'customer-calls',
    on: 'any',
    match: /\bcustomer\w*|\benterprise\b|\baccount\w*|\bsales\b|\bdeal\w*/i,
    title: (t) => `Join the sales team on the next deals behind “${strip(t)}” and bring back what blocks them`,
    whyStretch: 'Working directly with sales and customers, outside the product team’s comfort zone.',
    effort: 'A few hours a week for a month.',
    showDelivery: 'A short write-up of the blockers heard and which ones product fixed.',
    strength: /customer|sales|present|communicat/i
  },
  {
    id: 'churn-interviews',
    on: 'any',
    match: /\bchurn\w*|\bretention\b|\bleav\w*|\bcancel\w*|\blost (customers|deals)\b/i,
    title: () => 'Interview recently lost customers and bring back the top reasons, with one fix to try first',
    whyStretch: 'Hearing hard news straight from customers and turning it into a decision for leadership.',
    effort: 'About three weeks: a handful of calls, a synthesis, one recommendation.',
    showDelivery: 'A one-page synthesis with quotes, and the first fix agreed with an owner and a date.',
    strength: /customer|research|analy|data|writ/i
  },
  {
    id: 'retention-experiment',
    on: 'goal',
    match: /\bchurn\w*|\bretention\b|\bconversion\b|\bactivation\b|\bgrowth\b/i,
    title: (t) => `Design and run one experiment on “${strip(t)}”, with the success measure agreed up front`,
    whyStretch: 'Owning a measurable outcome, not just an output.',
    effort: 'Two weeks to design, a few weeks to run.',
    showDelivery: 'The result against the measure you agreed beforehand — whichever way it goes — and what to do next.',
    strength: /data|analy|experiment|metric/i
  },
  {
    id: 'scale-team',
    on: 'goal',
    match: /\bscale\w*|\bonboard\w*|\bquality\b|\bgrow\w*\s+the\s+(team|org)|\bteam\b|\borg\b/i,
    title: (t) => `Write the playbook behind “${strip(t)}”: what good looks like, how new people ramp up, how we check`,
    whyStretch: 'Shaping how the whole team works, which is what leading at the next level means.',
    effort: 'Three to four weeks, tried with the next person who joins.',
    showDelivery: 'The next new hire ramps up on it; ask them and their manager what was missing.',
    strength: /coach|people|writ|lead|mentor/i
  },
  {
    id: 'craft-bar',
    on: 'goal',
    match: /\bquality\b|\bscale\w*|\bcraft\b|\bstandards?\b|\bbar\b/i,
    title: () => 'Write the craft bar: what good looks like at each level, with real examples from our own work',
    whyStretch: 'Defining the standard others are measured by — a leadership job, not an individual one.',
    effort: 'About three weeks, reviewed with a few senior people before it is shared.',
    showDelivery: 'Used in the next review cycle and in hiring debriefs; collect where it settled a disagreement.',
    strength: /writ|strateg|coach|lead/i
  },
  {
    id: 'review-forum',
    on: 'goal',
    match: /\bquality\b|\bscale\w*|\bdecision\w*|\breview\w*|\balign\w*/i,
    title: () => 'Start a product review where work is shown early, and run the first sessions yourself',
    whyStretch: 'Raising the quality of other people’s work without managing them.',
    effort: 'A week to set up, then an hour every other week.',
    showDelivery: 'Work reaches them in better shape; ask them once it has settled in whether fewer things surprise them.',
    strength: /coach|strateg|facilitat|lead|cross-team/i
  },
  {
    id: 'launch',
    on: 'any',
    match: /\blaunch\w*|\bship\w*|\bdeadline\w*|\brelease\w*|\bdeliver\w*|\bbehind\b|\bslip\w*/i,
    title: (t) => `Run the readiness review for “${strip(t)}”: risks, owners and a go/no-go list`,
    whyStretch: 'Holding several teams to a date and calling the risks out loud.',
    effort: 'A few days to set up, then a weekly check until launch.',
    showDelivery: 'The launch lands on the date with no surprises; a one-page retro to them.',
    strength: /execut|program|roll|operat|deliver/i
  },
  {
    id: 'no-time',
    on: 'blocker',
    match: /\bno time\b|\bbandwidth\b|\bcapacity\b|\btoo busy\b|\boverload\w*|\bstretched\b/i,
    title: (t) =>
      `Take “${strip(t.replace(/^(no time|no bandwidth|no capacity)\s+(to|for)\s+/i, ''))}” off their plate: a first draft for them to edit`,
    whyStretch: 'Doing work at their level, on their behalf, well enough that they can put their name on it.',
    effort: 'One to two weeks.',
    showDelivery: 'They use your draft with light edits; note what they kept.',
    strength: /writ|strateg|analy/i
  }
]

/** When nothing in the catalog fits: make the goal itself a small owned project. */
export const GENERIC_TEMPLATE: OfferTemplate = {
  id: 'own-it',
  on: 'any',
  match: /.*/,
  title: (t) => `Own a first concrete step on “${strip(t)}”: a one-page plan, then run it`,
  whyStretch: 'Taking an ambiguous problem that matters to them and making it yours.',
  effort: 'A week to plan, a few weeks to run.',
  showDelivery: 'The plan shared up front, then a short written update when the first step lands.',
  strength: /$^/
}

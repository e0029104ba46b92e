import { DEFAULT_LADDER, expectedScopeFor, type Ladder } from '../../../../shared/domain/ladder'
/**
 * The cue lists the built-in rubric reads answers with. Kept apart from the scoring so
 * they can be read (and argued with) on their own. All are matched on lower-cased text.
 */

const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december'
const SEASON = 'spring|summer|fall|autumn|winter'

export const SITUATION =
  /\b(when i (was|joined)|at the time|back in|last (year|quarter|month|week|sprint|spring|summer|fall|autumn|winter)|our (team|company|product|service|system) (was|had|were)|we were|we had (a|an|no)|there was|there were|the (situation|context|background|problem|issue) was|(was|were) (struggling|failing|behind|broken|slow|losing|missing|stuck)|had been|customers were|i was (working|on|a|the|in)|the team was)\b/
export const TASK =
  /\b(my (goal|job|task|role|responsibility|mandate) was|i (was|had been|got) (asked|tasked|responsible|assigned|given)|i needed to|i had to|we needed to|needed someone|the (goal|task|ask|target|deadline) was|my manager asked|asked me to|i wanted to|i set out to|objective was|i decided to take)\b/
export const ACTION_VERBS =
  'built|read|wrote|led|proposed|created|designed|met|set|convinced|analy[sz]ed|decided|ran|drafted|organi[sz]ed|negotiated|changed|introduced|started|pulled|dug|called|asked|interviewed|mapped|prototyped|shipped|rolled|migrated|automated|paired|coached|reviewed|split|moved|rewrote|investigated|found|fixed|talked|scheduled|presented|brought|took|owned|escalated|aligned|made|cut|added|removed|replaced|tested|measured|tracked|documented|volunteered|offered|gathered|sat|used|spent|reached|laid|planned|prioriti[sz]ed|delegated|hired|trained|sent|shared|challenged|pushed|argued|committed|agreed|apologi[sz]ed|went|wrote up|traced|compared|queried|instrumented|refactored|reverted|rolled back|declared|posted|drove|facilitated|mentored|onboarded|framed|recommended|built up|restructured|simplified|killed|stopped|told|explained|showed|walked|followed|kept|set up|put|picked|chose|looked|noticed|checked'
export const ACTION = new RegExp(
  `\\b(i|so i|then i|first,? i|next,? i|and i)\\s+(\\w+ly\\s+|also\\s+|then\\s+|first\\s+|personally\\s+)?(${ACTION_VERBS})\\b`
)
export const WE_ACTION = new RegExp(`\\b(we|the team|they)\\s+(\\w+ly\\s+|also\\s+|then\\s+|first\\s+)?(${ACTION_VERBS})\\b`)
export const RESULT =
  /\b(as a result|the result|result(ed)? in|which (meant|led|cut|reduced|increased|saved|brought)|this (meant|led|cut|reduced|increased|saved)|that (cut|reduced|increased|saved|brought)|led to|reduced|increased|cut (the|our|it)|grew|saved|dropped|went (from|down|up)|from \S+ to \S+|adopted|launched|in the end|ultimately|outcome|by the end|(now|still) (uses|use|runs|run|has|have)|renewed|retained|doubled|halved|tripled|shipped on time|on time|ahead of schedule|promoted|hit (the|our)|beat (the|our))\b/
export const REFLECTION =
  /\b(i learned|i learnt|learned|learnt|the lesson|lessons?|taught me|next time|in hindsight|looking back|would do differently|since then|i now|i've since|i have since|changed how i|what i took away|takeaway|i realized|i realised)\b/
export const REFLECTION_APPLIED = /\b(since then|i now|now i|i've since|i have since|changed how i|next time|ever since|these days i)\b/

export const I_FORMS = /\b(i|i'm|i've|i'd|i'll|me|my|myself)\b/g
export const WE_FORMS = /\b(we|we're|we've|we'd|our|ours|us|the team|the group)\b/g
export const PASSIVE = /\b(was|were|got|has been|had been) (\w+ed|done|built|made|written|run|led|given|taken)\b/g

export const TIME_ANCHOR = new RegExp(
  `\\b(last (year|quarter|month|week|sprint|${SEASON}|${MONTH})|in (q[1-4]|20\\d\\d|${MONTH}|${SEASON})|one (day|time|morning|evening|week|friday|monday)|that (week|day|quarter|morning|sprint|night|friday|monday)|on (monday|tuesday|wednesday|thursday|friday|launch day|day one)|(two|three|four|five|six|\\d+) (weeks|days|months|hours) (later|before|in|after|into)|at my (last|previous) (job|company|role)|in my first (month|quarter|year|week))\\b`
)
export const GENERIC =
  /\b(usually|always|typically|generally|normally|often|in general|whenever|every time|i tend to|i try to|i like to|i would|i'd|my approach is|i believe|things like|stuff like|various|many times|a lot of times|all the time|in most cases|as a rule|i make sure|i generally|i always)\b/g

export const MEASURE =
  /(\d[\d,.]*\s?(%|percent|pp|x\b|×|k\b|m\b|ms\b|s\b|seconds?|minutes?|hours?|days?|weeks?|months?|people|users|customers|teams?|engineers|tickets|incidents|bugs|requests|deploys?|releases?|candidates|hires|accounts|dollars|points)|[$€£]\s?\d|from [^.;]{0,30}?\d[^.;]{0,30}? to [^.;]{0,20}?\d|\b(doubled|halved|tripled|tenfold|zero (incidents|outages|bugs|defects))\b)/
export const BEFORE_AFTER = /from [^.;]{0,30}?\d[^.;]{0,30}? to [^.;]{0,20}?\d|\b(doubled|halved|tripled)\b/

export const SCOPE_COMPANY =
  /\b(company[- ]wide|the (whole|entire) company|across the company|all (of )?(our )?customers|every customer|ceo|cto|cpo|cfo|the board|exec(utive)? team|executives|revenue|industry|the market|whole business|every team in the company)\b/
export const SCOPE_ORG =
  /\b(org[- ]wide|across the org(ani[sz]ation)?|the org(ani[sz]ation)?|department|division|(several|multiple|other|five|four|three|six|\d+) teams|cross[- ]team|cross[- ]functional|vp|director|skip[- ]level|leadership|other teams|sister teams|partner teams|platform)\b/
export const SCOPE_TEAM = /\b(team|teammates|squad|my manager|our manager|on-call rotation|sprint|our service|our product)\b/
export const BENEFICIARY =
  /\b(customers?|users?|clients?|engineers|developers|candidates|sellers|buyers|patients|students|support agents|operators)\b/

export const FILLERS: [string, RegExp][] = [
  ['um', /\bu+m+\b/g],
  ['uh', /\bu+h+\b/g],
  ['like', /(?<=[,.]\s|^)like,|\blike, you know\b|\bit was like\b|\bwas like\b/g],
  ['you know', /\byou know\b/g],
  ['basically', /\bbasically\b/g],
  ['actually', /\bactually\b/g],
  ['literally', /\bliterally\b/g],
  ['kind of', /\bkind of\b/g],
  ['sort of', /\bsort of\b/g],
  ['I mean', /\bi mean\b/g],
  ['so yeah', /\bso yeah\b/g],
  ['and stuff', /\band stuff\b/g],
  ['or whatever', /\bor whatever\b/g],
  ['stuff like that', /\bstuff like that\b/g]
]
export const AND_THEN = /\band then\b/g

/** What each target level is expected to reach (1 team, 2 org, 3 company): the ladder decides. */
export function expectedScope(targetLevel: string, ladder: Ladder = DEFAULT_LADDER): { rank: number; label: string } {
  return expectedScopeFor(ladder, targetLevel)
}

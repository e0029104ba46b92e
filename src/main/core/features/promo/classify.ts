import type { Win } from '../../../../shared/domain/win'
import { WIN_SECTIONS, type WinSection } from '../../../../shared/domain/promo'
import { readUnitString } from '../../base/quantities'

/**
 * Which part of a promotion case a win is evidence for, read from what it means (its fields and
 * metrics), not its shape: "Promoted to Group PM" is a recognition event, "$1.2M a year saved" is
 * delivery, "migrated 14 services" is technical leadership.
 */
export { WIN_SECTIONS, type WinSection }

type Cue = [RegExp, number]

// Each cue is a piece of meaning with a weight; a win's title counts double (it is what it is about).
const CUES: Record<WinSection, Cue[]> = {
  recognition: [
    [/\b(?:was |got |been )?promoted to\b|\bpromotion to\b|\bpromotion (?:effective|approved)\b/, 6],
    [
      /\b(?:won|received|awarded|earned|got) (?:the |an? )?(?:\w+ ){0,4}(?:award|prize|hackathon|recognition|bonus)\b|\bwon the (?:\w+ ){0,3}hackathon\b/,
      6
    ],
    [
      /\b(?:named|appointed|made|chosen as|selected as) (?:the |a |an )?(?:\w+ ){0,3}(?:lead|owner|manager|captain|champion|architect|director)\b/,
      5
    ],
    [/\bnominated\b|\baward\b|\bkudos\b|\bspot bonus\b/, 2]
  ],
  mentoring: [
    [/\bmentor(?:ed|ing|s)?\b|\bcoach(?:ed|ing)?\b|\bsponsor(?:ed)?\b/, 4],
    [
      /\b(?:taught|teach(?:ing)?|trained|train(?:ing)?) (?:\d+ |two |three |four |five )?(?:\w+ ){0,3}(?:engineers?|agents?|people|hires?|interns?|designers?|pms?|analysts?|team)\b|\bworkshop\b/,
      3
    ],
    [/\bonboard(?:ed|ing)? (?:\w+ )?(?:new )?(?:hires?|engineers?|people|designers?)\b|\bnew hires? onboarded\b/, 4],
    [/\bpair(?:ed|ing)? with\b|\b1:1s?\b|\binterns?\b|\bgrew (?:\w+ ){0,3}into\b|\bstretch (?:work|projects?)\b/, 3],
    [/\breview(?:ed|ing)? (?:\d+ )?(?:pull requests|prs|code|design docs)\b|\bprs reviewed\b/, 3],
    [/\b(?:was|were|got) promoted\b|\bpromotion case\b/, 2],
    // Ladder wording ("Grows other engineers", "Multiplies others") names the same thing.
    [
      /\b(?:grows?|develops?|multipl(?:y|ies)) (?:other|others|people|engineers|managers|leaders|product managers|pms|senior|staff|directors)\b/,
      3
    ]
  ],
  influence: [
    [/\b(?:talk|keynote|all-hands|conference|meetup|blog post|podcast|spoke at|presented (?:it |this )?to)\b/, 4],
    [/\b(?:convinced|persuaded|won over|got buy-in|aligned|brought together)\b/, 4],
    [
      /\badopted by\b|\b(?:other|sister|partner|\d+|three|two|four|several) (?:other )?teams (?:to )?(?:adopt|use|follow)|\bcompany-wide\b|\bevery team\b|\bcross-team\b|\bworking group\b/,
      3
    ],
    [/\b(?:proposed|proposal|business case|rfc|standard)\b/, 1.5],
    [/\b(?:vp|cfo|ceo|cto|cpo|leadership|executives?|architecture review)\b/, 1.5],
    [/\bcited\b|\bshared widely\b|\bindustry\b/, 2]
  ],
  glue: [
    [/\brunbooks?\b|\bon-?call\b|\bescalation\b|\bpostmortems?\b|\bincident review\b/, 3],
    [/\b(?:docs?|documentation|documented|guide|wiki|readme|setup guide|templates?|checklist)\b/, 2.5],
    [/\b(?:process|retros?|rituals?|triage|rotation|hiring loop|interview(?:ers?| rubric| loop)|hiring|planning)\b/, 3],
    [/\b(?:flaky|ci\b|tooling|build times?|developer experience|dev ?ex|backlog)\b/, 2],
    [/\bvolunteered\b|\bnobody owned\b|\bno one owned\b|\bnot my job\b|\btook over\b|\bset up\b/, 2]
  ],
  leadership: [
    [/\b(?:led|lead|tech lead|drove|owned|headed)\b/, 2.5],
    [/\b(?:designed|architected|architecture|design doc|technical direction|direction)\b/, 3],
    [/\b(?:strategy|roadmap|vision|prioriti[sz]ed|sequenced|milestones|packaging|pricing model)\b/, 3],
    [/\b(?:chose|decided|made the (?:\w+[- ]){0,4}call|defined|set the|trade-?offs?|build[- ]versus[- ]buy)\b/, 2],
    [/\b(?:migrat(?:ed|ion|e)|rewrite|re-?platform|upgrade|cutover|rollout)\b/, 2.5]
  ],
  delivery: [
    [/\b(?:saved|savings?|revenue|arr|mrr|cost|bill|spend|deals?|profit|margin|churn|retention|conversion)\b/, 3],
    [/\b(?:shipped|launched|released|delivered|built)\b/, 2],
    [/\b(?:customers?|users?|sign-?ups?|latency|p9\d|uptime|crash|errors?|chargebacks?)\b/, 1.5]
  ]
}

// Ties go to the section a committee weighs most, in this order.
const PRIORITY: WinSection[] = ['recognition', 'delivery', 'leadership', 'influence', 'mentoring', 'glue']

const TAG_SECTION: [RegExp, WinSection][] = [
  [/^(?:glue|process|ops|docs|hiring|on-?call)$/, 'glue'],
  [/^(?:mentoring|coaching|mentor)$/, 'mentoring'],
  [/^(?:influence|talk|talks|speaking)$/, 'influence'],
  [/^(?:leadership|strategy|architecture)$/, 'leadership'],
  [/^(?:impact|revenue|cost|delivery)$/, 'delivery'],
  [/^(?:award|promotion|recognition)$/, 'recognition']
]

const PEOPLE = /^(?:people|persons?|engineers?|hires?|interns?|mentees?|reports?|agents?|designers?)$/i

/** Points each metric adds: money and business rates are delivery, people grown are mentoring, teams reached influence. */
function metricScores(w: Win, add: (s: WinSection, n: number) => void) {
  for (const metric of w.metrics) {
    const u = readUnitString(metric.unit)
    const label = metric.label.toLowerCase()
    if (u.dimension === 'money') add('delivery', 4)
    else if (/revenue|conversion|churn|retention|arr|sales|saving|cost/.test(label)) add('delivery', 3)
    else if (u.dimension === 'count' && PEOPLE.test(u.unit) && /mentor|coach|train|onboard|grown|taught/.test(label)) add('mentoring', 3)
    else if (u.dimension === 'count' && /^teams?$/.test(u.unit)) add('influence', 2)
    else if (/prs? reviewed|reviews?/.test(label)) add('mentoring', 2)
    else if (metric.baseline !== undefined && /latency|crash|error|uptime|users|time to/.test(label)) add('delivery', 1)
  }
}

export interface Classification {
  section: WinSection
  scores: Record<WinSection, number>
}

export function classifyWin(w: Pick<Win, 'title' | 'whatIDid' | 'impact' | 'metrics' | 'tags' | 'scope'>): Classification {
  const scores = Object.fromEntries(WIN_SECTIONS.map((s) => [s, 0])) as Record<WinSection, number>
  const add = (s: WinSection, n: number) => (scores[s] += n)
  const title = w.title.toLowerCase()
  const body = `${w.whatIDid}\n${w.impact}`.toLowerCase()
  for (const section of WIN_SECTIONS)
    for (const [re, weight] of CUES[section]) {
      if (re.test(title)) add(section, weight * 2)
      else if (re.test(body)) add(section, weight)
    }
  metricScores(w as Win, add)
  for (const tag of w.tags) for (const [re, s] of TAG_SECTION) if (re.test(tag)) add(s, 4)
  // A promotion or award named in the title is the event itself, whatever else the entry says.
  const best = PRIORITY.reduce((a, b) => (scores[b] > scores[a] ? b : a), PRIORITY[0]!)
  return { section: scores[best] > 0 ? best : 'delivery', scores }
}

import type { Analysis } from './analyse'

/**
 * What a good answer to a question must contain. Each bank question declares its intent and
 * the elements; each element is read from the answer's content, not from one cue word.
 */
export type ElementId =
  | 'example'
  | 'principle'
  | 'failure'
  | 'recovery'
  | 'behaviourChange'
  | 'disagreement'
  | 'commitment'
  | 'evidence'
  | 'rootCause'
  | 'obstacle'
  | 'result'
  | 'speed'
  | 'uncertainty'
  | 'trust'
  | 'admission'
  | 'manager'
  | 'beyondRole'
  | 'feedback'
  | 'mindChanged'
  | 'tradeOff'
  | 'firstHours'
  | 'risk'

export interface QuestionIntent {
  /** What the question asks, in the words a tip can use: "a real failure of yours and what changed after it". */
  asks: string
  elements: ElementId[]
}

const has = (a: Analysis, re: RegExp) => a.sentences.find((s) => re.test(s.lower))
const selfPast = (a: Analysis) => a.sentences.filter((s) => s.clauses.some((c) => c.agency === 'self' && c.tense === 'past'))

const FAILURE =
  /\b(?:i (?:failed|missed|broke|merged|shipped .{0,30}(?:broke|bug)|underestimated|overpromised|forgot|misjudged|got (?:it|this) wrong|dropped the ball|was wrong|made a (?:mistake|bad call))|(?:my|the) (?:mistake|fault|error|bad call)|was mine|went wrong|failed|missed (?:it|the|a|our)|by (?:\w+ )?(?:weeks?|days?|months?) late|took (?:four|three|two|\d+) (?:times|weeks)|lost (?:a|the) (?:sprint|customer|deal|week)|outage|switched off|broke|slipped|the slip|late|had not checked|hadn't checked|did not check|didn't check|skipped|without (?:telling|checking|reading|testing)|i only tested|(?:didn't|did not|hadn't|had not|never) (?:test|tested|think|thought|consider|considered|check|ask|asked|read)\b|(?:was|is) on me|still bugs me)\b/

const NOT_FAILED =
  /\b(?:(?:not|never|n't) (?:really |actually )?(?:failed|fail|made a mistake)|(?:no|zero|a single|without|any) (?:\w+ )?fail(?:ed|ures?)\b|(?:went|go) really well|so that (?:things|nothing) (?:don't|do not|doesn't|does not|won't) fail)\b/

/** One detector per element; each returns the sentence that shows it (for the quote), if any. */
export const ELEMENT_FINDERS: Record<ElementId, (a: Analysis) => { text: string } | undefined> = {
  example: (a) => (selfPast(a).length >= 2 ? (a.sentences.find((s) => s.moment) ?? selfPast(a)[0]) : undefined),
  // A habit stated as a rule ("since then I ask her every quarter") is a decision principle too.
  principle: (a) =>
    a.sentences.find((s) => s.change) ??
    has(
      a,
      /\b(?:i (?:take on|pick|choose|decide|look for|ask|start|go for|say yes|say no|prioriti[sz]e|focus)|i only take|my rule|the test i use|the rule i use|i decide by|what i look for|i work on what|when (?:two|three|four|these|the following|all) (?:\w+ )?(?:things|conditions|questions) (?:are|hold)|^i (?:only )?[a-z]+ .{0,60}\b(?:only (?:if|when)|unless|as long as)\b)/
    ),
  failure: (a) => a.sentences.find((s) => FAILURE.test(s.lower) && !NOT_FAILED.test(s.lower)),
  recovery: (a) =>
    a.sentences.find(
      (s) =>
        /\b(?:revert|roll(?:ed)? back|fix|recover|re-?plan|re-?sent|split|told|posted|apologi|new date|patched|restored)\w*/.test(
          s.lower
        ) && s.clauses.some((c) => c.agency === 'self')
    ),
  behaviourChange: (a) => a.sentences.find((s) => s.change),
  disagreement: (a) =>
    has(
      a,
      /\b(?:disagree\w*|push(?:ed)? back|objected|argued|challenged|was against|did not agree|didn't agree|made the case|lost the vote|raised (?:a |my )?concerns?|clash\w*|conflict\w*|tension|got tense|at odds|butted heads|(?:didn't|did not) see eye to eye|(?:he|she|they) thought (?:it|my|the|we)|wanted .{1,40} instead)\b/
    ),
  commitment: (a) =>
    has(
      a,
      /\b(?:committed|commit fully|went with|backed (?:it|the|their|her|his)|supported (?:the|their|her|his) (?:decision|call)|got behind|disagree and commit|once (?:it|the decision) was made|took the hardest|made it work)\b/
    ),
  evidence: (a) =>
    has(
      a,
      /\b(?:data|logs?|query|queries|metric|dashboard|numbers|events|analysis|spreadsheet|survey|traces?|sql|cohort|estimate|scorecards?)\b/
    ),
  rootCause: (a) =>
    has(
      a,
      /\b(?:root cause|found (?:that|the)|turned out|because|the real (?:cause|problem|reason)|traced it|was caused by|came down to|were logged|shared a)\b/
    ),
  obstacle: (a) =>
    has(
      a,
      /\b(?:despite|obstacle|left|blocked|without|only|short of|lost|missing|deadline|notice|outage|no (?:budget|time|one)|half the|quit|before the)\b/
    ),
  result: (a) => a.sentences.find((s) => s.part === 'result' || s.compared),
  speed: (a) =>
    has(
      a,
      /\b(?:within (?:an|a|one|two|\w+) (?:hour|day|minutes?|hours|days)|overnight|that (?:day|night|afternoon)|the next (?:morning|day)|quickly|in (?:an|one) hour|same day|in \w+ minutes)\b/
    ),
  uncertainty: (a) =>
    has(
      a,
      /\b(?:incomplete|without (?:knowing|all|the full)|not sure|unsure|only tested|no (?:data|time) to|had to guess|ambigu\w*|unknown|did not know|didn't know|could be (?:reverted|undone)|reversible|notice)\b/
    ),
  trust: (a) =>
    has(
      a,
      /\b(?:trust|honest|candid|transparen\w*|told (?:my|the|her|him|them)|admitted|owned up|was mine|my (?:mistake|fault)|relationship|credib\w*)\b/
    ),
  admission: (a) =>
    has(a, /\b(?:was mine|my (?:mistake|fault|change|call)|i (?:admitted|owned up|told .{1,30}(?:mine|my))|i was wrong|i got it wrong)\b/),
  manager: (a) => has(a, /\b(?:my (?:manager|boss|lead|director)|she|he|her|him)\b/),
  beyondRole: (a) =>
    has(
      a,
      /\b(?:not (?:on|in) my (?:roadmap|list|job|scope)|nobody (?:owned|owns)|no one (?:owned|owns)|outside my|offered|volunteered|took (?:it )?on|not my (?:job|area)|beyond|on top of)\b/
    ),
  feedback: (a) =>
    has(
      a,
      /\b(?:feedback|told (?:him|her|them) (?:that|how)|gave (?:him|her|them)|hard conversation|difficult conversation|one-on-one|1:1)\b/
    ),
  mindChanged: (a) =>
    has(
      a,
      /\b(?:changed (?:her|his|their|my manager's) mind|convinced|persuaded|agreed to|came round|switched to|with (?:the )?data|showed (?:her|him|them))\b/
    ),
  tradeOff: (a) =>
    has(
      a,
      /\b(?:long[- ]term|short[- ]term|trade-?off|gave up|turned down|said no|say no|at the cost of|for years|maintenance cost|in the long run|one-off)\b/
    ),
  firstHours: (a) =>
    has(
      a,
      /\b(?:first (?:hour|24 hours|day|morning)|within (?:an|a|one|two|\w+) (?:hour|hours|minutes)|that (?:day|night|evening)|same day|immediately|right away)\b/
    ),
  risk: (a) => has(a, /\b(?:risk\w*|bet|gamble|could go wrong|reversible|revert\w*|flag|rollback|fallback|downside|5%|pilot)\b/)
}

export const ELEMENT_LABELS: Record<ElementId, string> = {
  example: 'one real example: when it was and what you did',
  principle: 'the rule you decide by, in one sentence',
  failure: 'the failure itself, as yours',
  recovery: 'what you did to recover',
  behaviourChange: 'what you do differently since',
  disagreement: 'what you disagreed with and why',
  commitment: 'how you committed once it was decided',
  evidence: 'the data or evidence you looked at',
  rootCause: 'the root cause you found',
  obstacle: 'the obstacle in your way',
  result: 'the result',
  speed: 'how fast you decided or moved',
  uncertainty: 'what you did not know when you decided',
  trust: 'what it did for trust',
  admission: 'the moment you said it was yours',
  manager: 'your manager’s part in it',
  beyondRole: 'why it was outside your assigned work',
  feedback: 'the feedback itself and how you gave it',
  mindChanged: 'whose mind changed, and what changed it',
  tradeOff: 'the trade-off you made',
  firstHours: 'what you did in the first hours',
  risk: 'the risk you took and how you limited it'
}

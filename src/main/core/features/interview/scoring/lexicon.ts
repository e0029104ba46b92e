/**
 * The words the rubric reads answers with, kept apart from the scoring so they can be read and
 * argued with. All are matched on lower-cased text. Lists are broad on purpose: a speaker who
 * avoids one cue word should not fall through.
 */

const alt = (words: string) =>
  words
    .trim()
    .split(/\s*\|\s*|\s+/)
    .join('|')

/** Verbs that make the speaker the agent of an action (past and present forms). */
export const AGENT_VERBS = alt(`
  decided decide led lead wrote write built build persuaded persuade convinced convince proposed propose designed design drafted draft
  created create ran run organi[sz]ed negotiated negotiate changed change introduced introduce started start pulled pull dug dig
  called call interviewed interview mapped map prototyped prototype shipped ship rolled roll migrated migrate automated automate
  paired pair coached coach reviewed review split moved move rewrote rewrite investigated investigate found find fixed fix
  scheduled schedule presented present brought bring took take owned own escalated escalate aligned made make cut added add
  removed remove replaced replace tested test measured measure tracked track documented document volunteered volunteer offered offer
  gathered gather reached reach laid planned plan prioriti[sz]ed prioriti[sz]e delegated delegate hired hire trained train sent send
  shared share challenged challenge pushed push argued argue committed commit apologi[sz]ed apologi[sz]e traced trace compared compare
  queried query instrumented instrument refactored refactor reverted revert declared declare posted post drove drive facilitated facilitate
  mentored mentor onboarded onboard framed frame recommended recommend restructured restructure simplified simplify killed kill
  stopped stop told tell explained explain showed show walked walk kept keep set put picked pick chose choose checked check
  isolated isolate patched patch reclassified reclassify split flagged flag switched switch re-sent resent merged merge
  asked ask re-planned replanned replan estimated estimate promised promise deployed deploy launched launch hosted host
  wrote up set up spun up paired up cleaned clean closed close opened open filed file raised raise cancelled cancel
  insisted insist rallied rally recruited recruit coordinated coordinate implemented implement debugged debug profiled profile
  benchmarked benchmark audited audit spiked spike sketched sketch pitched pitch sold sell won win lost lose named name assigned assign
  reworked rework redesigned redesign replaced rebuilt rebuild retired retire deleted delete shut shortened shorten trimmed trim
  pulled together ran through reached out followed up handed hand gave give invited invite met meet interviewed
`)

/** Verbs that make the speaker a witness: present, but not acting. */
export const OBSERVE =
  /\b(?:was|were) (?:in|at|on|there|around|present|part of|involved|included|copied|cc'?d)\b|\b(?:saw|watched|heard|noticed that|attended|observed|witnessed|sat in|listened in|followed along|looked on|was aware|joined the call|was on the call|was in the room|tagged along|helped out a bit|supported where)\b/

/** Doing as told: the decision was someone else's. */
export const DEFER =
  /\b(?:(?:just |only )?do what (?:my manager|my boss|i'?m|i am|they|she|he) (?:tells|told|asks|asked|says|said)|did what i was (?:told|asked)|as (?:i was )?(?:asked|told|instructed)|was told to|was asked to|(?:told|asked) me to|waited for (?:my manager|my boss|someone|them|her|him|the)|passed on what|followed (?:the|their|her|his) (?:instructions|orders|lead)|whatever (?:my manager|they|she|he) (?:wants|wanted|says|said))\b/

/** Subjects that are not the speaker: their verbs are other people's actions. */
export const OTHER_SUBJECT =
  /^(?:we|they|he|she|the team|my team|our team|the (?:\w+ )?(?:team|lead|manager|engineer|engineers|designer|director|vp|cto|ceo|platform lead|on-call engineer)|my (?:manager|boss|lead|director|colleague|teammate)s?|someone|somebody|everyone|everybody|people)\b/

export const SELF_SUBJECT = /^(?:(?:so|then|and|but|first|next|finally|later|afterwards|eventually|also)[, ]+)*i\b(?!')/

/** Words between the subject and its verb that do not change who acts. */
export const ADVERB =
  /^(?:\w+ly|also|then|first|just|personally|myself|immediately|quickly|still|now|finally|eventually|instead|even|again|soon|later|together|alone|both)$/

/** Verbs that describe thought or state, not action. */
export const NEUTRAL_VERBS =
  /^(?:think|thought|guess|believe|believed|feel|felt|learned|learnt|realised|realized|knew|know|was|am|have|had|remember|wanted|needed|hoped|liked|love|loved|care|cared|tend|try|tried|got|get|mean|meant|would|could|should|will|can|might|must|did|do|does|agreed|agree|say|said|see|understood)$/

/** A moment bounded in time: "two years ago", "the week before the spring launch", "in my second month". */
export const BOUNDED_MOMENT = new RegExp(
  [
    String.raw`\b(?:last|that|this|next|one|the following|the previous) (?:year|quarter|month|week|sprint|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|day|friday|monday|tuesday|wednesday|thursday|saturday|sunday|weekend|release|launch|offsite)\b`,
    String.raw`\b(?:\w+ )?(?:years?|months?|weeks?|days?|quarters?) ago\b`,
    String.raw`\b(?:the|a) (?:day|week|month|night|friday|monday|sprint|quarter|morning) (?:before|after) \w+`,
    String.raw`\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|(?:19|20)\d\d|spring|summer|autumn|fall|winter)\b`,
    String.raw`\bin my (?:first|second|third|fourth|last|previous|\d+(?:st|nd|rd|th)) (?:week|month|quarter|year|job|role|team)\b`,
    String.raw`\bright (?:after|before) \w+`,
    String.raw`\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|launch day|day one)\b`,
    String.raw`\b(?:at|in) my (?:last|previous) (?:job|company|role|team)\b`,
    String.raw`\bwhen (?:i joined|i started|we launched|we moved)\b`
  ].join('|')
)

/** People and roles a listener can picture. */
export const ACTORS =
  /\b(?:my manager|my boss|my lead|my director|my skip[- ]level|the (?:\w+ )?(?:lead|manager|engineer|designer|director|partner|vendor|customer|client|tester|analyst|recruiter|pm|team|on-call engineer|cfo|ceo|cto)|finance|legal|support|sales|marketing|the auditors?|[A-Z][a-z]+ (?:from|on|in) (?:the )?[a-z]+)\b/gi

/** Things a listener can picture: the artefacts of real work. */
export const ARTEFACTS =
  /\b(?:query|queries|script|dashboard|doc|document|runbook|flag|feature flag|tests?|test suite|schema|api|endpoints?|config|service|rubric|spreadsheet|pipeline|guide|prs?|pull requests?|tickets?|logs?|alerts?|database|table|migration|release|build|deploy|design|mock-?ups?|prototype|proposal|one-pager|memo|plan|roadmap|checklist|scorecards?|contract|invoice|report|survey|interviews?|code|module|library|cluster|vendor|pricing page|onboarding|funnel|experiment|a\/b test|cohort|backlog|sprint|incident|postmortem|timeline|estimate|budget|slides?|deck|email|channel|review)\b/g

/** Filler words and hedges, a broad list: spoken fillers, verbal tics and tag questions. */
export const FILLERS: [string, RegExp][] = [
  ['um', /\bu+m+\b/g],
  ['uh', /\bu+h+\b/g],
  ['erm', /\be+r+m*\b/g],
  ['ah', /\ba+h+\b(?!-)/g],
  ['hmm', /\bh+m+\b/g],
  ['like', /(?:^|[,.]\s|\band\s|\bwas\s|\bit's\s|\bjust\s)like,?\s(?!a\b|the\b|this\b|that\b)|\blike, /g],
  ['you know', /\byou know\b(?! (?:what|how|why|when|where|the|that|it|him|her|them))/g],
  ['I mean', /\bi mean\b/g],
  ['I guess', /\bi guess\b/g],
  ['right?', /\bright\?|, right,/g],
  ['basically', /\bbasically\b/g],
  ['actually', /\bactually\b/g],
  ['literally', /\bliterally\b/g],
  ['honestly', /\bhonestly\b/g],
  ['kind of', /\bkind of\b/g],
  ['sort of', /\bsort of\b/g],
  ['so yeah', /\bso,? yeah\b|\band yeah\b/g],
  ['anyway', /\banyway\b/g],
  ['and stuff', /\band stuff\b|\bstuff like that\b|\band so on\b/g],
  ['or whatever', /\bor whatever\b/g],
  ['you see', /\byou see\b/g],
  ['okay so', /\bok(?:ay)?,? so\b/g],
  ['to be honest', /\bto be honest\b/g]
]

/** Words that sound like work but name nothing: "leveraged synergies to drive alignment". */
export const BUZZWORDS =
  /\b(?:leverag\w*|synerg\w*|drive (?:alignment|outcomes|impact|value)|drove (?:alignment|outcomes|impact|value)|data[- ]driven|holistic\w*|deep[- ]?dived?|deep[- ]diving|move the needle|best[- ]in[- ]class|customer[- ]obsess\w*|lean(?:ed)? into|de-?risk\w*|learnings|bandwidth|circle back|world[- ]class|value[- ]add|paradigm|north star|empower\w*|stakeholder alignment|thought leadership|game[- ]chang\w*|end[- ]to[- ]end ownership|bias for action|growth mindset|psychological safety|going forward|at the end of the day|moved with urgency|surface(?:d)? (?:insights|learnings)|insights|transparently|accountability|culture of)\b/g

/** How someone usually works, not one event. */
export const GENERIC =
  /\b(?:usually|always|typically|generally|normally|often|in general|whenever|every time|i tend to|i try to|i like to|my approach is|i believe|things like|stuff like|various|in my experience|in most cases|as a rule|all the time|most teams|everybody|mistakes happen)\b/g

/** Numbers that measure nothing a listener can check. */
export const VANITY =
  /\b(?:velocity|engagement|synerg\w*|agility|trust|transparency|alignment|happiness|vibes?|morale|index|score|impact points|insight|confidence|love|readiness|resilience)\b/
/** Scales a listener cannot check, whatever is measured on them. */
export const MADE_UP_SCALE =
  /\bfrom 0 to 1\b|\bon my own scale\b|\b(?:index|score|velocity|agility|synergy) (?:went|was up|rose|jumped|from)\b|\bmoved \d+(?:%|x) faster\b/

/** A comparison with a baseline, in words. */
export const COMPARISON =
  /\b(?:of what (?:it|they|we|he|she) (?:had been|was|were|used to)|of what the previous|instead of|compared (?:with|to)|than (?:before|the previous|last|it was|they were)|the same as (?:the|before|last)|down from|up from|from .{1,40}? to |(?:fell|dropped|rose|grew|went|shrank|climbed|slipped|came) (?:to|down|up|from|by)|(?:cut|reduced|increased|halved|doubled|tripled|improved|lowered|raised|saved|shortened) .{0,30}?(?:by|to|from)|before (?:the|my) (?:change|fix)|after the (?:fix|change|cutover)|barely moved|no (?:user|customer|one) was|not one \w+ (?:was|failed|reached|broke)|almost none|no (?:gaps|failures|errors|incidents) at all|zero|(?:doubled|halved|tripled))\b/

/** Verbs of outcome: something changed because of the work. */
export const OUTCOME =
  /\b(?:as a result|result(?:ed)? in|led to|which meant|that meant|so that|now (?:use|uses|run|runs|has|have)|fell|dropped|rose|grew|went (?:from|down|up|out)|shipped|launched|landed|adopted|stayed|kept|renewed|retained|saved|cut|reduced|increased|doubled|halved|closed|hired|signed|passed|got (?:their|its|the)|finished|on time|early|in the end|by the end|turned out|were happy|was fine|worked out)\b/

/** Stakes and setting: what was at risk, what was asked. */
export const STAKES =
  /\b(?:depended on|at stake|at risk|deadline|because|was (?:broken|slow|failing|late|behind|stuck|blocked|down|missing)|had been|nobody owned|no one owned|announced|left|only|was mine|my (?:goal|job|task|role|change) was|i (?:owned|was the|was on call|needed to|had to|wanted to)|the decision .{0,20}was mine|promised|asked me)\b/

/** A stated change in behaviour: what the speaker does differently since. */
export const CHANGE_MARKER =
  /\b(?:since then|ever since|from then on|from that day|these days|nowadays|now (?:i|every|any|all|my|we)|i now|i still|i no longer|no longer|any more|anymore|what (?:changed|i do differently|i changed|i do now)|\bnow,? (?:when|before|if|whenever) i\b|(?:it|that) changed how i|changed the way i|i started (?:\w+ing|to)|i stopped|i always \w+ now|next time,? i(?:'ll| will| would)? (?!be\b|definitely\b|try\b|\w+ (?:better|earlier|more|harder)\b)|(?:every|any|each) (?:\w+ ){0,3}i (?:run|make|write|give|ship|own|start|plan|estimate|review)\w*|(?:goes|go|gets|get) (?:behind|through)|i keep a|i now keep|before i (?:give|promise|commit|estimate|trust|ship|merge|start)|i get (?:a|the) .{1,40} to agree|(?:every|any|each) (?:\w+ ){0,3}i(?:'ve| have) \w+ since|differently (?:now|since|these days)|(?:every|each|all) (?:\w+ ){0,2}now \w+s\b)\b/

/**
 * A habit told in the present: "I have these conversations within a week now", "I also ask her
 * once a quarter whether…" — the speaker, a present-tense verb, and "now" at the end or a
 * frequency. Checked on sentences whose subject is the speaker.
 */
export const HABIT =
  /^(?:(?:so|and|these days),? )?i (?:also |always |still |usually )?(?!think\b|guess\b|hope\b|feel\b|believe\b|am\b|was\b|had\b|have (?:to|been)\b)[a-z]+ .{0,120}?(?:\bnow(?:[.!,;]|$)|\b(?:once|twice) a (?:week|month|quarter|year)\b|\bevery (?:week|month|quarter|sprint|release|time)\b)/

/** Lessons with no change in them, and strengths dressed as weaknesses. */
export const LESSON_FLUFF =
  /\b(?:learn(?:ed|t) (?:a lot|so much|loads|a great deal|the importance|a ton|from (?:this|it|that))|great learning (?:experience|opportunity)|taught me (?:a lot|so much)|growth (?:experience|opportunity)|it was a journey|valuable lesson|next time,? i(?:'ll| will| would)? (?:definitely |try to |make sure to )?\w+ (?:better|earlier|more|harder)\b)\b/
export const HUMBLE_BRAG =
  /\b(?:i care too much|care too much|i work too hard|work too hard|perfectionist|too much of a|set the bar (?:too )?high|i'?m too (?:detail|dedicated|passionate|committed)|too passionate|too dedicated|my (?:biggest )?weakness is that i)\b/
export const LESSON =
  /\b(?:learn(?:ed|t)|lesson|taught me|takeaway|realis(?:ed|e)|realiz(?:ed|e)|in hindsight|looking back|would do differently)\b/

/** People who can be affected, for scope. */
export const PEOPLE_NOUNS =
  /^(?:users?|customers?|clients?|people|engineers?|developers?|employees?|staff|teams?|agents?|accounts?|hires?|candidates?|members?|sellers?|buyers?|patients?|students?|partners?|merchants?|drivers?|riders?|stores?|tenants?|subscribers?|analysts?|interviewers?|managers?|pms?|designers?|reports?|offices?|countries|regions?|squads?|orgs?|departments?)$/
export const GROUPS =
  /\b(?:every (?:customer|user|team|engineer)|all (?:our |of our |the )?(?:customers|users|teams|engineers|employees|accounts)|(?:the )?whole (?:company|org|organi[sz]ation)|(?:several|multiple|other|partner|sister) teams|the (?:support|sales|finance|ops|operations|platform|data|design|security|legal|marketing|mobile|payments) team|finance|support|sales|the (?:on-call )?rotation|(?:trial |new |paying )?(?:users|customers)|new hires|the team|(?:the )?(?:interviewers|candidates|hiring managers|on-call engineers|reviewers))\b/g

/** Trivial acts that no title makes big. */
export const TRIVIAL =
  /\b(?:typo|slack message|a note|a quick note|mentioned it|in the lift|in the elevator|cc'?d|liked (?:the|a) post|emoji|a comment on|heard about it|were both in|was in the (?:incident )?channel)\b/

/** Titles: mentioning them is not reaching them. */
export const TITLES = /\b(?:ceo|cto|cfo|cpo|coo|vp|svp|evp|the board|executives?|exec team|all-hands|company-wide|org-wide)\b/g

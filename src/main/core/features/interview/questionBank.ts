import type { Competency, Question } from '../../../../shared/domain/interview'
import type { Win } from '../../../../shared/domain/win'
import { phraseForms, theTimeYou } from '../../base/english'
import type { ElementId, QuestionIntent } from './scoring/elements'
import { stripEndPunct } from '../../base/text'
import { classifyWin } from '../promo/classify'

type Declared = [text: string, asks: string, elements: ElementId[]]

/**
 * Behavioral questions by competency (Amazon-style leadership principles plus the Magic Loop's
 * own question). Each declares what it asks and the elements a good answer must have; the
 * rubric's fit criterion and the tips read these.
 */
const DECLARED: Record<Competency, Declared[]> = {
  ownership: [
    [
      'Tell me about a time you took on something significant outside your area of responsibility.',
      'work outside your area that you took on yourself',
      ['beyondRole', 'example', 'result']
    ],
    [
      'Tell me about a time you saw a problem nobody owned and fixed it.',
      'a problem nobody owned that you fixed',
      ['beyondRole', 'example', 'result']
    ],
    [
      'Describe a time you made a decision that favoured the long term over a short-term win.',
      'a decision that gave up a short-term win for the long term',
      ['tradeOff', 'example', 'result']
    ]
  ],
  'bias-for-action': [
    [
      'Tell me about a time you made a decision quickly with incomplete information.',
      'a fast decision made without all the facts',
      ['speed', 'uncertainty', 'example', 'result']
    ],
    [
      'Describe a time you took a calculated risk to move faster.',
      'a risk you took to move faster, and how you limited it',
      ['risk', 'speed', 'example', 'result']
    ],
    [
      'Tell me about a time you unblocked your team without waiting for permission.',
      'unblocking your team without waiting for permission',
      ['speed', 'example', 'result']
    ]
  ],
  'deliver-results': [
    [
      'Tell me about a time you delivered an important result despite a serious obstacle.',
      'an important result delivered despite an obstacle',
      ['obstacle', 'example', 'result']
    ],
    [
      'Describe the project you are proudest of delivering. What changed because of it?',
      'the delivery you are proudest of and what changed because of it',
      ['example', 'result']
    ],
    [
      'Tell me about a time you had to hit a hard deadline with less than you needed.',
      'a hard deadline met with less than you needed',
      ['obstacle', 'example', 'result']
    ]
  ],
  'earn-trust': [
    [
      'Tell me about a time you had to rebuild trust with a colleague or stakeholder.',
      'rebuilding trust with someone',
      ['trust', 'example', 'result']
    ],
    [
      'Describe a time you gave difficult feedback to someone. How did it land?',
      'difficult feedback you gave and how it landed',
      ['feedback', 'example', 'result']
    ],
    [
      'Tell me about a time you admitted a mistake to your manager or team.',
      'a mistake of yours that you admitted',
      ['admission', 'failure', 'example', 'trust']
    ]
  ],
  'dive-deep': [
    [
      'Tell me about a time you dug into the data and found the real root cause of a problem.',
      'digging into data to a root cause',
      ['evidence', 'rootCause', 'example', 'result']
    ],
    [
      'Describe a time a metric looked fine but you found something wrong underneath.',
      'a metric that looked fine but hid a problem you found',
      ['evidence', 'rootCause', 'example', 'result']
    ],
    [
      'Tell me about a problem you only solved by going several levels deeper than others.',
      'a problem you solved by going deeper than others',
      ['rootCause', 'evidence', 'example', 'result']
    ]
  ],
  'disagree-and-commit': [
    [
      'Tell me about a time you disagreed with your manager. What did you do?',
      'a disagreement with your manager and what you did about it',
      ['disagreement', 'manager', 'example']
    ],
    [
      'Describe a time you pushed back on a decision and then committed to it anyway.',
      'pushing back on a decision, then committing to it',
      ['disagreement', 'commitment', 'example']
    ],
    [
      'Tell me about a time you changed someone’s mind with data.',
      'changing someone’s mind with data',
      ['mindChanged', 'evidence', 'example']
    ]
  ],
  'learning-from-failure': [
    [
      'Tell me about a time you failed. How did you own it, communicate it and recover?',
      'a real failure of yours: owning it, telling people, recovering',
      ['failure', 'recovery', 'behaviourChange', 'example']
    ],
    [
      'Describe a launch or project that went wrong. What did you do in the first 24 hours?',
      'a launch that went wrong and your first 24 hours',
      ['failure', 'firstHours', 'recovery', 'example']
    ],
    [
      'Tell me about a mistake that changed how you work.',
      'a mistake of yours and how it changed the way you work',
      ['failure', 'behaviourChange', 'example']
    ]
  ],
  'beyond-assigned': [
    [
      'How do you decide what work to take on beyond what your manager assigns?',
      'how you decide what to take on beyond assigned work: a principle and an example',
      ['principle', 'example', 'beyondRole']
    ],
    [
      'Tell me about a time you asked your manager how you could help and what came of it.',
      'asking your manager how to help, and what came of it',
      ['manager', 'beyondRole', 'example', 'result']
    ],
    [
      'Describe work you volunteered for that was important to your manager but not on anyone’s list.',
      'unlisted work you volunteered for that mattered to your manager',
      ['beyondRole', 'manager', 'example', 'result']
    ]
  ]
}

/** Behavioral questions by competency. */
export const QUESTION_BANK: Record<Competency, string[]> = Object.fromEntries(
  Object.entries(DECLARED).map(([c, qs]) => [c, qs.map(([text]) => text)])
) as Record<Competency, string[]>

const INTENTS = new Map<string, QuestionIntent>(
  Object.values(DECLARED).flatMap((qs) => qs.map(([text, asks, elements]) => [text, { asks, elements }] as const))
)

/** What a question asks: declared for bank questions; a win question asks for that story. */
export function intentFor(question: string, competency?: Competency): QuestionIntent {
  const declared = INTENTS.get(question.trim())
  if (declared) return declared
  const win = /tell me about (the time (?:you|when) [^.?]*|this win)/i.exec(question)
  if (win) return { asks: `your story of ${win[1]!.trim()}`, elements: ['example', 'result'] }
  if (/^how do you (?:decide|choose|prioriti|approach|handle)/i.test(question.trim()))
    return { asks: 'how you decide: a principle and an example', elements: ['principle', 'example'] }
  // A question from outside the bank asks what its own words say: a failure question asks for a
  // failure whatever competency it was filed under, and a competency's intent is borrowed only
  // when the question shares its words (else "customer feedback changed what you built" would
  // be read as "rebuilding trust").
  const byWords = QUESTION_KINDS.find(([re]) => re.test(question))
  if (byWords) {
    const [, intent] = byWords
    // "…disagreed with your manager": the counterpart is part of what is asked.
    return /\b(?:manager|boss)\b/i.test(question) && intent.elements.includes('disagreement')
      ? { asks: `${intent.asks}, with your manager`, elements: ['disagreement', 'manager', 'example'] }
      : intent
  }
  const own = contentWords(question)
  const fallback = competency
    ? DECLARED[competency].find(([text]) => [...contentWords(text)].filter((w) => own.has(w)).length >= 2)
    : undefined
  return fallback
    ? { asks: fallback[1], elements: fallback[2] }
    : { asks: 'one real example and its result', elements: ['example', 'result'] }
}

const STOP = new Set([
  'tell',
  'about',
  'time',
  'when',
  'your',
  'with',
  'that',
  'what',
  'which',
  'describe',
  'have',
  'were',
  'there',
  'from',
  'someone',
  'something'
])
const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3 && !STOP.has(w))
      .map((w) => w.replace(/(?:ed|ing|s)$/, ''))
  )

const QUESTION_KINDS: [RegExp, QuestionIntent][] = [
  [
    /\b(?:fail(?:ed|ure)?|mistake|went wrong|did(?:n't| not) go (?:well|the way|to plan)|setback|regret)\b/i,
    {
      asks: 'a real failure of yours: what went wrong, how you recovered and what you do differently since',
      elements: ['failure', 'recovery', 'example']
    }
  ],
  [
    /\b(?:disagree\w*|conflict|push(?:ed)? back)\b/i,
    { asks: 'a disagreement: what you argued, how it was settled and what you did next', elements: ['disagreement', 'example'] }
  ]
]

/**
 * Words an on-topic answer to each competency tends to use. The rubric's "fit" criterion
 * looks for these alongside the question's own words.
 */
export const COMPETENCY_CUES: Record<Competency, RegExp[]> = {
  ownership: [
    /\bowne?d?\b|\bownership\b/,
    /not my job|nobody owned|no one owned|outside (my|our) (area|team|scope)/,
    /took (it )?on|stepped in|took responsibility|volunteered/,
    /long[- ]term/
  ],
  'bias-for-action': [
    /quick(ly)?|fast|speed|within (a|one|two|\w+) (day|days|hours|week)/,
    /without waiting|didn't wait|did not wait/,
    /reversible|risk/,
    /decid(ed|e)|decision/,
    /incomplete|ambigu/
  ],
  'deliver-results': [
    /deliver(ed)?|shipped|launched|landed/,
    /deadline|on time|ahead of/,
    /despite|obstacle|blocked|setback/,
    /result(ed|s)?|outcome/
  ],
  'earn-trust': [
    /trust/,
    /feedback|listened|candid|honest|transparen/,
    /admitted|apologi[sz]ed|my mistake|owned up/,
    /relationship|1:1|one-on-one/
  ],
  'dive-deep': [
    /data|metrics?|logs?|dashboard|query|sql/,
    /root cause|dug|digging|deeper|investigat/,
    /anomal|outlier|discrepan|didn't add up|did not add up/,
    /analy[sz]/
  ],
  'disagree-and-commit': [
    /disagree(d)?|pushed back|push back|objected|argued|challenged/,
    /commit(ted)?|went with|backed the decision|supported (the|their) decision/,
    /data|evidence|case/,
    /manager|director|lead/
  ],
  'learning-from-failure': [
    /fail(ed|ure)?|mistake|went wrong|broke|outage|missed/,
    /my fault|i owned|owned it|took (the )?blame|responsib/,
    /communicat|updates?|told|informed/,
    /recover(ed|y)?|fixed|rolled back/,
    /learn(ed|t)|lesson|changed how/
  ],
  'beyond-assigned': [
    /manager/,
    /help|blocking|blocked|trying to (do|achieve)/,
    /volunteer(ed)?|offered|took on|asked (my manager|him|her|them)/,
    /wasn't assigned|not assigned|beyond|not on (anyone|the|my) (list|roadmap)/,
    /quarter(ly)?|loop|goals?/
  ]
}

export const bankQuestions = (): Question[] =>
  (Object.keys(QUESTION_BANK) as Competency[]).flatMap((competency) =>
    QUESTION_BANK[competency].map((text, i) => ({ id: `bank:${competency}:${i + 1}`, text, competency, source: 'bank' as const }))
  )

const COMPETENCY_BY_WIN: [RegExp, Competency][] = [
  [/fail|incident|outage|postmortem|rollback|recover/i, 'learning-from-failure'],
  [/disagree|push(ed)? back|debate|convinc/i, 'disagree-and-commit'],
  [/root cause|data|analys|investigat|debug|dashboard/i, 'dive-deep'],
  [/volunteer|manager asked|offered|magic loop|beyond/i, 'beyond-assigned'],
  [/trust|feedback|mentor|coach|relationship/i, 'earn-trust'],
  [/quick|fast|hotfix|unblock|prototype/i, 'bias-for-action'],
  [/own|took on|nobody|long[- ]term/i, 'ownership']
]

export function guessCompetency(win: Pick<Win, 'title' | 'whatIDid' | 'impact' | 'tags' | 'commitmentId'>): Competency {
  const text = [win.title, win.whatIDid, win.impact, ...win.tags].join(' ')
  for (const [re, c] of COMPETENCY_BY_WIN) if (re.test(text)) return c
  // Work a manager asked for through the loop is the textbook "beyond assigned" story.
  return win.commitmentId ? 'beyond-assigned' : 'deliver-results'
}

/**
 * "Tell me about the time you led the rollout of the planning tool." — from the user's own wins.
 * The grammar library puts any title (imperative, past, noun phrase, passive) into the past
 * form after "the time you": "Promoted to Group PM" → "the time you were promoted to Group PM".
 */
type WinForQuestion = Pick<Win, 'id' | 'title' | 'whatIDid' | 'impact' | 'tags' | 'commitmentId'> & Partial<Pick<Win, 'metrics' | 'scope'>>

export function questionFromWin(win: WinForQuestion): Question {
  const title = stripEndPunct(win.title)
  const forms = title ? phraseForms(title) : undefined
  // A clause has its own subject ("Nobody owned the rollout"): "the time when nobody owned…".
  const moment = forms?.shape === 'clause' ? `the time when ${forms.past}` : theTimeYou(title)
  const ask = 'What was at stake, what did you do, and what changed?'
  // A promotion or an award is what the work earned, not the work: nobody can say what they did
  // "the time they were promoted", so the question asks for the work behind it.
  const earned = title && forms?.shape !== 'clause' && classifyWin({ metrics: [], scope: 'self', ...win }).section === 'recognition'
  const text = !title
    ? `Tell me about this win. ${ask}`
    : earned
      ? `${upperFirst(moment.replace(/^the time /, ''))}. Walk me through the work that earned it. ${ask}`
      : `Tell me about ${moment}. ${ask}`
  return { id: `win:${win.id}`, text, competency: guessCompetency(win), source: 'win', winId: win.id }
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

import type { ImprovedAnswer, Question } from '../../../../shared/domain/interview'
import type { Win } from '../../../../shared/domain/win'
import { formatMetricPlain, impactStrength, measureQuestion, METRIC_PLACEHOLDER, type LinkedCommitment } from '../impact/impactRewrite'
import { analyse } from './scoring/analyse'
import { ELEMENT_FINDERS, type ElementId } from './scoring/elements'
import { guessCompetency, intentFor } from './questionBank'
import { SITUATION } from '../impact/rubricCues'
import { contentStems, lowerFirst, splitSentences, stripEndPunct } from '../../base/text'

export const REFLECTION_PLACEHOLDER = '[What did you learn, and what do you do differently since?]'

/** What to ask for when the history does not hold an element the question needs. */
const ELEMENT_PLACEHOLDERS: Partial<Record<ElementId, string>> = {
  principle: '[What rule do you decide by, in one sentence?]',
  failure: '[What went wrong, and which part of it was yours?]',
  recovery: '[How did you recover, step by step?]',
  disagreement: '[What did you disagree with, and why?]',
  commitment: '[How did you commit once it was decided?]',
  evidence: '[What data did you look at?]',
  rootCause: '[What was the root cause you found?]',
  obstacle: '[What stood in the way?]',
  speed: '[How fast did you decide, and why then?]',
  uncertainty: '[What did you not know when you decided?]',
  trust: '[What did it do for trust, and how do you know?]',
  admission: '[When and how did you say it was yours?]',
  manager: '[What was your manager’s part in it?]',
  beyondRole: '[Why was this outside your assigned work?]',
  feedback: '[What feedback did you give, and how?]',
  mindChanged: '[Whose mind changed, and what changed it?]',
  tradeOff: '[What short-term win did you give up, and why?]',
  firstHours: '[What did you do in the first hours?]',
  risk: '[What was the risk, and how did you limit it?]'
}
/** Elements that open the answer (the principle is the answer to "How do you decide…"). */
const OPENING: ElementId[] = ['principle']

/** The win that best answers a question: the one it was made from, else competency, words and strength. */
export function pickWin(question: Pick<Question, 'text' | 'competency' | 'winId'>, wins: Win[]): Win | undefined {
  if (question.winId) {
    const own = wins.find((w) => w.id === question.winId)
    if (own) return own
  }
  const q = contentStems(question.text)
  const score = (w: Win) => {
    const stems = contentStems(`${w.title} ${w.whatIDid} ${w.impact} ${w.tags.join(' ')}`)
    return (guessCompetency(w) === question.competency ? 2 : 0) + 2 * [...q].filter((s) => stems.has(s)).length + impactStrength(w).rank
  }
  return [...wins].sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date))[0]
}

const PAST_START =
  /^(?:[A-Z][a-z]+ed|Led|Ran|Built|Wrote|Made|Cut|Set|Took|Gave|Drove|Won|Found|Brought|Taught|Got|Kept|Held|Began|Chose|Sent|Spent|Met|Put|Rewrote|Read)\b/

/** "Planned the migration." → "I planned the migration." (first person, the user's own words). */
const firstPerson = (s: string) => (PAST_START.test(s) ? `I ${lowerFirst(s)}` : s)

/**
 * A better answer to the question, drafted only from the user's own history: the win's words
 * in STAR order, first person, with sources. What the history does not hold (a measure, the
 * lesson) stays a visible placeholder and is listed as a gap; nothing is invented.
 */
export function improvedAnswer(
  question: Pick<Question, 'text' | 'competency' | 'winId'>,
  wins: Win[],
  commitments: readonly (LinkedCommitment & { outcome?: string })[] = []
): ImprovedAnswer {
  const win = pickWin(question, wins)
  if (!win) return { text: '', sources: [], gaps: ['Log a win first: what you did, what changed, and a measure if you have one.'] }
  const gaps: string[] = []
  const commitment = commitments.find((c) => c.id === win.commitmentId)
  const did = splitSentences(win.whatIDid).map((s) => s.text)
  const situation = did.find((s) => SITUATION.test(s.toLowerCase()) || /\bbecause\b/i.test(s))
  const actions = did.filter((s) => s !== situation).map(firstPerson)
  if (!situation) gaps.push('What was at stake before you started?')
  if (actions.length === 0) gaps.push('What did you do, step by step? Which calls were yours?')

  const opening = [
    situation ? firstPerson(situation) : '[What was at stake before you started?]',
    [
      commitment ? `I had committed to ${lowerFirst(stripEndPunct(commitment.title))}.` : '',
      // "Overhauled the loop" reads as "I overhauled the loop"; a noun title as "I took on …".
      PAST_START.test(win.title) ? `${firstPerson(stripEndPunct(win.title))}.` : `I took on ${lowerFirst(stripEndPunct(win.title))}.`
    ]
      .filter(Boolean)
      .join(' ')
  ].join(' ')
  const action = actions.length ? actions.join(' ') : '[What did you do, step by step?]'
  // The question's own elements: what the win's words already show, and a placeholder for the rest.
  const intent = intentFor(question.text, question.competency)
  const fromHistory = analyse([win.title, win.whatIDid, win.impact].filter(Boolean).join('. '))
  const missingElements = intent.elements.filter((e) => ELEMENT_PLACEHOLDERS[e] && !ELEMENT_FINDERS[e](fromHistory))
  const askFor = (where: 'opening' | 'body') =>
    missingElements
      .filter((e) => OPENING.includes(e) === (where === 'opening'))
      .map((e) => ELEMENT_PLACEHOLDERS[e]!)
      .join(' ')
  for (const e of missingElements) gaps.push(ELEMENT_PLACEHOLDERS[e]!.replace(/^\[|\]$/g, ''))
  const metrics = win.metrics.map(formatMetricPlain).join('; ')
  const impact = stripEndPunct(win.impact)
  const result = [
    impact ? `As a result, ${lowerFirst(impact)}.` : '[What changed, and for whom?]',
    metrics ? `In numbers: ${metrics}.` : ''
  ]
  if (!impact) gaps.push('What changed because of it, and for whom?')
  if (!metrics && !/\d/.test(impact)) {
    result.push(METRIC_PLACEHOLDER)
    gaps.push(measureQuestion(win))
  }
  if (!gaps.includes('What did you learn, and what do you do differently since?'))
    gaps.push('What did you learn, and what do you do differently since?')
  const text = [
    askFor('opening'),
    [opening, askFor('body')].filter(Boolean).join(' '),
    action,
    result.filter(Boolean).join(' '),
    REFLECTION_PLACEHOLDER
  ]
    .filter(Boolean)
    .join('\n\n')
  const sources = [
    { id: win.id, kind: 'win', title: win.title, date: win.date },
    ...(commitment ? [{ id: commitment.id, kind: 'commitment', title: commitment.title, date: '' }] : [])
  ]
  return { text, sources, gaps }
}

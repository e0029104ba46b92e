import type { ImprovedAnswer, Question } from '../../../shared/domain/interview'
import type { Win } from '../../../shared/domain/win'
import { formatMetricPlain, impactStrength, measureQuestion, METRIC_PLACEHOLDER, type LinkedCommitment } from './impactRewrite'
import { guessCompetency } from './questionBank'
import { SITUATION } from './rubricCues'
import { contentStems, lowerFirst, splitSentences, stripEndPunct } from './text'

export const REFLECTION_PLACEHOLDER = '[What did you learn, and what do you do differently since?]'

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
  commitments: (LinkedCommitment & { outcome?: string })[] = []
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
  gaps.push('What did you learn, and what do you do differently since?')
  const text = [opening, action, result.filter(Boolean).join(' '), REFLECTION_PLACEHOLDER].join('\n\n')
  const sources = [
    { id: win.id, kind: 'win', title: win.title, date: win.date },
    ...(commitment ? [{ id: commitment.id, kind: 'commitment', title: commitment.title, date: '' }] : [])
  ]
  return { text, sources, gaps }
}

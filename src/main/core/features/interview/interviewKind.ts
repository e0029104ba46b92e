import { mdLines, mdText } from '../../base/markdown/safeMarkdown'
import { chosen, cite } from '../drafting/kinds/citations'
import { NO_INVENTION_RULES } from '../drafting/kinds/summary'
import type { DraftKind } from '../drafting/types'
import { improvedAnswer } from './improvedAnswer'
import { bankQuestions, guessCompetency } from './questionBank'

/**
 * A rehearsal answer (issue 6). The built-in engine drafts it like the offline "better answer",
 * from the chosen wins and commitments as typed objects of the prompt-safe view.
 */
export const interviewAnswerKind: DraftKind = {
  id: 'interview-answer',
  label: 'Interview answer',
  description: 'A spoken answer (about two minutes, STAR) to a behavioral question, drawn only from your own history.',
  criteria: (p) => ({
    focus: p.focus,
    kinds: ['win', 'commitment', 'checkIn'],
    kindWeights: { win: 1.5, commitment: 0.8, checkIn: 0.4 },
    halfLifeDays: 730
  }),
  messages: ({ params, rendered }) => [
    {
      role: 'system',
      content:
        'You help a person rehearse a behavioral interview answer. Write what they would say, first person singular, about 260 words (two minutes): ' +
        'situation and task in two sentences, most of the answer on their own actions and decisions, a measured result, one line on what they learned. ' +
        `Use one real event from the entries. Rules:\n- ${NO_INVENTION_RULES}\n- If the entries hold no lesson, write [What did you learn, and what do you do differently since?].`
    },
    {
      role: 'user',
      content: `Question: ${params.focus ?? 'Tell me about your proudest piece of work.'}\n\nEntries:\n\n${rendered || '(no entries)'}`
    }
  ],
  builtin: ({ params, entries, view }) => {
    const question = params.focus ?? ''
    const wins = chosen(view.wins, entries, 'win')
    const commitments = chosen(view.commitments, entries, 'commitment')
    const competency =
      bankQuestions().find((q) => q.text === question)?.competency ?? (wins[0] ? guessCompetency(wins[0]) : 'deliver-results')
    const a = improvedAnswer({ text: question, competency }, wins, commitments)
    if (!a.text) return `${mdText(a.gaps.join(' '))}\n`
    const gaps = a.gaps.map((g) => `- ${mdText(g)}`).join('\n')
    return `${mdLines(a.text)}${cite(
      entries,
      a.sources.map((s) => s.id)
    )}\n\n**Only you can fill in:**\n\n${gaps}\n`
  }
}

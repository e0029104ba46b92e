import { impactOutputSchema, type ImpactOutput } from '../../../../shared/domain/draftOutputs'
import { mdText } from '../../base/markdown/safeMarkdown'
import { chosen, cite, JSON_LABELS } from '../drafting/kinds/citations'
import { NO_INVENTION_RULES } from '../drafting/kinds/summary'
import type { DraftKind } from '../drafting/types'
import { renderImpact } from './impactOutput'
import { rewriteImpact } from './impactRewrite'

/**
 * Impact statements (issue 6). The built-in engine runs the offline screen's rewriter over the
 * chosen wins, read as typed wins from the prompt-safe view; LLM engines get the same entries
 * and the no-invention rules, and their text goes through the same numbers guard.
 */
export const impactStatementKind: DraftKind<ImpactOutput> = {
  id: 'impact-statement',
  label: 'Impact statements',
  description: 'Your wins rewritten as impact (XYZ and STAR), with a question wherever a measure is missing.',
  // Opened from one win, it drafts that win (and what it delivered); without one, the strongest few.
  criteria: (p) => ({
    from: p.from,
    to: p.to,
    focus: p.focus,
    tags: p.tags,
    ...(p.winId ? { ids: [p.winId] } : {}),
    kinds: ['win', 'commitment'],
    kindWeights: { win: 1.5, commitment: 0.5 },
    halfLifeDays: 365
  }),
  messages: ({ params, rendered }) => [
    {
      role: 'system',
      content:
        'You rewrite a person’s wins as impact statements for a manager or promotion committee: impact first, not tasks. ' +
        'For each win give an XYZ sentence (accomplished X, as measured by Y, by doing Z) and a four-line STAR version, first person singular. ' +
        `Return JSON: one statement per win with its title, the XYZ sentence, the STAR lines and the questions. ${JSON_LABELS} ` +
        `Rules:\n- ${NO_INVENTION_RULES}\n- Where a measure is missing, ask one specific question (how many people, what changed in cycle time…).`
    },
    {
      role: 'user',
      content: `Rewrite these wins as impact statements${params.focus ? `, starting with: ${params.focus}` : ''}.\n\nEntries:\n\n${rendered || '(no wins)'}`
    }
  ],
  structured: { name: 'impact_statements', schema: impactOutputSchema, render: renderImpact },
  builtin: ({ entries, view }) => {
    const wins = chosen(view.wins, entries, 'win').slice(0, 5)
    if (wins.length === 0) return 'No wins match. Log a win (what you did, what changed, a measure if you have one), then try again.\n'
    return (
      wins
        .map((win) => {
          const r = rewriteImpact(win)
          // Sentences built from what the person typed: escaped, like every exported text.
          const questions = r.questions.map((q) => `- ❓ ${mdText(q)}`).join('\n')
          return [
            `## ${mdText(win.title)}${cite(entries, [win.id])}`,
            `**XYZ:** ${mdText(r.xyz)}`,
            `**STAR:**\n\n${r.starText
              .split('\n')
              .map((l) => `- ${mdText(l)}`)
              .join('\n')}`,
            `**Strength:** ${mdText(r.strength.label)}. ${mdText(r.strength.next)}`,
            questions
          ]
            .filter(Boolean)
            .join('\n\n')
        })
        .join('\n\n') + '\n'
    )
  }
}

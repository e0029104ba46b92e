import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import { defaultCriteria } from '../../../../shared/domain/promo'
import { describePeriod, NO_INVENTION_RULES } from '../drafting/kinds/summary'
import type { DraftKind } from '../drafting/types'
import { historyFromEntries, winFromEntry } from './entryAdapters'
import { improvedAnswer } from '../interview/improvedAnswer'
import { rewriteImpact } from '../impact/impactRewrite'
import { mdLines, mdText } from '../../base/markdown/safeMarkdown'
import { packetNarrative } from './narrative'
import { buildPacket } from './promoPacket'
import { bankQuestions, guessCompetency } from '../interview/questionBank'
import { impactOutputSchema, packetOutputSchema, type ImpactOutput, type PacketOutput } from '../../../../shared/domain/draftOutputs'
import type { DraftInput } from '../drafting/types'
import { renderImpact } from '../impact/impactOutput'
import { renderPacketOutput } from './packetOutput'

/**
 * Issue 6's draft kinds. The built-in engine runs the same deterministic writers as the
 * offline screens (over the selected, prompt-safe entries); LLM engines get the same entries
 * and the same no-invention rules, and their text goes through the same numbers guard.
 */

const labelOf = (entries: ContextEntry[], id: string) => {
  const i = entries.findIndex((e) => e.id === id)
  return i >= 0 ? `S${i + 1}` : null
}
const cite = (entries: ContextEntry[], ids: string[]) => {
  const labels = ids.map((id) => labelOf(entries, id)).filter(Boolean)
  return labels.length ? ` [${labels.join(', ')}]` : ''
}

const JSON_LABELS = 'Give each item the labels of the entries it came from in "sources" (S1…), never a label you were not given.'

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
  builtin: ({ entries }) => {
    const wins = entries.filter((e) => e.kind === 'win').slice(0, 5)
    if (wins.length === 0) return 'No wins match. Log a win (what you did, what changed, a measure if you have one), then try again.\n'
    return (
      wins
        .map((e) => {
          const r = rewriteImpact(winFromEntry(e))
          // Sentences built from what the person typed: escaped, like every exported text.
          const questions = r.questions.map((q) => `- ❓ ${mdText(q)}`).join('\n')
          return [
            `## ${mdText(e.title)}${cite(entries, [e.id])}`,
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
  builtin: ({ params, entries }) => {
    const question = params.focus ?? ''
    const wins = entries.filter((e) => e.kind === 'win').map(winFromEntry)
    const commitments = entries.filter((e) => e.kind === 'commitment').map((e) => ({ id: e.id, title: e.title }))
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

const targetLevelOf = (params: DraftInput['params'], entries: ContextEntry[]) =>
  params.focus?.trim() || historyFromEntries(entries).profile?.targetLevel || 'Senior'

function builtPacket({ params, entries }: DraftInput) {
  const history = historyFromEntries(entries)
  const targetLevel = targetLevelOf(params, entries)
  const packet = buildPacket(
    { from: params.from ?? '1950-01-01', to: params.to ?? '2100-12-31', targetLevel, criteria: defaultCriteria(targetLevel) },
    history
  )
  // Cite with the drafting panel's labels (the entries' order), not the packet's own.
  packet.sources = packet.sources
    .map((s) => ({ ...s, label: labelOf(entries, s.id) ?? s.label }))
    .sort((a, b) => Number(a.label.slice(1)) - Number(b.label.slice(1)))
  return packet
}

export const promoPacketKind: DraftKind<PacketOutput> = {
  id: 'promo-packet',
  label: 'Promotion packet',
  description:
    'A one-page narrative for a promotion committee: an opening claim, the three strongest projects with evidence, the growth story; focus = the target level.',
  criteria: (p) => ({
    from: p.from,
    to: p.to,
    kindWeights: { win: 1.5, commitment: 1.2, goal: 0.8, profile: 0.8, person: 0.6, checkIn: 0.5, personGoal: 0.3, blocker: 0.3 },
    halfLifeDays: 730
  }),
  messages: ({ params, rendered }) => [
    {
      role: 'system',
      content:
        'You write the one-page narrative of a promotion case a person will hand to their manager. First person, impact first, about 400 words. ' +
        'Start with one opening paragraph that makes the claim (why the work shows the target level); then “Strongest projects” (three at most), one paragraph each with the decision, the reach and the measured result; ' +
        'then “How I grew”: mentoring, glue work, influence beyond the team and what is next. Do not list the packet section by section. ' +
        `Return JSON: the target level, the sections (heading, and its paragraphs as items) and an empty checklist. ${JSON_LABELS} ` +
        `Rules:\n- ${NO_INVENTION_RULES}\n- Every claim carries the labels of the entries it came from.`
    },
    {
      role: 'user',
      content: `Target level: ${params.focus || 'the next level'}. Period: ${describePeriod(params)}.${params.audience ? ` Audience: ${params.audience}.` : ''}\n\nEntries:\n\n${rendered || '(no entries in this period)'}`
    }
  ],
  // The packet's own rule and the default criteria for the level are Loopwise's wording, not claims.
  computed: ({ params, entries }) => ['A packet needs at least two key projects.', ...defaultCriteria(targetLevelOf(params, entries))],
  structured: { name: 'promo_packet', schema: packetOutputSchema, render: renderPacketOutput },
  builtin: (input) => `${packetNarrative(builtPacket(input), (ids) => cite(input.entries, ids))}\n`
}

export const IMPACT_DRAFT_KINDS = [impactStatementKind, interviewAnswerKind, promoPacketKind]

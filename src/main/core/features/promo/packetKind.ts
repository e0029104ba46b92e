import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import { packetOutputSchema, type PacketOutput } from '../../../../shared/domain/draftOutputs'
import { trackFor } from '../../../../shared/domain/ladder'
import { defaultCriteria } from '../../../../shared/domain/promo'
import type { PromptSafeView } from '../drafting/context/promptSafeView'
import { chosen, cite, JSON_LABELS, labelOf } from '../drafting/kinds/citations'
import { describePeriod, NO_INVENTION_RULES } from '../drafting/kinds/summary'
import type { DraftInput, DraftKind } from '../drafting/types'
import { packetNarrative } from './narrative'
import { renderPacketOutput } from './packetOutput'
import { buildPacket, type PacketHistory } from './promoPacket'
import { packetHistoryOf } from './promoService'

/** The packet's history from the chosen entries only, as typed objects of the prompt-safe view. */
function chosenHistory(view: PromptSafeView, entries: readonly ContextEntry[]): PacketHistory {
  const all = packetHistoryOf(view)
  const commitments = chosen(all.commitments ?? [], entries, 'commitment')
  const given = new Set(commitments.map((c) => c.id))
  return {
    profile: entries.some((e) => e.kind === 'profile') ? all.profile : {},
    // A win cites its commitment only when the run was given that commitment too.
    wins: chosen(all.wins, entries, 'win').map((w) =>
      w.commitmentId && !given.has(w.commitmentId) ? { ...w, commitmentId: undefined } : w
    ),
    goals: chosen(all.goals ?? [], entries, 'goal'),
    people: chosen(all.people ?? [], entries, 'person'),
    checkIns: chosen(all.checkIns ?? [], entries, 'checkIn'),
    commitments
  }
}

// The user's choice: the focus, else the target level (or role) in their profile.
const targetLevelOf = ({ params, view }: DraftInput) =>
  params.focus?.trim() || view.profile.targetLevel.trim() || view.profile.targetRole.trim() || 'Senior'

/** The level's criteria on the user's ladder (imported or edited in Promo), not the built-in one. */
const criteriaOf = (input: DraftInput) => defaultCriteria(targetLevelOf(input), input.view.ladder, trackFor(input.view.profile))

function builtPacket(input: DraftInput) {
  const { params, entries, view } = input
  const history = chosenHistory(view, entries)
  const targetLevel = targetLevelOf(input)
  const packet = buildPacket(
    { from: params.from ?? '1950-01-01', to: params.to ?? '2100-12-31', targetLevel, criteria: criteriaOf(input) },
    history,
    undefined,
    { ladder: view.ladder }
  )
  // Cite with the drafting panel's labels (the entries' order), not the packet's own.
  packet.sources = packet.sources
    .map((s) => ({ ...s, label: labelOf(entries, s.id) ?? s.label }))
    .sort((a, b) => Number(a.label.slice(1)) - Number(b.label.slice(1)))
  return packet
}

/**
 * The promotion packet narrative (issue 6). The built-in engine builds the same packet as the
 * Promo screen, over the chosen entries and the user's ladder; LLM engines get the same entries
 * and the no-invention rules, and their text goes through the same numbers guard.
 */
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
  // The packet's own rule and the level's criteria on the user's ladder are Loopwise's wording, not claims.
  computed: (input) => ['A packet needs at least two key projects.', ...criteriaOf(input)],
  structured: { name: 'promo_packet', schema: packetOutputSchema, render: renderPacketOutput },
  builtin: (input) => `${packetNarrative(builtPacket(input), (ids) => cite(input.entries, ids))}\n`
}

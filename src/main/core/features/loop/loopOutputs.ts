import { sourceLabel, type ContextEntry } from '../../../../shared/domain/contextEntry'
import { agendaOutputSchema, offersOutputSchema, type AgendaOutput, type OffersOutput } from '../../../../shared/domain/draftOutputs'
import type { AgendaSectionOutput, LoopPlan, Offer } from '../../../../shared/domain/loop'
import { ESTIMATE_LABEL } from '../drafting/suggestionLabels'
import type { DraftInput, DraftOutput } from '../drafting/types'
import { asPlain } from '../../base/markdown/safeMarkdown'
import type { AgendaDoc } from './agendaModel'
import { FLAG_LABELS } from './offerChecks'
import { cite, heading, list, paragraph, renderTree, strong, text } from '../drafting/markdownTree'

/** Anything that can hand over the built-in plan for a draft's params (loopKinds' LoopPlanner). */
export interface PlanSource {
  fromParams(params: DraftInput['params'], now?: Date): { plan: LoopPlan }
}

/** The agenda document as typed, plain-text sections (markup dropped); coaching lines stay beside it, never in it. */
export function sectionsOf(doc: AgendaDoc): AgendaSectionOutput[] {
  return doc.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    time: s.time ?? null,
    lines: s.lines.filter((l) => !l.coach).map((l) => ({ text: asPlain(l.text), ask: l.ask ?? null, sources: [] }))
  }))
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The prompt's labels (S1…Sn, in the entries' order) for a plan line: the entries whose title
 * the line quotes, or whose id the line was built from. Loopwise's own framework wording has none.
 */
function labelsFor(entries: readonly ContextEntry[], line: string, ids: readonly string[] = []): string[] {
  const said = norm(line)
  const labels: string[] = []
  entries.forEach((e, i) => {
    const title = norm(e.title)
    if (ids.includes(e.id) || (title.length >= 6 && said.includes(title))) labels.push(sourceLabel(i))
  })
  return labels
}

const labelled = (labels: string[]) => (labels.length ? ` [${labels.join(', ')}]` : ' [Loopwise]')

/** The plan as the model sees it: every line with its [S#] labels (or [Loopwise] for framework wording) and its answer slot. */
export function planLinesForModel(sections: readonly AgendaSectionOutput[], entries: readonly ContextEntry[]): string {
  return sections
    .map((s) => {
      // A line under "Report back: <their item>" ("Delivered on …. Outcome: …") is about that
      // item even when it does not repeat its title: it carries the heading's labels, so the
      // model can cite the outcome's amounts instead of seeing them as Loopwise's wording.
      const fromHeading = labelsFor(entries, s.heading)
      return [
        `## ${s.heading}${s.time ? ` (${s.time}, suggested)` : ''}`,
        ...s.lines.map((l) => {
          const own = labelsFor(entries, l.text)
          return `- ${l.ask ? `(ask → ${l.ask}) ` : ''}${l.text}${labelled(own.length ? own : l.ask ? [] : fromHeading)}`
        })
      ].join('\n')
    })
    .join('\n\n')
}

const offerIds = (o: Offer) => [o.serves?.id, o.advancesGoal?.id].filter((id): id is string => Boolean(id))

/** The candidate offers as the model sees them, each line labelled. */
export function offersForModel(offers: readonly Offer[], entries: readonly ContextEntry[]): string {
  if (offers.length === 0) return '(no candidates: nothing is recorded yet about what they are trying to do)'
  return offers
    .map((o) => {
      const labels = labelled(labelsFor(entries, o.title, offerIds(o)))
      return [
        `- Offer: ${o.title}${labels}`,
        `  - Serves: ${o.serves ? `their ${o.serves.kind === 'blocker' ? 'blocker' : 'goal'} “${o.serves.text}”${labelled(labelsFor(entries, o.serves.text, [o.serves.id]))}` : 'nothing they said yet [Loopwise]'}`,
        `  - Loopwise’s note on why it stretches me (it speaks to me as “you”): ${o.whyStretch} [Loopwise]`,
        `  - Effort (${ESTIMATE_LABEL}): ${o.effort} [Loopwise]`,
        `  - How delivery could be shown: ${o.showDelivery} [Loopwise]`,
        ...(o.strength ? [`  - Plays to my strength: ${o.strength}${labelled(labelsFor(entries, o.strength))}`] : []),
        ...o.flags.map((f) => `  - Flag ${f.kind}: ${f.message} [Loopwise]`)
      ].join('\n')
    })
    .join('\n')
}

const withLabels = (sections: readonly AgendaSectionOutput[], entries: readonly ContextEntry[]) =>
  sections.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l, sources: labelsFor(entries, l.text) })) }))

export function agendaOutput(planner: PlanSource): DraftOutput<AgendaOutput> {
  return {
    name: 'loop_agenda',
    schema: agendaOutputSchema,
    plan: ({ params, now, entries }) => {
      const { plan } = planner.fromParams(params, now)
      return { title: plan.title, sections: withLabels(plan.sections, entries), offer: plan.prefill.offer }
    },
    render: (a) =>
      renderTree([
        heading(1, text(a.title)),
        ...a.sections.flatMap((s) => [
          // A timing is Loopwise's suggestion, never the user's fact: it says so (the trust guard reads the label).
          heading(2, text(`${s.heading}${s.time ? ` · ${s.time} (suggested)` : ''}`)),
          list(s.lines.map((l) => [...(l.ask ? [strong('Ask:'), text(` ${l.text}`)] : [text(l.text)]), ...cite(l.sources)]))
        ]),
        a.offer.trim() ? paragraph(strong('The one thing I offer:'), text(` ${a.offer}`)) : null
      ])
  }
}

export function offersOutput(planner: PlanSource): DraftOutput<OffersOutput> {
  return {
    name: 'loop_offers',
    schema: offersOutputSchema,
    plan: ({ params, now, entries }) => ({
      offers: planner.fromParams(params, now).plan.offers.map((o) => ({
        title: o.title,
        serves: o.serves ? { kind: o.serves.kind, text: o.serves.text } : null,
        whyStretch: o.whyStretch,
        effort: o.effort,
        showDelivery: o.showDelivery,
        strength: o.strength,
        flags: o.flags,
        sources: labelsFor(entries, o.title, offerIds(o))
      }))
    }),
    render: (out) =>
      renderTree([
        heading(1, text('Offers of help')),
        paragraph(text('What kills the loop: offering something too easy, or taking on more than you can deliver exceptionally well.')),
        ...(out.offers.length === 0
          ? [paragraph(text('No offers: ask first what they are trying to do and what blocks them.'))]
          : out.offers.flatMap((o) => [
              heading(2, text(o.title), ...cite(o.sources)),
              list([
                [
                  strong('Serves:'),
                  text(
                    o.serves
                      ? ` their ${o.serves.kind === 'blocker' ? 'blocker' : 'goal'} “${o.serves.text}”`
                      : ' nothing they said yet — ask first.'
                  )
                ],
                [strong('Why it stretches you:'), text(` ${o.whyStretch}`)],
                [strong(`Effort (${ESTIMATE_LABEL}):`), text(` ${o.effort}`)],
                [strong('How delivery could be shown:'), text(` ${o.showDelivery}`)],
                ...(o.strength ? [[strong('Plays to your strength:'), text(` ${o.strength}`)]] : []),
                ...o.flags.map((f) => [strong(`⚠ ${FLAG_LABELS[f.kind]}:`), text(` ${f.message}`)])
              ])
            ]))
      ])
  }
}

import type { PacketOutput } from '../../../../shared/domain/draftOutputs'
import { cite, heading, list, paragraph, renderTree, text } from '../drafting/markdownTree'

/** The promotion case as Markdown: each paragraph with the labels of the entries it came from. */
export function renderPacketOutput(out: PacketOutput): string {
  return renderTree([
    heading(1, text(`The case for ${out.targetLevel}`)),
    ...out.sections.flatMap((s) => [
      ...(s.heading === 'Opening' ? [] : [heading(2, text(s.heading))]),
      ...(s.items.length ? s.items.map((i) => paragraph(text(i.text), ...cite(i.sources))) : [paragraph(text('Nothing yet.'))])
    ]),
    ...(out.checklist.length ? [heading(2, text('Review with your manager')), list(out.checklist.map((c) => [text(`☐ ${c}`)]))] : [])
  ])
}

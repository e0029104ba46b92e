import type { PacketOutput } from '../../../../shared/domain/draftOutputs'
import { cite, heading, list, paragraph, renderTree, text } from '../drafting/markdownTree'

/** A promotion packet as Markdown: each claim with the labels of the entries it came from. */
export function renderPacketOutput(out: PacketOutput): string {
  return renderTree([
    heading(1, text(`Promotion packet — ${out.targetLevel}`)),
    ...out.sections.flatMap((s) => [
      heading(2, text(s.heading)),
      s.items.length ? list(s.items.map((i) => [text(i.text), ...cite(i.sources)])) : paragraph(text('Nothing yet.'))
    ]),
    ...(out.checklist.length ? [heading(2, text('Review with your manager')), list(out.checklist.map((c) => [text(`☐ ${c}`)]))] : [])
  ])
}

import type { ImpactOutput } from '../../../../shared/domain/draftOutputs'
import { cite, heading, list, paragraph, renderTree, strong, text } from '../drafting/markdownTree'

/** Impact statements as Markdown: XYZ, STAR lines and the questions where a measure is missing. */
export function renderImpact(out: ImpactOutput): string {
  if (out.statements.length === 0)
    return renderTree([
      paragraph(text('No wins match. Log a win (what you did, what changed, a measure if you have one), then try again.'))
    ])
  return renderTree(
    out.statements.flatMap((s) => [
      heading(2, text(s.title), ...cite(s.sources)),
      paragraph(strong('XYZ:'), text(` ${s.xyz}`)),
      paragraph(strong('STAR:')),
      list(s.star.map((l) => [text(l)])),
      s.questions.length ? list(s.questions.map((q) => [text(`❓ ${q}`)])) : null
    ])
  )
}

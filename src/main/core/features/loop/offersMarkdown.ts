import type { Offer } from '../../../../shared/domain/loop'
import { ESTIMATE_LABEL } from '../drafting/suggestionLabels'
import { clean } from './agendaModel'
import { servesText } from './agendaParts'
import type { LoopFacts } from './loopFacts'
import { proseDay } from './proseDay'
import { mdText } from '../../base/markdown/safeMarkdown'
import { FLAG_LABELS } from './offerChecks'

const ORIGIN: Record<Offer['origin'], string> = {
  suggested: '',
  yours: ' (your idea)',
  history: ' (proposed earlier, never agreed)'
}

/** The offers as Markdown: what each serves, why it stretches, effort, how delivery shows, and flags. */
export function renderOffers(f: LoopFacts, offers: Offer[]): string {
  const head = `# Offers for ${mdText(f.person.name)} — ${proseDay(f.meetingDate, f.meetingDate)}\n\nWhat kills the loop: offering something too easy, or taking on more than you can deliver exceptionally well.\n`
  if (offers.length === 0)
    return `${head}\nNothing is recorded yet about what ${mdText(f.person.firstName)} is trying to do or what blocks them. Ask first — “What are you trying to do? What is blocking you?” — then come back for offers.\n`
  const body = offers.map((o) => {
    const lines = [
      `## ${mdText(clean(o.title))}${ORIGIN[o.origin]}`,
      '',
      `- **Serves:** ${mdText(servesText(f, o))}`,
      `- **Why it stretches you:** ${mdText(o.whyStretch)}`,
      `- **Effort (${ESTIMATE_LABEL}):** ${mdText(o.effort)}`,
      `- **How delivery could be shown:** ${mdText(o.showDelivery)}`
    ]
    if (o.strength) lines.push(`- **Plays to your strength:** ${mdText(o.strength)}`)
    if (o.advancesGoal) lines.push(`- **Advances your goal:** ${mdText(o.advancesGoal.title)}`)
    for (const flag of o.flags) lines.push(`- ⚠ **${FLAG_LABELS[flag.kind]}:** ${mdText(flag.message)}`)
    return lines.join('\n')
  })
  return `${head}\n${body.join('\n\n')}\n`
}

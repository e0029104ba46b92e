import type { Packet, PacketItem } from '../../../../shared/domain/promo'
import { mdLink, mdText } from '../../base/markdown/safeMarkdown'

// Plain brackets read better than escaped ones and cannot form a link: nothing follows them.
const refs = (ids: string[], label: Map<string, string>) =>
  ids.length ? ` [${ids.map((id) => mdText(label.get(id) ?? id)).join(', ')}]` : ''

function itemLines(item: PacketItem, label: Map<string, string>): string[] {
  const text = mdText(item.text)
  const lines = [`- ${item.details.length ? `**${text}**` : text}${refs(item.sourceIds, label)}`]
  for (const d of item.details)
    lines.push(
      `  - *${mdText(d.label)}:* ${mdText(d.text)}${
        d.missing
          ? ''
          : refs(
              d.sourceIds.filter((id) => !item.sourceIds.includes(id)),
              label
            )
      }`
    )
  for (const l of item.links) lines.push(`  - Link: ${mdLink(l.label, l.url)}`)
  return lines
}

// The built-in draft's open period is written as the user chose it (no dates), never as made-up ends.
const OPEN_FROM = '1950-01-01'
const OPEN_TO = '2100-12-31'
const periodWords = (from: string, to: string) =>
  from <= OPEN_FROM && to >= OPEN_TO
    ? 'all time'
    : from <= OPEN_FROM
      ? `up to ${mdText(to)}`
      : to >= OPEN_TO
        ? `since ${mdText(from)}`
        : `${mdText(from)} to ${mdText(to)}`

/**
 * The packet as Markdown: claims carry their source labels; sources and flags are listed at the
 * end. Every word from the user's history is escaped; links only from real http(s) addresses.
 */
export function packetToMarkdown(packet: Packet): string {
  const label = new Map(packet.sources.map((s) => [s.id, s.label]))
  const s = packet.settings
  const out = [`# Promotion packet — ${mdText(s.targetLevel)}`, '', `Period: ${periodWords(s.from, s.to)}`, '']
  for (const section of packet.sections) {
    out.push(`## ${mdText(section.title)}`, '')
    for (const item of section.items) out.push(...itemLines(item, label))
    out.push('')
  }
  out.push('## Review with your manager', '', ...packet.checklist.map((c) => `- [ ] ${mdText(c)}`), '')
  if (packet.flags.length) {
    out.push('## Numbers to check', '', ...packet.flags.map((f) => `- “${mdText(f.text)}” in ${mdText(f.where)}: ${mdText(f.reason)}`), '')
  }
  out.push(
    '## Sources',
    '',
    ...packet.sources.map(
      (src) => `- ${mdText(src.label)}: ${mdText(src.kind)} — ${mdText(src.title)}${src.date ? ` (${mdText(src.date)})` : ''}`
    ),
    ''
  )
  return out.join('\n')
}

import type { Packet, PacketItem } from '../../../shared/domain/promo'

const refs = (ids: string[], label: Map<string, string>) => (ids.length ? ` [${ids.map((id) => label.get(id) ?? id).join(', ')}]` : '')

function itemLines(item: PacketItem, label: Map<string, string>): string[] {
  const lines = [`- ${item.details.length ? `**${item.text}**` : item.text}${refs(item.sourceIds, label)}`]
  for (const d of item.details)
    lines.push(
      `  - *${d.label}:* ${d.text}${
        d.missing
          ? ''
          : refs(
              d.sourceIds.filter((id) => !item.sourceIds.includes(id)),
              label
            )
      }`
    )
  for (const l of item.links) lines.push(`  - Link: [${l.label.replace(/[[\]]/g, '')}](${l.url})`)
  return lines
}

/** The packet as Markdown: claims carry their source labels; sources and flags are listed at the end. */
export function packetToMarkdown(packet: Packet): string {
  const label = new Map(packet.sources.map((s) => [s.id, s.label]))
  const out = [`# Promotion packet — ${packet.settings.targetLevel}`, '', `Period: ${packet.settings.from} to ${packet.settings.to}`, '']
  for (const section of packet.sections) {
    out.push(`## ${section.title}`, '')
    for (const item of section.items) out.push(...itemLines(item, label))
    out.push('')
  }
  out.push('## Review with your manager', '', ...packet.checklist.map((c) => `- [ ] ${c}`), '')
  if (packet.flags.length) {
    out.push('## Numbers to check', '', ...packet.flags.map((f) => `- “${f.text}” in ${f.where}: ${f.reason}`), '')
  }
  out.push('## Sources', '', ...packet.sources.map((s) => `- ${s.label}: ${s.kind} — ${s.title}${s.date ? ` (${s.date})` : ''}`), '')
  return out.join('\n')
}

import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { Packet, PacketItem } from '../../../../shared/domain/promo'
import { safeHttpUrl } from '../../base/markdown/safeMarkdown'

const refs = (ids: string[], label: Map<string, string>) => (ids.length ? ` [${ids.map((id) => label.get(id) ?? id).join(', ')}]` : '')

function itemParagraphs(item: PacketItem, label: Map<string, string>): Paragraph[] {
  const out = [
    new Paragraph({
      bullet: { level: 0 },
      children: [
        new TextRun({ text: item.text, bold: item.details.length > 0 }),
        new TextRun({ text: refs(item.sourceIds, label), color: '666666' })
      ]
    })
  ]
  for (const d of item.details)
    out.push(
      new Paragraph({
        bullet: { level: 1 },
        children: [
          new TextRun({ text: `${d.label}: `, italics: true }),
          new TextRun({ text: d.text, highlight: d.missing ? 'yellow' : undefined }),
          new TextRun({
            text: d.missing
              ? ''
              : refs(
                  d.sourceIds.filter((id) => !item.sourceIds.includes(id)),
                  label
                ),
            color: '666666'
          })
        ]
      })
    )
  for (const l of item.links) {
    // Word follows any hyperlink target: only an address that parses and stays http(s) is one.
    const href = safeHttpUrl(l.url)
    out.push(
      new Paragraph({
        bullet: { level: 1 },
        children: [
          new TextRun('Link: '),
          href
            ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: l.label || href, style: 'Hyperlink' })] })
            : new TextRun(l.label ? `${l.label} (${l.url})` : l.url)
        ]
      })
    )
  }
  return out
}

/** The same packet as a Word document (docx builds the OOXML; nothing leaves the machine). */
export async function packetToDocx(packet: Packet): Promise<Buffer> {
  const label = new Map(packet.sources.map((s) => [s.id, s.label]))
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Promotion packet — ${packet.settings.targetLevel}`)] }),
    new Paragraph({ children: [new TextRun(`Period: ${packet.settings.from} to ${packet.settings.to}`)] })
  ]
  for (const section of packet.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }))
    for (const item of section.items) children.push(...itemParagraphs(item, label))
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Review with your manager')] }))
  for (const c of packet.checklist) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`☐ ${c}`)] }))
  if (packet.flags.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Numbers to check')] }))
    for (const f of packet.flags)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`“${f.text}” in ${f.where}: ${f.reason}`)] }))
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }))
  for (const s of packet.sources)
    children.push(
      new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${s.label}: ${s.kind} — ${s.title}${s.date ? ` (${s.date})` : ''}`)] })
    )
  const doc = new Document({
    creator: 'Loopwise',
    title: `Promotion packet — ${packet.settings.targetLevel}`,
    sections: [{ children }]
  })
  return Packer.toBuffer(doc)
}

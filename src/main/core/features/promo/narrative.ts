import type { Packet, PacketItem, PacketSectionId } from '../../../../shared/domain/promo'
import { listOf, lowerFirstWord } from '../../base/english'
import { mdText } from '../../base/markdown/safeMarkdown'
import { stripEndPunct } from '../../base/text'

/**
 * The packet told as a one-page narrative: an opening claim, the (at most three) strongest projects with
 * their evidence, and the growth story. Every sentence is made of the packet's own claims (so
 * the numbers guard and the citations still hold); it does not repeat the packet section by
 * section.
 */

const claims = (p: Packet, id: PacketSectionId) => p.sections.find((s) => s.id === id)?.items.filter((i) => i.claim) ?? []
// "Title — impact (metrics)." → "Title"; the first clause is enough inside a sentence.
const headline = (i: PacketItem) => lowerFirstWord(stripEndPunct(i.text.split(' — ')[0]!.replace(/ \([^)]*\)\.?$/, '')))
const detail = (i: PacketItem, label: string) => i.details.find((d) => d.label === label && !d.missing)?.text

export function packetNarrative(packet: Packet, cite: (ids: string[]) => string = () => ''): string {
  const level = packet.settings.targetLevel
  const projects = claims(packet, 'projects').slice(0, 3)
  const growth = {
    mentoring: claims(packet, 'mentoring'),
    influence: claims(packet, 'influence'),
    glue: claims(packet, 'glue'),
    leadership: claims(packet, 'leadership'),
    recognition: claims(packet, 'recognition')
  }
  const out = [`# The case for ${mdText(level)}`, '']

  // Opening claim: what the period shows, in one paragraph.
  const measured = projects.filter((p) => detail(p, 'Measured impact'))
  out.push(
    projects.length
      ? `In this period I did work at the scope ${mdText(level)} expects: ${mdText(listOf(projects.map(headline)))}${
          measured.length
            ? measured.length === projects.length
              ? ', each with a measured result'
              : ', with measured results where I have them'
            : ''
        }${
          growth.mentoring.length || growth.influence.length
            ? `, while ${listOf([growth.mentoring.length ? 'growing others' : '', growth.influence.length ? 'reaching beyond my team' : ''].filter(Boolean))}`
            : ''
        }.`
      : 'This period has no key project yet. [Which piece of work best shows the next level? Log it as a win with what changed and a measure.]',
    ''
  )

  // The three strongest projects, each with its evidence.
  if (projects.length) out.push('## Strongest projects', '')
  for (const p of projects) {
    const did = detail(p, 'My decisions')
    const impact = detail(p, 'Measured impact')
    const reach = detail(p, 'Complexity')
    out.push(
      `**${mdText(p.text)}.** ${
        [did, reach, impact]
          .filter(Boolean)
          .map((t) => mdText(t!))
          .join(' ') || '[What did you decide, and what changed because of it?]'
      }${cite(p.sourceIds)}`,
      ''
    )
  }

  // The growth story: how the person widened their reach, then what is next.
  const story: string[] = []
  const named = (items: PacketItem[]) => listOf(items.slice(0, 3).map(headline))
  if (growth.leadership.length)
    story.push(
      `I led beyond my own tasks: ${mdText(named(growth.leadership))}${cite(growth.leadership.slice(0, 3).flatMap((i) => i.sourceIds))}.`
    )
  if (growth.mentoring.length)
    story.push(
      `I grew the people around me: ${mdText(named(growth.mentoring))}${cite(growth.mentoring.slice(0, 3).flatMap((i) => i.sourceIds))}.`
    )
  if (growth.glue.length)
    story.push(`I improved how we work: ${mdText(named(growth.glue))}${cite(growth.glue.slice(0, 3).flatMap((i) => i.sourceIds))}.`)
  if (growth.influence.length)
    story.push(
      `My work reached past my team: ${mdText(named(growth.influence))}${cite(growth.influence.slice(0, 3).flatMap((i) => i.sourceIds))}.`
    )
  if (growth.recognition.length)
    story.push(`Along the way: ${mdText(named(growth.recognition))}${cite(growth.recognition.slice(0, 3).flatMap((i) => i.sourceIds))}.`)
  const nextGap = packet.sections.find((s) => s.id === 'gaps')?.items.find((i) => /^Little evidence yet/.test(i.text))
  if (nextGap) story.push(`What I am working on next: ${mdText(nextGap.text.replace(/^Little evidence yet for /, 'showing '))}`)
  out.push(
    '## How I grew',
    '',
    story.length ? story.join(' ') : '[How did your reach grow this period: who did you help, what did you change beyond your own work?]',
    ''
  )
  return out.join('\n')
}

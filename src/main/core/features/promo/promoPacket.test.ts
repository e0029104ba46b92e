import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { PACKET_SECTIONS } from '../../../../shared/domain/promo'
import { PACKET_HISTORY, PACKET_SETTINGS } from './testing/packetHistory'
import { packetToDocx } from './packetDocx'
import { packetToMarkdown } from './packetMarkdown'
import { buildPacket, type NumbersCheck } from './promoPacket'

const packet = buildPacket(PACKET_SETTINGS, PACKET_HISTORY)
const allItems = packet.sections.flatMap((s) => s.items)
const knownIds = new Set([
  'profile',
  ...PACKET_HISTORY.wins.map((w) => w.id),
  ...PACKET_HISTORY.commitments!.map((c) => c.id),
  ...PACKET_HISTORY.goals!.map((g) => g.id),
  ...PACKET_HISTORY.people!.map((p) => p.id),
  ...PACKET_HISTORY.checkIns!.map((c) => c.id)
])
// Every number the history holds (texts and metric values), to check the packet adds none.
const historyNumbers = new Set(
  JSON.stringify(PACKET_HISTORY)
    .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, ' ')
    .match(/\d+(\.\d+)?/g)!
    .map(Number)
)
const numbersOf = (s: string) => (s.replace(/\d{4}-\d{2}-\d{2}/g, ' ').match(/(?<![A-Za-z])\d+(\.\d+)?/g) ?? []).map(Number)

describe('promo packet from fixture history', () => {
  it('has every section, in order, with at least one item', () => {
    expect(packet.sections.map((s) => s.id)).toEqual([...PACKET_SECTIONS])
    for (const s of packet.sections) expect(s.items.length, s.id).toBeGreaterThan(0)
  })

  it('links every claim to entries that exist', () => {
    for (const item of allItems.filter((i) => i.claim)) {
      expect(item.sourceIds.length, item.text).toBeGreaterThan(0)
      for (const id of [...item.sourceIds, ...item.details.flatMap((d) => d.sourceIds)]) expect(knownIds.has(id), id).toBe(true)
    }
    const labelled = new Set(packet.sources.map((s) => s.id))
    for (const item of allItems) for (const id of item.sourceIds) expect(labelled.has(id)).toBe(true)
  })

  it('writes no number that is not in the history', () => {
    const text = allItems.map((i) => `${i.text} ${i.details.map((d) => d.text).join(' ')}`).join('\n')
    for (const n of numbersOf(text)) expect(historyNumbers.has(n), `unsupported ${n}`).toBe(true)
  })

  it('picks 2–4 key projects, strongest first, with problem, decisions, complexity, impact and links', () => {
    const projects = packet.sections.find((s) => s.id === 'projects')!.items.filter((i) => i.claim)
    expect(projects.length).toBeGreaterThanOrEqual(2)
    expect(projects.length).toBeLessThanOrEqual(4)
    expect(projects[0]!.text).toBe('Drafted v1 of the product strategy')
    expect(projects[0]!.sourceIds).toEqual(['w-strategy', 'c-strategy'])
    expect(projects[0]!.details.map((d) => d.label)).toEqual(['Problem', 'My decisions', 'Complexity', 'Measured impact', 'Committed to'])
    expect(projects[0]!.links).toEqual([{ url: 'https://docs.example.com/strategy-v1', label: 'Strategy v1' }])
    expect(projects.map((p) => p.text)).not.toContain('Helped with the pricing page')
  })

  it('keeps the period: nothing from outside it, delivered commitments only', () => {
    const text = JSON.stringify(packet.sections)
    expect(text).not.toContain('Old win outside the period')
    expect(text).not.toContain('Outside the period')
    expect(text).not.toContain('Run the pricing experiment')
    expect(text).toContain('Clean up the team wiki and onboarding guide — New hires ramp from the guide (delivered 2026-04-10).')
    expect(text).not.toContain('Learn SQL')
  })

  it('names supporters and turns criteria without evidence and unmeasured work into gaps with a plan', () => {
    const supporters = packet.sections.find((s) => s.id === 'supporters')!.items.map((i) => i.text)
    expect(supporters.some((t) => t.startsWith('Priya (manager) — can speak to: Draft v1 of the product strategy'))).toBe(true)
    expect(supporters.some((t) => t.startsWith('Dana (skip level)'))).toBe(true)
    expect(supporters.some((t) => t.startsWith('Oscar'))).toBe(false)
    const gaps = packet.sections.find((s) => s.id === 'gaps')!.items.map((i) => i.text)
    expect(gaps.every((g) => /Plan: /.test(g))).toBe(true)
    expect(gaps).toContain(
      'Growth area: Public speaking. Plan: take one commitment this quarter that exercises it, and review it with Priya.'
    )
  })

  it('runs the numbers guard over every item and detail', () => {
    const seen: string[] = []
    const check: NumbersCheck = (t) => {
      seen.push(t)
      return t.includes('80%') ? [{ text: '80%', reason: 'test flag' }] : []
    }
    const guarded = buildPacket(PACKET_SETTINGS, PACKET_HISTORY, check)
    // Every claim and every detail that is not a prompt to fill in; the user's own headings state no fact.
    expect(seen.length).toBe(
      guarded.sections.flatMap((s) => s.items.filter((i) => i.claim).flatMap((i) => [i, ...i.details.filter((d) => !d.missing)])).length
    )
    expect(guarded.flags.length).toBeGreaterThan(0)
    expect(guarded.checklist.some((c) => /numbers flagged/.test(c))).toBe(true)
  })

  it('renders Markdown with every section, source labels and the review checklist', () => {
    const md = packetToMarkdown(packet)
    for (const s of packet.sections) expect(md).toContain(`## ${s.title}`)
    expect(md).toMatch(/\*\*Drafted v1 of the product strategy\*\* \[S\d+, S\d+\]/)
    expect(md).toContain('## Review with your manager')
    expect(md).toMatch(/- S1: /)
  })

  it('exports a DOCX that opens: a zip with a Word document holding every section', async () => {
    const buf = await packetToDocx(packet)
    const files = unzipSync(new Uint8Array(buf))
    expect(Object.keys(files)).toContain('word/document.xml')
    expect(Object.keys(files)).toContain('[Content_Types].xml')
    const xml = strFromU8(files['word/document.xml']!)
    const text = xml.replace(/<[^>]+>/g, '')
    for (const s of packet.sections) expect(text).toContain(s.title.replace('’', '’'))
    expect(text).toContain('Drafted v1 of the product strategy')
    expect(text).toContain('Review with your manager')
    expect(xml).toContain('w:hyperlink')
  })
})

import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from './testing/coreHarness'
import { HOSTILE, renderAndInspect } from '../base/markdown/testing/activeContent'

// Every exporter is fed the same hostile text through the real routes, and its output is
// rendered by a Markdown renderer that allows raw HTML (marked), as a reader's tool would.
const H = `${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.jsLink} ${HOSTILE.autolink}`

let h: Harness
let personId = ''

beforeAll(async () => {
  h = await startCoreHarness()
  const person = await h.call<{ id: string }>('people.create', { name: `Dana ${HOSTILE.img}`, role: 'manager', title: HOSTILE.jsLink })
  personId = person.id
  await h.call('people.addItem', { personId, kind: 'blocker', text: `Legacy ${HOSTILE.script}`, date: '2026-01-05' })
  const goal = await h.call<{ id: string }>('goals.create', { title: `Staff ${HOSTILE.jsLink}`, kind: 'promotion', why: HOSTILE.img })
  await h.call('profile.update', { profile: { name: 'Sam', strengths: [`writing ${HOSTILE.script}`], targetLevel: 'Staff' } })
  const { commitment } = await h.call<{ commitment: { id: string } }>('checkIns.create', {
    checkIn: {
      personId,
      date: '2026-01-10',
      theirGoals: [`Ship ${HOSTILE.jsLink}`],
      offer: H,
      myAsk: H,
      theirAnswer: H,
      howAmIDoing: `Be sharper ${HOSTILE.img}`,
      goalIds: [goal.id]
    },
    commitment: { title: `Draft ${HOSTILE.script}`, serves: { kind: 'goal', ref: goal.id } }
  })
  await h.call('commitments.transition', { id: commitment.id, to: 'accepted', on: '2026-01-11' })
  await h.call('commitments.transition', { id: commitment.id, to: 'delivered', on: '2026-02-01', outcome: `Done ${HOSTILE.img}` })
  await h.call('wins.create', {
    date: '2026-02-01',
    title: `Strategy ${HOSTILE.script}`,
    whatIDid: `${HOSTILE.heading}\n${HOSTILE.jsLink}\n\n${HOSTILE.entity}`,
    impact: `Cut review time from 5 days to 2 days ${HOSTILE.img}`,
    metrics: [{ label: `Review ${HOSTILE.jsLink}`, value: 2, unit: '<b>days</b>', baseline: 5 }],
    scope: 'org',
    stakeholders: [HOSTILE.img],
    tags: ['<svg onload=alert(1)>'],
    evidence: [
      { url: HOSTILE.evidenceUrl, label: HOSTILE.jsLink },
      { url: 'https://docs.example/spec', label: '' }
    ],
    commitmentId: commitment.id
  })
})
afterAll(() => h.close())

/** No active content, and the hostile words are still there for the reader, as text. */
function expectInert(markdown: string) {
  const { problems, links, html } = renderAndInspect(markdown)
  expect(problems).toEqual([])
  for (const l of links) expect(l).toMatch(/^https:\/\/(a|docs)\.example\//)
  expect(html).not.toMatch(/<(script|img|svg)\b/i)
  expect(html).toMatch(/&lt;(script|img)/)
  return { links, html }
}

async function builtinDraft(kind: string, params: Record<string, unknown>) {
  const { runId } = await h.call<{ runId: string }>('drafts.start', { kind, params })
  const done = await h.done(runId)
  expect(done.status).toBe('complete')
  return done.text
}

describe('exports carry no active content', () => {
  it('wins Markdown: the evidence URL is one link to a.example, the javascript: label is text', async () => {
    const { text } = await h.call<{ text: string }>('data.exportWinsMarkdown')
    const { links, html } = expectInert(text)
    expect(links).toEqual(['https://a.example/%29%5Bc%5D%28javascript:alert%281%29%29', 'https://docs.example/spec'])
    expect(html).toContain('[x](javascript:alert(1))')
    expect(html).not.toMatch(/<h1>Not a heading/)
  })

  it('promo packet Markdown and DOCX', async () => {
    const packet = await h.call<{ id: string }>('promo.build', {
      settings: { from: '2026-01-01', to: '2026-06-30', targetLevel: `Staff ${HOSTILE.img}` }
    })
    const md = await h.call<{ content: string }>('promo.export', { id: packet.id, format: 'markdown' })
    const { links } = expectInert(md.content)
    expect(links).toContain('https://a.example/%29%5Bc%5D%28javascript:alert%281%29%29')
    const docx = await h.call<{ content: string }>('promo.export', { id: packet.id, format: 'docx' })
    const files = unzipSync(new Uint8Array(Buffer.from(docx.content, 'base64')))
    const rels = strFromU8(files['word/_rels/document.xml.rels']!)
    const targets = [...rels.matchAll(/TargetMode="External"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*TargetMode="External"/g)].map(
      (m) => m[1] ?? m[2]
    )
    expect(targets.length).toBeGreaterThan(0)
    for (const t of targets) expect(t).toMatch(/^https:\/\//)
    expect(strFromU8(files['word/document.xml']!)).not.toMatch(/<script/)
  })

  it('the check-in agenda (manager and skip-level) and its offers', async () => {
    const plan = await h.call<{ markdown: string; questions: string[] }>('loop.prepare', {
      personId,
      options: { meetingDate: '2026-04-01' }
    })
    expectInert(plan.markdown)
    // Questions are shown as plain text in the log form: no Markdown escapes leak into them.
    expect(plan.questions.join(' ')).not.toContain('\\<')
    expectInert(await builtinDraft('agenda', { personId, loop: { meetingDate: '2026-04-01' } }))
    expectInert(await builtinDraft('agenda', { personId, loop: { meetingDate: '2026-04-01', variant: 'skip-level' } }))
    expectInert(await builtinDraft('offers', { personId, loop: { meetingDate: '2026-04-01' } }))
  })

  it('built-in drafts: impact summary, impact statements, interview answer, promo packet', async () => {
    for (const kind of ['summary', 'impact-statement', 'interview-answer', 'promo-packet'])
      expectInert(
        await builtinDraft(kind, { from: '2026-01-01', to: '2026-12-31', focus: kind === 'interview-answer' ? undefined : 'Staff' })
      )
  })
})

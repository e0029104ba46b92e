import type { Page } from '@playwright/test'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { expect, test } from './support/fixtures'
import type { RunningApp } from './support/webServer'
import { daysAgo } from './pages/ImpactPages'
import { api } from './pages/LoopwiseApp'

/**
 * Structured drafts end to end: a fake OpenAI-compatible server on 127.0.0.1 replays recorded
 * structured replies per kind. The offers list, its flags and the "Log this check-in" prefill
 * come from the model's JSON; a malformed reply falls back to text, visibly; a server that
 * rejects json_schema gets the schema in the prompt.
 */

async function seed(app: RunningApp) {
  const dana = await api<{ id: string }>(app, 'people.create', { name: 'Dana Okafor', role: 'manager', title: 'Chief Product Officer' })
  await api(app, 'profile.update', { profile: { role: 'Senior Product Manager', strengths: ['Strategy writing'] } })
  await api(app, 'goals.create', { title: 'Promotion to Group PM', kind: 'promotion' })
  await api(app, 'checkIns.create', {
    checkIn: {
      personId: dana.id,
      date: daysAgo(85),
      howAmIDoing: 'Roadmap work is landing well.',
      theirGoals: ['Refresh the product strategy'],
      theirBlockers: ['No time to write the strategy doc'],
      offer: 'I will draft v1 of the strategy doc.'
    },
    commitment: { title: 'Draft v1 of the product strategy doc', serves: { kind: 'blocker', ref: 'No time to write the strategy doc' } }
  })
  await api(app, 'wins.create', {
    title: 'Shipped the pricing page rewrite',
    date: daysAgo(30),
    whatIDid: 'Rewrote the pricing page with design.',
    impact: 'Fewer support tickets about plans.'
  })
  return dana.id
}

// Recorded replies, as a model answering each kind's schema would send them.
const OFFERS = {
  offers: [
    {
      title: 'Run the strategy review with the product leads',
      serves: { kind: 'personGoal', text: 'Refresh the product strategy' },
      whyStretch: 'I have not run a review at this level before.',
      effort: 'two weeks alongside my roadmap work',
      showDelivery: 'A reviewed strategy Dana can present.',
      strength: 'Strategy writing',
      flags: [],
      sources: ['S1']
    },
    {
      title: 'Take the meeting notes for the leadership sync',
      serves: null,
      whyStretch: 'It does not stretch me.',
      effort: 'an hour a week',
      showDelivery: 'Notes sent after each sync.',
      strength: null,
      flags: [{ kind: 'too-easy', message: 'Note-taking is admin: it will not show what I can do.' }],
      sources: []
    }
  ]
}
const AGENDA = {
  title: 'Loop check-in with Dana Okafor',
  sections: [
    {
      heading: 'Report back',
      time: 'about five minutes',
      lines: [
        { text: 'The strategy doc v1 is delivered.', ask: null, sources: ['S1'] },
        { text: 'Is the strategy work landing the way you hoped?', ask: 'howAmIDoing', sources: [] }
      ]
    },
    {
      heading: 'What is next for you',
      time: null,
      lines: [{ text: 'Which part of the strategy refresh worries you most now?', ask: 'notes', sources: ['S1'] }]
    },
    {
      heading: 'My ask',
      time: null,
      lines: [{ text: 'Would you back my Group PM case if the review goes well?', ask: 'myAsk', sources: [] }]
    }
  ],
  offer: 'Run the strategy review with the product leads'
}
const IMPACT = {
  statements: [
    {
      title: 'Shipped the pricing page rewrite',
      xyz: 'Cut support tickets about plans, as measured by [metric?], by rewriting the pricing page with design.',
      star: ['Situation: plans confused customers.', 'Result: fewer tickets about plans.'],
      questions: ['How many tickets a week before and after?'],
      sources: ['S1']
    }
  ]
}
const PACKET = {
  targetLevel: 'Group PM',
  sections: [{ heading: 'Strongest projects', items: [{ text: 'Rewrote the pricing page with design.', sources: ['S1'] }] }],
  checklist: []
}

type Body = { response_format?: { json_schema?: { name?: string } }; messages?: { content: string }[] }
/** Which kind a request is for: its schema's name, or (prompt-only) its system prompt. */
function kindOf(body: Body): string {
  const name = body.response_format?.json_schema?.name
  if (name) return name
  const system = body.messages?.[0]?.content ?? ''
  if (system.includes('impact statements')) return 'impact_statements'
  if (/promotion (?:packet|case)/.test(system)) return 'promo_packet'
  if (system.includes('choose what to offer')) return 'loop_offers'
  return 'loop_agenda'
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()

test.describe('structured replies from an OpenAI-compatible server', () => {
  let server: FakeOpenAIServer
  let replies: Record<string, string>
  test.beforeEach(async () => {
    replies = {
      loop_offers: JSON.stringify(OFFERS),
      loop_agenda: JSON.stringify(AGENDA),
      impact_statements: JSON.stringify(IMPACT),
      promo_packet: JSON.stringify(PACKET)
    }
    server = await startFakeOpenAIServer({ chunkDelayMs: 5, reply: (body) => replies[kindOf(body as Body)] })
  })
  test.afterEach(async () => {
    await server.close()
  })

  test('the offers list, its flags and the check-in prefill come from the model’s JSON', async ({ page, app }) => {
    await seed(app)
    await api(app, 'settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    await page.goto(app.url)
    await section(page, 'Loop')

    const richer = page.getByRole('region', { name: 'Richer offers' })
    await richer.getByRole('button', { name: 'Draft offers' }).click()
    await expect(richer.getByLabel('Status: Complete')).toBeVisible()
    const fromModel = page.getByRole('group', { name: 'Offers from your model' })
    await expect(fromModel.getByRole('article')).toHaveCount(2)
    await expect(fromModel.getByRole('article', { name: 'Run the strategy review with the product leads' })).toContainText(
      'Serves their goal: Refresh the product strategy'
    )
    const easy = fromModel.getByRole('article', { name: 'Take the meeting notes for the leadership sync' })
    await expect(easy).toContainText('Too easy')
    await expect(easy).toContainText('Note-taking is admin: it will not show what I can do.')
    // The text is rendered from the JSON, never the JSON itself.
    const offersText = richer.getByTestId('draft-output')
    await expect(offersText).toContainText('Run the strategy review with the product leads [S1]')
    await expect(offersText).not.toContainText('"offers"')
    const offersBody = server.requests.at(-1)!.body as Body
    expect(offersBody.response_format?.json_schema?.name).toBe('loop_offers')

    const agenda = page.getByRole('region', { name: 'Agenda' })
    await agenda.getByRole('button', { name: 'Generate agenda' }).click()
    await expect(agenda.getByLabel('Status: Complete')).toBeVisible()
    const output = agenda.getByTestId('draft-output')
    await expect(output).toContainText('Which part of the strategy refresh worries you most now?')
    await expect(output).toContainText('The one thing I offer: Run the strategy review with the product leads')
    await expect(agenda.getByRole('alert')).toHaveCount(0)
    const sent = server.requests.at(-1)!.body as Body
    // Every plan line handed to the model carries its labels.
    const planLines = sent
      .messages!.at(-1)!
      .content.split('Entries:')[0]!
      .split('\n')
      .filter((l) => l.startsWith('- '))
    expect(planLines.length).toBeGreaterThan(3)
    for (const l of planLines) expect(l).toMatch(/\[(S\d+(, S\d+)*|Loopwise)\]$/)
    await page.screenshot({ path: test.info().outputPath('structured-agenda.png'), fullPage: true })

    await page.getByRole('button', { name: 'Log this check-in' }).click()
    const form = page.getByRole('form', { name: 'Check-in' })
    await expect(form.getByLabel('The one thing I offered / they asked for')).toHaveValue('Run the strategy review with the product leads')
    await expect(form.getByLabel('What I asked for')).toHaveValue('Would you back my Group PM case if the review goes well?')
    await expect(form.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Q: Which part of the strategy refresh worries you most now?\nA: '
    )
  })

  test('a malformed reply falls back to text with a visible note, and the plan’s prefill stays', async ({ page, app }) => {
    await seed(app)
    replies.loop_agenda = '{"title": "Loop check-in", "sections": [{"heading": "Report back", "lines": '
    await api(app, 'settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    await page.goto(app.url)
    await section(page, 'Loop')
    const agenda = page.getByRole('region', { name: 'Agenda' })
    await agenda.getByRole('button', { name: 'Generate agenda' }).click()
    await expect(agenda.getByLabel('Status: Complete')).toBeVisible()
    await expect(
      agenda.getByText(/did not match the structure this draft needs \(not valid JSON\), so it is shown as plain text/)
    ).toBeVisible()
    await expect(agenda.getByTestId('draft-output')).toContainText('Report back')
    await page.getByRole('button', { name: 'Log this check-in' }).click()
    const form = page.getByRole('form', { name: 'Check-in' })
    await expect(form.getByRole('textbox', { name: 'Notes' })).toHaveValue(/Q: What is one thing I could take on/)
  })

  test('a server that rejects json_schema gets the schema in the prompt: impact statements and the packet still arrive typed', async ({
    app
  }) => {
    await seed(app)
    await api(app, 'settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-noschema' })
    const result = async (kind: string, params: unknown) => {
      const { runId } = await api<{ runId: string }>(app, 'drafts.start', { kind, params })
      await expect
        .poll(async () => (await api<{ status: string } | null>(app, 'drafts.result', { runId }))?.status ?? 'streaming')
        .not.toBe('streaming')
      return (await api<{ status: string; text: string; structured?: unknown; error: unknown; citedSourceIds: string[] }>(
        app,
        'drafts.result',
        { runId }
      ))!
    }
    const before = server.requests.length
    const impact = await result('impact-statement', {})
    expect(impact.status).toBe('complete')
    expect(impact.error).toBeNull()
    expect(impact.structured).toEqual(IMPACT)
    expect(impact.text).toContain('**XYZ:** Cut support tickets about plans')
    expect(impact.citedSourceIds).toHaveLength(1)
    const calls = server.requests.slice(before).map((r) => r.body as Body & { response_format?: unknown })
    expect(calls).toHaveLength(2)
    expect(calls[0]!.response_format).toBeDefined()
    expect(calls[1]!.response_format).toBeUndefined()
    expect(calls[1]!.messages!.at(-1)!.content).toMatch(/^Reply with JSON only/)

    const packet = await result('promo-packet', { focus: 'Group PM' })
    expect(packet.structured).toEqual(PACKET)
    expect(packet.text).toContain('# The case for Group PM')
  })
})

import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { expect, test } from './support/fixtures'
import type { RunningApp } from './support/webServer'

const api = async (app: RunningApp, route: string, input: unknown) => {
  const res = await fetch(`${app.origin}/api/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input)
  })
  return (await res.json()) as { ok: boolean; data: unknown }
}

// The e2e tsconfig has no DOM lib: the few page globals used in evaluate(), typed by hand.
interface PageGlobals {
  __frames: string[]
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  EventSource: new (url: string) => { onmessage: (m: { data: unknown }) => void }
}

const today = new Date()
const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10)

async function seedWins(app: RunningApp) {
  await api(app, 'wins.create', {
    date: daysAgo(20),
    title: 'Faster checkout',
    impact: 'Cut p95 checkout latency from 820 ms to 310 ms for the payments team.',
    tags: ['performance'],
    scope: 'team'
  })
  await api(app, 'wins.create', { date: daysAgo(40), title: 'Helped onboarding', impact: 'Helped the new hires.', scope: 'team' })
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()

async function useCompatibleServer(page: Page, server: FakeOpenAIServer, model: string) {
  await section(page, 'Settings')
  await page.getByText('OpenAI-compatible', { exact: true }).click()
  const base = page.getByLabel('Base URL')
  await base.fill(server.baseUrl)
  await base.blur()
  const modelField = page.getByLabel('Model', { exact: true }).first()
  await modelField.fill(model)
  await modelField.blur()
  await expect(page.getByLabel('Base URL')).toHaveValue(server.baseUrl)
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

test('the built-in engine drafts a grounded summary offline, with sources that open the entry', async ({ page, app }) => {
  await seedWins(app)
  await page.goto(app.url)
  await section(page, 'Drafts')
  await page.getByRole('button', { name: 'Generate summary' }).click()
  await expect(page.getByLabel('Status: Complete')).toBeVisible()
  const output = page.getByTestId('draft-output')
  await expect(output).toContainText('Cut p95 checkout latency from 820 ms to 310 ms')
  await expect(output).toContainText('What changed, for whom, by how much?')
  await expect(output.locator('mark')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show prompt' }).click()
  await expect(page.getByText('The built-in engine sends nothing anywhere.')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: 'Faster checkout' }).click()
  await expect(page.getByRole('dialog', { name: 'Edit win' })).toBeVisible()
})

test.describe('with an OpenAI-compatible server', () => {
  let server: FakeOpenAIServer
  test.beforeEach(async () => {
    server = await startFakeOpenAIServer({ chunkDelayMs: 20 })
  })
  test.afterEach(async () => {
    await server.close()
  })

  test('streams, stops, regenerates, saves versions and compares them', async ({ page, app }) => {
    await seedWins(app)
    await page.goto(app.url)
    await useCompatibleServer(page, server, 'fake-slow')
    await page.getByRole('button', { name: 'Test connection' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible()

    await section(page, 'Drafts')
    await page.getByRole('button', { name: 'Generate summary' }).click()
    await expect(page.getByLabel('Status: Writing…')).toBeVisible()
    const output = page.getByTestId('draft-output')
    await expect(output).toContainText('checkout')
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect(page.getByLabel('Status: Cancelled')).toBeVisible()
    const partial = await output.innerText()
    expect(partial.length).toBeGreaterThan(0)
    await page.waitForTimeout(800)
    expect(await output.innerText()).toBe(partial)

    // Regenerate on a fast model: complete, with the invented numbers highlighted.
    await useCompatibleServer(page, server, 'fake-model')
    await section(page, 'Drafts')
    await page.getByRole('button', { name: 'Generate summary' }).click()
    await expect(page.getByLabel('Status: Complete')).toBeVisible()
    await expect(output.locator('mark')).toHaveText(['6 weeks', '45%'])
    await expect(output.locator('mark').first()).toHaveAttribute('title', 'Not backed by the sources this draft cites')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('1 version', { exact: false }).first()).toBeVisible()

    await page.getByRole('button', { name: 'Regenerate' }).click()
    await expect(page.getByLabel('Status: Complete')).toBeVisible()
    await page.getByRole('button', { name: 'Save as new version' }).click()
    await expect(page.getByText('2 versions').first()).toBeVisible()
    await page.getByRole('button', { name: 'Compare versions' }).click()
    await expect(page.getByRole('table', { name: 'Version comparison' })).toBeVisible()
  })

  test('shows an actionable error when the server fails', async ({ page, app }) => {
    await page.goto(app.url)
    await useCompatibleServer(page, server, 'fake-429')
    await section(page, 'Drafts')
    await page.getByRole('button', { name: 'Generate summary' }).click()
    await expect(page.getByLabel('Status: Failed')).toBeVisible()
    await expect(page.getByText('Try again in 7 seconds.')).toBeVisible()
    // Retry-After is honoured: Regenerate waits it out.
    await expect(page.getByRole('button', { name: /Regenerate in \d s/ })).toBeDisabled()
  })

  test('the API key never reaches the page, events, store, backups or logs', async ({ page, app }) => {
    const sentinel = `sk-test-SENTINEL-${randomBytes(10).toString('hex')}`
    server.options.requireKey = sentinel
    const bodies: string[] = []
    page.on('response', async (res) => {
      if (res.url().includes('/api/') && !res.url().includes('/api/events')) bodies.push(await res.text().catch(() => ''))
    })
    await page.goto(app.url)
    // Record every SSE frame the page receives.
    await page.evaluate((token) => {
      const w = globalThis as unknown as PageGlobals
      w.__frames = []
      new w.EventSource(`/api/events?token=${encodeURIComponent(token)}`).onmessage = (m) => w.__frames.push(String(m.data))
    }, app.token)
    await seedWins(app)
    await useCompatibleServer(page, server, 'fake-model')
    const keyField = page.getByLabel('API key (optional)')
    await keyField.fill(sentinel)
    await page.getByRole('button', { name: 'Save key' }).click()
    await expect(keyField).toHaveValue('')
    await expect(page.getByText(/A key is set and is sent only to 127\.0\.0\.1/)).toBeVisible()
    await page.getByRole('button', { name: 'Test connection' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible()

    await section(page, 'Drafts')
    await page.getByRole('button', { name: 'Generate summary' }).click()
    await expect(page.getByLabel('Status: Complete')).toBeVisible()
    await page.getByRole('button', { name: 'Show prompt' }).click()
    await expect(page.getByText(/These messages will be sent to 127\.0\.0\.1/)).toBeVisible()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('1 version').first()).toBeVisible()
    // A wrong-key server echoes what it received (as OpenAI's 401 does).
    server.options.requireKey = 'sk-some-other-key-000000'
    await page.getByRole('button', { name: 'Regenerate' }).click()
    await expect(page.getByLabel('Status: Failed')).toBeVisible()
    await expect(page.getByText(/rejected the key \(401\)/)).toBeVisible()
    await section(page, 'Settings')
    await expect(page.getByText(/A key is set/)).toBeVisible()

    expect(server.requests.some((r) => r.authorization === `Bearer ${sentinel}`)).toBe(true)
    const frames = await page.evaluate(() => (globalThis as unknown as PageGlobals).__frames)
    expect(frames.some((f) => f.includes('draft.delta'))).toBe(true)
    const leaks: string[] = []
    if ((await page.content()).includes(sentinel)) leaks.push('DOM')
    if (bodies.join('\n').includes(sentinel)) leaks.push('route responses')
    if (frames.join('\n').includes(sentinel)) leaks.push('events')
    const storage = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals
      return JSON.stringify({ ...w.localStorage }) + JSON.stringify({ ...w.sessionStorage })
    })
    if (storage.includes(sentinel)) leaks.push('web storage')
    for (const file of filesUnder(app.dataDir)) if (readFileSync(file, 'utf8').includes(sentinel)) leaks.push(file)
    expect(leaks).toEqual([])
    expect(filesUnder(app.dataDir).some((f) => f.includes(`${join('logs', 'loopwise.log')}`))).toBe(true)
  })
})

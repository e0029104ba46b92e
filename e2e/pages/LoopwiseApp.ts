import { expect, type Page } from '@playwright/test'
import type { RunningApp } from '../support/webServer'

/** Calls a route over the browser-mode API, as the renderer does (used to seed and to check). */
export async function api<T = unknown>(app: RunningApp, route: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${app.origin}/api/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input)
  })
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${route}: ${body.error?.message}`)
  return body.data
}

/** Page object for the loop-history sections: navigation and the dialogs they open. */
export class LoopwiseApp {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url)
    await expect(this.page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  }

  async section(name: 'Dashboard' | 'Loop' | 'People' | 'Wins' | 'Settings') {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  dialog(name: string | RegExp) {
    return this.page.getByRole('dialog', { name })
  }

  commitment(title: string) {
    return this.page.getByRole('article', { name: `Commitment: ${title}` })
  }
}

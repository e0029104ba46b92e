import { expect, type Page } from '@playwright/test'
import type { RunningApp } from '../support/webServer'

/** Seeds through the same HTTP API the renderer uses. */
export async function seed<T = unknown>(app: RunningApp, route: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input)
  })
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${route}: ${body.error?.message}`)
  return body.data
}

/** A day relative to today, so seeded wins fall inside the default period. */
export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

export class Sections {
  constructor(readonly page: Page) {}
  async go(name: 'Wins' | 'Interview' | 'Promo', heading: string) {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByText(name, { exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }
}

/** The rewrite drawer opened from a win card's menu. */
export class RewritePanel {
  constructor(readonly page: Page) {}
  get drawer() {
    return this.page.getByRole('dialog', { name: 'Rewrite impact' })
  }
  async openFor(winTitle: string) {
    await this.page
      .getByRole('article', { name: winTitle })
      .getByRole('button', { name: /Actions for/ })
      .click()
    await this.page.getByRole('menuitem', { name: 'Rewrite impact' }).click()
    await expect(this.drawer).toBeVisible()
  }
  get text() {
    return this.drawer.getByLabel('New impact text')
  }
}

export class InterviewScreen {
  constructor(readonly page: Page) {}
  /** Types part of the question (the search runs on the server: the list shows one page), then picks it. */
  async pick(question: string) {
    const box = this.page.getByRole('combobox', { name: 'Question' })
    await box.click()
    await box.fill(question.split(/\s+/).slice(0, 6).join(' '))
    await this.page.getByRole('option', { name: question }).click()
  }
  get answer() {
    return this.page.getByLabel('Your answer')
  }
  get timer() {
    return this.page.getByRole('timer', { name: 'Answer timer' })
  }
  get feedback() {
    return this.page.getByRole('region', { name: 'Rubric feedback' }).or(this.page.locator('section[aria-label="Rubric feedback"]'))
  }
}

export class PromoScreen {
  constructor(readonly page: Page) {}
  get packet() {
    return this.page.getByRole('article', { name: 'Promotion packet' })
  }
  async setPeriod(from: string, to: string) {
    await this.page.getByLabel('From', { exact: true }).fill(from)
    await this.page.getByLabel('To', { exact: true }).fill(to)
  }
}

import { expect, type Page } from '@playwright/test'

/** The Wins screen, driven the way a person would: by roles and labels. */
export class WinsPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url)
    // The app opens on the dashboard; go to Wins the way a person would.
    await this.page.getByRole('navigation', { name: 'Sections' }).getByText('Wins', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: 'Wins', level: 2 })).toBeVisible()
  }

  get dialog() {
    return this.page.getByRole('dialog')
  }

  async startNew() {
    await this.page.getByRole('button', { name: 'New win', exact: true }).click()
    await expect(this.dialog).toBeVisible()
  }

  async fill(win: { title: string; date?: string; whatIDid?: string; impact?: string; tags?: string[] }) {
    const d = this.dialog
    if (win.date) await d.getByLabel('Date').fill(win.date)
    await d.getByLabel('Title').fill(win.title)
    if (win.whatIDid) await d.getByLabel('What I did').fill(win.whatIDid)
    if (win.impact) await d.getByLabel('Result / impact').fill(win.impact)
    for (const tag of win.tags ?? []) {
      await d.getByLabel('Tags').fill(tag)
      await d.getByLabel('Tags').press('Enter')
    }
  }

  async addMetric(label: string, value: string, unit = '') {
    const d = this.dialog
    const count = (await d.getByLabel(/^Metric \d+ label$/).count()) + 1
    await d.getByRole('button', { name: 'Add metric' }).click()
    await d.getByLabel(`Metric ${count} label`).fill(label)
    await d.getByLabel(`Metric ${count} value`).fill(value)
    if (unit) await d.getByLabel(`Metric ${count} unit`).fill(unit)
  }

  async save() {
    await this.dialog.getByRole('button', { name: /^Save (win|changes)$/ }).click()
  }

  card(title: string) {
    return this.page.getByRole('article', { name: title })
  }

  async expectSavedIndicator() {
    await expect(this.page.getByLabel('All changes saved')).toBeVisible()
  }
}

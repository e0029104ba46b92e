import { test, expect } from './support/fixtures'
import { api } from './pages/LoopwiseApp'
import { goSection } from './pages/Tour'

// A shared two-core machine runs these slowly; the default 30 s is tight for a whole flow.
test.describe.configure({ timeout: 120_000 })

test('check-in form: every problem under its field, listed by Save, focus on the first; nothing saved until fixed', async ({
  page,
  app
}) => {
  await api(app, 'people.create', { name: 'Dana Okafor', role: 'manager' })
  await page.goto(app.url)
  await goSection(page, 'Loop')
  await page.getByRole('tab', { name: 'Log a check-in' }).click()
  const form = page.getByRole('form', { name: 'Check-in' })

  // The limit shows while typing, before anything is wrong.
  const notes = form.getByLabel('Notes', { exact: true })
  await notes.fill('Prefers a written pre-read')
  await expect(form.getByText('26 / 20,000')).toBeVisible()

  await form.getByLabel('Date').fill('')
  await form.getByLabel('What they said about my work').fill('x'.repeat(8001))
  await expect(form.getByText('8,001 / 8,000 — too long')).toBeVisible()
  await form.getByLabel('What are they trying to do?').fill(`Ship the platform\n${'y'.repeat(4001)}`)
  await expect(form.getByText('A line is 1 characters too long')).toBeVisible()
  await form.getByRole('button', { name: 'Save check-in' }).click()

  const problems = form.getByRole('alert').filter({ hasText: 'Not saved yet' })
  await expect(problems.getByRole('listitem')).toHaveCount(3)
  await expect(problems).toContainText('Date: Use a date like 2026-03-14.')
  await expect(problems).toContainText('What they said about my work: How your work is landing must be at most 8,000 characters.')
  await expect(problems).toContainText('Line 2: What they are trying to do must be at most 4,000 characters.')
  // Highlighted fields, each with its own message; the first problem has the keyboard.
  await expect(form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('What they said about my work')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Date')).toBeFocused()
  await expect(form.getByText('Use a date like 2026-03-14.', { exact: true })).toBeVisible()
  // Never a field path.
  await expect(form).not.toContainText(/checkIn\.|howAmIDoing|theirGoals/)
  expect(await api<unknown[]>(app, 'checkIns.list', {})).toEqual([])

  // The list's links move the focus to the field.
  await problems.getByRole('button', { name: 'What they said about my work' }).click()
  await expect(form.getByLabel('What they said about my work')).toBeFocused()

  await form.getByLabel('Date').fill('2026-03-14')
  await form.getByLabel('What they said about my work').fill('Roadmap work is landing well.')
  await form.getByLabel('What are they trying to do?').fill('Ship the platform')
  await form.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByRole('tab', { name: 'Commitments' })).toHaveAttribute('aria-selected', 'true')
  const [saved] = await api<{ date: string; theirGoals: string[]; notes: string }[]>(app, 'checkIns.list', {})
  expect(saved).toMatchObject({ date: '2026-03-14', theirGoals: ['Ship the platform'], notes: 'Prefers a written pre-read' })
})

test('person form: a missing name and a too-short cadence are said under their fields, in words', async ({ page, app }) => {
  await page.goto(app.url)
  await goSection(page, 'People')
  await page.getByRole('button', { name: 'Add person' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a person' })
  await dialog.getByLabel('Check-in cadence (days)').fill('3')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel('Name')).toBeFocused()
  await expect(dialog.getByText('A name is required.', { exact: true })).toBeVisible()
  await expect(dialog.getByText('A cadence shorter than a week is not a loop.', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('alert').getByRole('listitem')).toHaveCount(2)
  await expect(dialog).not.toContainText('name:')
  expect(await api<unknown[]>(app, 'people.list', {})).toEqual([])

  await dialog.getByLabel('Name').fill('Dana Okafor')
  await expect(dialog.getByText('11 / 120')).toBeVisible()
  await dialog.getByLabel('Check-in cadence (days)').fill('')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Dana Okafor details' })).toBeVisible()

  // Editing goes through the same form; the core's answer would land under the same fields.
  await page.getByRole('region', { name: 'Dana Okafor details' }).getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Dana Okafor' })
  await edit.getByLabel('Name').fill('   ')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit.getByText('A name is required.', { exact: true })).toBeVisible()
  await edit.getByLabel('Name').fill('Dana O.')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  expect((await api<{ name: string }[]>(app, 'people.list', {}))[0]!.name).toBe('Dana O.')
})

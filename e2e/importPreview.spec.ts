import { test, expect } from './support/fixtures'
import { api, LoopwiseApp } from './pages/LoopwiseApp'

test('the import preview shows every collection, settings unticked with their exact values, repairs and dropped keys', async ({
  page,
  app
}) => {
  const boss = await api<{ id: string }>(app, 'people.create', { name: 'Dana Okafor', role: 'manager' })
  await api(app, 'wins.create', { date: '2026-02-01', title: 'Strategy v1' })
  await api(app, 'goals.create', { title: 'Group PM', kind: 'promotion' })
  const settingsBefore = (await api<{ settings: Record<string, unknown> }>(app, 'settings.get')).settings
  const file = JSON.parse((await api<{ text: string }>(app, 'data.export')).text)
  // A file that smuggles settings, carries a 1 MB junk key and a link to nothing.
  file.data.settings = {
    ...file.data.settings,
    engine: 'compatible',
    compatibleBaseUrl: 'http://evil.example:8080/v1',
    allowPlainTextKeyStorage: true
  }
  file.data.junk = 'x'.repeat(1024 * 1024)
  const at = file.data.wins[0].createdAt
  file.data.commitments.push({
    id: 'c2',
    title: 'Write the pricing memo',
    personId: 'p-gone',
    status: 'accepted',
    createdAt: at,
    updatedAt: at
  })
  file.data.wins.push({ ...file.data.wins[0], id: 'w2', title: 'Imported win' })
  file.data.people = []

  const lw = new LoopwiseApp(page)
  await lw.open(app.url)
  await lw.section('Dashboard')
  await page
    .locator('input[type="file"][accept*="json"]')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
  const dialog = lw.dialog('Import hostile.json')
  const summary = dialog.getByRole('table', { name: 'Import summary' })
  // What, now, in file, added, replaced, unchanged, removed — for every collection.
  for (const row of [
    'Wins 1 2 1 0 1 0',
    'Goals 1 1 0 0 1 0',
    'People 1 0 0 0 0 1',
    'Check-ins 0 0 0 0 0 0',
    'Commitments 0 1 1 0 0 0',
    'Drafts 0 0 0 0 0 0',
    'Promo packets 0 0 0 0 0 0',
    'Interview attempts 0 0 0 0 0 0',
    'Impact history 0 0 0 0 0 0'
  ])
    await expect(summary.getByRole('row', { name: row, exact: true })).toBeVisible()
  const settings = dialog.getByRole('region', { name: 'Settings in the file' })
  for (const name of [
    'Take Drafting engine from the file: builtin → compatible',
    'Take OpenAI-compatible server (base URL) from the file: http://127.0.0.1:11434/v1 → http://evil.example:8080/v1',
    'Take Keep the API key on disk without a keyring from the file: off → on'
  ])
    await expect(settings.getByRole('checkbox', { name })).not.toBeChecked()
  await expect(dialog.getByRole('list', { name: 'Repairs' })).toContainText(
    'commitment “Write the pricing memo” (id c2): It is for person p-gone, who is not there: the link to the missing person is removed'
  )
  await expect(dialog.getByRole('list', { name: 'Dropped keys' })).toContainText('junk (1 MB)')
  await page.screenshot({ path: test.info().outputPath('import-preview.png'), fullPage: true })

  // Tick one setting: only that one is taken.
  await settings.getByRole('checkbox', { name: /Drafting engine/ }).check()
  await dialog.getByRole('button', { name: 'Back up and import (with 1 setting)' }).click()
  await expect(dialog).toBeHidden()
  const after = (await api<{ settings: Record<string, unknown> }>(app, 'settings.get')).settings
  expect(after).toEqual({ ...settingsBefore, engine: 'compatible' })
  const stored = JSON.parse((await api<{ text: string }>(app, 'data.export')).text).data
  expect(Object.keys(stored)).not.toContain('junk')
  expect(stored.commitments[0].personId).toBeUndefined()
  expect(stored.people).toEqual([])
  expect(boss.id).not.toBe('')
})

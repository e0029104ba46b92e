import { test, expect } from '@playwright/test'
import { KEPT_TITLE, makeUnwritable } from '../scripts/reliability/unwritableStart'
import { startApp } from './support/webServer'

test('a data folder on a read-only disk: the page shows every win and a banner that says why and where', async ({ page }, info) => {
  const folder = await makeUnwritable('read-only disk')
  if ('skipped' in folder || folder.runAs) {
    if (!('skipped' in folder)) folder.undo()
    test.skip(true, 'skipped' in folder ? folder.skipped : 'as root only a read-only mount blocks writes for this process')
    return
  }
  const app = await startApp(folder.dataDir)
  try {
    await page.goto(app.url)
    const banner = page.getByRole('status').filter({ hasText: 'Read-only' })
    await expect(banner).toContainText(`The data folder ${folder.dataDir}`)
    await expect(banner).toContainText('nothing can be saved')
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Wins/ }).click()
    await expect(page.getByText(KEPT_TITLE).first()).toBeVisible()
    await page.screenshot({ path: info.outputPath('read-only.png') })
    // Sample data still opens, in a temporary folder, and says so.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /Dashboard/ })
      .click()
    await page.getByRole('button', { name: 'Try it with sample data' }).first().click()
    const sample = page.getByRole('status', { name: 'Sample mode' })
    await expect(sample).toContainText('Your data folder cannot be written, so changes here go to a temporary folder')
    await page.screenshot({ path: info.outputPath('read-only-sample.png') })
    await sample.getByRole('button', { name: 'Leave sample data' }).click()
    await expect(sample).toBeHidden()
    await expect(banner).toContainText('nothing can be saved')
  } finally {
    await app.stop()
    folder.undo()
  }
})

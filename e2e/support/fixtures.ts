import { test as base } from '@playwright/test'
import { startApp, type RunningApp } from './webServer'

/** Each test gets its own fresh data folder and its own server. */
export const test = base.extend<{ app: RunningApp }>({
  app: async ({}, use) => {
    const app = await startApp()
    await use(app)
    await app.stop()
  }
})
export { expect } from '@playwright/test'

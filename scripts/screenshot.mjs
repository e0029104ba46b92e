// Dev aid: node scripts/screenshot.mjs <url> <out.png> [width] [height] [colorScheme]
import { chromium } from '@playwright/test'

const [url, out, width = '1280', height = '820', scheme = 'light'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
})
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme })
await page.goto(url)
await page.waitForTimeout(800)
await page.screenshot({ path: out })
await browser.close()

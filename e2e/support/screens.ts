// Dev aid: photograph every screen and dialog (e2e/pages/Tour.ts) at desktop sizes in both
// themes, to look at as a user would. `npm run build` first, then:
//   npx tsx e2e/support/screens.ts [outDir] [--only <substring>] [--sizes 1280x800,1440x900] [--themes light,dark]
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { EMPTY_TOUR, leave, SAMPLE_TOUR, visit, type TourStop } from '../pages/Tour'
import { startApp } from './webServer'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '1280x800,1440x900' },
    themes: { type: 'string', default: 'light,dark' },
    empty: { type: 'boolean', default: false }
  }
})
const outDir = positionals[0] ?? 'screens'
mkdirSync(outDir, { recursive: true })
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  const tours: [string, TourStop[]][] = values.empty ? [['empty', EMPTY_TOUR]] : [['sample', SAMPLE_TOUR]]
  for (const [kind, tour] of tours) {
    const app = await startApp()
    if (kind === 'sample') {
      const res = await fetch(`${app.origin}/api/sample.enter`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
        body: '{}'
      })
      if (!(await res.json()).ok) throw new Error('could not enter sample data')
    }
    for (const size of values.sizes!.split(',')) {
      const [width, height] = size.split('x').map(Number) as [number, number]
      for (const theme of values.themes!.split(',') as ('light' | 'dark')[]) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
        await page.goto(app.url)
        for (const stop of tour) {
          if (values.only && !stop.name.toLowerCase().includes(values.only.toLowerCase())) continue
          try {
            await visit(page, stop)
            const file = join(outDir, `${width}x${height}-${theme}-${slug(stop.name)}.png`)
            await page.screenshot({ path: file })
            console.log(file)
            await leave(page, stop)
          } catch (error) {
            console.error(`${stop.name}: ${(error as Error).message.split('\n')[0]}`)
            await page.keyboard.press('Escape')
          }
        }
        await page.close()
      }
    }
    await app.stop()
  }
  await browser.close()
}

void main()

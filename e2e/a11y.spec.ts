import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { api } from './pages/LoopwiseApp'
import { EMPTY_TOUR, leave, SAMPLE_TOUR, visit, type TourStop } from './pages/Tour'

type Theme = 'light' | 'dark'
const BLOCKING = new Set(['serious', 'critical'])

interface Finding {
  stop: string
  theme: Theme
  id: string
  impact: string
  help: string
  targets: string[]
}

/** axe over each stop (a dialog: over the dialog itself, the page behind is inert). */
async function audit(page: Page, stops: TourStop[], theme: Theme): Promise<{ findings: Finding[]; minor: number }> {
  const findings: Finding[] = []
  let minor = 0
  for (const stop of stops) {
    await visit(page, stop)
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // A dialog's own content (the page behind it had its turn as a screen of its own).
    if (stop.dialog) builder.include('[role="dialog"]')
    const { violations } = await builder.analyze()
    for (const v of violations) {
      if (!BLOCKING.has(v.impact ?? '')) {
        minor += v.nodes.length
        continue
      }
      findings.push({
        stop: stop.name,
        theme,
        id: v.id,
        impact: v.impact!,
        help: v.help,
        targets: v.nodes.slice(0, 6).map((n) => {
          const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined
          const contrast = data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1)` : ''
          return `${n.html.slice(0, 110)}${contrast}`
        })
      })
    }
    await leave(page, stop)
  }
  return { findings, minor }
}

const report = (label: string, stops: number, result: { findings: Finding[]; minor: number }) => {
  console.log(
    `axe ${label}: ${stops} screens and dialogs, ${result.findings.length} serious or critical violations` +
      ` (${result.minor} moderate or minor nodes, not blocking)`
  )
  for (const f of result.findings) console.log(`  ${f.theme} · ${f.stop} · ${f.impact} ${f.id}: ${f.help}\n    ${f.targets.join('\n    ')}`)
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, viewport: { width: 1280, height: 800 } })

    test(`axe: every screen and dialog with data has no serious or critical violation`, async ({ page, app }) => {
      test.setTimeout(600_000)
      await api(app, 'sample.enter')
      await page.goto(app.url)
      const result = await audit(page, SAMPLE_TOUR, theme)
      report(`${theme}, sample data`, SAMPLE_TOUR.length, result)
      expect(result.findings).toEqual([])
    })

    test(`axe: every first-start screen has no serious or critical violation`, async ({ page, app }) => {
      test.setTimeout(300_000)
      await page.goto(app.url)
      const result = await audit(page, EMPTY_TOUR, theme)
      report(`${theme}, first start`, EMPTY_TOUR.length, result)
      expect(result.findings).toEqual([])
    })
  })
}

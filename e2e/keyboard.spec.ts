import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { api } from './pages/LoopwiseApp'
import { goSection } from './pages/Tour'

/** Every control a pointer could use on the page; a radio group or tab list counts once (arrows move inside it). */
const CONTROLS = `button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=tab], [role=radio],
  [role=checkbox], [role=switch], [role=combobox], [tabindex]`

async function markControls(page: Page) {
  return page.evaluate((selector) => {
    const groupOf = (el: Element) => {
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) return `radio:${el.name}`
      const list = el.closest('[role=tablist], [role=radiogroup]')
      return list ? `group:${list.id || list.getAttribute('aria-label') || list.outerHTML.slice(0, 60)}` : null
    }
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.getAttribute('tabindex') === '-1' || (el as HTMLButtonElement).disabled || el.closest('[aria-hidden=true], [inert]'))
        return false
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      // Visually hidden inputs of a segmented control still take focus (and count by their group);
      // anything under display:none (an inactive tab's panel) does not.
      if (!el.checkVisibility({ visibilityProperty: true })) return false
      return (box.width > 0 && box.height > 0 && style.visibility !== 'hidden') || groupOf(el) !== null
    })
    controls.forEach((el, i) => {
      el.dataset.kbControl = String(i)
      const group = groupOf(el)
      if (group) el.dataset.kbGroup = group
    })
    return controls.length
  }, CONTROLS)
}

/**
 * Tabs through the whole page. At each stop the control is photographed focused and unfocused:
 * if the two pictures are the same, a keyboard user cannot see where they are.
 */
async function tabThrough(page: Page) {
  // Start at the top of the document (Tab would otherwise go on from where the last click was).
  await page.evaluate(() => {
    const start = document.createElement('div')
    start.tabIndex = -1
    start.id = 'kb-start'
    document.body.prepend(start)
    start.focus()
  })
  const seen: string[] = []
  const invisible: string[] = []
  for (let press = 0; press < 200; press++) {
    await page.keyboard.press('Tab')
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      el.dataset.kbSeen ??= String(Math.random())
      return el.dataset.kbSeen
    })
    if (id === null) break
    // A date input takes several Tabs (day, month, year) before focus leaves it.
    if (id === seen.at(-1)) continue
    if (seen.includes(id)) break
    seen.push(id)
    const focused = page.locator(`[data-kb-seen="${id}"]`)
    const box = await focused.boundingBox()
    if (!box || box.width === 0) continue
    const clip = { x: Math.max(0, box.x - 5), y: Math.max(0, box.y - 5), width: box.width + 10, height: box.height + 10 }
    const withFocus = await page.screenshot({ clip, animations: 'disabled' })
    await page.evaluate(() => (document.activeElement as HTMLElement).blur())
    const without = await page.screenshot({ clip, animations: 'disabled' })
    await focused.evaluate((el) => (el as HTMLElement).focus())
    if (withFocus.equals(without))
      invisible.push(await focused.evaluate((el) => el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName))
  }
  await page.evaluate(() => document.getElementById('kb-start')?.remove())
  const missed = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('[data-kb-control]')]
    const reachedGroups = new Set(all.filter((el) => el.dataset.kbSeen && el.dataset.kbGroup).map((el) => el.dataset.kbGroup))
    return all
      .filter((el) => !el.dataset.kbSeen && !(el.dataset.kbGroup && reachedGroups.has(el.dataset.kbGroup)))
      .map((el) => el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40) || el.outerHTML.slice(0, 80))
  })
  return { stops: seen.length, invisible, missed }
}

const SCREENS: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'Dashboard', open: (page) => goSection(page, 'Dashboard') },
  {
    name: 'Loop: log a check-in',
    open: async (page) => {
      await goSection(page, 'Loop')
      await page.getByRole('tab', { name: 'Log a check-in' }).click()
    }
  },
  { name: 'People', open: (page) => goSection(page, 'People') },
  { name: 'Wins', open: (page) => goSection(page, 'Wins') },
  { name: 'Settings', open: (page) => goSection(page, 'Settings') }
]

test('every control is reached with Tab and shows where the focus is', async ({ page, app }) => {
  test.setTimeout(600_000)
  await api(app, 'sample.enter')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(app.url)
  const problems: string[] = []
  for (const screen of SCREENS) {
    await screen.open(page)
    await page.waitForTimeout(300)
    const controls = await markControls(page)
    const { stops, invisible, missed } = await tabThrough(page)
    console.log(
      `keyboard ${screen.name}: ${controls} controls, ${stops} tab stops, ${missed.length} not reachable, ${invisible.length} without a visible focus ring`
    )
    for (const m of missed) problems.push(`${screen.name}: not reachable by Tab: ${m}`)
    for (const i of invisible) problems.push(`${screen.name}: no visible focus: ${i}`)
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('[data-kb-control], [data-kb-seen]').forEach((el) => {
        delete el.dataset.kbControl
        delete el.dataset.kbSeen
        delete el.dataset.kbGroup
      })
    )
  }
  expect(problems).toEqual([])
})

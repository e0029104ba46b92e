import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Every screen and every dialog of the app, each with the way a person opens it (by roles
 * and labels). The accessibility spec runs axe over each stop in both themes; the
 * screenshot script (e2e/support/screens.ts) photographs the same stops at desktop sizes.
 */
export interface TourStop {
  name: string
  /** Opens the stop from anywhere in the app; resolves once it shows its content. */
  open(page: Page): Promise<void>
  /** The part a screenshot should show when the page is taller than the window. */
  show?(page: Page): Locator
  /** The dialog or drawer this stop opens (closed again with Escape before the next stop). */
  dialog?(page: Page): Locator
}

export const sectionsNav = (page: Page) => page.getByRole('navigation', { name: 'Sections' })

export async function goSection(page: Page, label: string, heading = label) {
  await sectionsNav(page).getByText(label, { exact: true }).click()
  // A section's code loads on first visit: allow for a busy machine.
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible({ timeout: 20_000 })
}

async function loopTab(page: Page, tab: string) {
  await goSection(page, 'Loop')
  await page.getByRole('tab', { name: tab }).click()
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
}

const dialogNamed = (name: string | RegExp) => (page: Page) => page.getByRole('dialog', { name })

/** The stops that need data: run after the sample data is loaded. */
export const SAMPLE_TOUR: TourStop[] = [
  {
    name: 'Dashboard',
    open: async (page) => {
      await goSection(page, 'Dashboard')
      await expect(page.getByRole('figure', { name: 'Loop timeline' })).toBeVisible()
    }
  },
  {
    name: 'Loop: prepare next check-in',
    open: async (page) => {
      await loopTab(page, 'Prepare next check-in')
      await expect(page.getByLabel('Status: Complete')).toBeVisible()
    }
  },
  {
    name: 'Loop: log a check-in',
    open: async (page) => {
      await loopTab(page, 'Log a check-in')
      await expect(page.getByRole('form', { name: 'Check-in' })).toBeVisible()
    }
  },
  {
    name: 'Loop: commitments',
    open: async (page) => {
      await loopTab(page, 'Commitments')
      await page.getByRole('radiogroup', { name: 'Which commitments' }).getByText('All', { exact: true }).click()
      await expect(page.getByRole('article', { name: /^Commitment: / }).first()).toBeVisible()
    }
  },
  {
    name: 'Loop: past check-ins',
    open: async (page) => {
      await loopTab(page, 'Past check-ins')
      await expect(page.getByRole('article', { name: /^Check-in / }).first()).toBeVisible()
    }
  },
  {
    name: 'People: a person',
    open: async (page) => {
      await goSection(page, 'People')
      await expect(page.getByRole('region', { name: /details$/ })).toBeVisible()
    }
  },
  {
    name: 'People: profile and goals',
    open: async (page) => {
      await goSection(page, 'People')
      await page.getByRole('tab', { name: 'You: profile & goals' }).click()
      await expect(page.getByRole('form', { name: 'Profile' })).toBeVisible()
    }
  },
  {
    name: 'Wins',
    open: async (page) => {
      await goSection(page, 'Wins')
      await expect(page.getByRole('article').first()).toBeVisible()
    }
  },
  {
    name: 'Drafts: impact summary with sources',
    open: async (page) => {
      await goSection(page, 'Drafts')
      await page.getByRole('button', { name: 'Generate summary' }).click()
      await expect(page.getByLabel('Status: Complete')).toBeVisible()
      await expect(page.getByRole('list', { name: 'Sources' })).toBeVisible()
    },
    show: (page) => page.getByRole('list', { name: 'Sources' })
  },
  {
    name: 'Promo packet',
    open: async (page) => {
      await goSection(page, 'Promo', 'Promo packet')
      const build = page.getByRole('button', { name: /^Build (packet|a new version)$/ })
      await build.click()
      await expect(page.getByRole('combobox', { name: 'Version' })).toBeVisible()
    }
  },
  {
    name: 'Interview rehearsal with feedback',
    open: async (page) => {
      await goSection(page, 'Interview', 'Interview rehearsal')
      await page.getByRole('combobox', { name: 'Question' }).click()
      await page.getByRole('option').first().click()
      await page
        .getByLabel('Your answer')
        .fill(
          'Our checkout was slow. I owned the fix: I profiled the page, found three blocking calls and moved them off the critical path. ' +
            'Checkout time fell from 9 seconds to 3, and conversion rose 4%. I learned to measure before I optimise.'
        )
      await page.getByRole('button', { name: 'Get feedback' }).click()
      await expect(page.getByRole('region', { name: 'Scores over time' })).toBeVisible()
    }
  },
  {
    name: 'Settings',
    open: async (page) => {
      await goSection(page, 'Settings')
      await expect(page.getByRole('radiogroup', { name: 'Drafting engine' })).toBeVisible()
    }
  },
  {
    name: 'Search (Ctrl+K) with results',
    open: async (page) => {
      await goSection(page, 'Dashboard')
      await page.getByRole('button', { name: 'Search everything' }).click()
      await page.getByPlaceholder(/^Search wins/).fill('strategy')
      await expect(page.locator('[data-action]').first()).toBeVisible()
    },
    dialog: (page) => page.getByRole('dialog').filter({ has: page.getByPlaceholder(/^Search wins/) })
  },
  {
    name: 'Add a person',
    open: async (page) => {
      await goSection(page, 'People')
      await page.getByRole('button', { name: 'Add person' }).click()
    },
    dialog: dialogNamed('Add a person')
  },
  {
    name: 'Edit a person',
    open: async (page) => {
      await goSection(page, 'People')
      await page
        .getByRole('region', { name: /details$/ })
        .getByRole('button', { name: 'Edit' })
        .click()
    },
    dialog: dialogNamed(/^Edit /)
  },
  {
    name: 'New goal',
    open: async (page) => {
      await goSection(page, 'People')
      await page.getByRole('tab', { name: 'You: profile & goals' }).click()
      await page.getByRole('button', { name: 'Add goal' }).click()
    },
    dialog: dialogNamed('New goal')
  },
  {
    name: 'New win',
    open: async (page) => {
      await goSection(page, 'Wins')
      await page.getByRole('button', { name: 'New win', exact: true }).click()
    },
    dialog: dialogNamed('New win')
  },
  {
    name: 'Edit a win',
    open: async (page) => {
      await goSection(page, 'Wins')
      await page.getByRole('article').first().getByRole('button').first().click()
    },
    dialog: dialogNamed('Edit win')
  },
  {
    name: 'Rewrite impact drawer',
    open: async (page) => {
      await goSection(page, 'Wins')
      await page
        .getByRole('button', { name: /^Actions for / })
        .first()
        .click()
      await page.getByRole('menuitem', { name: 'Rewrite impact' }).click()
      await expect(page.getByRole('dialog', { name: 'Rewrite impact' }).getByText('Impact strength')).toBeVisible()
    },
    dialog: dialogNamed('Rewrite impact')
  },
  {
    name: 'A quarter of the timeline',
    open: async (page) => {
      await goSection(page, 'Dashboard')
      await page.getByRole('figure', { name: 'Loop timeline' }).getByRole('button').first().click()
    },
    dialog: dialogNamed(/^Everything in /)
  },
  {
    name: 'Mark a commitment delivered',
    open: async (page) => {
      await loopTab(page, 'Commitments')
      await page.getByRole('radiogroup', { name: 'Which commitments' }).getByText('Open', { exact: true }).click()
      await page.getByRole('button', { name: 'Mark delivered' }).first().click()
    },
    dialog: dialogNamed('Mark delivered')
  },
  {
    name: 'Loop: your last year (back-fill)',
    open: async (page) => {
      await loopTab(page, 'Your last year')
      await expect(page.getByRole('form', { name: 'Your last year: who' })).toBeVisible()
    }
  },
  {
    name: 'Edit a commitment',
    open: async (page) => {
      await loopTab(page, 'Commitments')
      await page.getByRole('radiogroup', { name: 'Which commitments' }).getByText('All', { exact: true }).click()
      await page
        .getByRole('article', { name: /^Commitment: / })
        .first()
        .getByRole('button', { name: 'Edit' })
        .click()
    },
    dialog: dialogNamed('Edit commitment')
  },
  {
    name: 'Edit a check-in',
    open: async (page) => {
      await loopTab(page, 'Past check-ins')
      await page
        .getByRole('article', { name: /^Check-in / })
        .first()
        .getByRole('button', { name: 'Edit' })
        .click()
    },
    dialog: dialogNamed('Edit check-in')
  },
  {
    name: 'Exact prompt',
    open: async (page) => {
      await goSection(page, 'Drafts')
      await page.getByRole('button', { name: 'Show prompt' }).click()
      await expect(
        page
          .getByRole('dialog', { name: 'Exact prompt' })
          .getByText(/tokens/)
          .first()
      ).toBeVisible()
    },
    dialog: dialogNamed('Exact prompt')
  },
  {
    name: 'Import a brag document',
    open: async (page) => {
      await goSection(page, 'Dashboard')
      await page.getByRole('button', { name: /^Import a brag document/ }).click()
    },
    dialog: dialogNamed('Import a brag document')
  }
]

/** A first start, before anything is written: every section's empty state. */
export const EMPTY_TOUR: TourStop[] = [
  {
    name: 'Dashboard (first start)',
    open: async (page) => {
      await goSection(page, 'Dashboard')
      await expect(page.getByRole('heading', { name: 'Start your loop' })).toBeVisible()
    }
  },
  ...(['Loop', 'People', 'Wins', 'Drafts'] as const).map((label) => ({
    name: `${label} (first start)`,
    open: (page: Page) => goSection(page, label)
  })),
  { name: 'Promo packet (first start)', open: (page: Page) => goSection(page, 'Promo', 'Promo packet') },
  { name: 'Interview (first start)', open: (page: Page) => goSection(page, 'Interview', 'Interview rehearsal') }
]

/** Opens a stop and, for a dialog, waits until it is fully shown (transitions done). */
export async function visit(page: Page, stop: TourStop) {
  await stop.open(page)
  if (stop.dialog) await expect(stop.dialog(page)).toBeVisible()
  if (stop.show) await stop.show(page).scrollIntoViewIfNeeded()
  // Mantine's enter transitions take up to 200 ms; axe and screenshots need the settled page.
  await page.waitForTimeout(300)
}

export async function leave(page: Page, stop: TourStop) {
  if (!stop.dialog) return
  await page.keyboard.press('Escape')
  await expect(stop.dialog(page)).toBeHidden()
}

import {
  createTheme,
  darken,
  DEFAULT_THEME,
  Drawer,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineTheme
} from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // Shade 8 for filled buttons, links and coloured text: Mantine's default shade 6 is 3.5:1
  // against white, under WCAG AA's 4.5:1 for text.
  primaryShade: { light: 8, dark: 8 },
  // The keyboard's focus ring shows on every control (Mantine draws it for :focus-visible).
  focusRing: 'auto',
  components: {
    // The ✕ of every dialog, drawer and toast gets a name a screen reader can say.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } })
  }
})

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}
const luminance = (hex: string) => {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16)
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
}
const toHex = (rgb: string) => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb)
  return m ? `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}` : rgb
}
/** WCAG contrast ratio of two #rrggbb colours. */
export const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(toHex(a)), luminance(toHex(b))].sort((p, q) => q - p) as [number, number]
  return (x + 0.05) / (y + 0.05)
}

/** The colour, darkened in small steps until it reads at AA (4.5:1, with a margin) against `against`. */
function readable(color: string, against: string): string {
  let c = color
  for (let step = 0; step < 20 && contrast(c, against) < 4.6; step++) c = toHex(darken(c, 0.06))
  return c
}

/**
 * Every palette's text-bearing shades made readable in the light scheme: coloured text on white,
 * white on a filled button, and a light badge's or alert's text on its tint (and on the hover
 * tint). Mantine's teal, yellow, orange and green miss WCAG AA there; the dark scheme passes.
 * Secondary ("dimmed") text too: Mantine's grey is 3.3:1 on white.
 */
export function readableColors(t: MantineTheme = { ...DEFAULT_THEME, ...theme } as MantineTheme): Record<string, string> {
  const vars: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' }
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark') continue
    const filled = readable(shades[8]!, '#ffffff')
    vars[`--mantine-color-${name}-filled`] = filled
    vars[`--mantine-color-${name}-filled-hover`] = toHex(darken(filled, 0.1))
    vars[`--mantine-color-${name}-text`] = filled
    vars[`--mantine-color-${name}-outline`] = filled
    vars[`--mantine-color-${name}-light-color`] = readable(shades[9]!, shades[2]!)
  }
  return vars
}

const LIGHT = readableColors()
/** White on a filled button reads the same in both schemes; the rest of the dark scheme passes as is. */
const FILLED = Object.fromEntries(Object.entries(LIGHT).filter(([name]) => /-filled(-hover)?$/.test(name)))

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: LIGHT,
  dark: { ...FILLED, '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' }
})

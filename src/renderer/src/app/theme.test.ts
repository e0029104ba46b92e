import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME } from '@mantine/core'
import { contrast, readableColors } from './theme'

describe('readable colours (WCAG AA, 4.5:1)', () => {
  const vars = readableColors()
  it.each(Object.keys(DEFAULT_THEME.colors).filter((c) => c !== 'dark'))('%s: text on white, white on filled, text on its tint', (name) => {
    const shades = DEFAULT_THEME.colors[name as keyof typeof DEFAULT_THEME.colors]!
    expect(contrast(vars[`--mantine-color-${name}-text`]!, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#ffffff', vars[`--mantine-color-${name}-filled`]!)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(vars[`--mantine-color-${name}-light-color`]!, shades[1])).toBeGreaterThanOrEqual(4.5)
    expect(contrast(vars[`--mantine-color-${name}-light-color`]!, shades[2])).toBeGreaterThanOrEqual(4.5)
  })

  it('the contrast formula agrees with known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0)
    expect(contrast('#228be6', '#ffffff')).toBeCloseTo(3.55, 1)
  })
})

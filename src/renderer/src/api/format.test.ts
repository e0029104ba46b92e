import { describe, expect, it } from 'vitest'
import { formatBytes, formatNumber } from './format'

describe('formatBytes, the one way sizes are shown (backups, an import preview)', () => {
  it('bytes, KB and MB a person reads at a glance', () => {
    expect(formatBytes(512)).toBe(`${formatNumber(512)} bytes`)
    expect(formatBytes(640 * 1024)).toBe(`${formatNumber(640)} KB`)
    expect(formatBytes(1.25 * 1024 * 1024)).toBe(`${formatNumber(1.3)} MB`)
  })
})

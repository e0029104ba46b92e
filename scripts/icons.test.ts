import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ICNS_SIZES, ICO_SIZES, ICON_FILES, LINUX_SIZES, WINDOW_ICON_SIZE } from './iconSpec'

const RESOURCES = join(__dirname, '..', 'resources')
const read = (name: string) => readFileSync(join(RESOURCES, name))

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
function pngSize(data: Buffer): { width: number; height: number } {
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG')
  if (data.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

/** The sizes in an .ico directory (0 in a byte means 256). */
function icoSizes(data: Buffer): number[] {
  expect([data.readUInt16LE(0), data.readUInt16LE(2)]).toEqual([0, 1])
  const count = data.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16
    const [w, h] = [data[entry] || 256, data[entry + 1] || 256]
    expect(w).toBe(h)
    const [size, offset] = [data.readUInt32LE(entry + 8), data.readUInt32LE(entry + 12)]
    expect(offset + size).toBeLessThanOrEqual(data.length)
    return w
  }).sort((a, b) => a - b)
}

/** The element types in an .icns file, each checked to fit inside the file. */
function icnsTypes(data: Buffer): string[] {
  expect(data.toString('ascii', 0, 4)).toBe('icns')
  expect(data.readUInt32BE(4)).toBe(data.length)
  const types: string[] = []
  for (let at = 8; at < data.length;) {
    const [type, length] = [data.toString('ascii', at, at + 4), data.readUInt32BE(at + 4)]
    expect(length, type).toBeGreaterThan(8)
    types.push(type)
    at += length
  }
  return types
}

describe('app icons in resources/', () => {
  it('were generated from the current icon.svg (run `npm run icons` after editing it)', () => {
    const hash = createHash('sha256').update(read(ICON_FILES.source)).digest('hex')
    expect(read(ICON_FILES.sourceHash).toString('utf8').split(/\s+/)[0]).toBe(hash)
  })

  it('has the Linux set: one PNG per hicolor size, each the size its name says', () => {
    const names = readdirSync(join(RESOURCES, ICON_FILES.linuxDir)).sort()
    expect(names).toEqual(LINUX_SIZES.map((s) => `${s}x${s}.png`).sort())
    for (const size of LINUX_SIZES) {
      expect(pngSize(read(join(ICON_FILES.linuxDir, `${size}x${size}.png`))), `${size}`).toEqual({ width: size, height: size })
    }
    expect(pngSize(read(ICON_FILES.window))).toEqual({ width: WINDOW_ICON_SIZE, height: WINDOW_ICON_SIZE })
  })

  it('has a Windows .ico with every shell size up to 256', () => {
    expect(icoSizes(read(ICON_FILES.ico))).toEqual([...ICO_SIZES])
  })

  it('has a macOS .icns with 16–512 at 1x and 2x', () => {
    const types = icnsTypes(read(ICON_FILES.icns))
    // ic07–ic10: 128, 256, 512, 1024; ic11–ic14: 16@2x, 32@2x, 128@2x, 256@2x; is32/il32: 16, 32 (+ masks).
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14', 'is32', 's8mk', 'il32', 'l8mk'])
      expect(types).toContain(type)
    expect(ICNS_SIZES).toContain(1024)
  })

  it('parsers reject what they are not', () => {
    expect(() => pngSize(read(ICON_FILES.ico))).toThrow('not a PNG')
    expect(() => icnsTypes(read(ICON_FILES.window))).toThrow()
  })
})

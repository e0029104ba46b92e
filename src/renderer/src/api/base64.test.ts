import { gzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from './base64'

describe('bytes as base64, one encoder and one decoder for the renderer', () => {
  it('agrees with the standard alphabet', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu')
    expect(new TextDecoder().decode(base64ToBytes('TWFuIGlz'))).toBe('Man is')
  })
  it('round-trips a file larger than one chunk, every byte value included', () => {
    const bytes = gzipSync(new TextEncoder().encode(JSON.stringify(Array.from({ length: 40_000 }, (_, i) => i))))
    const all = new Uint8Array([...Array.from({ length: 256 }, (_, i) => i), ...bytes])
    expect(all.length).toBeGreaterThan(0x8000)
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all)
  })
})

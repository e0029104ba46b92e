import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createOutputChecker } from './outputCheck'

const item = z.object({ id: z.string(), n: z.number() })

describe('createOutputChecker', () => {
  it('strips unknown keys from list items, as the schema does', () => {
    const check = createOutputChecker(z.array(item))
    const result = check([{ id: 'a', n: 1, secret: 'x' }])
    expect(result).toEqual({ success: true, data: [{ id: 'a', n: 1 }] })
  })

  it('reuses the parsed copy of an item it has seen, and parses a new object afresh', () => {
    const check = createOutputChecker(z.array(item))
    const stored = { id: 'a', n: 1 }
    const first = check([stored])
    const second = check([stored])
    expect(first.success && second.success).toBe(true)
    if (!first.success || !second.success) return
    expect((second.data as unknown[])[0]).toBe((first.data as unknown[])[0])
    // A changed win is a new object (immer), so it is checked again and can fail.
    const broken = check([stored, { id: 'b', n: 'two' }])
    expect(broken.success).toBe(false)
    if (!broken.success) expect(broken.error.issues[0]!.path).toEqual([1, 'n'])
  })

  it('falls back to the plain schema for anything but a list of objects', () => {
    expect(
      createOutputChecker(z.array(item).max(1))([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 }
      ]).success
    ).toBe(false)
    expect(createOutputChecker(z.string())(3).success).toBe(false)
    expect(createOutputChecker(z.array(item))('not a list').success).toBe(false)
  })
})

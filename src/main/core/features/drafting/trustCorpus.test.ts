import { describe, expect, it } from 'vitest'
import { checkDraft } from './claimsGuard'
import { TRUST_CORPUS, TRUST_SOURCES, TRUST_TODAY } from './testing/trustCorpus'

const overlaps = (text: string, needle: string, flags: { start: number; end: number }[]) => {
  const at = text.indexOf(needle)
  return at >= 0 && flags.some((f) => f.start < at + needle.length && f.end > at)
}

describe('trust corpus (issue #13 item 7)', () => {
  it('has at least 300 cases', () => {
    expect(TRUST_CORPUS.length).toBeGreaterThanOrEqual(300)
  })

  it.each(TRUST_CORPUS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { flags } = checkDraft(c.text, TRUST_SOURCES, {}, TRUST_TODAY)
    for (const needle of c.flagged) expect(overlaps(c.text, needle, flags), `${needle} in “${c.text}” should be flagged`).toBe(true)
    if (c.clean) expect(flags.map((f) => `${f.text}: ${f.reason}`)).toEqual([])
    for (const f of flags) expect(f.reason.length).toBeGreaterThan(10)
  })
})

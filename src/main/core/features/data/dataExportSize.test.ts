import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../app/createCore'
import { storedWin } from '../../store/testing'
import { MAX_IMPORT_BYTES } from './dataTransfer'

const newCore = () => createCore({ dataDir: join(mkdtempSync(join(tmpdir(), 'loopwise-size-')), 'new'), mode: 'browser', version: 'test' })
const call = (core: Core, route: string, input: unknown) => core.dispatch(route, input)

describe('export and import at any size (issue 18 item 8)', () => {
  it('an export larger than the plain-text limit imports as .json.gz through the real routes', async () => {
    const a = await newCore()
    const story = 'Moved the billing export to the new queue and cut the nightly run from 3 h to 40 min. '.repeat(30)
    await a.store.update((d) => {
      for (let i = 0; i < 9_000; i++) d.wins.push({ ...storedWin(`win ${i}`, `w${i}`), whatIDid: `${story} (${i})` })
    })
    const exported = await call(a, 'data.export', {})
    if (!exported.ok) throw new Error(exported.error.message)
    const { text } = exported.data as { text: string }
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_IMPORT_BYTES)
    // As plain text it is refused by size…
    const plain = await call(a, 'data.importPreview', { text, mode: 'replace' })
    expect(plain.ok).toBe(false)
    // …and as the .json.gz the app saves it as, it goes in whole.
    const gzip = gzipSync(text).toString('base64')
    const b = await newCore()
    const preview = await call(b, 'data.importPreview', { gzip, mode: 'replace' })
    if (!preview.ok) throw new Error(preview.error.message)
    const applied = await call(b, 'data.importApply', { gzip, mode: 'replace' })
    if (!applied.ok) throw new Error(applied.error.message)
    expect(b.store.data.wins).toHaveLength(9_000)
    expect(b.store.data.wins[8_999]!.whatIDid).toContain('(8999)')
    await a.close()
    await b.close()
  }, 120_000)

  it('refuses a file that is not gzip, a damaged one, and both forms at once', async () => {
    const core = await newCore()
    const notGzip = await call(core, 'data.importPreview', { gzip: Buffer.from('{"format":"x"}').toString('base64'), mode: 'replace' })
    expect(notGzip).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('not a gzip file') } })
    const cut = gzipSync('{"format":"loopwise-export"}'.repeat(100)).subarray(0, 30).toString('base64')
    const damaged = await call(core, 'data.importPreview', { gzip: cut, mode: 'replace' })
    expect(damaged).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('damaged') } })
    const both = await call(core, 'data.importPreview', { text: '{}', gzip: cut, mode: 'replace' })
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })
})

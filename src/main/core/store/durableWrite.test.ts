import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeStaleTempFiles, writeFileDurable } from './durableWrite'

const tempDir = () => mkdtempSync(join(tmpdir(), 'loopwise-dw-'))

describe('writeFileDurable', () => {
  it('replaces the file atomically and leaves no temp file', async () => {
    const dir = tempDir()
    const file = join(dir, 'loopwise.json')
    writeFileSync(file, '{"old":true}')
    await writeFileDurable(file, '{"new":true}')
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}')
    expect(readdirSync(dir)).toEqual(['loopwise.json'])
  })

  it('keeps the old file when the folder is gone', async () => {
    const file = join(tempDir(), 'missing', 'loopwise.json')
    await expect(writeFileDurable(file, 'x')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('removes stale temp files of this store only', async () => {
    const dir = tempDir()
    const file = join(dir, 'loopwise.json')
    writeFileSync(join(dir, 'loopwise.json.123-abcd.tmp'), 'partial')
    writeFileSync(join(dir, 'other.json.1-a.tmp'), 'not ours')
    expect(await removeStaleTempFiles(file)).toEqual(['loopwise.json.123-abcd.tmp'])
    expect(readdirSync(dir).sort()).toEqual(['other.json.1-a.tmp'])
  })
})

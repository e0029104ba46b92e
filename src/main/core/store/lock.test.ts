import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import { acquireFolderLock, DataFolderLockedError } from './lock'
import { tempDataDir } from './testing'

describe('data folder lock', () => {
  it('refuses a second owner while the first is alive, naming the first', async () => {
    const dir = tempDataDir()
    const release = await acquireFolderLock(dir, 'browser')
    const error = await acquireFolderLock(dir, 'desktop').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as Error).message).toContain(`process ${process.pid}`)
    expect((error as Error).message).toContain('browser mode')
    await release()
    expect(existsSync(join(dir, 'loopwise.lock'))).toBe(false)
    const again = await acquireFolderLock(dir, 'desktop')
    await again()
  })

  it('takes over a stale lock left by a process that died', async () => {
    const dir = tempDataDir()
    // PIDs are bounded well below this on Linux, so no process holds it.
    writeFileSync(join(dir, 'loopwise.lock'), JSON.stringify({ pid: 2 ** 30, mode: 'browser', startedAt: 'then', host: hostname() }))
    const release = await acquireFolderLock(dir, 'browser')
    expect(JSON.parse(readFileSync(join(dir, 'loopwise.lock'), 'utf8')).pid).toBe(process.pid)
    await release()
  })
})

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireFolderLock, DataFolderLockedError, LOCK_DIR_NAME, lockHolder } from './lock'
import { lockRace } from './lockRace'
import { currentBoot, processStart } from './processIdentity'

/** A data folder that does not exist yet, as on a new machine. */
const newFolder = () => join(mkdtempSync(join(tmpdir(), 'loopwise-lock-')), 'data')
const claimsIn = (dir: string) => readdirSync(join(dir, LOCK_DIR_NAME)).filter((n) => n.endsWith('.json'))

describe('data folder lock', () => {
  it('refuses a second owner while the first is alive, naming the first; a release frees it', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const release = await acquireFolderLock(dir, 'browser')
    const error = await acquireFolderLock(dir, 'desktop').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as Error).message).toContain(`process ${process.pid}`)
    expect((error as Error).message).toContain('browser mode')
    await release()
    expect(await lockHolder(dir)).toBeNull()
    const again = await acquireFolderLock(dir, 'desktop')
    expect((await lockHolder(dir))?.mode).toBe('desktop')
    await again()
    // Older claims are cleared by each winner: the folder does not fill up.
    expect(claimsIn(dir)).toHaveLength(1)
  })

  it('records the boot and the process start time with the PID', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const release = await acquireFolderLock(dir, 'browser')
    const holder = await lockHolder(dir)
    expect(holder).toMatchObject({ pid: process.pid, boot: currentBoot(), start: processStart(process.pid) })
    await release()
  })

  it('takes over a lock whose process died', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise((r) => child.once('exit', r))
    await (
      await acquireFolderLock(dir, 'browser')
    )()
    const claim = join(dir, LOCK_DIR_NAME, claimsIn(dir)[0]!)
    writeFileSync(claim, JSON.stringify({ ...JSON.parse(readFileSync(claim, 'utf8')), pid: child.pid, released: undefined }))
    const release = await acquireFolderLock(dir, 'browser')
    expect((await lockHolder(dir))?.pid).toBe(process.pid)
    await release()
  })

  it('a PID now used by an unrelated process (after a reboot or wrap-around) is stale, by start time and by boot', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      await new Promise((r) => setTimeout(r, 100))
      await (
        await acquireFolderLock(dir, 'browser')
      )()
      const claim = join(dir, LOCK_DIR_NAME, claimsIn(dir)[0]!)
      const base = { pid: unrelated.pid, mode: 'browser', startedAt: 'before', host: hostname() }
      // Same boot, but the running process started at another time: not the one that wrote it.
      writeFileSync(claim, JSON.stringify({ ...base, boot: currentBoot(), start: '1' }))
      await (
        await acquireFolderLock(dir, 'browser')
      )()
      const second = join(dir, LOCK_DIR_NAME, claimsIn(dir)[0]!)
      // Another boot altogether.
      writeFileSync(second, JSON.stringify({ ...base, boot: 'a-boot-before-the-last-reboot', start: processStart(unrelated.pid!) }))
      await (
        await acquireFolderLock(dir, 'browser')
      )()
      // The same process, same boot, same start time: really running, so the lock holds.
      const third = join(dir, LOCK_DIR_NAME, claimsIn(dir)[0]!)
      writeFileSync(third, JSON.stringify({ ...base, boot: currentBoot(), start: processStart(unrelated.pid!) }))
      await expect(acquireFolderLock(dir, 'browser')).rejects.toBeInstanceOf(DataFolderLockedError)
    } finally {
      unrelated.kill('SIGKILL')
    }
  })

  it('clears temp files left by starts killed mid-claim, once they are a minute old', async () => {
    const dir = newFolder()
    mkdirSync(join(dir, LOCK_DIR_NAME), { recursive: true })
    const old = join(dir, LOCK_DIR_NAME, '3.json.999-dead.tmp')
    const fresh = join(dir, LOCK_DIR_NAME, '3.json.998-busy.tmp')
    writeFileSync(old, '{}')
    writeFileSync(fresh, '{}')
    utimesSync(old, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000))
    await (
      await acquireFolderLock(dir, 'browser')
    )()
    expect(existsSync(old)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })

  it('replaces a stale lock file left by an older Loopwise', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    writeFileSync(join(dir, LOCK_DIR_NAME), JSON.stringify({ pid: 2 ** 30, mode: 'browser', startedAt: 'then', host: hostname() }))
    const release = await acquireFolderLock(dir, 'browser')
    expect(existsSync(join(dir, LOCK_DIR_NAME, claimsIn(dir)[0]!))).toBe(true)
    await release()
  })

  it('exactly one of 100 simultaneous starts wins, with a stale lock present (dead PID, then reused PID)', async () => {
    const dir = newFolder()
    mkdirSync(dir)
    const rounds = await lockRace({ dataDir: dir, starts: 100, rounds: ['dead PID', 'reused PID'] })
    for (const r of rounds)
      expect({ stale: r.stale, won: r.won, locked: r.locked, errors: r.errors }).toEqual({ stale: r.stale, won: 1, locked: 99, errors: [] })
  }, 120_000)
})

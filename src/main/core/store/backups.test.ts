import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Backups, BACKUP_POLICY } from './backups'
import { tempDataDir } from './testing'

describe('rotating backups', () => {
  it('keeps the newest 20, then one a day for 30 days, and every pre-migration backup', async () => {
    let now = new Date('2026-01-01T09:00:00.000Z')
    const backups = new Backups(tempDataDir(), () => now)
    await backups.take('{"m":1}', 'pre-migrate-v1')
    // 60 days, three backups a day.
    for (let day = 0; day < 60; day++) {
      for (const hour of [9, 13, 17]) {
        now = new Date(Date.UTC(2026, 0, 2 + day, hour))
        await backups.take(`{"d":${day}}`, 'auto')
      }
    }
    const kept = await backups.list()
    const newest = kept.slice(0, BACKUP_POLICY.keepNewest)
    expect(newest.every((b) => b.reason === 'auto')).toBe(true)
    const days = new Set(kept.filter((b) => b.reason === 'auto').map((b) => b.name.slice(9, 17)))
    // 30 days of dailies (the horizon) plus the few days the newest 20 span.
    expect(days.size).toBeGreaterThanOrEqual(30)
    expect(days.size).toBeLessThanOrEqual(32)
    expect(kept.some((b) => b.reason === 'pre-migrate-v1')).toBe(true)
    expect(kept.length).toBeLessThan(60)
  })

  it('keeps one pre-migration backup per source version, the newest, however often a migration is killed', async () => {
    let now = new Date('2026-01-01T09:00:00.000Z')
    const backups = new Backups(tempDataDir(), () => now)
    for (let attempt = 0; attempt < 5; attempt++) {
      now = new Date(now.getTime() + 60_000)
      await backups.take(`{"attempt":${attempt}}`, 'pre-migrate-v1')
      await backups.take('{"v":2}', 'open')
    }
    await backups.take('{"v":2}', 'pre-migrate-v2')
    const pre = (await backups.list()).filter((b) => b.reason.startsWith('pre-migrate'))
    expect(pre.map((b) => b.reason).sort()).toEqual(['pre-migrate-v1', 'pre-migrate-v2'])
    expect(await backups.readText(pre.find((b) => b.reason === 'pre-migrate-v1')!)).toBe('{"attempt":4}')
  })

  it('a plain file where the backups folder should be is a STORAGE fault that says what to do', async () => {
    const dir = tempDataDir()
    writeFileSync(join(dir, 'backups'), 'x')
    const backups = new Backups(join(dir, 'backups'))
    await expect(backups.take('{}', 'pre-import')).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringContaining('is a file, not a folder')
    })
    expect(await backups.list()).toEqual([])
  })

  it('takes an auto backup at most every 10 minutes', async () => {
    let now = new Date('2026-01-01T09:00:00.000Z')
    const backups = new Backups(tempDataDir(), () => now)
    expect(await backups.maybeAuto(() => '{}')).not.toBeNull()
    now = new Date('2026-01-01T09:05:00.000Z')
    expect(await backups.maybeAuto(() => '{}')).toBeNull()
    now = new Date('2026-01-01T09:11:00.000Z')
    expect(await backups.maybeAuto(() => '{}')).not.toBeNull()
  })
})

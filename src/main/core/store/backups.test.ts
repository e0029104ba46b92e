import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Backups, BACKUP_POLICY } from './backups'
import { tempDataDir } from './testing'

describe('a backup after the data folder was deleted', () => {
  // A background backup used mkdir -p and brought back a folder the user had just deleted,
  // racing the store's own "the folder is gone" report (a CI run caught it).
  it('says the folder is gone and does not create it again', async () => {
    const data = join(tempDataDir(), 'data')
    const backups = new Backups(join(data, 'backups'))
    await expect(backups.take('{"m":1}', 'auto')).rejects.toMatchObject({ code: 'STORAGE', message: expect.stringMatching(/is gone/) })
    expect(existsSync(data)).toBe(false)
  })
})

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

  it('takes an auto backup at most every 10 minutes, and only when the data changed', async () => {
    let now = new Date('2026-01-01T09:00:00.000Z')
    const dir = tempDataDir()
    const source = join(dir, 'loopwise.json')
    writeFileSync(source, '{"v":1}')
    const backups = new Backups(join(dir, 'backups'), () => now)
    expect(await backups.maybeAuto(source)).not.toBeNull()
    now = new Date('2026-01-01T09:05:00.000Z')
    writeFileSync(source, '{"v":2}')
    expect(await backups.maybeAuto(source)).toBeNull()
    now = new Date('2026-01-01T09:11:00.000Z')
    expect(await backups.maybeAuto(source)).not.toBeNull()
    // Unchanged since that backup: nothing new, however much time passed.
    now = new Date('2026-01-01T10:30:00.000Z')
    expect(await backups.maybeAuto(source)).toBeNull()
    expect(await backups.takeFileIfChanged(source, 'open')).toBeNull()
    const kept = await backups.list()
    expect(kept).toHaveLength(2)
    expect(kept.every((b) => b.name.endsWith('.json.gz'))).toBe(true)
    expect(await backups.readText(kept[0]!)).toBe('{"v":2}')
    // Compressed on disk: a repetitive 1 MB store takes a small fraction of that.
    writeFileSync(source, JSON.stringify({ wins: Array.from({ length: 5000 }, (_, i) => ({ id: `w${i}`, title: 'Shipped the thing' })) }))
    expect(await backups.takeFileIfChanged(source, 'open')).not.toBeNull()
    const { bytes, count } = await backups.folderBytes()
    expect(count).toBe(3)
    expect(bytes).toBeLessThan(readFileSync(source).length / 4)
  })

  it('reads plain .json backups written by earlier versions', async () => {
    const dir = tempDataDir()
    const backupsDir = join(dir, 'backups')
    mkdirSync(backupsDir)
    writeFileSync(join(backupsDir, 'loopwise-20260101T090000000Z-open.json'), '{"old":true}')
    const backups = new Backups(backupsDir)
    const [entry] = await backups.list()
    expect(await backups.readText(entry!)).toBe('{"old":true}')
  })
})

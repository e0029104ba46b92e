import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/app/createCore'
import { STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { storeDataSchema } from '../../src/shared/domain/storeData'
import type { StoreStatus } from '../../src/shared/domain/storeStatus'
import { quietLogger, newDataDir, type RunConfig, type Section } from './lib'

type Expect = 'moved-aside' | 'read-only' | 'opens'
interface Case {
  name: string
  expect: Expect
  /** Bytes to put in loopwise.json once a good store with one win (and its backup) exists. */
  bytes: (good: string) => Buffer
  /** Adjust the backups folder before the bad start. */
  backups?: 'none' | 'newest-corrupt'
}

const winAt = (i: number, text = '') => ({
  id: `w-${i}`,
  date: '2025-06-01',
  title: `win ${i}`,
  whatIDid: text,
  impact: '',
  metrics: [],
  scope: 'self',
  stakeholders: [],
  tags: [],
  evidence: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

/** A valid store of about `mb` megabytes (long notes, as years of history would be). */
const largeStore = (mb: number) => {
  const text = 'Led the migration; '.repeat(1000) // ~19 KB per win
  const count = Math.ceil((mb * 1024 * 1024) / (text.length + 300))
  return JSON.stringify({ schemaVersion: 2, wins: Array.from({ length: count }, (_, i) => winAt(i, text)) })
}

export async function corruptStore(config: RunConfig): Promise<Section> {
  const bigMb = config.short ? 5 : 50
  const big = largeStore(bigMb)
  const cases: Case[] = [
    { name: 'empty file', expect: 'moved-aside', bytes: () => Buffer.alloc(0) },
    { name: 'only whitespace', expect: 'moved-aside', bytes: () => Buffer.from('  \n\t\n') },
    { name: 'truncated JSON', expect: 'moved-aside', bytes: (g) => Buffer.from(g.slice(0, Math.floor(g.length / 2))) },
    { name: 'NUL-filled', expect: 'moved-aside', bytes: () => Buffer.alloc(4096, 0) },
    { name: 'not JSON', expect: 'moved-aside', bytes: () => Buffer.from('hello, this is not a store\n') },
    {
      name: 'binary garbage',
      expect: 'moved-aside',
      bytes: () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 151 + 7) % 256))
    },
    { name: 'JSON array', expect: 'moved-aside', bytes: () => Buffer.from('[]') },
    { name: 'JSON null', expect: 'moved-aside', bytes: () => Buffer.from('null') },
    { name: 'no schemaVersion', expect: 'moved-aside', bytes: () => Buffer.from('{"wins":[]}') },
    { name: 'schemaVersion as text', expect: 'moved-aside', bytes: () => Buffer.from('{"schemaVersion":"2","wins":[]}') },
    { name: 'wins not a list', expect: 'moved-aside', bytes: () => Buffer.from('{"schemaVersion":2,"wins":"nope"}') },
    { name: 'win of the wrong shape', expect: 'moved-aside', bytes: () => Buffer.from('{"schemaVersion":2,"wins":[{"id":1}]}') },
    {
      name: 'impossible date in a win',
      expect: 'moved-aside',
      bytes: () => Buffer.from(JSON.stringify({ schemaVersion: 2, wins: [{ ...winAt(1), date: '2026-02-30' }] }))
    },
    {
      name: 'newer schemaVersion',
      expect: 'read-only',
      bytes: () => Buffer.from(JSON.stringify({ schemaVersion: 99, wins: [winAt(1)], futureThing: { kept: true } }))
    },
    { name: `valid ${bigMb} MB store`, expect: 'opens', bytes: () => Buffer.from(big) },
    { name: `${bigMb} MB store cut short`, expect: 'moved-aside', bytes: () => Buffer.from(big.slice(0, big.length - 7)) },
    { name: 'UTF-8 byte order mark', expect: 'opens', bytes: (g) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(g)]) },
    {
      name: '__proto__ / constructor keys',
      expect: 'opens',
      bytes: (g) => Buffer.from(g.replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'))
    },
    { name: 'corrupt, no backup at all', expect: 'moved-aside', bytes: () => Buffer.from('{"schemaVersion":2,'), backups: 'none' },
    { name: 'corrupt, newest backup corrupt too', expect: 'moved-aside', bytes: () => Buffer.from('{'), backups: 'newest-corrupt' }
  ]

  const failures: string[] = []
  let recovered = 0
  let bigOpenMs = 0
  for (const c of cases) {
    const t0 = Date.now()
    const problem = await runCase(c).catch((error: Error) => `threw ${error.message}`)
    if (c.name.startsWith(`valid ${bigMb}`)) bigOpenMs = Date.now() - t0
    if (problem) failures.push(`${c.name}: ${problem}`)
    else recovered++
  }
  if (({} as Record<string, unknown>).polluted !== undefined) failures.push('Object.prototype was polluted by a store file')
  return {
    name: 'corrupt store',
    failures,
    figures: [
      { area: 'corrupt store', figure: 'cases', value: cases.length, ok: true, note: 'see docs/reliability.md for the list' },
      { area: 'corrupt store', figure: 'recovered as designed', value: recovered, ok: recovered === cases.length },
      { area: 'corrupt store', figure: `open + save of a ${bigMb} MB store`, value: `${bigOpenMs} ms`, ok: true }
    ]
  }
}

/** Null when the app started, told the user, kept the original bytes and can save (unless read-only). */
async function runCase(c: Case): Promise<string | null> {
  const dir = newDataDir('corrupt')
  const file = join(dir, STORE_FILE_NAME)
  const backupsDir = join(dir, 'backups')
  // A real history first: one saved win, which also takes the first automatic backup.
  const first = await createCore({ dataDir: dir, mode: 'browser', version: 'reliability', logger: quietLogger })
  const made = await first.dispatch('wins.create', { date: '2026-01-10', title: 'the good win' })
  await first.close()
  if (!made.ok) return `could not prepare: ${made.error.message}`
  // A second start takes the 'open' backup that holds the win (the first backup was of the empty store).
  await (await createCore({ dataDir: dir, mode: 'browser', version: 'reliability', logger: quietLogger })).close()
  const good = readFileSync(file, 'utf8')
  if (c.backups === 'none') rmSync(backupsDir, { recursive: true, force: true })
  if (c.backups === 'newest-corrupt') writeFileSync(join(backupsDir, 'loopwise-29991231T235959999Z-auto.json'), '{"trunc')

  const bad = c.bytes(good)
  writeFileSync(file, bad)
  const core = await createCore({ dataDir: dir, mode: 'browser', version: 'reliability', logger: quietLogger })
  try {
    const status = (await core.dispatch('app.status', {})) as { ok: true; data: StoreStatus }
    const list = await core.dispatch('wins.list', {})
    if (!status.ok || !list.ok) return 'the app did not answer after starting'
    const titles = (list.data as Array<{ title: string }>).map((w) => w.title)
    const save = await core.dispatch('wins.create', { date: '2026-02-01', title: 'after the start' })

    if (c.expect === 'moved-aside') {
      const notice = status.data.recovery
      if (!notice) return 'no recovery notice for the user'
      if (!existsSync(notice.corruptFile)) return 'the bad file was not kept'
      if (!readFileSync(notice.corruptFile).equals(bad)) return 'the bad file was changed when moved aside'
      if (!notice.reason) return 'the notice does not say why'
      const wantRestore = c.backups !== 'none'
      if (wantRestore && !titles.includes('the good win')) return 'the good backup was not restored'
      if (wantRestore && notice.restoredFrom === null) return 'the notice does not name the restored backup'
      if (!wantRestore && (titles.length !== 0 || notice.restoredFrom !== null)) return 'claimed a restore without a backup'
      if (!save.ok) return `cannot save after recovery (${save.error.code})`
      if (!storeDataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success) return 'the new store file is invalid'
      return null
    }
    if (c.expect === 'read-only') {
      if (!status.data.readOnly || !status.data.readOnlyReason) return 'not opened read-only with a reason'
      if (save.ok || save.error.code !== 'READ_ONLY') return 'a save was not refused with READ_ONLY'
      if (!titles.includes('win 1')) return 'the newer file was not shown'
      if (!readFileSync(file).equals(bad)) return 'the newer file was changed'
      if (readdirSync(dir).some((n) => n.startsWith('loopwise.corrupt-'))) return 'the newer file was treated as corrupt'
      return null
    }
    // 'opens': a valid file is used as it is, with no alarm.
    if (status.data.recovery || status.data.readOnly) return 'a valid file was treated as damaged'
    if (titles.length === 0) return 'the data did not load'
    if (!save.ok) return `cannot save (${save.error.code})`
    return null
  } finally {
    await core.close()
  }
}

import { spawn, spawnSync, execFileSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Store } from '../../src/main/core/store/Store'
import { storedWin } from '../../src/main/core/store/testing'

export type UnwritableKind = 'read-only disk' | 'no permission'

/** A data folder holding one saved win, then made unwritable the way a person meets it. */
export interface Unwritable {
  dataDir: string
  /** Root ignores file modes: the start then runs as this user, who owns the folder. */
  runAs?: { uid: number; gid: number }
  /** Root ignores file modes: the start then runs as root without the capabilities that override them. */
  withoutOverride?: boolean
  how: string
  undo(): void
}

export const KEPT_TITLE = 'Saved before the folder became unwritable'
const isRoot = () => process.getuid?.() === 0
const NOBODY = { uid: 65534, gid: 65534 }
/** setpriv (util-linux) runs a command as root minus the capabilities that let root ignore file modes. */
const WITHOUT_OVERRIDE = ['--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search', '--']

/** Whether this machine can start a process as root without the mode override (a container may forbid it). */
function canDropOverride(): boolean {
  return spawnSync('setpriv', [...WITHOUT_OVERRIDE, process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0
}

/** Whether "nobody" can load the checkout (it cannot under a private folder such as mktemp -d's 0700). */
function nobodyCanRun(repoRoot: string): boolean {
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', '0'], { cwd: repoRoot, stdio: 'ignore', ...NOBODY }).status === 0
}

async function seed(dataDir: string) {
  const store = await Store.open({ dataDir, idleCompaction: false })
  await store.update((d) => void d.wins.push(storedWin(KEPT_TITLE, 'kept')))
  await store.flush()
}

/**
 * Read-only: a tmpfs remounted read-only (EROFS) when mounting is allowed (root); else a folder
 * with mode 0500 (EACCES for a normal user). No permission: mode 0500; as root, on a folder
 * owned by "nobody", started as "nobody". Returns a reason instead when it cannot be made here.
 */
export async function makeUnwritable(kind: UnwritableKind, repoRoot = join(__dirname, '../..')): Promise<Unwritable | { skipped: string }> {
  const root = mkdtempSync(join(tmpdir(), 'loopwise-unwritable-'))
  chmodSync(root, 0o755)
  if (kind === 'read-only disk' && isRoot()) {
    const mount = join(root, 'disk')
    mkdirSync(mount)
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4096k,mode=0755', 'tmpfs', mount], { stdio: 'pipe' })
    } catch (error) {
      return {
        skipped: `cannot mount a tmpfs here (${
          String((error as { stderr?: Buffer }).stderr ?? error)
            .trim()
            .split('\n')[0]
        }); as root, chmod would not block writes`
      }
    }
    const dataDir = join(mount, 'Loopwise')
    await seed(dataDir)
    execFileSync('mount', ['-o', 'remount,ro', mount])
    return {
      dataDir,
      how: 'tmpfs remounted read-only (EROFS)',
      undo: () => {
        execFileSync('umount', ['-l', mount], { stdio: 'pipe' })
        rmSync(root, { recursive: true, force: true })
      }
    }
  }
  const dataDir = join(root, 'Loopwise')
  await seed(dataDir)
  const undo = () => {
    chmodSync(dataDir, 0o700)
    rmSync(root, { recursive: true, force: true })
  }
  if (!isRoot()) {
    chmodSync(dataDir, 0o500)
    return { dataDir, how: 'folder mode 0500 (EACCES)', undo }
  }
  if (canDropOverride()) {
    chmodSync(dataDir, 0o500)
    return { dataDir, withoutOverride: true, how: 'folder mode 0500, started as root without the mode override (setpriv)', undo }
  }
  if (!nobodyCanRun(repoRoot)) {
    undo()
    return { skipped: `as root, setpriv cannot drop the mode override here and "nobody" cannot read the checkout at ${repoRoot}` }
  }
  for (const name of ['', ...readdirSync(dataDir, { recursive: true }).map(String)]) chownSync(join(dataDir, name), NOBODY.uid, NOBODY.gid)
  chmodSync(dataDir, 0o500)
  return { dataDir, runAs: NOBODY, how: 'folder mode 0500, started as "nobody" (root ignores modes)', undo }
}

export interface BrowserMode {
  origin: string
  token: string
  call(route: string, input?: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>
  stop(): Promise<void>
}

/**
 * The real browser-mode entry (src/main/web.ts, through tsx so the tree is what runs) with a
 * fresh HOME that has no ~/.config. `dataDir` null means no --data-dir: the default folder.
 */
export function startBrowserMode(
  repoRoot: string,
  dataDir: string | null,
  options: { runAs?: { uid: number; gid: number }; withoutOverride?: boolean; home?: string } = {}
): Promise<BrowserMode> {
  const parent = mkdtempSync(join(tmpdir(), 'loopwise-home-'))
  chmodSync(parent, 0o755)
  // A fresh HOME: it exists (a new account has one) but holds no ~/.config.
  const home = options.home ?? join(parent, 'home')
  mkdirSync(home, { recursive: true })
  if (options.runAs) chownSync(home, options.runAs.uid, options.runAs.gid)
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, TMPDIR: home }
  delete env.XDG_CONFIG_HOME
  delete env.LOOPWISE_DATA_DIR
  const args = ['--import', 'tsx', join(repoRoot, 'src/main/web.ts'), '--port', '0', ...(dataDir ? ['--data-dir', dataDir] : [])]
  const [command, argv] = options.withoutOverride ? ['setpriv', [...WITHOUT_OVERRIDE, process.execPath, ...args]] : [process.execPath, args]
  const child = spawn(command, argv, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], ...(options.runAs ?? {}) })
  let out = ''
  let err = ''
  child.stderr.on('data', (d) => (err += String(d)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 60 s: ${err.slice(0, 300)}`)), 60_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited ${code}: ${err.trim().slice(0, 400)}`))
    })
    child.stdout.on('data', (d) => {
      out += String(d)
      const m = /Loopwise browser mode: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(out)
      if (!m) return
      clearTimeout(timer)
      const [, origin, token] = m as unknown as [string, string, string]
      resolve({
        origin,
        token,
        call: async (route, input = {}) => {
          const res = await fetch(`${origin}/api/${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(input)
          })
          return (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } }
        },
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit')
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    })
  })
}

export interface ReadOnlyStartOutcome {
  problem: string | null
  how: string
  reason?: string
  saveMessage?: string
  /** Where sample data opened while the data folder could not be written. */
  sampleFolder?: string
}

/** Start browser mode on an unwritable folder: it must start, show the data, say why and where, and refuse saves with STORAGE. */
export async function checkUnwritableStart(repoRoot: string, kind: UnwritableKind): Promise<ReadOnlyStartOutcome | { skipped: string }> {
  const folder = await makeUnwritable(kind, repoRoot)
  if ('skipped' in folder) return folder
  const outcome: ReadOnlyStartOutcome = { problem: null, how: folder.how }
  let app: BrowserMode | null = null
  try {
    app = await startBrowserMode(repoRoot, folder.dataDir, { runAs: folder.runAs, withoutOverride: folder.withoutOverride })
    const status = await app.call('app.status')
    const s = status.data as { readOnly: boolean; readOnlyReason: string | null }
    outcome.reason = s?.readOnlyReason ?? undefined
    if (!status.ok || !s.readOnly) return { ...outcome, problem: 'the status does not say read-only' }
    if (!s.readOnlyReason?.includes(folder.dataDir))
      return { ...outcome, problem: `the reason does not name the folder: ${s.readOnlyReason}` }
    const list = await app.call('wins.list')
    if (!list.ok || !(list.data as Array<{ title: string }>).some((w) => w.title === KEPT_TITLE))
      return { ...outcome, problem: 'the saved win is not shown' }
    const save = await app.call('wins.create', { date: '2026-03-15', title: 'Tried on an unwritable folder' })
    outcome.saveMessage = save.error?.message
    if (save.ok || save.error?.code !== 'STORAGE' || !/^Not saved/.test(save.error.message))
      return { ...outcome, problem: `a save was not refused with STORAGE: ${JSON.stringify(save).slice(0, 200)}` }
    // Sample data must still open (in a temporary folder) and take a save, then hand the user's data back.
    const entered = await app.call('sample.enter')
    const sample = entered.data as { active: boolean; temporary: boolean; folder: string } | undefined
    if (!entered.ok || !sample?.active || !sample.temporary || sample.folder.startsWith(folder.dataDir))
      return { ...outcome, problem: `sample data did not open in a temporary folder: ${JSON.stringify(entered).slice(0, 200)}` }
    const sampleSave = await app.call('wins.create', { date: '2026-03-15', title: 'A sample-mode win' })
    if (!sampleSave.ok) return { ...outcome, problem: `a save in sample mode failed: ${JSON.stringify(sampleSave).slice(0, 200)}` }
    await app.call('sample.leave')
    const back = await app.call('wins.list')
    if (!back.ok || (back.data as Array<{ title: string }>).some((w) => w.title === 'A sample-mode win'))
      return { ...outcome, problem: 'leaving sample data did not return to the user’s own data' }
    outcome.sampleFolder = sample.folder
  } catch (error) {
    return { ...outcome, problem: (error as Error).message }
  } finally {
    await app?.stop()
    folder.undo()
  }
  return outcome
}

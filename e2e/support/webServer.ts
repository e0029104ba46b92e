import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningApp {
  url: string
  origin: string
  token: string
  dataDir: string
  /** The fresh HOME it runs with. */
  home: string
  process: ChildProcess
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export const ROOT = join(__dirname, '..', '..')
/**
 * A data folder that does not exist yet, two levels below a fresh temp folder: what a new
 * user has. Tests that need files in it first (a corrupt file, a remembered port) create it.
 */
export const newDataDir = () => join(mkdtempSync(join(tmpdir(), 'loopwise-e2e-')), 'data', 'Loopwise')
/** A new account's HOME: it exists, and holds no ~/.config. */
export const freshHome = () => {
  const home = join(mkdtempSync(join(tmpdir(), 'loopwise-e2e-home-')), 'home')
  mkdirSync(home)
  return home
}
/** The environment of a new user: fresh HOME, no XDG or Loopwise folder variables. */
export function freshUserEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: freshHome(), ...extra }
  for (const key of ['XDG_CONFIG_HOME', 'LOOPWISE_DATA_DIR']) if (!(key in extra)) delete env[key]
  return env
}

/**
 * Starts the built browser-mode server on a free port and waits for its one line. `dataDir`
 * null starts without --data-dir (the default folder under the fresh HOME).
 */
export function startApp(dataDir: string | null = newDataDir(), extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const args = [join(ROOT, 'out/main/web.js'), '--port', '0', ...(dataDir ? ['--data-dir', dataDir] : [])]
  const env = freshUserEnv(extraEnv)
  const child = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += String(d)))
  return new Promise((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${stderr}`)), 45_000)
    child.on('exit', (code) => reject(new Error(`browser mode exited ${code}: ${stderr}`)))
    child.stdout!.on('data', (d) => {
      stdout += String(d)
      const m = /^Loopwise browser mode: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/m.exec(stdout)
      if (!m) return
      clearTimeout(timer)
      resolve({
        url: `${m[1]}/#token=${m[2]}`,
        origin: m[1]!,
        token: m[2]!,
        dataDir: dataDir ?? join(env.HOME!, '.config', 'Loopwise'),
        home: env.HOME!,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode)
            child.removeAllListeners('exit')
            child.once('exit', (code) => done(code))
            child.kill(signal)
          })
      })
    })
  })
}

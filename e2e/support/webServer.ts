import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningApp {
  url: string
  origin: string
  token: string
  dataDir: string
  process: ChildProcess
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export const ROOT = join(__dirname, '..', '..')
export const newDataDir = () => mkdtempSync(join(tmpdir(), 'loopwise-e2e-'))

/** Starts the built browser-mode server on a free port and waits for its one line. */
export function startApp(dataDir: string = newDataDir(), extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, ...extraEnv },
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
        dataDir,
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

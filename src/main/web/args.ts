import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export interface WebArgs {
  port: number
  dataDir: string
}

/** The folder Electron's app.getPath('userData') uses for "Loopwise", so both modes share data. */
export function defaultDataDir(): string {
  const home = homedir()
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Loopwise')
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Loopwise')
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Loopwise')
}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  let port = 0
  let dataDir = env.LOOPWISE_DATA_DIR || defaultDataDir()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value.`)
      return v
    }
    if (flag === '--port') {
      const v = value()
      port = Number(v)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got "${v}".`)
    } else if (flag === '--data-dir') {
      dataDir = value()
    } else {
      throw new Error(`Unknown option ${arg}. Use --port <n> (0 = any free port) and --data-dir <folder>.`)
    }
  }
  return { port, dataDir: resolve(dataDir) }
}

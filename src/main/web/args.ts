import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface WebArgs {
  /** null: the port remembered in the data folder, else the default (falling back to a free one). */
  port: number | null
  dataDir: string
  /** Open the default browser on the tokenised link once listening. */
  open: boolean
  help: boolean
}

export const WEB_USAGE = `Usage: npm run web -- [--data-dir <folder>] [--port <n>] [--open]

  --data-dir <folder>  where loopwise.json lives (or LOOPWISE_DATA_DIR); default: the desktop app's folder
  --port <n>           listen on this port (0 = any free port); default: the port remembered
                       in the data folder, first 4777, or a free one if that is taken
  --open               open your default browser on the link (with its token)
  --help               this text`

/** The folder Electron's app.getPath('userData') uses for "Loopwise", so both modes share data. */
export function defaultDataDir(): string {
  const home = homedir()
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Loopwise')
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Loopwise')
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Loopwise')
}

/** Browser mode's flags, read with node:util's parseArgs; a mistake is an Error with the usage. */
export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  let values: { port?: string; 'data-dir'?: string; open?: boolean; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }))
  } catch (error) {
    throw new Error(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\n\n${WEB_USAGE}`, { cause: error })
  }
  let port: number | null = null
  if (values.port !== undefined) {
    port = Number(values.port)
    if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}".`)
  }
  if (values['data-dir'] !== undefined && values['data-dir'].trim() === '') throw new Error('--data-dir needs a folder.')
  const dataDir = values['data-dir'] ?? (env.LOOPWISE_DATA_DIR || defaultDataDir())
  return { port, dataDir: resolve(dataDir), open: values.open ?? false, help: values.help ?? false }
}

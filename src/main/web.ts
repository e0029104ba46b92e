import { join } from 'node:path'
import { createCore } from './core/app/createCore'
import { DataFolderLockedError } from './core/store/lock'
import { parseWebArgs, WEB_USAGE } from './web/args'
import { startWebServer } from './web/httpServer'
import { APP_VERSION } from './version'
import { BrowserSecretStore } from './core/base/secrets/SecretStore'
import { openBrowser } from './web/openBrowser'
import { preferredPort, rememberPort } from './web/port'

// Browser mode entry: `npm run web -- --data-dir <folder> [--port <n>] [--open]`.
async function main() {
  let args
  try {
    args = parseWebArgs(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(2)
  }
  if (args.help) {
    process.stdout.write(`${WEB_USAGE}\n`)
    process.exit(0)
  }
  let core
  try {
    // The key is read once and removed from the environment, so nothing spawned later inherits it.
    const envKey = process.env.OPENAI_API_KEY
    delete process.env.OPENAI_API_KEY
    core = await createCore({ dataDir: args.dataDir, mode: 'browser', version: APP_VERSION, secrets: new BrowserSecretStore(envKey) })
  } catch (error) {
    const message =
      error instanceof DataFolderLockedError ? error.message : `Loopwise could not open ${args.dataDir}: ${(error as Error).message}`
    process.stderr.write(`${message}\n`)
    process.exit(1)
  }
  // Same address every run: the port remembered for this folder (first 4777), else a free one.
  const port = args.port ?? (await preferredPort(args.dataDir))
  let web
  try {
    web = await startWebServer({ core, rendererDir: join(__dirname, '../renderer'), port, fallbackToFreePort: args.port === null })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    await core.close()
    process.exit(1)
  }
  process.stdout.write(`Loopwise browser mode: ${web.url}\n`)
  if (args.port === null && web.port !== port) {
    process.stderr.write(`Port ${port} was taken; using ${web.port} from now on for this data folder.\n`)
    const problem = await rememberPort(args.dataDir, web.port)
    if (problem) process.stderr.write(`${problem}\n`)
  }
  process.stderr.write('The link holds a new token each run: an old bookmark or tab shows a locked page until you open this one.\n')
  if (args.open) void openBrowser(web.url).then((problem) => problem && process.stderr.write(`${problem}\n`))

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await web.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()

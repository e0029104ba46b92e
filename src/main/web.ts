import { join } from 'node:path'
import { createCore } from './core/createCore'
import { DataFolderLockedError } from './core/store/lock'
import { parseWebArgs } from './web/args'
import { startWebServer } from './web/httpServer'
import { APP_VERSION } from './version'
import { BrowserSecretStore } from './core/secrets/SecretStore'

// Browser mode entry: `npm run web -- --port 0 --data-dir <folder>`.
async function main() {
  let args
  try {
    args = parseWebArgs(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(2)
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
  const web = await startWebServer({ core, rendererDir: join(__dirname, '../renderer'), port: args.port })
  process.stdout.write(`Loopwise browser mode: ${web.url}\n`)

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

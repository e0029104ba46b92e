import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../core/app/createCore'
import { parseWebArgs } from './args'
import { startWebServer } from './httpServer'
import { openBrowser, openCommand } from './openBrowser'
import { PORT_FILE_NAME, preferredPort, rememberPort } from './port'

describe('web CLI flags (node:util parseArgs)', () => {
  const env = { LOOPWISE_DATA_DIR: '/tmp/from-env' }
  it('reads --data-dir, --port, --open, and = forms; no --port means the remembered/default port', () => {
    expect(parseWebArgs([], env)).toEqual({ port: null, dataDir: '/tmp/from-env', open: false, help: false })
    expect(parseWebArgs(['--data-dir', '/tmp/x', '--port', '0', '--open'], env)).toEqual({
      port: 0,
      dataDir: '/tmp/x',
      open: true,
      help: false
    })
    expect(parseWebArgs(['--port=5123', '--data-dir=rel'], {}).dataDir).toBe(join(process.cwd(), 'rel'))
    expect(parseWebArgs(['-h'], env).help).toBe(true)
  })
  it('refuses mistakes with the usage', () => {
    expect(() => parseWebArgs(['--prot', '1'], env)).toThrow(/Unknown option '--prot'[\s\S]*Usage: npm run web -- /)
    expect(() => parseWebArgs(['stray'], env)).toThrow(/Usage/)
    expect(() => parseWebArgs(['--port', '70000'], env)).toThrow('--port must be a whole number from 0 to 65535, got "70000".')
    expect(() => parseWebArgs(['--port', ''], env)).toThrow(/--port must be/)
    expect(() => parseWebArgs(['--port'], env)).toThrow(/argument missing/)
    expect(() => parseWebArgs(['--open=yes'], env)).toThrow(/does not take an argument/)
  })
})

/** A port that was free a moment ago. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

describe('the remembered port', () => {
  let core: Core
  let dataDir: string
  let blocker: Server
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lw-port-'))
    core = await createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false })
  })
  afterAll(async () => {
    blocker?.close()
    await core.close()
  })

  it('is the default until one is remembered, then the remembered one', async () => {
    expect(await preferredPort(dataDir, 4777)).toBe(4777)
    const port = await freePort()
    expect(await rememberPort(dataDir, port)).toBeNull()
    expect(JSON.parse(readFileSync(join(dataDir, PORT_FILE_NAME), 'utf8'))).toEqual({ port })
    expect(await preferredPort(dataDir)).toBe(port)
    const web = await startWebServer({ core, rendererDir: dataDir, port: await preferredPort(dataDir), fallbackToFreePort: true })
    expect(web.port).toBe(port)
    await web.close()
    writeFileSync(join(dataDir, PORT_FILE_NAME), '{"port":"nope"}')
    expect(await preferredPort(dataDir, 4777)).toBe(4777)
  })

  it('falls back to a free port when the preferred one is taken; an explicit port that is taken is a clear error', async () => {
    const taken = await freePort()
    blocker = createServer().listen(taken, '127.0.0.1')
    await new Promise((r) => blocker.once('listening', r))
    const web = await startWebServer({ core, rendererDir: dataDir, port: taken, fallbackToFreePort: true })
    expect(web.port).not.toBe(taken)
    expect(web.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${web.port}/#token=`))
    await web.close()
    await expect(startWebServer({ core, rendererDir: dataDir, port: taken })).rejects.toThrow(
      `Port ${taken} on 127.0.0.1 is already in use. Pick another with --port <n>, or --port 0 for any free port.`
    )
  })

  it('a read-only data folder still runs; remembering just says it could not', async () => {
    if (process.getuid?.() === 0) {
      // Root ignores folder permissions: use a path whose parent is a file instead.
      const file = join(dataDir, 'not-a-folder')
      writeFileSync(file, '')
      expect(await rememberPort(join(file, 'sub'), 5000)).toMatch(/^Could not remember port 5000 in .*\(ENOTDIR\)/)
    } else {
      const ro = mkdtempSync(join(tmpdir(), 'lw-port-ro-'))
      chmodSync(ro, 0o500)
      expect(await rememberPort(ro, 5000)).toMatch(/^Could not remember port 5000 in .*\(EACCES\)/)
    }
  })
})

describe('--open', () => {
  const url = 'http://127.0.0.1:4777/#token=abc'
  it('uses the platform opener', () => {
    expect(openCommand(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] })
    expect(openCommand(url, 'darwin')).toEqual({ command: 'open', args: [url] })
    expect(openCommand(url, 'win32')).toEqual({ command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] })
  })

  it('hands the tokenised link to the opener', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'lw-open-'))
    const out = join(bin, 'opened.txt')
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${out}"\n`, { mode: 0o755 })
    expect(await openBrowser(url, { platform: 'linux', env: { ...process.env, PATH: bin } })).toBeNull()
    await vi.waitFor(() => expect(existsSync(out) && readFileSync(out, 'utf8')).toBe(url))
  })

  it('never fails without an opener or a browser: it returns a sentence to print', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lw-open-'))
    expect(await openBrowser(url, { platform: 'linux', env: { PATH: empty } })).toBe(
      'Could not open a browser: "xdg-open" was not found. Open the link above yourself.'
    )
    const failing = mkdtempSync(join(tmpdir(), 'lw-open-'))
    mkdirSync(failing, { recursive: true })
    writeFileSync(join(failing, 'xdg-open'), '#!/bin/sh\necho "no method available for opening" >&2\nexit 3\n', { mode: 0o755 })
    expect(await openBrowser(url, { platform: 'linux', env: { PATH: failing } })).toBe(
      '"xdg-open" could not open a browser (exit 3); open the link above yourself.'
    )
  })
})

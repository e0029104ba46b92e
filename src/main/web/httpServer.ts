import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import type { ErrorCode, Result } from '../../shared/api/result'
import type { Core } from '../core/app/createCore'
import { StaticFiles } from './staticFiles'

export const MAX_BODY_BYTES = 25 * 1024 * 1024

const STATUS_FOR: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  READ_ONLY: 409,
  STORAGE: 507,
  UNAVAILABLE: 503,
  PROVIDER: 502,
  CANCELLED: 409,
  INTERNAL: 500
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

export interface WebServerOptions {
  core: Core
  rendererDir: string
  port: number
  /** When `port` is taken, listen on any free port instead of failing (the default port's case). */
  fallbackToFreePort?: boolean
  token?: string
}

export interface RunningWebServer {
  server: Server
  port: number
  token: string
  url: string
  close(): Promise<void>
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Result<never>)

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('too-large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Browser mode: the same core behind loopback HTTP. Binds 127.0.0.1 only; every API call
 * needs the per-run token; the Host header must name the loopback address (so a DNS
 * rebinding page cannot reach it); no CORS headers are ever sent.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const { core, rendererDir } = options
  let port = 0
  const sseClients = new Set<ServerResponse>()
  const staticFiles = new StaticFiles(rendererDir)
  // Compressed ahead of the first page load, off the event loop; a request before then compresses on demand.
  void staticFiles.warm()

  const authorized = (req: IncomingMessage, url: URL) => {
    const header = req.headers.authorization ?? ''
    const bearer = header.startsWith('Bearer ') ? header.slice(7) : ''
    return sameSecret(bearer || url.searchParams.get('token') || '', token)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return refuse(res, 403, 'VALIDATION', 'Forbidden host.')
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return refuse(res, 405, 'VALIDATION', 'Use GET.')
      if (!authorized(req, url)) return refuse(res, 401, 'VALIDATION', 'Missing or wrong token.')
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive'
      })
      res.write(': connected\n\n')
      sseClients.add(res)
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000)
      req.on('close', () => {
        clearInterval(heartbeat)
        sseClients.delete(res)
      })
      return
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', 'Use POST with a JSON body.')
      // Checked in constant time, before the body is read.
      if (!authorized(req, new URL('http://x/'))) return refuse(res, 401, 'VALIDATION', 'Missing or wrong token.')
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'VALIDATION', 'Send the input as application/json.')
      }
      let input: unknown
      try {
        const text = await readBody(req)
        input = text.trim() === '' ? {} : JSON.parse(text)
      } catch (error) {
        return (error as Error).message === 'too-large'
          ? refuse(res, 413, 'VALIDATION', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`)
          : refuse(res, 400, 'VALIDATION', 'The request body is not valid JSON.')
      }
      const route = safeDecode(url.pathname.slice('/api/'.length))
      if (route === null) return refuse(res, 400, 'VALIDATION', 'The route name is not valid.')
      const result = await core.dispatch(route, input, { transport: 'http' })
      return sendJson(res, result.ok ? 200 : STATUS_FOR[result.error.code], result)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'VALIDATION', 'Method not allowed.')
    return serveStatic(req, res, staticFiles, rendererDir, url.pathname)
  }

  // One bad request must never take the server down: a throw anywhere in a handler would
  // otherwise be an unhandled rejection, which ends the process (and any save in flight).
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 400, 'VALIDATION', 'The request could not be understood.')
      else res.destroy()
    })
  })

  const unsubscribe = core.events.subscribe((envelope) => {
    const frame = `data: ${JSON.stringify(envelope)}\n\n`
    for (const client of sseClients) client.write(frame)
  })

  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error)
      server.once('error', onError)
      server.listen(p, '127.0.0.1', () => {
        server.off('error', onError)
        resolve()
      })
    })
  try {
    await listen(options.port)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' && options.fallbackToFreePort && options.port !== 0) await listen(0)
    else {
      unsubscribe()
      throw code === 'EADDRINUSE'
        ? new Error(`Port ${options.port} on 127.0.0.1 is already in use. Pick another with --port <n>, or --port 0 for any free port.`)
        : error
    }
  }
  port = (server.address() as AddressInfo).port

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      unsubscribe()
      for (const client of sseClients) client.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Close open connections now: idle keep-alive sockets, or an EventSource reconnecting on
      // one, would otherwise keep close() waiting forever.
      server.closeAllConnections()
      await closed
    }
  }
}

/** decodeURIComponent throws on malformed escapes such as `%E0%A4%A`; a request must not. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, files: StaticFiles, root: string, pathname: string) {
  const decoded = safeDecode(pathname)
  if (decoded === null) return refuse(res, 404, 'NOT_FOUND', 'Not found.')
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  let file = join(root, relative || 'index.html')
  if (!file.startsWith(root + sep) && file !== root) return refuse(res, 404, 'NOT_FOUND', 'Not found.')
  if (file === root) file = join(root, 'index.html')
  let sent
  try {
    sent = await files.read(file, req.headers['accept-encoding'])
  } catch {
    return refuse(res, 404, 'NOT_FOUND', 'Not found.')
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Length': sent.body.length,
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    ...(sent.encoding !== 'identity' ? { 'Content-Encoding': sent.encoding } : {}),
    ...(sent.negotiated ? { Vary: 'Accept-Encoding' } : {})
  })
  res.end(req.method === 'HEAD' ? undefined : sent.body)
}

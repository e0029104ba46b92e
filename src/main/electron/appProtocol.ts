import { realpath, readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/**
 * The packed renderer is served from `app://loopwise/…` instead of file://, so the page has one
 * real origin (the IPC sender check compares exactly that) and can read nothing but its own files.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'loopwise'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * standard: relative URLs and an origin; secure: a secure context like https. Deliberately not
 * corsEnabled (other origins can't read it), not bypassCSP, no service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

type RendererRequest = { url: string; method: string }

/** The two calls of Electron's `protocol` used here (so tests can hand in a fake). */
interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void
  handle(scheme: string, handler: (request: RendererRequest) => Promise<Response>): void
}

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])
}

/** After ready: answer every app:// request from `rendererDir` and nowhere else. */
export function serveRenderer(protocol: Pick<ProtocolLike, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir))
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

export type ResolvedRequest = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 | 405 }

/**
 * Maps a request to a file inside `rendererDir`, or to the refusal status. Checked in layers, each
 * enough on its own: the origin, the decoded path's characters and segments, the resolved path,
 * and finally the real path (so a symlink inside the folder cannot lead outside it).
 */
export async function resolveRendererRequest(rendererDir: string, request: RendererRequest): Promise<ResolvedRequest> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { ok: false, status: 405 }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return { ok: false, status: 403 }

  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  // Backslashes are separators on Windows and ':' starts a drive or an NTFS stream there.
  if (/[\0\\:]/.test(path)) return { ok: false, status: 403 }
  const segments = path.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 }
  if (segments.length === 0) segments.push('index.html')

  const root = resolve(rendererDir)
  const candidate = resolve(root, ...segments)
  if (!isInside(root, candidate)) return { ok: false, status: 403 }

  let real: string
  try {
    real = await realpath(candidate)
    if (!isInside(await realpath(root), real)) return { ok: false, status: 403 }
    if (!(await stat(real)).isFile()) return { ok: false, status: 404 }
  } catch {
    return { ok: false, status: 404 }
  }
  return { ok: true, file: real }
}

export function createRendererHandler(rendererDir: string): (request: RendererRequest) => Promise<Response> {
  return async (request) => {
    const resolved = await resolveRendererRequest(rendererDir, request)
    if (!resolved.ok) return refusal(resolved.status)
    let body: Buffer
    try {
      body = await readFile(resolved.file)
    } catch {
      return refusal(404)
    }
    const type = CONTENT_TYPES[extname(resolved.file).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache'
    }
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff' } })
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/app/createCore'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { startWebServer, type RunningWebServer } from './httpServer'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw node:http so the test controls every header, including Host. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers, setHost: false },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

let dataDir: string
let core: Core
let web: RunningWebServer
let host: string
const auth = () => ({ Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json', Host: host })
const storeBytes = () => readFileSync(join(dataDir, 'loopwise.json'))

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'loopwise-http-'))
  const rendererDir = join(dataDir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dataDir, 'secret.txt'), 'outside the renderer folder')
  core = await createCore({ dataDir, mode: 'browser', version: 'test', logger: { info() {}, warn() {}, error() {} } })
  web = await startWebServer({ core, rendererDir, port: 0 })
  host = `127.0.0.1:${web.port}`
})

afterAll(async () => {
  await web.close()
  await core.close()
})

const win = { date: '2026-03-14', title: 'Shipped the thing' }

describe('browser mode API', () => {
  it('binds to loopback only', () => {
    const address = web.server.address()
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
  })

  it('answers a call with the right token and Host', async () => {
    const reply = await send(web.port, { path: '/api/app.info', headers: auth(), body: '{}' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { mode: 'browser' } })
  })

  it.each([
    ['no token', {}],
    ['an empty bearer', { Authorization: 'Bearer ' }],
    ['a wrong token', { Authorization: 'Bearer wrong' }],
    ['a token one character short', { Authorization: `Bearer ${'x'}` }],
    ['the token without "Bearer"', 'raw']
  ])('refuses %s with 401 and changes nothing', async (_label, extra) => {
    const before = storeBytes()
    const headers: Record<string, string> = extra === 'raw' ? { Authorization: web.token } : { ...(extra as Record<string, string>) }
    const reply = await send(web.port, {
      path: '/api/wins.create',
      headers: { ...headers, Host: host, 'Content-Type': 'application/json' },
      body: JSON.stringify(win)
    })
    expect(reply.status).toBe(401)
    expect(storeBytes().equals(before)).toBe(true)
  })

  it('does not take the token from the query string for API calls', async () => {
    const reply = await send(web.port, {
      path: `/api/wins.list?token=${web.token}`,
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(reply.status).toBe(401)
  })

  it.each(['evil.test', `evil.test:${0}`, 'localhost.evil.test', '127.0.0.1', '127.0.0.1:1', '0.0.0.0', '[::1]'])(
    'refuses a foreign Host header %s with 403, even with the token',
    async (foreign) => {
      const value = foreign.endsWith(':0') ? foreign.replace(':0', `:${web.port}`) : foreign
      const reply = await send(web.port, { path: '/api/app.info', headers: { ...auth(), Host: value }, body: '{}' })
      expect(reply.status).toBe(403)
    }
  )

  it('refuses a cross-origin request that carries no token, and never sends CORS headers', async () => {
    const before = storeBytes()
    const simple = await send(web.port, {
      path: '/api/wins.create',
      headers: { Host: host, Origin: 'https://evil.test', 'Content-Type': 'text/plain' },
      body: JSON.stringify(win)
    })
    expect(simple.status).toBe(401)
    const preflight = await send(web.port, {
      method: 'OPTIONS',
      path: '/api/wins.create',
      headers: { Host: host, Origin: 'https://evil.test', 'Access-Control-Request-Method': 'POST' }
    })
    expect(preflight.status).toBeGreaterThanOrEqual(400)
    const ok = await send(web.port, { path: '/api/app.info', headers: { ...auth(), Origin: 'https://evil.test' }, body: '{}' })
    for (const reply of [simple, preflight, ok]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
    }
    expect(storeBytes().equals(before)).toBe(true)
  })

  it('refuses the event stream without the token', async () => {
    const reply = await send(web.port, { method: 'GET', path: '/api/events', headers: { Host: host } })
    expect(reply.status).toBe(401)
  })

  it('rejects a body that is not JSON or not application/json', async () => {
    expect((await send(web.port, { path: '/api/wins.create', headers: auth(), body: '{"date":' })).status).toBe(400)
    const plain = await send(web.port, { path: '/api/wins.create', headers: { ...auth(), 'Content-Type': 'text/plain' }, body: '{}' })
    expect(plain.status).toBe(415)
  })

  it('survives malformed percent-escapes and odd request targets without a token', async () => {
    // decodeURIComponent('%E0%A4%A') throws; unhandled, it ended the whole process.
    for (const path of ['/%E0%A4%A', '/%', '/assets/%C0%AF', '/api/%E0%A4%A', '/api/%', 'http://[/']) {
      const method = path.startsWith('/api/') ? 'POST' : 'GET'
      const reply = await send(web.port, { method, path, headers: method === 'POST' ? auth() : { Host: host } })
      expect(reply.status, path).toBeGreaterThanOrEqual(400)
      expect(reply.status, path).toBeLessThan(500)
    }
    const still = await send(web.port, { path: '/api/app.info', headers: auth(), body: '{}' })
    expect(still.status).toBe(200)
  })

  it('serves pages with the CSP and never anything outside the renderer folder', async () => {
    const page = await send(web.port, { method: 'GET', path: '/', headers: { Host: host } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/loopwise.json']) {
      const reply = await send(web.port, { method: 'GET', path, headers: { Host: host } })
      expect(reply.body, path).not.toContain('outside the renderer folder')
      expect(reply.status, path).toBe(404)
    }
  })
})

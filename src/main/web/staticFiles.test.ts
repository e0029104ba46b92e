import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/app/createCore'
import { startWebServer, type RunningWebServer } from './httpServer'
import { pickEncoding } from './staticFiles'

describe('pickEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['BR', 'br'],
    ['gzip;q=bogus', 'identity']
  ] as const)('%s → %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected)
  })
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

const get = (port: number, path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })

describe('browser mode serves the renderer compressed', () => {
  let root: string
  let core: Core
  let web: RunningWebServer
  // Repetitive, like a real bundle: compresses well, so a wrong encoding cannot pass by size.
  const script = 'export const words = ' + JSON.stringify(Array.from({ length: 4000 }, (_, i) => `word${i % 97}`)) + '\n'

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'loopwise-static-'))
    const rendererDir = join(root, 'renderer')
    mkdirSync(join(rendererDir, 'assets'), { recursive: true })
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(rendererDir, 'assets', 'app.js'), script)
    writeFileSync(join(rendererDir, 'assets', 'icon.png'), Buffer.alloc(4096, 7))
    core = await createCore({ dataDir: root, mode: 'browser', version: 'test', logger: { info() {}, warn() {}, error() {} } })
    web = await startWebServer({ core, rendererDir, port: 0 })
  })

  afterAll(async () => {
    await web?.close()
    await core?.close()
  })

  it('sends brotli when accepted, and the bytes decode to the file', async () => {
    const reply = await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe('br')
    expect(reply.headers.vary).toBe('Accept-Encoding')
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.body.length).toBeLessThan(script.length / 3)
    expect(brotliDecompressSync(reply.body).toString()).toBe(script)
  })

  it('sends gzip to a client without brotli, and plain bytes to one that accepts neither', async () => {
    const gz = await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)
    const plain = await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('leaves images and tiny files alone', async () => {
    const png = await get(web.port, '/assets/icon.png', { 'Accept-Encoding': 'br' })
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.body.length).toBe(4096)
    const html = await get(web.port, '/', { 'Accept-Encoding': 'br' })
    expect(html.headers['content-encoding']).toBeUndefined()
    expect(html.headers['cache-control']).toBe('no-store')
  })

  it('answers HEAD with the headers and no body', async () => {
    const head = await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    expect(head.body.length).toBe(0)
  })

  it('serves a file rebuilt while running, not the old bytes', async () => {
    const file = join(root, 'renderer', 'assets', 'app.js')
    await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'br' })
    const rebuilt = script.replace('word1', 'rebuilt') + '// rebuilt\n'
    writeFileSync(file, rebuilt)
    const reply = await get(web.port, '/assets/app.js', { 'Accept-Encoding': 'br' })
    expect(brotliDecompressSync(reply.body).toString()).toBe(rebuilt)
  })

  it('still refuses paths outside the renderer folder and missing files', async () => {
    expect((await get(web.port, '/../loopwise.json')).status).toBe(404)
    expect((await get(web.port, '/%2e%2e/loopwise.json')).status).toBe(404)
    expect((await get(web.port, '/assets')).status).toBe(404)
    expect((await get(web.port, '/assets/missing.js', { 'Accept-Encoding': 'br' })).status).toBe(404)
  })
})

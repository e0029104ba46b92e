import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export type Encoding = 'br' | 'gzip' | 'identity'

/** Text types shrink 3–5×; images and fonts are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.map'])
/** Below this, the headers cost more than the bytes saved. */
const MIN_COMPRESS_BYTES = 1024

/**
 * The encoding to send for an Accept-Encoding header: brotli, then gzip, then none. A coding
 * with q=0 is refused, and `*` stands for any coding not named.
 */
export function pickEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity'
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(name, Number.isFinite(value) ? value : 0)
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0
  const candidates = (['br', 'gzip'] as const).filter((name) => weight(name) > 0)
  if (candidates.length === 0) return 'identity'
  return candidates.reduce((best, name) => (weight(name) > weight(best) ? name : best))
}

interface Entry {
  key: string
  raw: Buffer
  variants: Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>
}

export interface StaticBody {
  body: Buffer
  encoding: Encoding
  /** Whether other encodings of the same file exist, so caches must key on Accept-Encoding. */
  negotiated: boolean
}

/**
 * The renderer's files, compressed once and kept: browser mode serves the same few hundred KB on
 * every start, so each file is brotli- and gzip-compressed on first need (or ahead of time by
 * warm()) off the event loop, then served from memory. A file that changed on disk (a rebuild
 * while running) is read and compressed again.
 */
export class StaticFiles {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly root: string) {}

  /** Compress every text asset ahead of the first page load; failures only mean "later". */
  async warm(): Promise<void> {
    const files = await listFiles(this.root).catch(() => [] as string[])
    for (const file of files) {
      if (!COMPRESSIBLE.has(extname(file))) continue
      const entry = await this.entry(file).catch(() => null)
      if (entry && entry.raw.length >= MIN_COMPRESS_BYTES) {
        await Promise.all([this.variant(entry, 'br'), this.variant(entry, 'gzip')]).catch(() => undefined)
      }
    }
  }

  /** The bytes to send for `file` (a path already checked to be inside the root). Throws when missing. */
  async read(file: string, acceptEncoding: string | undefined): Promise<StaticBody> {
    const entry = await this.entry(file)
    const negotiated = COMPRESSIBLE.has(extname(file)) && entry.raw.length >= MIN_COMPRESS_BYTES
    if (!negotiated) return { body: entry.raw, encoding: 'identity', negotiated }
    const encoding = pickEncoding(acceptEncoding)
    if (encoding === 'identity') return { body: entry.raw, encoding, negotiated }
    return { body: await this.variant(entry, encoding), encoding, negotiated }
  }

  private async entry(file: string): Promise<Entry> {
    const info = await stat(file)
    if (!info.isFile()) throw new Error('not a file')
    const key = `${info.size}:${info.mtimeMs}`
    const cached = this.entries.get(file)
    if (cached && cached.key === key) return cached
    const entry: Entry = { key, raw: await readFile(file), variants: new Map() }
    this.entries.set(file, entry)
    return entry
  }

  private variant(entry: Entry, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
    let pending = entry.variants.get(encoding)
    if (!pending) {
      pending =
        encoding === 'br'
          ? brotli(entry.raw, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: 9,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length
              }
            })
          : gzipAsync(entry.raw, { level: 9 })
      // A failed compression is retried next time rather than cached.
      pending.catch(() => entry.variants.delete(encoding))
      entry.variants.set(encoding, pending)
    }
    return pending
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, item.name)
    if (item.isDirectory()) out.push(...(await listFiles(path)))
    else if (item.isFile()) out.push(path)
  }
  return out
}

import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void
  warn(message: string, meta?: Record<string, unknown>): void
  error(message: string, meta?: Record<string, unknown>): void
}

// Strings that look like API keys never reach the log, whatever a caller passes in.
const KEY_PATTERN = /\b(sk-[A-Za-z0-9_-]{6,}|Bearer\s+[A-Za-z0-9._-]{8,})/g
export const redact = (text: string) => text.replace(KEY_PATTERN, '[redacted]')

/**
 * A small JSON-lines log in `<dataDir>/logs/loopwise.log` for bug reports: routes, timings,
 * status codes. Callers pass metadata, never the user's text.
 */
export function createLogger(dataDir: string, options: { echo?: boolean } = {}): Logger {
  const dir = join(dataDir, 'logs')
  const file = join(dir, 'loopwise.log')
  const write = (level: string, message: string, meta?: Record<string, unknown>) => {
    const line = redact(JSON.stringify({ t: new Date().toISOString(), level, message, ...meta }))
    try {
      mkdirSync(dir, { recursive: true })
      appendFileSync(file, `${line}\n`, { mode: 0o600 })
    } catch {
      // Logging must never take the app down (a read-only folder is reported by the store).
    }
    if (options.echo) process.stderr.write(`${line}\n`)
  }
  return {
    info: (m, meta) => write('info', m, meta),
    warn: (m, meta) => write('warn', m, meta),
    error: (m, meta) => write('error', m, meta)
  }
}

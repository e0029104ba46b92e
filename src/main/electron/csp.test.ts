import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([name, ...values]) => [name!, values] as const)
)

/** Inline scripts and inline event handlers in an HTML page (what script-src 'self' would block). */
function inlineScriptsIn(html: string): string[] {
  const found: string[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(m[1]!) || m[2]!.trim() !== '') found.push(m[0].slice(0, 80))
  }
  for (const m of html.matchAll(/\son[a-z]+\s*=\s*["']/gi)) found.push(m[0])
  if (/javascript:/i.test(html)) found.push('javascript: URL')
  return found
}

describe('content security policy', () => {
  it('never allows eval, inline scripts or foreign script sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/)
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('talks only to its own origin and has no wildcard anywhere', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"])
    for (const [name, values] of directives) {
      for (const value of values) expect(value, name).not.toMatch(/^\*|^https?:$|^http:|^ws:/)
    }
  })

  it('is met by the page: no inline script or handler in index.html', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8')
    expect(inlineScriptsIn(html)).toEqual([])
    // The detector itself must see what it is looking for.
    expect(inlineScriptsIn('<script>alert(1)</script>')).toHaveLength(1)
    expect(inlineScriptsIn('<img src=x onerror="alert(1)">')).toHaveLength(1)
    expect(inlineScriptsIn('<script type="module" src="./a.js"></script>')).toEqual([])
  })
})

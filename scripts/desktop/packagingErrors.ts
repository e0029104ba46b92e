/**
 * Turns a packaging failure into a few lines a person can act on, instead of a stack trace.
 * The common case on machines without internet: electron-builder cannot download Electron.
 */
export interface PackagingContext {
  platform: NodeJS.Platform
  electronVersion: string
}

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'CERT_HAS_EXPIRED'
])

function causeChain(error: unknown): Array<{ code?: string; message: string; name?: string }> {
  const chain: Array<{ code?: string; message: string; name?: string }> = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown }
    chain.push({
      code: typeof e.code === 'string' ? e.code : undefined,
      message: typeof e.message === 'string' ? e.message : String(current),
      name: typeof e.name === 'string' ? e.name : undefined
    })
    current = e.cause
  }
  return chain
}

export function isNetworkFailure(error: unknown): boolean {
  return causeChain(error).some(
    (e) =>
      (e.code !== undefined && NETWORK_CODES.has(e.code)) ||
      e.name === 'RequestError' ||
      e.name === 'HTTPError' ||
      /getaddrinfo|socket hang up|network|unable to download|cannot download/i.test(e.message)
  )
}

/** The first line of the innermost message, without paths to stack frames. */
function summary(error: unknown): string {
  const chain = causeChain(error)
  const message = chain[chain.length - 1]?.message ?? 'unknown error'
  return message.split('\n')[0]!.trim()
}

export function explainPackagingError(error: unknown, context: PackagingContext): string {
  const os = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' }[context.platform as string] ?? context.platform
  if (isNetworkFailure(error)) {
    return [
      `npm run dist: could not build the ${os} installer — electron-builder could not download Electron ${context.electronVersion} (${summary(error)}).`,
      'Packaging needs Electron’s release archive (and, for AppImage/deb/NSIS, electron-builder’s packaging tools), which this machine cannot reach.',
      'Installers are built by release CI on a tag (.github/workflows/release.yml); see docs/desktop.md for building on a machine with internet.',
      'Everything that can be checked without the binary is checked by `npm test` (config, fuses, packed files, app:// paths).'
    ].join('\n')
  }
  return [
    `npm run dist: could not build the ${os} installer — ${summary(error)}`,
    'Run `DEBUG=electron-builder npm run dist` for electron-builder’s full log; docs/desktop.md lists what each platform needs.'
  ].join('\n')
}

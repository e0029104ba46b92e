/**
 * What app.asar may and may not hold. Used on the file list electron-builder computes from the
 * config (packedFiles.test.ts) and on real archives (scripts/desktop/verifyPackaged.ts).
 */

/** Never shipped: tests, scripts, docs, source maps, e2e, sources, CI files. */
export const FORBIDDEN_IN_PACKAGE: ReadonlyArray<readonly [string, RegExp]> = [
  ['source map', /\.map$/i],
  ['test file', /\.(test|spec)\.[cm]?[jt]sx?$/i],
  ['TypeScript source', /(?<!\.d)\.[cm]?tsx?$/i],
  ['test folder', /(^|\/)(tests?|__tests__|__mocks__)\//i],
  ['e2e folder', /(^|\/)e2e\//i],
  ['docs', /(^|\/)docs?\/|\.(md|markdown)$/i],
  ['scripts folder', /^scripts\//],
  ['source folder', /^src\//],
  ['CI configuration', /(^|\/)\.github\//]
]

/** The app does not start without these. */
export const REQUIRED_IN_PACKAGE = ['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'] as const

/** Paths relative to the archive root, with forward slashes, e.g. `out/main/index.js`. */
export function packageViolations(files: readonly string[]): string[] {
  return files.flatMap((file) => FORBIDDEN_IN_PACKAGE.filter(([, pattern]) => pattern.test(file)).map(([what]) => `${what}: ${file}`))
}

import { spawn } from 'node:child_process'

/** The platform's "open this URL with the default browser" command. */
export function openCommand(url: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  // Not `cmd /c start`: that goes through cmd's own parsing of & and quotes.
  if (platform === 'win32') return { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] }
  return { command: 'xdg-open', args: [url] }
}

/**
 * Opens the default browser on `url`, never failing: no opener on PATH, no browser, or a
 * headless machine gives a sentence to print instead (the link is printed anyway). Resolves
 * once the opener has been started (or has failed to start), not when the browser closes.
 */
export function openBrowser(url: string, options: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv } = {}): Promise<string | null> {
  const { command, args } = openCommand(url, options.platform)
  return new Promise((resolve) => {
    let child
    try {
      child = spawn(command, args, { detached: true, stdio: 'ignore', env: options.env ?? process.env, windowsHide: true })
    } catch (error) {
      return resolve(`Could not open a browser (${(error as Error).message}); open the link above yourself.`)
    }
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'ENOENT'
          ? `Could not open a browser: "${command}" was not found. Open the link above yourself.`
          : `Could not open a browser (${error.message}); open the link above yourself.`
      )
    )
    child.once('spawn', () => {
      // xdg-open with no browser behind it exits non-zero at once: report that too.
      const timer = setTimeout(() => resolve(null), 1500)
      child.once('exit', (code) => {
        clearTimeout(timer)
        resolve(code ? `"${command}" could not open a browser (exit ${code}); open the link above yourself.` : null)
      })
      child.unref()
    })
  })
}

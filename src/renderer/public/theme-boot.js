// Runs before the first paint: the saved light/dark/system choice goes on <html> at once, so
// a dark app never flashes white while the bundle loads. Mantine keeps the same attribute and
// storage key afterwards (src/renderer/src/app/colorScheme.ts). A plain file: the CSP allows
// no inline script.
/* global window, document */
;(function () {
  try {
    var saved = window.localStorage.getItem('loopwise-color-scheme')
    var dark = saved === 'dark' || (saved !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
    var scheme = dark ? 'dark' : 'light'
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme)
    document.documentElement.style.colorScheme = scheme
  } catch {
    // No storage (a locked-down profile): Mantine follows the system once it starts.
  }
})()

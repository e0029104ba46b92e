import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp'

// The CSP meta tag goes into built pages only: the dev server's React refresh
// preamble is an inline script that a strict policy would (rightly) block.
function cspInBuild(): Plugin {
  return {
    name: 'loopwise-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
    }
  }
}

const alias = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // lowdb, steno, marked and mdast-util-to-markdown are ESM-only; the main bundle is CommonJS, so they are bundled in.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'marked', 'mdast-util-to-markdown'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...alias, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react(), cspInBuild()],
    build: {
      // electron-vite leaves output readable by default; the page loads faster minified.
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})

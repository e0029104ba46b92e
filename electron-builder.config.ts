import type { Configuration } from 'electron-builder'

/**
 * Installers for Loopwise. `npm run dist` builds the current OS's targets; release CI builds all
 * three (.github/workflows/release.yml). Checked by src/main/electron/packaging/*.test.ts against
 * electron-builder's own schema; docs/desktop.md explains building and signing.
 */
const config: Configuration = {
  appId: 'com.loopwise.desktop',
  productName: 'Loopwise',
  copyright: 'Copyright © Loopwise',
  // Icons are ready-made in resources/ (scripts/icons.ts), so electron-builder never needs its
  // icon-conversion toolset, and resources/ itself is never packed into the app.
  directories: { output: 'dist', buildResources: 'resources' },

  // Only the built app and package.json go into app.asar; production dependencies are added by
  // electron-builder from package.json, and the same exclusions apply to them.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/*.{test,spec}.*',
    '!**/{test,tests,__tests__,__mocks__,e2e,docs,doc,example,examples,coverage,.github}{,/**}',
    '!**/*.{md,markdown}',
    '!**/{tsconfig*.json,.eslintrc*,.prettierrc*,.editorconfig,.npmignore,.travis.yml}'
  ],
  // Outside the archive so the window can show it on Linux desktops that ignore .desktop icons.
  extraResources: [{ from: 'resources/icon.png', to: 'icon.png' }],
  asar: true,
  // No native modules: nothing to rebuild, and @electron/rebuild would want Node 22.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  fileAssociations: [],
  protocols: [],
  publish: null,
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  // Flipped by electron-builder through @electron/fuses right before signing.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true
  },

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'loopwise',
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Run the Magic Loop with your manager, privately',
    description: 'A private, local career-prep assistant for running the Magic Loop with your manager and skip-level.',
    // Debian wants "Name <email>"; replace with the real address before the first release (docs/desktop.md).
    maintainer: 'Loopwise <maintainers@loopwise.invalid>'
  },
  deb: { priority: 'optional' },

  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true
  },
  dmg: { title: '${productName} ${version}' },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico'
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // Years of history live in %APPDATA%\Loopwise: uninstalling the app never deletes them.
    deleteAppDataOnUninstall: false
  }
}

export default config

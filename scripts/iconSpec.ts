/** The sizes each platform asks for, shared by scripts/icons.ts and its test. */

/** freedesktop hicolor sizes used by AppImage and deb (resources/icons/NxN.png). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
/** Windows: shell and taskbar sizes up to 256 (electron-builder requires 256 for NSIS). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const
/** macOS: 16–512 at 1x and 2x (1024 is 512@2x). */
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024] as const
/** The window icon Electron shows on Linux (resources/icon.png, packed beside app.asar). */
export const WINDOW_ICON_SIZE = 512

export const ICON_FILES = {
  source: 'icon.svg',
  sourceHash: 'icon.svg.sha256',
  ico: 'icon.ico',
  icns: 'icon.icns',
  linuxDir: 'icons',
  window: 'icon.png'
} as const

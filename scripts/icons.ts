/**
 * Every app icon from one drawing: resources/icon.svg → PNGs at each size the platforms ask for,
 * the Windows .ico, the macOS .icns and the Linux icon set. Run `npm run icons` after editing
 * the SVG and commit the results; icons.test.ts fails while they are stale.
 *
 * sharp (libvips, prebuilt from the npm registry) draws the PNGs; icon-gen packs them into
 * .ico and .icns. electron-builder then uses these files as they are and never has to download
 * its own icon converter.
 */
import { createHash } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconGen from 'icon-gen'
import sharp from 'sharp'
import { ICNS_SIZES, ICO_SIZES, ICON_FILES, LINUX_SIZES, WINDOW_ICON_SIZE } from './iconSpec'

const ROOT = join(__dirname, '..')
const RESOURCES = join(ROOT, 'resources')

async function main(): Promise<void> {
  const svg = await readFile(join(RESOURCES, ICON_FILES.source))
  const work = await mkdtemp(join(tmpdir(), 'loopwise-icons-'))
  try {
    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_SIZES, WINDOW_ICON_SIZE])].sort((a, b) => a - b)
    for (const size of sizes) {
      // Drawn at twice the largest size, then scaled down: small sizes keep crisp edges.
      await sharp(svg, { density: 144 })
        .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .png({ compressionLevel: 9 })
        .toFile(join(work, `${size}.png`))
    }
    await iconGen(work, RESOURCES, {
      report: false,
      ico: { name: ICON_FILES.ico.replace(/\.ico$/, ''), sizes: [...ICO_SIZES] },
      icns: { name: ICON_FILES.icns.replace(/\.icns$/, ''), sizes: [...ICNS_SIZES] }
    })
    await rm(join(RESOURCES, ICON_FILES.linuxDir), { recursive: true, force: true })
    await mkdir(join(RESOURCES, ICON_FILES.linuxDir))
    for (const size of LINUX_SIZES) await copyFile(join(work, `${size}.png`), join(RESOURCES, ICON_FILES.linuxDir, `${size}x${size}.png`))
    await copyFile(join(work, `${WINDOW_ICON_SIZE}.png`), join(RESOURCES, ICON_FILES.window))
    const hash = createHash('sha256').update(svg).digest('hex')
    await writeFile(join(RESOURCES, ICON_FILES.sourceHash), `${hash}  ${ICON_FILES.source}\n`)
    console.log(
      `icons: ${LINUX_SIZES.length} PNGs, ${ICON_FILES.ico} (${ICO_SIZES.join(', ')}), ${ICON_FILES.icns} (${ICNS_SIZES.join(', ')}) from ${ICON_FILES.source}`
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`icons: ${(error as Error).message}`)
  process.exitCode = 1
})

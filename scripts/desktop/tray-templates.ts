/**
 * Renders the macOS menu-bar icons (template images: black and alpha only)
 * from resources/*Template.svg into 16 px and 32 px (@2x) PNGs beside them,
 * in the system Chromium (CHROMIUM_PATH or /usr/bin/chromium) with a
 * transparent background. Run after changing an SVG:
 *
 *   npx tsx scripts/desktop/tray-templates.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { repoRoot } from '../../e2e/harness/paths'
import { chromiumArgs, chromiumPath } from '../../e2e/support/chromium'

const ICONS = ['trayTemplate', 'tray-pausedTemplate'] as const
const SIZE = 16

async function main(): Promise<void> {
  const resources = join(repoRoot(), 'resources')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    for (const scale of [1, 2]) {
      const page = await browser.newPage({
        viewport: { width: SIZE, height: SIZE },
        deviceScaleFactor: scale,
      })
      for (const icon of ICONS) {
        const svg = readFileSync(join(resources, `${icon}.svg`)).toString('base64')
        await page.setContent(
          `<body style="margin:0;background:transparent">` +
            `<img src="data:image/svg+xml;base64,${svg}" width="${SIZE}" height="${SIZE}" style="display:block">`,
        )
        await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
        const png = await page.screenshot({ omitBackground: true })
        const file = `${icon}${scale === 2 ? '@2x' : ''}.png`
        writeFileSync(join(resources, file), png)
        console.log(`resources/${file}`)
      }
      await page.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

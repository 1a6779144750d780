/**
 * Pixel diff of two screenshot folders (scripts/screenshots.ts output), for
 * checking that a restructure leaves every screen as it was:
 *
 *   npx tsx scripts/screenshots-diff.ts BEFORE_DIR AFTER_DIR [DIFF_DIR]
 *
 * Chromium decodes and compares the PNGs (no image library needed). A pixel
 * counts as changed when any channel moves by more than 8 of 255, which
 * ignores anti-aliasing noise but not a moved border. With DIFF_DIR, each
 * changed screen is written there with its changed pixels in red.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium'

interface Difference {
  width: number
  height: number
  changed: number
  /** Smallest box holding every changed pixel, or null. */
  box: { x: number; y: number; w: number; h: number } | null
  /** The after image with changes in red, as a PNG data URL (only when changed). */
  marked: string | null
  sizeChanged: boolean
}

async function main(): Promise<void> {
  const [before, after, diffDir] = process.argv.slice(2)
  if (!before || !after)
    throw new Error('usage: screenshots-diff.ts BEFORE_DIR AFTER_DIR [DIFF_DIR]')
  const names = readdirSync(before).filter((n) => n.endsWith('.png'))
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  const page = await browser.newPage()
  // tsx names functions with a __name helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f')
  let failures = 0
  try {
    for (const name of names) {
      let afterPng: Buffer
      try {
        afterPng = readFileSync(join(after, name))
      } catch {
        console.log(`${name}: missing after`)
        failures++
        continue
      }
      const d = await page.evaluate(compare, {
        a: readFileSync(join(before, name)).toString('base64'),
        b: afterPng.toString('base64'),
      })
      const share = ((100 * d.changed) / (d.width * d.height)).toFixed(3)
      const where = d.box ? ` in ${d.box.w}x${d.box.h} at ${d.box.x},${d.box.y}` : ''
      console.log(
        `${name}: ${d.sizeChanged ? 'SIZE CHANGED, ' : ''}${d.changed} px (${share}%)${where}`,
      )
      if (d.changed > 0 || d.sizeChanged) failures++
      if (diffDir && d.marked) {
        mkdirSync(diffDir, { recursive: true })
        writeFileSync(join(diffDir, name), Buffer.from(d.marked.split(',')[1] ?? '', 'base64'))
      }
    }
  } finally {
    await browser.close()
  }
  console.log(`${names.length} screens compared, ${failures} differ`)
  process.exitCode = failures > 0 ? 1 : 0
}

/** Runs in the page: decode both PNGs, count changed pixels, mark them. */
async function compare({ a, b }: { a: string; b: string }): Promise<Difference> {
  const decode = async (base64: string) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob()
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(bitmap, 0, 0)
    return { canvas, context, data: context.getImageData(0, 0, bitmap.width, bitmap.height) }
  }
  const [x, y] = await Promise.all([decode(a), decode(b)])
  const width = Math.min(x.data.width, y.data.width)
  const height = Math.min(x.data.height, y.data.height)
  const sizeChanged = x.data.width !== y.data.width || x.data.height !== y.data.height
  let changed = 0
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  const marked = y.context.getImageData(0, 0, width, height)
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = (row * x.data.width + col) * 4
      const j = (row * y.data.width + col) * 4
      let moved = false
      for (let c = 0; c < 3; c++) {
        if (Math.abs((x.data.data[i + c] ?? 0) - (y.data.data[j + c] ?? 0)) > 8) moved = true
      }
      if (!moved) continue
      changed++
      minX = Math.min(minX, col)
      minY = Math.min(minY, row)
      maxX = Math.max(maxX, col)
      maxY = Math.max(maxY, row)
      const k = (row * width + col) * 4
      marked.data.set([255, 0, 0, 255], k)
    }
  }
  let markedUrl: string | null = null
  if (changed > 0) {
    const out = new OffscreenCanvas(width, height)
    out.getContext('2d')?.putImageData(marked, 0, 0)
    const blob = await out.convertToBlob({ type: 'image/png' })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    markedUrl = `data:image/png;base64,${btoa(binary)}`
  }
  const box = maxX < 0 ? null : { x: minX, y: minY, w: maxX - minX + 1, h: maxY - minY + 1 }
  return { width, height, changed, box, marked: markedUrl, sizeChanged }
}

void main()

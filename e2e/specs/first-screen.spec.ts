import { gzipSync } from 'node:zlib'
import { expect, test } from '../support/fixtures'

/**
 * What a fresh start downloads before Today shows: the start-up bundle only.
 * Charts (recharts) and validation (zod) belong to the screens that use them,
 * and the whole stays within the size it has today (148.3 KB gzipped in 11 files, with a
 * few KB of room), so a stray import onto the first screen fails here.
 */
const FIRST_SCREEN_GZIP_KB = 150

test('Today loads without charts or zod, in a start-up bundle under 150 KB gzipped', async ({
  page,
  app,
}) => {
  const assets = new Map<string, Buffer>()
  page.on('response', (response) => {
    const url = response.url()
    if (/\.(js|css)$/.test(new URL(url).pathname)) {
      void response.body().then((body) => assets.set(url, body))
    }
  })
  await page.goto(`${app.url}#/today`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cramp now' })).toBeVisible()
  await expect.poll(() => assets.size).toBeGreaterThan(0)

  const app_ = [...assets].filter(([url]) => !url.includes('/__limber/'))
  const text = app_.map(([, body]) => body.toString('utf8'))
  expect(
    text.some((t) => t.includes('recharts-surface')),
    'no chart code',
  ).toBe(false)
  expect(
    text.some((t) => t.includes('$ZodType')),
    'no zod',
  ).toBe(false)
  const kb = app_.reduce((sum, [, body]) => sum + gzipSync(body).length, 0) / 1024
  test.info().annotations.push({ type: 'first screen', description: `${kb.toFixed(1)} KB gzipped` })
  expect(kb).toBeLessThan(FIRST_SCREEN_GZIP_KB)
})

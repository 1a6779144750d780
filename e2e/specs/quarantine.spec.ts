import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../support/fixtures'
import { expectOnScreen, openScreen, screens } from '../support/screens'
import { foreignSqlite, randomFile, sha256, sha256File } from '../support/seeds'

const cases = [
  {
    title: 'a file of random bytes',
    bytes: randomFile(),
    explains: /damaged/i,
  },
  {
    title: 'an SQLite database from another application',
    bytes: foreignSqlite(),
    explains: /not made by Limber/i,
  },
]

// Main's clock at start-up names the quarantine folder.
const START = '2025-03-30T00:59:30.250Z'
const STAMP = '2025-03-30T00-59-30-250Z'

for (const seeded of cases) {
  test.describe(`quarantine: ${seeded.title} as limber.db`, () => {
    test.use({ seedFiles: { 'limber.db': seeded.bytes }, clockStart: { at: START, frozen: true } })

    test('is copied aside untouched, explained, and replaced only on Start fresh', async ({
      page,
      app,
      makeAxeBuilder,
    }) => {
      const seededHash = sha256(seeded.bytes)
      const original = app.path('limber.db')

      // The recovery screen replaces the whole app and says what happened.
      await expect(
        page.getByRole('heading', { level: 1, name: /couldn.t open your journal/i }),
      ).toBeVisible()
      await expect(page.getByText(seeded.explains).first()).toBeVisible()
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

      // It shows where the copy is: <data>/quarantine/<timestamp>/.
      expect(readdirSync(app.path('quarantine'))).toEqual([STAMP])
      const copyDir = app.path('quarantine', STAMP)
      await expect(page.getByLabel('Location of the untouched copy')).toHaveText(copyDir)

      // The copy is byte-identical; the original is untouched, with no sidecars created.
      expect(readdirSync(copyDir)).toEqual(['limber.db'])
      expect(sha256File(join(copyDir, 'limber.db'))).toBe(seededHash)
      expect(sha256File(original)).toBe(seededHash)
      expect(existsSync(`${original}-wal`) || existsSync(`${original}-shm`)).toBe(false)

      expect((await makeAxeBuilder().analyze()).violations).toEqual([])

      // Nothing is written until the user decides: a reload changes nothing.
      await page.reload()
      await expect(page.getByRole('button', { name: 'Start fresh' })).toBeVisible()
      expect(sha256File(original)).toBe(seededHash)
      expect(readdirSync(app.path('quarantine'))).toHaveLength(1)

      await page.getByRole('button', { name: 'Start fresh' }).click()
      await expectOnScreen(page, screens[0])

      // A fresh Limber database replaced the original; the copy is still there and identical.
      expect(readFileSync(original).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
      expect(sha256File(original)).not.toBe(seededHash)
      expect(sha256File(join(copyDir, 'limber.db'))).toBe(seededHash)

      // And the app works: a setting saves and is still there after a reload.
      await openScreen(page, app.url, screens[4])
      await page.getByRole('radio', { name: 'Dark' }).check()
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await page.reload()
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    })
  })
}

test.describe('quarantine: a later start', () => {
  test.use({ seedFiles: { 'limber.db': randomFile() } })

  test('after Start fresh, a restart opens the new journal without another quarantine', async ({
    page,
    app,
  }) => {
    await page.getByRole('button', { name: 'Start fresh' }).click()
    await expectOnScreen(page, screens[0])
    await app.restart()
    await page.goto(app.url)
    await expectOnScreen(page, screens[0])
    expect(readdirSync(app.path('quarantine'))).toHaveLength(1)
  })
})

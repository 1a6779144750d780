import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { allEpisodes, call, episode, localTime } from '../support/journal-data'

const SECRET = 'calf cramp after the Hendricks visit'

function section(page: Page) {
  return page.getByRole('region', { name: 'Backups & data' })
}

async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/settings`)
  await expect(section(page)).toBeVisible()
}

async function note(page: Page, notes: string): Promise<void> {
  await call(page, 'journal:create', { episode: episode(localTime(0, '03:00'), { notes }) })
}

/** Files under `dir` whose raw bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const path = join(dir, name)
    return statSync(path).isFile() && readFileSync(path).includes(Buffer.from(needle))
  })
}

test('restores a backup after confirming, keeping the journal it replaced', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  await note(page, 'Before the backup')
  await app.harness.core.backups.create('daily')
  await note(page, 'After the backup')
  await openSettings(page, app.url)
  const backups = section(page).getByRole('list', { name: 'Backups' })
  await expect(backups.getByRole('listitem')).toHaveCount(1)
  await expect(backups).toContainText('Daily')

  await section(page)
    .getByRole('button', { name: /^Restore the backup from/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toBeVisible()
  expect((await makeAxeBuilder().analyze()).violations).toEqual([])
  await dialog.getByRole('button', { name: 'Restore backup' }).click()

  await expect(section(page).getByRole('status').first()).toContainText('Restored the backup from')
  expect((await allEpisodes(page)).map((e) => e.notes)).toEqual(['Before the backup'])
  // The journal it replaced is a backup of its own now.
  await expect(backups.getByRole('listitem')).toHaveCount(2)
  await expect(backups).toContainText('Before a restore')
})

test('deletes all data only after DELETE is typed, leaving no trace in the folder', async ({
  page,
  app,
}) => {
  await note(page, SECRET)
  await app.harness.core.backups.create('daily')
  await openSettings(page, app.url)
  expect(filesContaining(app.dataDir, SECRET).length).toBeGreaterThan(0)

  await section(page).getByRole('button', { name: 'Delete all data…' }).click()
  const confirm = section(page).getByRole('textbox', { name: 'Type DELETE to confirm' })
  await confirm.fill('delete')
  await section(page).getByRole('button', { name: 'Delete everything' }).click()
  await expect(section(page).getByText('Type DELETE in capitals to confirm.')).toBeVisible()
  expect(await allEpisodes(page)).toHaveLength(1)

  await confirm.fill('DELETE')
  await section(page).getByRole('button', { name: 'Delete everything' }).click()
  // Settings went too, so Limber greets the user as on a first start.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Limber' })).toBeVisible()
  expect(await allEpisodes(page)).toEqual([])
  expect(await call(page, 'data:backups')).toEqual([])
  expect(filesContaining(app.dataDir, SECRET)).toEqual([])
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { expectNoAxeViolations } from '../support/axe-summary'
import { call, episode } from '../support/journal-data'

const FIXTURES = join(__dirname, '../../electron/testing/fixtures/workouts')

/** Drops a real recorded file on the window, as a person dragging it from their files would. */
async function dropFile(page: Page, name: string): Promise<void> {
  const base64 = readFileSync(join(FIXTURES, name)).toString('base64')
  const dataTransfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], fileName))
      return transfer
    },
    [name, base64] as const,
  )
  const main = page.getByRole('main')
  await main.dispatchEvent('dragenter', { dataTransfer })
  await main.dispatchEvent('dragover', { dataTransfer })
  await main.dispatchEvent('drop', { dataTransfer })
}

const panel = (page: Page) => page.getByRole('region', { name: 'Workout import' })

test('a dropped FIT file shows in that day’s check-in; dropped again it is already there', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  // Check-in, journal and three axe passes on one import: more than the default 30 s on a busy machine.
  test.setTimeout(60_000)
  await page.goto(`${app.url}#/today`)
  await dropFile(page, 'garmin-fenix-5-run.fit')
  await expect(panel(page).getByRole('status')).toContainText(
    '1 file added, 0 already there, 0 refused.',
  )
  await panel(page).getByRole('button', { name: 'Close' }).click()
  await expect(panel(page)).toHaveCount(0)

  const [session] = await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' })
  expect(session).toBeDefined()
  await page.goto(`${app.url}#/check-in/${session?.localDate ?? ''}`)
  const imported = page.getByRole('group', { name: 'Imported from a watch or app' })
  const item = imported.getByRole('listitem')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('Running, started')
  await expect(item).toContainText('imported')
  await expect(item).toContainText('From garmin-fenix-5-run.fit')

  // The effort the file did not hold is given here and saved at once.
  await imported.getByRole('combobox', { name: 'Effort (0 to 10)' }).selectOption('6')
  await expect
    .poll(
      async () =>
        (await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' }))[0]?.effort,
    )
    .toBe(6)

  await dropFile(page, 'garmin-fenix-5-run.fit')
  await expect(panel(page).getByRole('status')).toContainText('Already there: nothing new to add.')
  await expect(panel(page).getByRole('status')).toContainText(
    '0 files added, 1 already there, 0 refused.',
  )
  await expect(item).toHaveCount(1)

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expectNoAxeViolations(makeAxeBuilder())
  }

  // The journal's timeline shows it on its day, marked imported, with the effort given.
  await page.goto(`${app.url}#/journal`)
  const card = page.getByRole('article', { name: /^Running, started \d\d:\d\d/ })
  await expect(card).toContainText('imported')
  await expect(card).toContainText('effort 6 of 10')
  await expectNoAxeViolations(makeAxeBuilder())
  await card.getByRole('link', { name: 'Sport and effort in that day’s check-in' }).click()

  // Removing asks first, then the session is gone from the day.
  await imported.getByRole('button', { name: /^Remove Running/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Remove session' }).click()
  await expect(imported.getByRole('listitem')).toHaveCount(0)
  expect(await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' })).toEqual([])
})

test('a cut-off FIT file comes in with its warning; a GPX without times is refused with the reason', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/today`)
  await dropFile(page, 'activity-unexpected-eof.fit')
  const status = panel(page).getByRole('status')
  await expect(status).toContainText('1 file added')
  await expect(status.getByRole('list', { name: 'Imported with a warning' })).toContainText(
    /activity-unexpected-eof\.fit: .*cut off part-way/,
  )
  await panel(page).getByRole('button', { name: 'Close' }).click()

  await dropFile(page, 'cerknicko-without-times.gpx')
  await expect(status).toContainText('0 files added, 0 already there, 1 refused.')
  await expect(status.getByRole('list', { name: 'Refused files' })).toContainText(
    'cerknicko-without-times.gpx: The file has no usable timestamps, so no session can be made from it.',
  )
  const all = await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' })
  expect(all.map((w) => w.sourceName)).toEqual(['activity-unexpected-eof.fit'])
})

test('files chosen with Import workouts… in a check-in come in the same way', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/check-in`)
  const imported = page.getByRole('group', { name: 'Imported from a watch or app' })
  const chooser = page.waitForEvent('filechooser')
  await imported.getByRole('button', { name: 'Import workouts…' }).click()
  await (
    await chooser
  ).setFiles([
    join(FIXTURES, 'garmin-fenix-5-run.fit'),
    join(FIXTURES, 'cerknicko-without-times.gpx'),
  ])
  await expect(panel(page).getByRole('status')).toContainText(
    '1 file added, 0 already there, 1 refused.',
  )
  const all = await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' })
  expect(all.map((w) => w.sourceName)).toEqual(['garmin-fenix-5-run.fit'])
})

// The run was recorded on 11 June 2017: the harness clock stands a week later,
// so "All time" is the few weeks around it.
test.describe('training load', () => {
  test.use({ clockStart: { at: new Date(2017, 5, 18, 10).getTime(), frozen: true } })

  test('Trends shows imported training per week beside the cramps, with its summary and table', async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    await page.goto(`${app.url}#/today`)
    await dropFile(page, 'garmin-fenix-5-run.fit')
    await expect(panel(page).getByRole('status')).toContainText('1 file added')
    const [session] = await call(page, 'workouts:list', { from: '2000-01-01', to: '2100-01-01' })
    if (!session) throw new Error('no session imported')
    // A cramp two hours after the run, so "All time" reaches back to that week.
    await call(page, 'journal:create', {
      episode: episode(session.startedAt + 2 * 3_600_000, { context: 'after_exercise' }),
      via: 'form',
    })

    await page.goto(`${app.url}#/trends?range=all`)
    const frame = page.getByRole('region', { name: 'Training load per week' })
    await expect(frame).toBeVisible()
    await expect(frame.getByText(/^1 imported session over 1 of \d+ weeks\.$/)).toBeVisible()
    await expect(frame.getByLabel(/^Training load per week\./)).toBeVisible()
    await frame.getByRole('button', { name: 'Show as table' }).click()
    // The run's week: one session, its minute and 0.2 km as the file records them, one cramp.
    await expect(frame.getByRole('row', { name: 'Week of 5 June 2017 1 1 0.2 1' })).toBeVisible()
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
      await expectNoAxeViolations(makeAxeBuilder())
    }
  })
})

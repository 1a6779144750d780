import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { expectNoAxeViolations } from '../support/axe-summary'
import { advanceToReminder, reminderState } from '../support/reminders'
import { expectTheme } from '../support/theme'

// Main's clock stands still on a Monday at 08:00 in this machine's zone:
// the whole working day's reminders are ahead, and none comes until a test moves time.
const MONDAY_8AM = new Date(2026, 10, 23, 8, 0).getTime()
const mondayMorning = { clockStart: { at: MONDAY_8AM, frozen: true } } as const

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
})

const preview = (page: Page) => page.getByRole('list', { name: 'Upcoming reminders today' })
const previewRow = (page: Page, kind: string) =>
  preview(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${kind}`) })

test.describe('on a working day', () => {
  test.use(mondayMorning)

  test('Settings: the preview of today’s reminders follows the form before saving', async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    // Several full-page accessibility scans on a shared, busy machine.
    test.slow()
    await page.goto(`${app.url}#/settings/reminders`)
    // Move every 45 minutes of sitting from 08:00, within 09:00–17:30: the first at 09:00 or later.
    await expect(previewRow(page, 'Move')).toContainText(/\d\d:\d\d/)
    await expect(previewRow(page, 'Water')).toHaveCount(1)
    const moveTimes = await previewRow(page, 'Move').textContent()

    await page.getByRole('switch', { name: 'Water' }).uncheck()
    await expect(previewRow(page, 'Water')).toHaveCount(0)
    await page.getByRole('textbox', { name: 'After sitting for' }).fill('120')
    await expect(previewRow(page, 'Move')).not.toHaveText(moveTimes ?? '')
    // Fewer, further apart: at most four two-hour sits fit in a working day.
    const times = ((await previewRow(page, 'Move').textContent()) ?? '').match(/\d\d:\d\d/g) ?? []
    expect(times.length).toBeGreaterThan(0)
    expect(times.length).toBeLessThanOrEqual(4)

    // Nothing was saved by previewing; an impossible value is explained in place.
    await page.getByRole('textbox', { name: 'End', exact: true }).fill('07:00')
    await page.getByRole('button', { name: 'Save reminders' }).click()
    const end = page.getByRole('textbox', { name: 'End', exact: true })
    await expect(end).toHaveAttribute('aria-invalid', 'true')
    await expect(end).toHaveAccessibleDescription(/Working hours must end after they start/)
    await expect(end).toHaveValue('07:00')
    expect(reminderState(app).snapshot.upcoming.some((u) => u.kind === 'hydrate')).toBe(true)

    await end.fill('17:30')
    await page.getByRole('button', { name: 'Save reminders' }).click()
    await expect(
      page
        .getByRole('form', { name: 'Reminders' })
        .getByRole('status')
        .filter({ hasText: 'Saved.' }),
    ).toBeVisible()
    await expect
      .poll(() => reminderState(app).snapshot.upcoming.some((u) => u.kind === 'hydrate'))
      .toBe(false)

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
      await expectTheme(page, theme)
      await expectNoAxeViolations(makeAxeBuilder())
    }
  })

  test('a due reminder raises the in-app prompt without taking focus; Start opens the routine', async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    // Several full-page accessibility scans on a shared, busy machine.
    test.slow()
    await page.goto(`${app.url}#/journal/log`)
    // The page subscribes to main's events once it has loaded; a busy machine can take a while.
    await app.harness.waitForEventClients(1, 20_000)
    const notes = page.getByRole('textbox').first()
    await notes.focus()

    const move = await advanceToReminder(app, 'move')
    const prompt = page.getByRole('region', { name: move.message.title })
    await expect(prompt).toBeVisible()
    await expect(prompt).toContainText(move.message.body)
    // The user may be typing: the keyboard stays where it was.
    await expect(notes).toBeFocused()

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
      await expectTheme(page, theme)
      await expectNoAxeViolations(makeAxeBuilder())
    }

    await prompt.getByRole('button', { name: 'Start desk break' }).click()
    await expect(page).toHaveURL(/#\/routines\/builtin-desk-break\/play\?source=reminder$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Desk break' })).toBeVisible()
    await expect.poll(() => reminderState(app).shown).toEqual([])
  })

  test('a prompt answered elsewhere goes away; a snoozed one comes back later', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/today`)
    // The page subscribes to main's events once it has loaded; a busy machine can take a while.
    await app.harness.waitForEventClients(1, 20_000)
    const water = await advanceToReminder(app, 'hydrate')
    const prompt = page.getByRole('region', { name: water.message.title })
    await expect(prompt).toBeVisible()

    await prompt.getByRole('button', { name: 'Snooze 5 minutes' }).click()
    await expect(prompt).toHaveCount(0)
    await app.clock({ advanceMs: 5 * 60_000 })
    const again = reminderState(app).shown.find((s) => s.kind === 'hydrate')
    expect(again).toBeDefined()
    const second = page.getByRole('region', { name: again?.message.title ?? '' })
    await expect(second).toBeVisible()

    // Answered from the tray (main), not the page: the prompt follows.
    app.harness.core.reminders()?.respond(again?.id ?? '', { type: 'skipped' })
    await expect(second).toHaveCount(0)
  })
})

// The check-in screen opens on the page's own today, so main keeps real time here.
test('"I drank water" raises today’s water in the check-in; pause then resume', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/check-in`)
  const water = page.getByRole('textbox', { name: 'Water today' })
  await expect(water).toBeVisible()
  const sidebar = page.getByRole('region', { name: 'Reminders' })

  await sidebar.getByRole('button', { name: 'I drank water' }).click()
  await expect(sidebar.getByRole('status')).toHaveText('Noted. Water today: 1 glass.')
  await expect(water).toHaveValue('1')
  await sidebar.getByRole('button', { name: 'I drank water' }).click()
  await expect(sidebar.getByRole('status')).toHaveText('Noted. Water today: 2 glasses.')
  await expect(water).toHaveValue('2')

  await sidebar.getByRole('button', { name: 'Pause reminders' }).click()
  await sidebar.getByRole('button', { name: 'For 1 hour' }).click()
  await expect(sidebar.getByRole('button', { name: 'Resume reminders' })).toBeVisible()
  const pause = reminderState(app).snapshot.pause
  expect(pause).toMatchObject({ option: '1h' })
  const until = new Date(pause?.until ?? 0)
  const hhmm = `${String(until.getHours()).padStart(2, '0')}:${String(until.getMinutes()).padStart(2, '0')}`
  await expect(sidebar).toContainText(new RegExp(`Paused until (tomorrow at )?${hhmm}`))
  const resume = sidebar.getByRole('button', { name: 'Resume reminders' })
  await expect(resume).toBeFocused()

  await resume.click()
  await expect(sidebar.getByRole('list', { name: 'Next reminders' })).toBeVisible()
  expect(reminderState(app).snapshot.pause).toBeNull()
})

import { expect, test } from '../support/fixtures'
import { expectNoAxeViolations } from '../support/axe-summary'
import { nextReminderAt, reminderState, setBusy } from '../support/reminders'
import { expectTheme } from '../support/theme'

// Main's clock stands still on a Monday at 09:00 in this machine's zone: the
// first move reminder is due at 09:45, and nothing comes until a test moves time.
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime()
test.use({ clockStart: { at: MONDAY_9AM, frozen: true } })

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
})

test('a call holds the in-app prompt; it appears within a minute of the call’s end', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/journal/log`)
  await app.harness.waitForEventClients(1, 20_000)
  const due = nextReminderAt(app, 'move')
  expect(due).not.toBeNull()
  await setBusy(app, 'camera')
  // Twenty minutes of call past the due time: the prompt waits.
  await app.clock({ set: (due ?? 0) + 20 * 60_000 })
  await expect(page.locator('.rm-prompt')).toHaveCount(0)
  expect(reminderState(app).shown).toEqual([])
  expect(reminderState(app).snapshot.held).toContainEqual({ kind: 'move', signal: 'camera' })

  await setBusy(app, null)
  await app.clock({ advanceMs: 60_000 })
  const shown = reminderState(app).shown.filter((r) => r.kind === 'move')
  expect(shown).toHaveLength(1)
  // Water came due in the call too: both wait in one compact stack.
  const all = reminderState(app).shown.length
  if (all > 1) await page.getByRole('button', { name: `Show all ${all}` }).click()
  await expect(page.getByRole('region', { name: shown[0]?.message.title ?? '' })).toBeVisible()
  // One of each kind, however long the call was.
  await expect(page.locator('.rm-prompt')).toHaveCount(all)
  expect(new Set(reminderState(app).shown.map((r) => r.kind)).size).toBe(all)
})

test('Settings: one switch per signal, the longest hold, and a held reminder in the preview', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  test.slow()
  await setBusy(app, 'fullscreen')
  await app.clock({ set: (nextReminderAt(app, 'move') ?? 0) + 60_000 })
  await page.goto(`${app.url}#/settings/reminders`)
  const held = page.getByRole('list', { name: 'Held now' })
  await expect(held).toContainText('Move')
  await expect(held).toContainText('held during full screen')

  const all = page.getByRole('switch', {
    name: 'Hold reminders during calls, presentations and full screen',
  })
  await expect(all).toBeChecked()
  for (const name of ['A full-screen window', 'The camera in use by another app']) {
    await expect(page.getByRole('switch', { name })).toBeChecked()
  }
  const maxHold = page.getByRole('textbox', { name: 'Hold for at most' })
  await expect(maxHold).toHaveValue('60')
  await maxHold.fill('2')
  await page.getByRole('button', { name: 'Save reminders' }).click()
  await expect(maxHold).toHaveAccessibleDescription(/Choose at least 5 minutes/)
  await expect(maxHold).toHaveValue('2')
  await maxHold.fill('30')
  await page.getByRole('switch', { name: 'A full-screen window' }).uncheck()
  await page.getByRole('button', { name: 'Save reminders' }).click()
  await expect(
    page.getByRole('form', { name: 'Reminders' }).getByRole('status').filter({ hasText: 'Saved.' }),
  ).toBeVisible()
  const saved = app.harness.core.reminders()?.settings().settings.busy
  expect(saved?.maxHoldMin).toBe(30)
  expect(saved?.signals.fullscreen).toBe(false)
  // Full screen no longer counts: the held reminder shows at the next look.
  await app.clock({ advanceMs: 60_000 })
  await expect(held).toHaveCount(0)

  await all.uncheck()
  await expect(
    page.getByRole('switch', { name: 'The camera in use by another app' }),
  ).toBeDisabled()
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expectTheme(page, theme)
    await expectNoAxeViolations(makeAxeBuilder())
  }
})

test('a call across bedtime: no bedtime prompt, and Trends says it was held during a call', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  // Bedtime stretch at 22:00, quiet hours from 22:30: a call from 21:50 to 23:00 spans its window.
  await app.clock({ set: new Date(2026, 10, 23, 21, 50).getTime() })
  await setBusy(app, 'microphone')
  await app.clock({ set: new Date(2026, 10, 23, 22, 45).getTime() })
  await setBusy(app, null)
  await app.clock({ set: new Date(2026, 10, 23, 23, 0).getTime() })
  expect(reminderState(app).shown.filter((r) => r.kind === 'bedtime')).toEqual([])

  await page.goto(`${app.url}#/trends`)
  const held = page.getByRole('region', { name: 'Reminders held while you were busy' })
  await expect(held).toContainText(
    '1 reminder came due during a call, a presentation or full screen and was left out',
  )
  await expect(held.getByRole('listitem')).toHaveText([
    'Mon 23 Nov, 22:00 Bedtime stretch, held during a call',
  ])
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expectTheme(page, theme)
    await expectNoAxeViolations(makeAxeBuilder())
  }
})

import { expect, test } from '../support/fixtures'
import { reminderState } from '../support/reminders'

// Monday 09:00 in this machine's zone, clock frozen: reminders come only when the test moves it.
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime()
const TUESDAY_8AM = new Date(2026, 10, 24, 8, 0).getTime()
test.use({ clockStart: { at: MONDAY_9AM, frozen: true } })

test('a day of ignored reminders: at 08:00 one compact stack, no bedtime prompt, and the form beneath takes the mouse', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${app.url}#/journal/log`)
  await app.harness.waitForEventClients(1, 20_000)
  // The clock jumps to the next morning; every timer on the way fires at its own time.
  await app.clock({ set: TUESDAY_8AM })
  const waiting = reminderState(app).shown.map((r) => r.kind)
  expect(waiting).toContain('morning_checkin')
  expect(waiting).not.toContain('bedtime')
  expect(waiting.length).toBeGreaterThan(1)

  const stacks = page.locator('.rm-prompts')
  await expect(stacks).toHaveCount(1)
  await expect(stacks).toContainText(`${waiting.length} reminders`)
  await expect(stacks.getByRole('region')).toHaveCount(1)
  await expect(page.getByRole('region', { name: /bed/i })).toHaveCount(0)
  // It takes about a quarter of the window at most.
  const box = await stacks.boundingBox()
  expect(box?.height ?? 720).toBeLessThanOrEqual(720 * 0.3)

  // The log form beneath is filled in with the mouse, nothing in the way.
  const pain = page.getByRole('group', { name: 'Pain at its worst' })
  await pain.getByRole('radio', { name: '6' }).click()
  await expect(pain.getByRole('radio', { name: '6' })).toBeChecked()
  await page.getByRole('group', { name: 'What were you doing?' }).getByText('Asleep').click()
  await page.getByRole('textbox', { name: 'Notes' }).click()
  await page.keyboard.type('Woke with it')
  await page.getByRole('button', { name: 'Save cramp' }).click()
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveCount(0)
})

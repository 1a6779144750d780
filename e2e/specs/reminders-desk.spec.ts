import type { Page } from '@playwright/test'
import type { EventPayload } from '../../shared/contract'
import { expect, test } from '../support/fixtures'
import { advanceToReminder, power, reminderState, setSystemIdle } from '../support/reminders'

// Main's clock stands still at a weekday 09:00 (the machine's zone), so reminders
// come only when the test moves it.
test.use({ clockStart: { at: monday9(), frozen: true } })

function monday9(): number {
  const d = new Date(2026, 10, 23, 9, 0, 0, 0)
  return d.getTime()
}

/** Collects `reminders:shown` events in the page, as the app's prompt would receive them. */
async function listenForReminders(
  page: Page,
): Promise<() => Promise<EventPayload<'reminders:shown'>[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { shownReminders: unknown[] }
    w.shownReminders = []
    window.limber.on('reminders:shown', (r) => w.shownReminders.push(r))
  })
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { shownReminders: EventPayload<'reminders:shown'>[] }).shownReminders,
    )
}

test('a due reminder reaches the page, and its answer is kept in history', async ({
  page,
  app,
}) => {
  const shownInPage = await listenForReminders(page)
  await app.harness.waitForEventClients(1)
  const move = await advanceToReminder(app, 'move')
  await expect.poll(async () => (await shownInPage()).map((r) => r.id)).toEqual([move.id])

  const answer = await page.evaluate(
    (id) => window.limber.invoke('reminders:respond', { id, response: { type: 'done' } }),
    move.id,
  )
  expect(answer).toEqual({ ok: true, value: { answered: true } })
  expect(reminderState(app).shown).toEqual([])
  const history = await page.evaluate(() => window.limber.invoke('reminders:history', { days: 1 }))
  expect(history).toMatchObject({ ok: true, value: [{ id: move.id, outcome: 'done' }] })
})

test('"I drank water" raises today’s water in the check-in', async ({ page }) => {
  const drink = () =>
    page.evaluate(() => window.limber.invoke('reminders:done', { kind: 'hydrate' }))
  await expect(drink()).resolves.toEqual({ ok: true, value: { waterMl: 250 } })
  await expect(drink()).resolves.toEqual({ ok: true, value: { waterMl: 500 } })
  const checkIn = await page.evaluate(() =>
    window.limber.invoke('checkins:get', { date: '2026-11-23' }),
  )
  expect(checkIn).toMatchObject({ ok: true, value: { checkIn: { waterMl: 500 } } })
})

test('nothing shows while the screen is locked or the user is away', async ({ page, app }) => {
  const shownInPage = await listenForReminders(page)
  await app.harness.waitForEventClients(1)
  // Locked 09:00-09:50: a break, so the move reminder starts again from 09:50.
  await power(app, 'lock')
  await app.clock({ advanceMs: 50 * 60_000 })
  await power(app, 'unlock')
  // Back for six minutes, then away from the keyboard (last input at 09:50) for an hour:
  // the water reminder due at 10:00 and the move one due at 10:35 wait for the return.
  await app.clock({ advanceMs: 6 * 60_000 })
  await setSystemIdle(app, 6 * 60)
  await app.clock({ advanceMs: 60 * 60_000 })
  expect(await shownInPage()).toEqual([])
  expect(reminderState(app).shown).toEqual([])
})

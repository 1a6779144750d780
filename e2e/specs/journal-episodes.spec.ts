import type { Page } from '@playwright/test'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import { expect, test } from '../support/fixtures'
import { episode } from '../support/journal-data'
import { expectVisibleFocus, tabTo } from '../support/keyboard'

/**
 * Cramp episodes end to end: Cramp now, logging a past cramp, the morning
 * question, editing, delete with Undo, and axe scans of the new screens.
 * Main's clock starts on a Tuesday morning (the machine and the page share
 * its zone), so the morning question is asked.
 */
test.use({ clockStart: { at: '2026-03-10T08:00:00' } })

/** Calls main through the page's bridge, as the app does; fails the test on an error answer. */
async function invoke<C extends Channel>(
  page: Page,
  channel: C,
  input?: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await page.evaluate(([c, i]) => window.limber.invoke(c, i as never), [
    channel,
    input,
  ] as const)
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
  return result.value
}

async function episodes(page: Page) {
  return (await invoke(page, 'journal:list', {})).items
}

type EpisodeInput = InputOf<'journal:create'>['episode']

/** Logs an entry through main, at a local wall-clock time in the page's zone. */
async function seed(page: Page, local: string, patch: Partial<EpisodeInput> = {}) {
  return invoke(page, 'journal:create', { episode: episode(new Date(local).getTime(), patch) })
}

/** Today, freshly loaded (a hash-only goto would keep the page's cached lists). */
async function openToday(page: Page, url: string) {
  await page.goto(`${url}#/today`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
}

const timer = (page: Page) => page.getByRole('timer')
const group = (page: Page, name: string) => page.getByRole('group', { name })

test.describe('Cramp now', () => {
  test('Cramp now → It’s over → three answers → the entry is in the journal', async ({
    page,
    app,
  }) => {
    await openToday(page, app.url)
    await page.getByRole('button', { name: 'Cramp now' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Cramp now' })).toBeVisible()
    await expect(timer(page)).toHaveText(/^0:0\d$/)
    await expect(page.getByRole('heading', { level: 3, name: 'Stretch gently' })).toBeVisible()

    // 95 s pass on main's clock; the face is worked out from the stored start.
    await app.clock({ advanceMs: 95_000 })
    await page.reload()
    await expect(timer(page)).toHaveText(/^1:3[5-9]$/)

    await page.getByRole('button', { name: 'It’s over' }).click()
    await expect(page.getByRole('heading', { name: 'Three quick answers' })).toBeFocused()
    // Smart defaults: nothing logged yet, so left; 08:00 is outside night hours.
    await expect(group(page, 'Which leg?').getByRole('radio', { name: 'Left' })).toBeChecked()
    await expect(
      group(page, 'What were you doing?').getByRole('radio', { name: 'Resting or sitting' }),
    ).toBeChecked()

    // The answers come three minutes later, after main restarts: main recorded
    // the stop, so the form and the real length are still there.
    await app.clock({ advanceMs: 180_000 })
    await app.restart()
    await page.goto(`${app.url}#/cramp-now`)
    await expect(page.getByRole('heading', { name: 'Three quick answers' })).toBeVisible()
    await expect(timer(page)).toHaveText(/^1:3[5-9]$/)
    await expect(page.getByText(/^Stopped · started at/)).toBeVisible()

    await group(page, 'Which leg?').getByRole('radio', { name: 'Right' }).check()
    await group(page, 'Pain at its worst').getByRole('radio', { name: '7' }).check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()

    await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeFocused()
    const [saved] = await episodes(page)
    expect(saved).toMatchObject({
      loggedVia: 'cramp_now',
      side: 'right',
      pain: 7,
      context: 'resting',
    })
    expect(saved?.durationSec).toBeGreaterThanOrEqual(95)
    expect(saved?.durationSec).toBeLessThan(110)
    expect((await invoke(page, 'journal:live-get')).live).toBeNull()

    await page.getByRole('link', { name: 'Add details' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Edit entry' })).toBeVisible()
    await expect(group(page, 'Pain at its worst').getByRole('radio', { name: '7' })).toBeChecked()
  })

  test('a running timer survives a reload and a restart, with a way back from every screen', async ({
    page,
    app,
  }) => {
    await openToday(page, app.url)
    await page.getByRole('button', { name: 'Cramp now' }).click()
    await expect(timer(page)).toBeVisible()
    const { live } = await invoke(page, 'journal:live-get')

    await page.reload()
    await expect(timer(page)).toBeVisible()

    // Main restarts (closing the database); the start is read back from it.
    await app.restart()
    await page.goto(`${app.url}#/routines`)
    const banner = page.getByRole('link', { name: 'Back to the timer' })
    await expect(banner).toBeVisible()
    await expect(page.getByText('A cramp timer is running')).toBeVisible()
    await banner.click()
    await expect(timer(page)).toBeVisible()
    expect((await invoke(page, 'journal:live-get')).live).toEqual(live)
    // Today offers the way back instead of a second start.
    await openToday(page, app.url)
    await expect(page.getByRole('button', { name: 'Back to the cramp timer' })).toBeVisible()
  })

  test('keyboard only: start, stop, answer and save', async ({ page, app }) => {
    await openToday(page, app.url)
    const crampNow = page.getByRole('button', { name: 'Cramp now' })
    await tabTo(page, crampNow)
    await expectVisibleFocus(crampNow)
    await page.keyboard.press('Enter')
    await expect(timer(page)).toBeVisible()
    const over = page.getByRole('button', { name: 'It’s over' })
    await tabTo(page, over)
    await expectVisibleFocus(over)
    await page.keyboard.press('Enter')
    // Focus is on the questions; Tab reaches the checked side, arrows change it.
    await tabTo(page, group(page, 'Which leg?').getByRole('radio', { name: 'Left' }))
    await page.keyboard.press('ArrowRight')
    await expect(group(page, 'Which leg?').getByRole('radio', { name: 'Right' })).toBeChecked()
    await page.keyboard.press('Tab')
    const zero = group(page, 'Pain at its worst').getByRole('radio', { name: '0', exact: true })
    await expect(zero).toBeFocused()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await expect(
      group(page, 'Pain at its worst').getByRole('radio', { name: '4', exact: true }),
    ).toBeChecked()
    await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeFocused()
    expect(await episodes(page)).toMatchObject([{ side: 'right', pain: 4 }])
  })

  test('"Not a cramp" discards the timer and saves nothing', async ({ page, app }) => {
    await openToday(page, app.url)
    await page.getByRole('button', { name: 'Cramp now' }).click()
    await page.getByRole('button', { name: 'Not a cramp / cancel' }).click()
    await page.getByRole('button', { name: 'Yes, discard it' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    expect((await invoke(page, 'journal:live-get')).live).toBeNull()
    expect(await episodes(page)).toEqual([])
  })
})

test.describe('the morning question and past cramps', () => {
  test('"Yes" logs a cramp at last night around 3 a.m., and the question goes', async ({
    page,
    app,
  }) => {
    await openToday(page, app.url)
    const prompt = page.getByRole('region', { name: 'Any cramps last night?' })
    await prompt.getByRole('link', { name: 'Yes, log it' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Log a past cramp' })).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Last night, around 3 a.m.' })).toBeChecked()
    await expect(
      group(page, 'What were you doing?').getByRole('radio', { name: 'Asleep' }),
    ).toBeChecked()
    await group(page, 'How long did it last?').getByRole('radio', { name: '2 – 10 min' }).check()
    await group(page, 'Pain at its worst').getByRole('radio', { name: '6' }).check()
    await page.getByRole('checkbox', { name: 'Sleeping position' }).check()
    await page.getByRole('button', { name: 'Save cramp' }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await expect(page.getByText('Cramp saved')).toBeVisible()
    await expect(prompt).toHaveCount(0)
    await expect(page.getByText('One cramp logged last night.')).toBeVisible()
    const [saved] = await episodes(page)
    expect(saved).toMatchObject({
      startedAt: new Date('2026-03-10T03:00:00').getTime(),
      utcOffsetMin: -new Date('2026-03-10T03:00:00').getTimezoneOffset() || 0,
      durationBucket: '2_10m',
      context: 'asleep',
      triggers: ['sleep_position'],
      loggedVia: 'form',
    })
    await expect(
      page.getByRole('region', { name: 'Recent cramps' }).getByRole('article'),
    ).toHaveCount(1)
  })

  test('"No" records a cramp-free night, which stays answered', async ({ page, app }) => {
    await openToday(page, app.url)
    const prompt = page.getByRole('region', { name: 'Any cramps last night?' })
    await prompt.getByRole('button', { name: 'No, a quiet night' }).click()
    await expect(page.getByText('Noted: a night without cramps.')).toBeFocused()
    await expect(prompt).toHaveCount(0)
    const day = await invoke(page, 'checkins:get', { date: '2026-03-10' })
    // An answer about the night only: the day is not a check-in day.
    expect(day).toMatchObject({ checkIn: null, night: { report: 'none' } })
    await page.reload()
    await expect(page.getByRole('button', { name: 'Cramp now' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Recent cramps' })).toBeVisible()
    await expect(prompt).toHaveCount(0)
  })

  test('a half-filled form survives leaving it; a refused answer keeps everything typed', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/journal/log`)
    await page.getByRole('radio', { name: 'Pick a time' }).check()
    await page.getByLabel('Time', { exact: true }).fill('23:15')
    await page.getByRole('textbox', { name: 'Notes' }).fill('After the long ride')
    await page.getByRole('button', { name: 'Save cramp' }).click()
    await expect(page.getByText('That time is still to come').first()).toBeVisible()
    await expect(page.getByLabel('Time', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('After the long ride')
    expect(await episodes(page)).toEqual([])

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await page.goBack()
    await expect(page.getByText('Your unsaved answers are still here')).toBeVisible()
    await expect(page.getByLabel('Time', { exact: true })).toHaveValue('23:15')
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('After the long ride')
  })
})

test.describe('editing and deleting', () => {
  test('edit an entry from Today', async ({ page, app }) => {
    await page.goto(app.url)
    const created = await seed(page, '2026-03-09T21:10:00', { pain: 4, notes: 'Evening' })
    await openToday(page, app.url)
    await page.getByRole('link', { name: /^Left hamstring, Mon 9 Mar, 21:10/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Edit entry' })).toBeVisible()
    await expect(page.getByLabel('Time', { exact: true })).toHaveValue('21:10')

    await group(page, 'Which muscle?').getByRole('radio', { name: 'Calf' }).check()
    await group(page, 'Pain at its worst').getByRole('radio', { name: '8' }).check()
    await page.getByRole('checkbox', { name: 'Stretching' }).check()
    await page.getByRole('checkbox', { name: 'Heat', exact: true }).check()
    await group(page, 'Which helped most?').getByRole('radio', { name: 'Heat' }).check()
    await page.getByRole('checkbox', { name: 'Swelling' }).check()
    await page.getByRole('textbox', { name: 'Notes' }).fill('Evening, after gardening')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Changes saved')).toBeVisible()

    const stored = await invoke(page, 'journal:get', { id: created.id })
    expect(stored).toMatchObject({
      startedAt: created.startedAt,
      utcOffsetMin: created.utcOffsetMin,
      muscle: 'calf',
      pain: 8,
      relief: ['stretch', 'heat'],
      reliefBest: 'heat',
      symptoms: ['swelling'],
      notes: 'Evening, after gardening',
    })
    // The entry now shows its own sign, calmly, with who to talk to.
    await expect(
      page.getByRole('heading', {
        level: 3,
        name: 'A cramp came with weakness, numbness, swelling or a colour change',
      }),
    ).toBeVisible()
    await expect(page.getByText('Your doctor, soon')).toBeVisible()
  })

  test('delete, then Undo restores the entry exactly', async ({ page, app }) => {
    await page.goto(app.url)
    const created = await seed(page, '2026-03-08T03:30:00', {
      context: 'asleep',
      triggers: ['fatigue'],
      notes: 'Keep me',
    })
    await openToday(page, app.url)
    await page.getByRole('link', { name: /^Left hamstring, Sun 8 Mar, 03:30/ }).click()
    await page.getByRole('button', { name: 'Delete entry' }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await expect(page.getByText('Deleted: Left hamstring, Sun 8 Mar, 03:30')).toBeVisible()
    expect(await episodes(page)).toEqual([])
    await expect(
      page.getByRole('region', { name: 'Recent cramps' }).getByRole('article'),
    ).toHaveCount(0)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText('Restored: Left hamstring, Sun 8 Mar, 03:30')).toBeVisible()
    expect(await invoke(page, 'journal:get', { id: created.id })).toEqual(created)
    await expect(
      page.getByRole('region', { name: 'Recent cramps' }).getByRole('article'),
    ).toHaveCount(1)
  })

  test('a deleted entry’s address says so calmly', async ({ page, app }) => {
    await page.goto(app.url)
    const created = await seed(page, '2026-03-08T10:00:00')
    await invoke(page, 'journal:delete', { id: created.id })
    await page.goto(`${app.url}#/journal/entry/${created.id}`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'This entry no longer exists' }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Back to Today' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  })
})

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // Full-page scans of long forms on a shared two-core machine.
      test.slow()
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    })

    test('Today with the morning question, a red flag and recent cramps', async ({
      page,
      app,
      makeAxeBuilder,
    }) => {
      await page.goto(app.url)
      await seed(page, '2026-03-09T18:00:00', { symptoms: ['numbness'], pain: 8 })
      await seed(page, '2026-03-07T02:00:00', { context: 'asleep' })
      await openToday(page, app.url)
      await expect(
        page.getByRole('region', { name: 'Worth a word with a clinician' }),
      ).toBeVisible()
      await expect(page.getByRole('region', { name: 'Any cramps last night?' })).toBeVisible()
      await expect(
        page.getByRole('region', { name: 'Recent cramps' }).getByRole('article'),
      ).toHaveCount(2)
      await expectClean(makeAxeBuilder)
    })

    test('Cramp now, running and answering', async ({ page, app, makeAxeBuilder }) => {
      await openToday(page, app.url)
      await page.getByRole('button', { name: 'Cramp now' }).click()
      await expect(timer(page)).toBeVisible()
      await expectClean(makeAxeBuilder)
      await page.getByRole('button', { name: 'It’s over' }).click()
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await expect(page.getByText('Choose how bad it was, from 0 to 10')).toBeVisible()
      await expectClean(makeAxeBuilder)
    })

    test('Log a past cramp, blank and with errors', async ({ page, app, makeAxeBuilder }) => {
      await page.goto(`${app.url}#/journal/log`)
      await expect(page.getByRole('button', { name: 'Save cramp' })).toBeVisible()
      await page.getByRole('checkbox', { name: 'Stretching' }).check()
      await expectClean(makeAxeBuilder)
      await page.getByRole('button', { name: 'Save cramp' }).click()
      await expect(page.getByText(/answers? needs? a look/)).toBeVisible()
      await expectClean(makeAxeBuilder)
    })

    test('Edit entry with its red-flag card', async ({ page, app, makeAxeBuilder }) => {
      await page.goto(app.url)
      const created = await seed(page, '2026-03-09T18:00:00', {
        symptoms: ['walking_pain'],
        soreness: 3,
      })
      await page.goto(`${app.url}#/journal/entry/${created.id}`)
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
      await expectClean(makeAxeBuilder)
    })
  })
}

async function expectClean(makeAxeBuilder: () => import('@axe-core/playwright').default) {
  const results = await makeAxeBuilder().analyze()
  expect(
    results.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    })),
  ).toEqual([])
  expect(results.passes.length).toBeGreaterThan(10)
}

import type { Page, TestInfo } from '@playwright/test'
import type { InputOf } from '../../shared/contract'
import { expect, test } from '../support/fixtures'

type NewRoutine = InputOf<'routines:save'>

/** Two 5 s holds with no rest: 3 s lead-in + 10 s = 13 s of timed segments. */
const twoHolds: NewRoutine = {
  name: 'Two quick holds',
  description: 'For the timing check.',
  kind: 'custom',
  rounds: 1,
  steps: [
    hold('seated_hamstring_stretch', 'First hold', 5),
    hold('standing_calf_stretch', 'Second hold', 5),
  ],
}
const LEAD_IN_MS = 3_000
const HOLD_MS = 5_000
const TWO_HOLDS_MS = LEAD_IN_MS + HOLD_MS + HOLD_MS
/**
 * How late Playwright may see a change on a busy machine: its polling, not
 * the player's timing. The player's own timing is measured by the in-page
 * stopwatch and held to 250 ms over the whole routine.
 */
const SEEN_WITHIN_MS = 10_000

function hold(exerciseId: string, name: string, holdSec: number): NewRoutine['steps'][number] {
  return {
    exerciseId,
    name,
    howTo: ['Sit tall.', 'Breathe slowly.'],
    cue: 'A gentle pull, never sharp pain',
    mode: { type: 'hold', holdSec, sets: 1, restBetweenSetsSec: 0 },
    side: 'both',
    restAfterSec: 0,
    optional: false,
  }
}

async function createRoutine(page: Page, routine: NewRoutine): Promise<string> {
  const result = await page.evaluate((r) => window.limber.invoke('routines:save', r), routine)
  if (!result.ok) throw new Error(`routines:save failed: ${result.error.message}`)
  return result.value.id
}

async function sessions(page: Page) {
  const result = await page.evaluate(() => window.limber.invoke('routines:sessions', { days: 1 }))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/**
 * Marks, on the page's own monotonic clock, the moment Start is pressed (a
 * capturing listener runs just before the player's) and the moment the
 * completion screen is in the DOM, plus every Space press (pause/resume).
 */
async function installStopwatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marks = { start: 0, end: 0, spaces: [] as number[] }
    ;(window as unknown as { __marks: typeof marks }).__marks = marks
    document.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button')
        if (button?.textContent.trim() === 'Start') marks.start = performance.now()
      },
      true,
    )
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === ' ' && !event.repeat) marks.spaces.push(performance.now())
      },
      true,
    )
    new MutationObserver(() => {
      if (marks.end === 0 && document.getElementById('player-summary-title')) {
        marks.end = performance.now()
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
}

async function readStopwatch(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { __marks: { start: number; end: number; spaces: number[] } }).__marks,
  )
}

function note(testInfo: TestInfo, type: string, description: string): void {
  testInfo.annotations.push({ type, description })
  console.log(`${type}: ${description}`)
}

test.describe('routines', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  })

  test('duplicate a built-in, rename it, change a hold, reorder with the keyboard, save', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/routines`)
    await page.getByRole('link', { name: 'Duplicate Desk break' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Duplicate Desk break' }),
    ).toBeVisible()

    const name = page.getByRole('textbox', { name: 'Name', exact: true })
    await expect(name).toHaveValue('Desk break (copy)')
    await name.fill('My desk break')

    await page.getByRole('button', { name: 'Edit Standing hamstring stretch' }).click()
    const holdField = page.getByRole('textbox', { name: 'Hold (seconds)' })
    await holdField.fill('45')

    // Keyboard reorder: Alt+↑ inside the step, twice, announced each time.
    const move = page.getByRole('button', { name: 'Move Standing hamstring stretch up' })
    await move.focus()
    const status = page.locator('form [role="status"]')
    await page.keyboard.press('Alt+ArrowUp')
    await expect(status).toHaveText('Standing hamstring stretch moved to position 2 of 3.')
    await page.keyboard.press('Alt+ArrowUp')
    await expect(status).toHaveText('Standing hamstring stretch moved to position 1 of 3.')
    // Focus stayed with the moved step, so the keys can keep going.
    await expect(move).toBeFocused()
    const titles = page.locator('.step-list h3')
    await expect(titles).toHaveText([
      /Standing hamstring stretch/,
      /March in place/,
      /Leg swings, front to back/,
    ])

    await page.getByRole('button', { name: 'Save routine' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'My desk break' })).toBeVisible()

    // Saved for real: after a reload the detail screen reads it back from SQLite.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'My desk break' })).toBeVisible()
    const steps = page.locator('.routine-steps > li')
    await expect(steps.first()).toContainText('Standing hamstring stretch')
    await expect(steps.first()).toContainText('Hold 45 s')
    await expect(steps.nth(1)).toContainText('March in place')

    await page.getByRole('link', { name: 'All routines' }).click()
    const own = page.getByRole('region', { name: 'Your routines' })
    await expect(own.getByRole('heading', { name: 'My desk break' })).toBeVisible()
    // The built-in is untouched.
    await expect(
      page
        .getByRole('region', { name: 'Built-in routines' })
        .getByRole('heading', { name: 'Desk break' }),
    ).toBeVisible()
  })

  test('invalid edits get inline messages and lose nothing typed', async ({ page, app }) => {
    await page.goto(`${app.url}#/routines/new?from=builtin-bedtime`)
    const name = page.getByRole('textbox', { name: 'Name', exact: true })
    await name.fill('   ')
    await page.getByRole('button', { name: 'Edit Calf stretch', exact: true }).click()
    const holdField = page.getByRole('textbox', { name: 'Hold (seconds)' })
    await holdField.fill('3')
    await page.getByRole('button', { name: 'Save routine' }).click()

    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription('Give the routine a name')
    await expect(name).toBeFocused()
    await expect(holdField).toHaveAccessibleDescription(/A hold needs at least 5 seconds/)
    await expect(holdField).toHaveValue('3')
    await expect(page.getByRole('alert')).toContainText('2 things need a fix')

    await name.fill('Evening stretch')
    await holdField.fill('1:15')
    await page.getByRole('button', { name: 'Save routine' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Evening stretch' })).toBeVisible()
    await expect(page.locator('.routine-steps > li').nth(1)).toContainText('Hold 1 min 15 s')
  })

  test('plays a short routine at real speed, ends on time and lands in history', async ({
    page,
    app,
  }, testInfo) => {
    const id = await createRoutine(page, twoHolds)
    await page.goto(`${app.url}#/routines/${id}/play?source=today`)
    await expect(page.getByRole('heading', { level: 1, name: 'Two quick holds' })).toBeVisible()
    await installStopwatch(page)

    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expect(page.getByText('Get ready', { exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: /First hold/ })).toBeVisible()
    // After the lead-in the hold counts down from 0:05 (seconds may pass between polls).
    await expect(page.getByRole('timer')).toHaveText(/^0:0[1-5]$/, {
      timeout: LEAD_IN_MS + SEEN_WITHIN_MS,
    })
    await expect(page.getByText('Step 2 of 2', { exact: true })).toBeVisible({
      timeout: HOLD_MS + SEEN_WITHIN_MS,
    })
    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible({
      timeout: HOLD_MS + SEEN_WITHIN_MS,
    })

    const marks = await readStopwatch(page)
    const measured = marks.end - marks.start
    const error = measured - TWO_HOLDS_MS
    note(
      testInfo,
      'timing',
      `expected ${TWO_HOLDS_MS} ms, measured ${measured.toFixed(1)} ms, error ${error.toFixed(1)} ms`,
    )
    expect(Math.abs(error)).toBeLessThan(250)

    await expect(page.getByText('Saved to your history.')).toBeVisible()
    const [session] = await sessions(page)
    if (!session) throw new Error('no session recorded')
    expect(session).toMatchObject({
      routineId: id,
      status: 'completed',
      requiredDone: true,
      source: 'today',
      steps: [
        { stepIndex: 0, outcome: 'done' },
        { stepIndex: 1, outcome: 'done' },
      ],
    })
    // Wall-clock times from the monotonic ones: the session lasted the routine's length.
    expect(Math.abs(session.endedAt - session.startedAt - TWO_HOLDS_MS)).toBeLessThan(250)

    await page.getByRole('link', { name: 'Back to routines' }).click()
    const history = page.getByRole('region', { name: 'Recent sessions' })
    await expect(history.getByText('Two quick holds')).toBeVisible()
    await expect(history.getByText('Completed')).toBeVisible()
    await expect(history).toContainText('2 of 2 steps done · from Today')
  })

  test('Space pauses and resumes; the pause stops the clock exactly', async ({
    page,
    app,
  }, testInfo) => {
    const id = await createRoutine(page, twoHolds)
    await page.goto(`${app.url}#/routines/${id}/play`)
    await installStopwatch(page)
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    const timer = page.getByRole('timer')
    // Mid-hold, in either hold: a three-second window each time.
    await expect(timer).toHaveText(/^0:0[234]$/, { timeout: LEAD_IN_MS + SEEN_WITHIN_MS })

    await page.keyboard.press('Space')
    await expect(page.getByText('Paused', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible()
    const frozen = await timer.textContent()
    await page.waitForTimeout(1_500)
    await expect(timer).toHaveText(frozen ?? '')

    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible({
      timeout: TWO_HOLDS_MS + SEEN_WITHIN_MS,
    })
    const marks = await readStopwatch(page)
    const [pausedAt = 0, resumedAt = 0] = marks.spaces
    expect(marks.spaces).toHaveLength(2)
    const paused = resumedAt - pausedAt
    const error = marks.end - marks.start - paused - TWO_HOLDS_MS
    note(
      testInfo,
      'timing with pause',
      `paused ${paused.toFixed(0)} ms, error ${error.toFixed(1)} ms`,
    )
    expect(paused).toBeGreaterThan(1_400)
    expect(Math.abs(error)).toBeLessThan(250)
  })

  test('a 60-second routine with a 3-second pause ends within 150 ms of its true length', async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(120_000)
    // 3 s lead-in + one 57 s hold = 60 s of timed segments.
    const minute: NewRoutine = {
      ...twoHolds,
      name: 'One minute',
      steps: [hold('seated_hamstring_stretch', 'Long hold', 57)],
    }
    const id = await createRoutine(page, minute)
    await page.goto(`${app.url}#/routines/${id}/play`)
    await installStopwatch(page)
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    const timer = page.getByRole('timer')
    await expect(timer).toHaveText(/^0:(3[0-9]|40)$/, { timeout: 30_000 })
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible()
    await page.waitForTimeout(3_000)
    await page.keyboard.press('Space')
    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible({
      timeout: 60_000,
    })
    const marks = await readStopwatch(page)
    const [pausedAt = 0, resumedAt = 0] = marks.spaces
    const paused = resumedAt - pausedAt
    const error = marks.end - marks.start - paused - 60_000
    note(testInfo, 'timing 60 s', `paused ${paused.toFixed(0)} ms, error ${error.toFixed(1)} ms`)
    expect(paused).toBeGreaterThan(2_900)
    expect(Math.abs(error)).toBeLessThan(150)
    await expect(page.getByText('Saved to your history.')).toBeVisible()
  })

  test('Esc asks first; stopping saves a stopped-early session', async ({ page, app }) => {
    const id = await createRoutine(page, {
      ...twoHolds,
      name: 'Long holds',
      steps: [hold('hip_stretch', 'Hip hold', 60), hold('glute_bridge', 'Bridge hold', 60)],
    })
    await page.goto(`${app.url}#/routines/${id}/play?source=cramp_now`)
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
    await page.keyboard.press('Space') // Space starts from the ready screen too.
    await expect(page.getByRole('heading', { name: /Hip hold/ })).toBeVisible()
    await page.keyboard.press('ArrowRight') // past the lead-in
    await expect(page.getByRole('timer')).toHaveText(/^(1:00|0:5\d)$/)
    await page.keyboard.press('ArrowRight') // skip the first hold
    await expect(page.getByText('Step 2 of 2', { exact: true })).toBeVisible()

    await page.keyboard.press('Escape')
    const dialog = page.getByRole('dialog', { name: 'Stop this routine?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused()
    await page.keyboard.press('Escape') // Esc in the question means "keep going"
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()

    await page.keyboard.press('Escape')
    await dialog.getByRole('button', { name: 'Stop routine' }).click()
    await expect(page.getByRole('heading', { name: 'Stopped early' })).toBeVisible()
    await expect(page.getByText('Saved to your history.')).toBeVisible()
    const [session] = await sessions(page)
    expect(session).toMatchObject({
      routineName: 'Long holds',
      status: 'stopped_early',
      requiredDone: false,
      source: 'cramp_now',
      steps: [
        { stepIndex: 0, outcome: 'skipped' },
        { stepIndex: 1, outcome: 'incomplete' },
      ],
    })
    await page.getByRole('link', { name: 'Back to routines' }).click()
    await expect(
      page.getByRole('region', { name: 'Recent sessions' }).getByText('Stopped early'),
    ).toBeVisible()
  })

  test('the routines:start event opens the player with its source', async ({ page, app }) => {
    await page.goto(`${app.url}#/today`)
    await app.emit('routines:start', { routineId: 'builtin-bedtime', source: 'tray' })
    await expect(page).toHaveURL(/#\/routines\/builtin-bedtime\/play\?source=tray$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Bedtime stretch' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
  })

  test('hide a built-in with confirmation, then restore it', async ({ page, app }) => {
    await page.goto(`${app.url}#/routines`)
    const builtIns = page.getByRole('region', { name: 'Built-in routines' })
    await builtIns.getByRole('button', { name: 'Hide Strength' }).click()
    const dialog = page.getByRole('dialog', { name: 'Hide Strength?' })
    await dialog.getByRole('button', { name: 'Hide routine' }).click()
    await expect(builtIns.getByRole('heading', { name: 'Strength' })).toBeHidden()
    await builtIns.getByRole('button', { name: 'Restore Strength' }).click()
    await expect(builtIns.getByRole('heading', { name: 'Strength' })).toBeVisible()
  })
})

for (const theme of ['light', 'dark'] as const) {
  test(`routines screens have no WCAG 2.1 A/AA violations (${theme})`, async ({
    page,
    app,
    makeAxeBuilder,
  }, testInfo) => {
    // Nine screens scanned one after another: generous on a busy machine.
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    const id = await createRoutine(page, { ...twoHolds, name: 'Evening', kind: 'bedtime' })
    const scan = async (what: string) => {
      await expect(page.locator(`html[data-theme="${theme}"]`)).toBeAttached()
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
      // The shell scrolls inside <main>: grow the window to the content for the picture.
      const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 800)
      await page.setViewportSize({ width: 1280, height: Math.max(800, Math.min(height, 4000)) })
      await page.screenshot({ path: testInfo.outputPath(`${what}-${theme}.png`) })
      await page.setViewportSize({ width: 1280, height: 800 })
      const results = await makeAxeBuilder().analyze()
      expect(
        results.violations.map(
          (v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    }

    await page.goto(`${app.url}#/routines`)
    await expect(page.getByRole('heading', { name: 'Evening' })).toBeVisible()
    await scan('list')

    await page.goto(`${app.url}#/routines/builtin-cool-down`)
    await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible()
    await scan('detail')

    await page.goto(`${app.url}#/routines/${id}/edit`)
    await page.getByRole('button', { name: 'Edit First hold' }).click()
    await page.getByRole('textbox', { name: 'Hold (seconds)' }).fill('2')
    await page.getByRole('button', { name: 'Save routine' }).click()
    await expect(page.getByRole('textbox', { name: 'Hold (seconds)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await scan('editor')

    await page.goto(`${app.url}#/routines/builtin-desk-break/play`)
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
    await scan('player-ready')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('timer')).toBeVisible()
    await page.keyboard.press('Space')
    await scan('player-hold')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('button', { name: 'Done' })).toBeVisible()
    await scan('player-reps')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeVisible()
    await scan('player-stop')
    await page.getByRole('button', { name: 'Stop routine' }).click()
    await expect(page.getByText('Saved to your history.')).toBeVisible()
    await scan('player-summary')
  })
}

import type { Page } from '@playwright/test'
import { addDays, format } from 'date-fns'
import type { Channel } from '../../shared/contract'
import { BUILT_IN_IDS } from '../../shared/domain/routines/catalogue'
import { expect, test } from '../support/fixtures'
import { call, callAll, episode } from '../support/journal-data'
import { expectNoAxeViolations } from '../support/axe-summary'
import { pdfText } from '../support/pdf-text'

const FIRST = new Date(2026, 10, 25) // the evening of night 1, local
const at = (days: number, hh: number, mm = 0) => {
  const d = addDays(FIRST, days)
  d.setHours(hh, mm, 0, 0)
  return d.getTime()
}
const day = (days: number) => format(addDays(FIRST, days), 'yyyy-MM-dd')

test.use({ clockStart: { at: at(0, 15), frozen: true } })

function bedtimeSession(startedAt: number) {
  return {
    routineId: BUILT_IN_IDS.bedtime,
    routineName: 'Bedtime',
    routineKind: 'bedtime',
    startedAt,
    endedAt: startedAt + 4 * 60_000,
    utcOffsetMin: -new Date(startedAt).getTimezoneOffset() || 0,
    status: 'completed',
    requiredDone: true,
    steps: [],
    source: 'today',
  } as const
}

async function answerQuietNightInUi(page: Page, url: string) {
  await page.goto(`${url}#/today`)
  // The page may already be on Today with yesterday's summary: load it afresh.
  await page.reload()
  await page.getByRole('button', { name: 'No, a quiet night' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Noted: a night without cramps.' }),
  ).toBeVisible()
}

test('a whole experiment: set up, nights, mornings, result card with chart and table, report section, axe clean', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  test.setTimeout(120_000)
  await page.goto(`${app.url}#/experiments`)
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible()
  // Duration and commitment are on screen before anything is drawn.
  await expect(page.getByText(/^56 nights, from Wednesday 25 November/)).toBeVisible()
  await expect(
    page.getByText(/smallest possible p|clearest possible answer.*1\/\s*16/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Start the experiment' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your experiment: the bedtime stretch' }),
  ).toBeVisible()

  await page.goto(`${app.url}#/today`)
  await expect(
    page.getByText(/^Night 1 of 56\. Tonight: the bedtime stretch \((ON|OFF)\)$/),
  ).toBeVisible()
  // Settings says who decides the bedtime reminder now, without touching its switch.
  await page.goto(`${app.url}#/settings/reminders`)
  await expect(page.getByTestId('bedtime-experiment-note')).toContainText(
    `From ${format(FIRST, 'd MMM yyyy')} to ${format(addDays(FIRST, 55), 'd MMM yyyy')} your experiment decides this reminder`,
  )

  const [view] = await call(page, 'experiments:list')
  const periods = view?.experiment.periods ?? []
  const armOf = (night: number) =>
    periods.find((p) => night >= p.firstNight && night < p.firstNight + p.nights)?.arm
  const uiMornings = new Set([1, 22, 43])
  for (let night = 0; night < 56; night++) {
    await app.clock({ set: at(night + 1, 8) })
    const calls: [Channel, unknown][] = []
    const on = armOf(night) === 'on'
    // The routine ticked on ON nights (all but one), never on OFF nights.
    if (on && night !== 30)
      calls.push(['routines:record-session', bedtimeSession(at(night, 22, 15))])
    const cramp = on ? night % 4 === 0 : night % 3 !== 0
    if (uiMornings.has(night) && !cramp) {
      await callAll(page, calls)
      await answerQuietNightInUi(page, app.url)
      continue
    }
    if (night === 12) {
      await callAll(page, calls) // a morning left unanswered: missing, not zero
      continue
    }
    if (cramp)
      calls.push([
        'journal:create',
        { episode: episode(at(night + 1, 3), { context: 'asleep' }), via: 'form' },
      ])
    else calls.push(['checkins:night-report', { date: day(night + 1), report: 'none' }])
    await callAll(page, calls)
  }

  await app.clock({ set: at(57, 10) })
  // A fresh load: a hash-only goto would keep answers cached before the clock moved.
  await page.goto(`${app.url}#/trends/insights`)
  await page.reload()
  const section = page.getByRole('region', { name: 'Personal experiments' })
  await expect(section).toBeVisible()
  const card = section.getByRole('region', { name: /^Result: the bedtime stretch/ })
  await expect(card).toBeVisible()
  await expect(
    card.getByText(/^Nights with the bedtime stretch had .* cramps \(95% interval: /).first(),
  ).toBeVisible()
  await expect(card.getByText(/smallest possible p is 1\/16/).first()).toBeVisible()
  await expect(card.getByLabel(/^Cramps per night during the experiment/)).toBeVisible()
  // Adherence per period from the player's sessions: the one skipped ON night shows.
  const adherence = card.getByRole('table', { name: 'Keeping to the schedule, per period' })
  await expect(adherence.getByRole('row')).toHaveCount(9)
  const skipped = periods.find(
    (p) => p.arm === 'on' && 30 >= p.firstNight && 30 < p.firstNight + p.nights,
  )
  if (skipped) {
    await expect(
      adherence.getByRole('row', {
        name: `Pair ${skipped.pair + 1}, ON ${skipped.firstNight + 1}–${skipped.firstNight + 7} 1 –`,
        exact: false,
      }),
    ).toBeVisible()
  }
  await card.getByRole('button', { name: 'Show as table' }).click()
  const table = card.getByRole('region', { name: 'Cramps per night, as a table' })
  await expect(table.getByRole('row')).toHaveCount(57)
  await expect(table.getByRole('row', { name: /^13 \(/ })).toContainText('missing')

  // The clinician report carries the experiment: design, adherence, result and limits.
  await page.goto(`${app.url}#/trends/report?from=${day(0)}&to=${day(57)}`)
  const report = page.getByRole('region', { name: /^Personal experiment: the bedtime stretch/ })
  await expect(report).toBeVisible()
  await expect(
    report.getByText(/^4 pairs of 7-night periods with the bedtime stretch ON and OFF/),
  ).toBeVisible()
  await expect(
    report.getByRole('table', { name: 'Keeping to the schedule, per period' }).getByRole('row'),
  ).toHaveCount(9)
  await expect(
    report.getByText(/^Nights with the bedtime stretch had .* cramps \(95% interval: /).first(),
  ).toBeVisible()
  await expect(report.getByText(/p = 1\/16 at best/)).toBeVisible()
  // And so does the printed page.
  const { text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }))
  expect(text).toMatch(/Personal experiment: the bedtime stretch/)
  expect(text).toMatch(/Limits/)
  expect(text).toMatch(/p = 1\/16 at best/)

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await page.goto(`${app.url}#/trends/report?from=${day(0)}&to=${day(57)}`)
    await expect(page.getByRole('region', { name: /^Personal experiment/ })).toBeVisible()
    await expectNoAxeViolations(makeAxeBuilder())
    await page.goto(`${app.url}#/trends/insights`)
    await expect(page.getByRole('region', { name: /^Result: the bedtime stretch/ })).toBeVisible()
    await expectNoAxeViolations(makeAxeBuilder())
    await page.goto(`${app.url}#/experiments`)
    await expect(page.getByRole('link', { name: 'Run it again longer' })).toBeVisible()
    await expectNoAxeViolations(makeAxeBuilder())
  }
  await page.getByRole('link', { name: 'Run it again longer' }).click()
  await expect(page.getByRole('heading', { name: 'Run it again, longer' })).toBeVisible()
  await expect(page.getByText(/^112 nights/)).toBeVisible()
})

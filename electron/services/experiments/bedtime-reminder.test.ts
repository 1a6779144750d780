import { afterEach, describe, expect, it } from 'vitest'
import type { ShownReminder } from '../../../shared/domain/reminders'
import { defaultReminderSettings } from '../../../shared/domain/reminders'
import { DEFAULT_DESIGN, nightRole, totalNights } from '../../../shared/domain/experiments/design'
import type { ExperimentSetup } from '../../../shared/domain/experiments/record'
import { shiftDate } from '../../../shared/domain/local-time'
import { useTempDirs } from '../../testing/temp-dir'
import type { Core } from '../core'
import { reminderCore } from '../reminders/service-fixtures'
import { local, t } from '../reminders/test-fixtures'

// A real journal file and the real reminders on a simulated Berlin machine:
// the experiment's ON and OFF nights decide the bedtime reminder, and the
// user's own setting is untouched and back once it is over.
const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

const START = '2026-11-23'
const setup = (over: Partial<ExperimentSetup> = {}): ExperimentSetup => ({
  habit: 'bedtime-stretch',
  customHabit: null,
  design: DEFAULT_DESIGN,
  startDate: START,
  followsId: null,
  ...over,
})

function world(bedtimeOn: boolean) {
  const r = reminderCore(tempDir(), `${START} 09:00`)
  open.push(r.core)
  const own = { ...defaultReminderSettings, bedtime: { enabled: bedtimeOn, at: '22:00' } }
  r.reminders().saveSettings(own)
  /** Local dates on which the bedtime reminder showed. */
  const bedtimeDates = () =>
    r.events
      .filter((e) => e.name === 'reminders:shown')
      .map((e) => e.payload as ShownReminder)
      .filter((s) => s.kind === 'bedtime')
      .map((s) => local(s.firedAt))
  return { ...r, own, bedtimeDates }
}

describe('a bedtime-stretch experiment and the bedtime reminder', () => {
  it('reminds on ON nights only, then hands the reminder back to the user’s own setting', () => {
    const w = world(false)
    const design = DEFAULT_DESIGN
    const { experiment } = w.core.services().experiments.start(setup({ design }))
    const nights = totalNights(design)
    const onNights = Array.from({ length: nights }, (_, i) => i)
      .filter((i) => {
        const role = nightRole(design, experiment.periods, i)
        return role.kind === 'period' && role.period.arm === 'on'
      })
      .map((i) => `${shiftDate(START, i)} 22:00`)
    expect(onNights).toHaveLength(28)

    w.run(`${shiftDate(START, nights + 3)} 09:00`)
    expect(w.bedtimeDates()).toEqual(onNights)
    // The user's switch was never touched: off before, during and after.
    expect(w.reminders().settings().settings.bedtime).toEqual(w.own.bedtime)
    // Two simulated months of every reminder over a real SQLite file: seconds, not a timing budget.
  }, 30_000)

  it('stays quiet on OFF nights for someone whose bedtime reminder is on, and is theirs again once abandoned', () => {
    const w = world(true)
    const s = w.core.services().experiments
    const { experiment } = s.start(setup())
    const firstOff = experiment.periods.find((p) => p.arm === 'off')
    if (!firstOff) throw new Error('no OFF period')
    const offStart = shiftDate(START, firstOff.firstNight)
    const offEnd = shiftDate(START, firstOff.firstNight + firstOff.nights)

    w.run(`${offEnd} 09:00`)
    const offDates = w
      .bedtimeDates()
      .filter((d) => d >= `${offStart} 00:00` && d < `${offEnd} 00:00`)
    expect(offDates).toEqual([])

    s.abandon(experiment.id)
    const before = w.bedtimeDates().length
    w.run(`${shiftDate(offEnd, 3)} 09:00`)
    expect(w.bedtimeDates().slice(before)).toEqual(
      [0, 1, 2].map((d) => `${shiftDate(offEnd, d)} 22:00`),
    )
    expect(w.reminders().settings().settings.bedtime).toEqual(w.own.bedtime)
  })

  it('shows tonight’s decision in the Settings preview', () => {
    const w = world(false)
    const { experiment } = w.core.services().experiments.start(setup())
    const firstOn = experiment.periods.find((p) => p.arm === 'on')
    if (!firstOn) throw new Error('no ON period')
    w.run(`${shiftDate(START, firstOn.firstNight)} 18:00`)
    const preview = w.reminders().preview(w.own)
    expect(preview.upcoming.filter((u) => u.kind === 'bedtime').map((u) => u.at)).toEqual([
      t(`${shiftDate(START, firstOn.firstNight)} 22:00`),
    ])
  })
})

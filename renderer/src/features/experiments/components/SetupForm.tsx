import { Button } from '@renderer/components/Button'
import { format, parseISO } from 'date-fns'
import { useState } from 'react'
import { Notice } from '@renderer/components/Notice'
import {
  DEFAULT_DESIGN,
  type ExperimentDesign,
  type ExperimentHabit,
  totalNights,
} from '@shared/domain/experiments/design'
import { experimentEnd, HABIT_LABELS } from '@shared/domain/experiments/record'
import { useStartExperiment } from '../queries'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const HABITS = Object.keys(HABIT_LABELS) as ExperimentHabit[]
const habitOption = (h: ExperimentHabit) =>
  h === 'custom'
    ? 'Something else (ticked off each day)'
    : HABIT_LABELS[h].replace(/^(the|a|an) /, '')

/**
 * What to test, the design, and — before anything is drawn — how long it
 * takes and what the person commits to. `followsId` and `initial` serve
 * "Run it again longer".
 */
export function SetupForm({
  today,
  followsId = null,
  initial,
}: {
  today: string
  followsId?: string | null
  initial?: { habit: ExperimentHabit; customHabit: string | null; design: ExperimentDesign }
}) {
  const start = useStartExperiment()
  const [habit, setHabit] = useState<ExperimentHabit>(initial?.habit ?? 'bedtime-stretch')
  const [custom, setCustom] = useState(initial?.customHabit ?? '')
  const [design, setDesign] = useState<ExperimentDesign>(initial?.design ?? DEFAULT_DESIGN)
  const [startDate, setStartDate] = useState(today)
  const nights = totalNights(design)
  const end = experimentEnd(design, startDate)
  const what = habit === 'custom' ? custom.trim() || 'your habit' : HABIT_LABELS[habit]
  const set = (patch: Partial<ExperimentDesign>) => {
    setDesign((d) => ({ ...d, ...patch }))
  }
  return (
    <form
      className={cx('card experiment-setup')}
      aria-labelledby="experiment-setup-title"
      onSubmit={(event) => {
        event.preventDefault()
        start.mutate({
          habit,
          customHabit: habit === 'custom' ? custom.trim() : null,
          design,
          startDate,
          followsId,
        })
      }}
    >
      <h2 id="experiment-setup-title">
        {followsId ? 'Run it again, longer' : 'Set up an experiment'}
      </h2>
      <div className={cx('experiment-setup__grid')}>
        <div className="field">
          <label className="field__label" htmlFor="experiment-habit">
            What to test
          </label>
          <select
            id="experiment-habit"
            className="select"
            value={habit}
            onChange={(e) => {
              setHabit(e.target.value as ExperimentHabit)
            }}
          >
            {HABITS.map((h) => (
              <option key={h} value={h}>
                {habitOption(h)}
              </option>
            ))}
          </select>
        </div>
        {habit === 'custom' ? (
          <div className="field">
            <label className="field__label" htmlFor="experiment-custom">
              The habit, in a few words
            </label>
            <input
              id="experiment-custom"
              className="input"
              maxLength={80}
              required
              value={custom}
              onChange={(e) => {
                setCustom(e.target.value)
              }}
            />
          </div>
        ) : null}
        <NumberChoice
          id="experiment-pairs"
          label="Pairs of periods"
          value={design.pairs}
          options={[3, 4]}
          onChange={(pairs) => {
            set({ pairs: pairs as 3 | 4 })
          }}
        />
        <NumberChoice
          id="experiment-period"
          label="Nights per period"
          value={design.periodNights}
          options={[7, 14]}
          onChange={(n) => {
            set({ periodNights: n as 7 | 14 })
          }}
        />
        <NumberChoice
          id="experiment-washout"
          label="Washout nights (not analysed)"
          value={design.washoutNights}
          options={[1, 2]}
          onChange={(n) => {
            set({ washoutNights: n as 1 | 2 })
          }}
        />
        <div className="field">
          <label className="field__label" htmlFor="experiment-start">
            First night
          </label>
          <input
            id="experiment-start"
            className="input"
            type="date"
            min={today}
            value={startDate}
            onChange={(e) => {
              setStartDate(e.target.value)
            }}
          />
        </div>
      </div>
      <label className={cx('checkbox experiment-setup__baseline')}>
        <input
          type="checkbox"
          checked={design.baseline}
          onChange={(e) => {
            set({ baseline: e.target.checked })
          }}
        />
        Start with a baseline week (habits as usual, not compared)
      </label>
      <div className={cx('experiment-setup__commitment')} aria-live="polite">
        <p>
          <strong>
            {nights} nights, from {format(parseISO(startDate), 'EEEE d MMMM')} to the night of{' '}
            {format(parseISO(end), 'EEEE d MMMM yyyy')}.
          </strong>
        </p>
        <p>What you commit to:</p>
        <ul className="list">
          <li>
            On ON nights, {what}; on OFF nights, not. Limber draws which comes first in each pair at
            random when you start, and the schedule is then locked.
          </li>
          <li>
            Answering “Any cramps last night?” every morning, and logging the cramps you have.
          </li>
          <li>
            Keeping everything else as usual. Stopping early is possible, but then there is no
            result.
          </li>
        </ul>
        <p className="field__hint">
          With {design.pairs} pairs the clearest possible answer from the exact test is p = 1/
          {2 ** design.pairs}, so “no clear answer yet” is often the honest result.
        </p>
      </div>
      {start.isError ? (
        <Notice tone="warning" role="alert" title="The experiment was not started">
          <p>{start.error.message}</p>
        </Notice>
      ) : null}
      <div>
        <Button type="submit" tone="primary" disabled={start.isPending}>
          Start the experiment
        </Button>
      </div>
    </form>
  )
}

function NumberChoice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string
  label: string
  value: number
  options: number[]
  onChange: (value: number) => void
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => {
          onChange(Number(e.target.value))
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  )
}

import { Button } from '@renderer/components/Button'
import { useState } from 'react'
import { isIpcError } from '@renderer/lib/ipc'
import { customProblem, periodOf, type PeriodChoice } from './period'
import { useSavePdf } from './queries'

interface ReportControlsProps {
  choice: PeriodChoice
  onChoose: (choice: PeriodChoice) => void
}

/** Period, Print and Save as PDF. Hidden when printing. */
export function ReportControls({ choice, onChoose }: ReportControlsProps) {
  const period = periodOf(choice)
  const [from, setFrom] = useState(period.from)
  const [to, setTo] = useState(period.to)
  const [custom, setCustom] = useState(choice.kind === 'custom')
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSavePdf()

  const pick = (value: string) => {
    setProblem(null)
    if (value === 'custom') {
      setCustom(true)
      return
    }
    setCustom(false)
    onChoose({ kind: 'last', days: value === '90' ? 90 : 30 })
  }
  const selected = custom ? 'custom' : choice.kind === 'last' ? String(choice.days) : 'custom'

  return (
    <div className="report-controls">
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Period</legend>
        <div className="choices">
          {[
            ['30', 'Last 30 days'],
            ['90', 'Last 90 days'],
            ['custom', 'Choose dates'],
          ].map(([value = '', label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="report-period"
                value={value}
                checked={selected === value}
                onChange={() => {
                  pick(value)
                }}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {custom ? (
        <form
          className="report-controls__custom"
          onSubmit={(event) => {
            event.preventDefault()
            const issue = customProblem(from, to)
            setProblem(issue)
            if (!issue) onChoose({ kind: 'custom', from, to })
          }}
        >
          <label className="field">
            <span className="field__label">From</span>
            <input
              className="input"
              type="date"
              value={from}

              onChange={(e) => {
                setFrom(e.target.value)
              }}
            />
          </label>
          <label className="field">
            <span className="field__label">To</span>
            <input
              className="input"
              type="date"
              value={to}

              onChange={(e) => {
                setTo(e.target.value)
              }}
            />
          </label>
          <Button type="submit">Show this period</Button>
          {problem ? (
            <p role="alert" className="field__error">
              {problem}
            </p>
          ) : null}
        </form>
      ) : null}
      <div className="form-actions">
        <Button
          tone="primary"
          onClick={() => {
            window.print()
          }}
        >
          Print
        </Button>
        <Button
          disabled={save.isPending}
          onClick={() => {
            save.mutate(period)
          }}
        >
          {save.isPending ? 'Saving…' : 'Save as PDF'}
        </Button>
      </div>
      <p role="status" className="report-controls__status">
        {save.data?.saved ? `Saved to ${save.data.path ?? 'the chosen file'}.` : null}
      </p>
      {save.isError ? (
        <p role="alert" className="field__error">
          {pdfProblem(save.error)}
        </p>
      ) : null}
    </div>
  )
}

/** Where saving a PDF is not possible (the browser preview), Print can save one instead. */
function pdfProblem(error: Error): string {
  if (isIpcError(error) && error.code === 'unsupported') {
    return 'Saving a PDF directly isn’t available here. Choose Print, then “Save as PDF” as the printer.'
  }
  return `The PDF wasn’t saved: ${error.message} You can also choose Print, then “Save as PDF” as the printer.`
}

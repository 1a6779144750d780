import { Button, buttonClass } from '@renderer/components/Button'
import { useLayoutEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { MoonIcon } from '@renderer/components/icons'
import { useReportQuietNight } from '@renderer/features/episodes/queries'

/**
 * "Any cramps last night?" — "No" is an answer worth keeping (a quiet night
 * is data); "Yes" opens the log form at last night. The thank-you stays in
 * a status line after the question goes, so the answer is confirmed.
 */
export function MorningPrompt({ date, show }: { date: string; show: boolean }) {
  const report = useReportQuietNight()
  const [thanked, setThanked] = useState(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => {
    // The buttons are gone; keep the keyboard here rather than at the top of the page.
    if (thanked) statusRef.current?.focus()
  }, [thanked])

  return (
    <>
      {show && !thanked ? (
        <section className="card morning-prompt" aria-labelledby="morning-title">
          <span className="card__icon">
            <MoonIcon />
          </span>
          <div className="morning-prompt__body">
            <h2 id="morning-title">Any cramps last night?</h2>
            <p className="card__text">
              A quiet night is worth noting too: it shows how often cramps really come.
            </p>
          </div>
          <div className="morning-prompt__actions">
            <Button
              size="large"
              aria-disabled={report.isPending || undefined}
              onClick={() => {
                if (!report.isPending)
                  report.mutate(date, {
                    onSuccess: () => {
                      setThanked(true)
                    },
                  })
              }}
            >
              No, a quiet night
            </Button>
            <Link
              to="/journal/log?when=last_night"
              className={buttonClass({ tone: 'primary', size: 'large' })}
            >
              Yes, log it
            </Link>
          </div>
        </section>
      ) : null}
      <p ref={statusRef} tabIndex={-1} role="status" className="morning-prompt__status">
        {thanked ? 'Noted: a night without cramps.' : ''}
      </p>
    </>
  )
}

import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'
import { INSIGHTS_NOW } from '../test/journal'

/** Eight cramps in February and check-ins on two days before today. */
function eightCrampsTwoCheckIns(b: TestBridge): void {
  for (let day = 1; day <= 8; day++) {
    b.addCramp({ startedAt: Date.parse(`2026-02-0${day}T15:00:00Z`) })
  }
  b.addCheckIn({ date: '2026-03-08', waterMl: 1500 })
  b.addCheckIn({ date: '2026-03-09', waterMl: 2000 })
}

describe('Insights period line', () => {
  it('counts today’s check-in and says why the comparisons do not use it yet', async () => {
    renderApp({
      path: '/trends/insights',
      now: INSIGHTS_NOW,
      setup: (b) => {
        eightCrampsTwoCheckIns(b)
        b.addCheckIn({ date: '2026-03-10', waterMl: 500 })
      },
    })
    expect(
      await screen.findByText(
        /^From .*: 8 cramps and 3 check-in days\. Today’s check-in joins the comparisons below tomorrow, once its night is over\./,
      ),
    ).toBeTruthy()
  })

  it('says nothing about today when there is no check-in today', async () => {
    renderApp({ path: '/trends/insights', now: INSIGHTS_NOW, setup: eightCrampsTwoCheckIns })
    // The period line (the note on patterns says "So far: 8 cramps and 2 check-in days." too).
    expect(await screen.findByText(/^From .*: 8 cramps and 2 check-in days\.$/)).toBeTruthy()
    expect(screen.queryByText(/Today’s check-in joins/)).toBeNull()
  })
})

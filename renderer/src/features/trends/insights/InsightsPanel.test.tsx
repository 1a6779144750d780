import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import { insights } from '../test/fixtures'
import { withTrends } from '../test/setup'

describe('Insights period line', () => {
  it('counts today’s check-in and says why the comparisons do not use it yet', async () => {
    renderApp({
      path: '/trends/insights',
      setup: withTrends({
        insights: insights({ cramps: 8, checkInDays: 2, checkedInToday: true }),
      }),
    })
    expect(
      await screen.findByText(
        /8 cramps and 3 check-in days\. Today’s check-in joins the comparisons below tomorrow, once its night is over\./,
      ),
    ).toBeTruthy()
  })

  it('says nothing about today when there is no check-in today', async () => {
    renderApp({
      path: '/trends/insights',
      setup: withTrends({ insights: insights({ cramps: 8, checkInDays: 2 }) }),
    })
    expect(await screen.findByText(/8 cramps and 2 check-in days\.$/)).toBeTruthy()
    expect(screen.queryByText(/Today’s check-in joins/)).toBeNull()
  })
})

import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { todayLocal } from '@renderer/features/checkins/dates'
import { shiftDate } from '@shared/domain/local-time'
import { INSIGHTS_NOW, reportMonth } from '@renderer/features/trends/test/journal'
import { renderApp } from '@renderer/test/render-app'

// The report loads on demand with recharts; a cold import in jsdom can
// outlast a query's timeout, so warm it once before the tests.
beforeAll(async () => {
  await import('@renderer/features/report/ReportDocument')
})

// The page and main agree on the day: Tuesday 10 March 2026 (only Date is faked).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: INSIGHTS_NOW })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function renderReport(path = '/trends/report') {
  return renderApp({ path, setup: reportMonth })
}

function report() {
  return screen.getByRole('article', { name: 'Leg cramp report' })
}

describe('Report for a clinician', () => {
  it('shows the period’s numbers, every section and the not-a-diagnosis line', async () => {
    const { bridge } = renderReport()
    await screen.findByRole('article', { name: 'Leg cramp report' })
    const today = todayLocal()
    expect(bridge.callsTo('report:data')).toEqual([{ from: shiftDate(today, -29), to: today }])
    const doc = report()
    const summary = within(doc).getByRole('region', { name: 'Summary' })
    const stat = (term: string) =>
      within(summary).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent
    expect(today).toBe('2026-03-10')
    expect(stat('Cramps')).toBe('9')
    expect(stat('Per week')).toBe('2.1')
    expect(stat('Nights with a cramp')).toBe('6 of 30')
    expect(stat('Highest pain')).toBe('9 / 10')
    expect(stat('Typical length')).toBe('1 min 35 s')
    for (const section of [
      'Summary',
      'Cramps per week',
      'How long they lasted',
      'Time of day',
      'Warning signs checked',
      'Medicines',
      'What was tried',
      'Suspected triggers',
      'Notes',
    ]) {
      expect(within(doc).getByRole('heading', { level: 3, name: section })).toBeTruthy()
    }
    expect(within(doc).getByText(/Present:/).parentElement?.textContent).toContain(
      'Several cramps were severe or long',
    )
    const present = within(doc).getByText(/Present:/).parentElement?.textContent
    expect(present).toContain('Found: 3 severe or long cramps in the 30 days to 10 Mar 2026.')
    const notSeen = within(doc)
      .getAllByText(/Not seen:/)
      .map((n) => n.parentElement?.textContent ?? '')
    expect(notSeen).toHaveLength(5)
    expect(notSeen.find((t) => t.includes('walking'))).toContain(
      'Found: 0 entries in the whole period (9 Feb 2026 to 10 Mar 2026).',
    )
    expect(within(doc).getByRole('row', { name: /Atorvastatin/ }).textContent).toContain(
      '1 September 2025',
    )
    expect(within(doc).getByText(/After the long hike/)).toBeTruthy()
    expect(within(doc).getByText('Routines completed: Bedtime 3.', { exact: false })).toBeTruthy()
    expect(within(doc).getAllByText(/does not replace a clinician/)).toHaveLength(2)
  })

  it('covers the last 90 days, or dates the user picks', async () => {
    const { user, bridge } = renderReport()
    await screen.findByRole('article', { name: 'Leg cramp report' })
    const today = todayLocal()
    await user.click(screen.getByRole('radio', { name: 'Last 90 days' }))
    await waitFor(() => {
      expect(bridge.callsTo('report:data')).toContainEqual({
        from: shiftDate(today, -89),
        to: today,
      })
    })
    expect(window.location.hash).toBe('#/trends/report?days=90')

    await user.click(screen.getByRole('radio', { name: 'Choose dates' }))
    // jsdom has no date picker to type into; set the values as the picker would.
    const from = screen.getByLabelText('From')
    const to = screen.getByLabelText('To')
    fireEvent.change(from, { target: { value: '2026-03-01' } })
    fireEvent.change(to, { target: { value: '2026-02-15' } })
    await user.click(screen.getByRole('button', { name: 'Show this period' }))
    expect(screen.getByRole('alert').textContent).toBe('The end date is before the start.')
    fireEvent.change(from, { target: { value: '2026-01-05' } })
    await user.click(screen.getByRole('button', { name: 'Show this period' }))
    await waitFor(() => {
      expect(bridge.callsTo('report:data')).toContainEqual({ from: '2026-01-05', to: '2026-02-15' })
    })
    expect(window.location.hash).toBe('#/trends/report?from=2026-01-05&to=2026-02-15')
  })

  it('prints with the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const { user } = renderReport()
    await screen.findByRole('article', { name: 'Leg cramp report' })
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('saves a PDF through main, and points to Print where that is not possible', async () => {
    // Main has no window to print here (as in the browser preview): it refuses.
    const { user, bridge } = renderReport('/trends/report?days=90')
    await screen.findByRole('article', { name: 'Leg cramp report' })
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Choose Print, then “Save as PDF” as the printer.')
    const today = todayLocal()
    expect(bridge.callsTo('report:save-pdf')).toEqual([{ from: shiftDate(today, -89), to: today }])

    // In the desktop app, Electron prints the window and shows the save dialog.
    bridge.respond('report:save-pdf', () => ({
      ok: true,
      value: { saved: true, path: '/home/sam/Limber report.pdf' },
    }))
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    expect(await screen.findByText('Saved to /home/sam/Limber report.pdf.')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InputOf } from '@shared/contract'
import { shiftDate } from '@shared/domain/local-time'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'
import { freezeToday, localAt, TEST_TODAY } from '@renderer/test/time'

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
})

function cramp(data: TestBridge, date: string, time: string, patch = {}) {
  return data.addCramp({ startedAt: localAt(date, time), ...patch })
}

async function openJournal(fill: (data: TestBridge) => void, path = '/journal') {
  const view = renderApp({ path, setup: fill })
  await screen.findByRole('heading', { level: 1, name: 'Journal' })
  return view
}

function lastListInput(bridge: TestBridge): InputOf<'journal:list'> {
  return bridge.callsTo('journal:list').at(-1) as InputOf<'journal:list'>
}

function dayHeadings(): string[] {
  return within(screen.getByRole('region', { name: 'Entries' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)
}

describe('Journal timeline', () => {
  it('groups cramps and check-ins by day, newest first, with the actions on top', async () => {
    await openJournal((data) => {
      cramp(data, TEST_TODAY, '03:10', { muscle: 'calf' })
      cramp(data, TEST_TODAY, '21:40')
      cramp(data, '2026-03-08', '06:00', { side: 'right' })
      data.addCheckIn({ date: '2026-03-09', waterMl: 1500, stretchedBeforeBed: true })
      data.addCheckIn({ date: TEST_TODAY, caffeineDrinks: 2 })
    })
    expect(await screen.findByText('Showing 3 cramps and 2 check-ins.')).toBeTruthy()
    expect(dayHeadings()).toEqual([
      'TodayTuesday 10 March',
      'YesterdayMonday 9 March',
      'Sunday 8 March',
    ])
    const today = screen
      .getByRole('heading', { level: 2, name: /^Today/ })
      .closest('li') as HTMLElement
    // The check-in first, then the day's cramps newest first.
    expect(
      within(today)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label') ?? a.textContent),
    ).toEqual([
      'Check-in, Today',
      expect.stringContaining('Left hamstring'),
      expect.stringContaining('Left calf'),
    ])
    expect(within(today).getByText('2 caffeine drinks')).toBeTruthy()
    const yesterday = screen.getByRole('article', { name: 'Check-in, Yesterday' })
    expect(within(yesterday).getByText('Water: 6 of 8 glasses')).toBeTruthy()
    expect(
      within(yesterday)
        .getByRole('link', { name: 'Edit check-in for Yesterday' })
        .getAttribute('href'),
    ).toBe('#/check-in/2026-03-09')
    expect(screen.getByRole('link', { name: 'Log a cramp' }).getAttribute('href')).toBe(
      '#/journal/log',
    )
    expect(screen.getByRole('link', { name: 'Daily check-in' }).getAttribute('href')).toBe(
      '#/check-in',
    )
    expect(screen.getByText('The start of your journal.')).toBeTruthy()
  })

  it('turns each filter into main’s query and the URL, hiding check-ins', async () => {
    const { user, bridge } = await openJournal((data) => {
      cramp(data, TEST_TODAY, '08:00', {
        muscle: 'calf',
        pain: 8,
        context: 'asleep',
        triggers: ['heat'],
      })
      cramp(data, TEST_TODAY, '09:00', { muscle: 'calf', pain: 3 })
      cramp(data, TEST_TODAY, '10:00', { muscle: 'hamstring', pain: 9 })
      data.addCheckIn({ date: TEST_TODAY })
    })
    await screen.findByText('Showing 3 cramps and 1 check-in.')
    await user.click(screen.getByRole('button', { name: 'Filters' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Muscle' }), 'Calf')
    await screen.findByText('Showing 2 cramps.')
    expect(lastListInput(bridge).filter).toEqual({ muscle: 'calf' })
    expect(window.location.hash).toBe('#/journal?muscle=calf')
    expect(screen.queryByRole('article', { name: /^Check-in/ })).toBeNull()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pain at least' }), '6 out of 10')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'What you were doing' }),
      'Asleep',
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Suspected trigger' }),
      'Heat or heavy sweating',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Side' }), 'Left')
    await user.click(screen.getByRole('checkbox', { name: 'Only with a warning sign' }))
    await waitFor(() => {
      expect(lastListInput(bridge).filter).toEqual({
        muscle: 'calf',
        minPain: 6,
        context: 'asleep',
        trigger: 'heat',
        side: 'left',
        redFlag: true,
      })
    })
    expect(await screen.findByRole('heading', { name: 'No entries match' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Filters 6 in use' })).toBeTruthy()

    // Chips remove one filter at a time.
    await user.click(screen.getByRole('button', { name: 'Remove filter: With a warning sign' }))
    await user.click(screen.getByRole('button', { name: 'Remove filter: Side: Left' }))
    await screen.findByText('Showing 1 cramp.')
    // That combination was shown a moment ago, so it comes from the cache.
    expect(window.location.hash).toBe('#/journal?muscle=calf&context=asleep&trigger=heat&minPain=6')

    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await screen.findByText('Showing 3 cramps and 1 check-in.')
    expect(window.location.hash).toBe('#/journal')
    expect(screen.getByRole('article', { name: 'Check-in, Today' })).toBeTruthy()
  })

  it('sends a date range as from/to and keeps the check-ins inside it', async () => {
    const { user, bridge } = await openJournal((data) => {
      cramp(data, '2026-03-02', '08:00')
      cramp(data, '2026-02-20', '08:00')
      data.addCheckIn({ date: '2026-03-03' })
      data.addCheckIn({ date: '2026-02-10' })
    })
    await screen.findByText('Showing 2 cramps and 2 check-ins.')
    await user.click(screen.getByRole('button', { name: 'Filters' }))
    await user.type(screen.getByLabelText('From'), '2026-03-01')
    await screen.findByText('Showing 1 cramp and 1 check-in.')
    expect(lastListInput(bridge).filter).toEqual({ from: '2026-03-01' })
    expect(bridge.callsTo('checkins:range').at(-1)).toEqual({ from: '2026-03-01', to: TEST_TODAY })
  })

  it('searches notes once typing pauses, not on every key', async () => {
    const { user, bridge } = await openJournal((data) => {
      cramp(data, TEST_TODAY, '07:00', { notes: 'After climbing the stairs at work' })
      cramp(data, TEST_TODAY, '08:00', { notes: 'Long run' })
    })
    await screen.findByText('Showing 2 cramps and 0 check-ins.')
    const before = bridge.callsTo('journal:list').length
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'stairs')
    await screen.findByText('Showing 1 cramp.')
    const texts = bridge
      .callsTo('journal:list')
      .slice(before)
      .map((input) => (input as InputOf<'journal:list'>).filter?.text)
    expect(texts).toEqual(['stairs'])
    expect(window.location.hash).toBe('#/journal?q=stairs')
  })

  it('restores filters and search from the URL, e.g. coming back from an entry', async () => {
    const { bridge } = await openJournal((data) => {
      cramp(data, TEST_TODAY, '07:00', { muscle: 'calf', notes: 'night cramp' })
      cramp(data, TEST_TODAY, '08:00', { muscle: 'calf', notes: 'morning' })
    }, '/journal?muscle=calf&q=night&redFlag=nonsense')
    await screen.findByText('Showing 1 cramp.')
    expect(lastListInput(bridge).filter).toEqual({ muscle: 'calf', text: 'night' })
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search notes' }).value).toBe(
      'night',
    )
    expect(
      screen.getByRole<HTMLSelectElement>('combobox', { name: 'Muscle', hidden: true }).value,
    ).toBe('calf')
    expect(screen.getByRole('button', { name: 'Remove filter: Muscle: Calf' })).toBeTruthy()
  })

  it('welcomes a first-time user with the two ways to start', async () => {
    await openJournal(() => {})
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Nothing in your journal yet' }),
    ).toBeTruthy()
    const empty = screen.getByRole('region', { name: 'Nothing in your journal yet' })
    expect(within(empty).getByRole('link', { name: 'Log a cramp' }).getAttribute('href')).toBe(
      '#/journal/log',
    )
    expect(within(empty).getByRole('link', { name: 'Daily check-in' }).getAttribute('href')).toBe(
      '#/check-in',
    )
    expect(screen.queryByText('The start of your journal.')).toBeNull()
  })

  it('loads older entries a page at a time with main’s cursor', async () => {
    const { user, bridge } = await openJournal((data) => {
      for (let i = 0; i < 60; i++) cramp(data, shiftDate(TEST_TODAY, -i), '07:00')
    })
    await screen.findByText(
      'Showing 50 cramps and 0 check-ins, newest first. Older entries load as you scroll.',
    )
    expect(lastListInput(bridge)).toMatchObject({ cursor: null, limit: 50 })
    await user.click(screen.getByRole('button', { name: 'Load older entries' }))
    await screen.findByText('Showing 60 cramps and 0 check-ins.')
    expect(lastListInput(bridge).cursor?.startedAt).toBe(
      localAt(shiftDate(TEST_TODAY, -49), '07:00'),
    )
    expect(screen.queryByRole('button', { name: 'Load older entries' })).toBeNull()
    expect(dayHeadings()).toHaveLength(60)
  })
})

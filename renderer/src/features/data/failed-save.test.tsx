import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { unsavedCheckIns } from '@renderer/features/checkins'
import { renderApp } from '@renderer/test/render-app'
import { freezeToday, MORNING } from '@renderer/test/time'

// What main answers when SQLite cannot write (see electron/db/failing-writes.test.ts).
const DISK_FULL = {
  code: 'storage_failed' as const,
  message: 'Limber could not save to disk (it may be full or read-only). Nothing was changed.',
}
const NOTE = "calf; 'long' drive"

afterEach(() => {
  sessionStorage.clear()
  unsavedCheckIns.clear()
  vi.useRealTimers()
})

describe('when a save fails on a full disk', () => {
  it('the cramp form says so and keeps everything typed', async () => {
    const { user, bridge } = renderApp({ path: '/journal/log', now: MORNING })
    await screen.findByRole('button', { name: 'Save cramp' })
    bridge.fail('journal:create', DISK_FULL)
    await user.click(
      within(screen.getByRole('group', { name: 'Pain at its worst' })).getByRole('radio', {
        name: '7',
      }),
    )
    await user.click(
      within(screen.getByRole('group', { name: 'What were you doing?' })).getByRole('radio', {
        name: 'Resting or sitting',
      }),
    )
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), NOTE)
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))
    expect(bridge.callsTo('journal:create')).toHaveLength(1)
    expect(await screen.findByText(/it may be full or read-only/)).toBeTruthy()
    // Still on the form, with every answer as the user left it.
    expect(screen.getByRole('heading', { level: 1, name: 'Log a past cramp' })).toBeTruthy()
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe(NOTE)
    expect(screen.getByRole('radio', { name: '7' })).toHaveProperty('checked', true)
    expect(screen.getByRole('radio', { name: 'Resting or sitting' })).toHaveProperty(
      'checked',
      true,
    )
    expect(bridge.cramps()).toEqual([])
  })

  describe('the check-in', () => {
    beforeEach(freezeToday)

    it('says so and keeps the note typed', async () => {
      const { user, bridge } = renderApp({ path: '/check-in' })
      await screen.findByRole('button', { name: 'Save check-in' })
      bridge.fail('checkins:save', DISK_FULL)
      const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' })
      await user.type(note, NOTE)
      await user.click(screen.getByRole('button', { name: 'Save check-in' }))
      expect(await screen.findByText(/it may be full or read-only/)).toBeTruthy()
      expect(screen.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeTruthy()
      expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' }).value).toBe(NOTE)
    })
  })
})

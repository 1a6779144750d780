import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import { TestBridge, type TestBridgeOptions } from '@renderer/test/test-bridge'
import { freezeToday, TEST_TODAY } from '@renderer/test/time'

// jsdom has no object URLs; the download test provides them, and they go again after.
const objectUrlKeys = ['createObjectURL', 'revokeObjectURL'] as const
const originals = objectUrlKeys.map((key) => Object.getOwnPropertyDescriptor(URL, key))

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  objectUrlKeys.forEach((key, i) => {
    const original = originals[i]
    if (original) Object.defineProperty(URL, key, original)
    else Reflect.deleteProperty(URL, key)
  })
})

async function openSettings(options: TestBridgeOptions = {}) {
  const view = renderApp({
    path: '/settings',
    ...options,
    setup: (b) => {
      b.addCramp({ startedAt: Date.parse('2026-03-09T07:00:00Z'), notes: 'woke at 3' })
    },
  })
  await screen.findByRole('heading', { level: 2, name: 'Your data' })
  return view
}

/** A JSON export made by Limber on another computer: two cramps, a check-in and a medication. */
function exportFromAnotherJournal(): string {
  const other = new TestBridge()
  other.addCramp({ startedAt: Date.parse('2026-03-01T03:00:00Z'), notes: 'from the laptop' })
  other.addCramp({ startedAt: Date.parse('2026-03-02T03:00:00Z') })
  other.addCheckIn({ date: '2026-03-02', waterMl: 1500 })
  other.addMedication({ name: 'Magnesium', kind: 'other' })
  return other.services.transfer.render('json').content
}

function section() {
  return screen.getByRole('region', { name: 'Your data' })
}

function jsonFile(content: string, name = 'limber-journal-2026-03-01.json') {
  return new File([content], name, { type: 'application/json' })
}

describe('Settings → Your data', () => {
  it('downloads the JSON export in the browser preview', async () => {
    const { user } = await openSettings()
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:limber/1'
    })
    URL.revokeObjectURL = vi.fn()
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })

    await user.click(within(section()).getByRole('button', { name: 'Export everything (JSON)' }))
    expect(
      await within(section()).findByText('Downloaded limber-journal-2026-03-10.json.'),
    ).toBeTruthy()
    expect(clicked).toHaveLength(1)
    expect(clicked[0]?.download).toBe('limber-journal-2026-03-10.json')
    expect(clicked[0]?.href).toBe('blob:limber/1')
    // The link is gone again; the blob holds the file main produced.
    expect(document.querySelector('a[download]')).toBeNull()
    expect(blobs[0]?.type).toBe('application/json;charset=utf-8')
    expect(await blobs[0]?.text()).toContain('woke at 3')
  })

  it('says where the app saved a file, and nothing when the dialog was cancelled', async () => {
    // The native save dialog: the user picks a folder, then cancels the next one.
    const asked: string[] = []
    let picked: string | null = '/home/sam'
    const { user, bridge } = await openSettings({
      saveFile: (name) => {
        asked.push(name)
        return Promise.resolve(picked === null ? null : `${picked}/${name}`)
      },
    })
    await user.click(within(section()).getByRole('button', { name: 'Export cramps (CSV)' }))
    expect(
      await within(section()).findByText('/home/sam/limber-cramps-2026-03-10.csv'),
    ).toBeTruthy()
    expect(bridge.callsTo('journal:export').at(-1)).toEqual({ kind: 'episodes_csv' })

    picked = null
    await user.click(within(section()).getByRole('button', { name: 'Export check-ins (CSV)' }))
    await waitFor(() => {
      expect(within(section()).queryByText(/Saved to|Downloaded/)).toBeNull()
    })
    expect(bridge.callsTo('journal:export').at(-1)).toEqual({ kind: 'checkins_csv' })
    expect(asked).toEqual([`limber-cramps-${TEST_TODAY}.csv`, `limber-check-ins-${TEST_TODAY}.csv`])
  })

  it('previews exactly what an import adds, updates and leaves, then imports on confirm', async () => {
    const { user, bridge } = await openSettings()
    const content = exportFromAnotherJournal()
    await user.upload(
      within(section()).getByLabelText('Choose a Limber export (.json)'),
      jsonFile(content),
    )

    const preview = await within(section()).findByRole('region', {
      name: 'Ready to import limber-journal-2026-03-01.json',
    })
    const rows = within(preview)
      .getAllByRole('row')
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (c) => c.textContent))
    expect(rows).toEqual([
      ['Entries', 'Will add', 'Will update', 'Left unchanged'],
      ['Cramps', '2', '0', '0'],
      ['Check-ins', '1', '0', '0'],
      ['Answers about last night', '0', '0', '0'],
      ['Medications', '1', '0', '0'],
      ['Your routines', '0', '0', '0'],
      ['Hidden built-in routines', '0', '0', '0'],
      ['Routine history', '0', '0', '0'],
      ['Reminder history', '0', '0', '0'],
      ['Personal experiments', '0', '0', '0'],
      ['Imported workouts', '0', '0', '0'],
      ['Settings', '0', '0', '0'],
    ])
    expect(within(preview).getByRole('rowheader', { name: 'Cramps' })).toBeTruthy()
    expect(bridge.callsTo('journal:import-preview')).toEqual([{ content }])
    expect(bridge.callsTo('journal:import')).toHaveLength(0)
    expect(bridge.cramps()).toHaveLength(1)

    await user.click(within(preview).getByRole('button', { name: 'Import' }))
    expect(
      await within(section()).findByText(
        'Imported limber-journal-2026-03-01.json: 4 entries added, 0 updated.',
      ),
    ).toBeTruthy()
    expect(bridge.cramps().map((e) => e.notes)).toEqual(['woke at 3', '', 'from the laptop'])
    expect(bridge.callsTo('journal:import')).toEqual([{ content }])
    expect(within(section()).queryByRole('region', { name: /Ready to import/ })).toBeNull()
  })

  it('refreshes the journal after an import', async () => {
    const { user, bridge } = await openSettings()
    await user.click(screen.getByRole('link', { name: 'Journal' }))
    await screen.findByText('Showing 1 cramp and 0 check-ins.')
    const lists = bridge.callsTo('journal:list').length
    await user.click(screen.getByRole('link', { name: 'Settings' }))
    await screen.findByRole('heading', { level: 2, name: 'Your data' })
    await user.upload(
      within(section()).getByLabelText('Choose a Limber export (.json)'),
      jsonFile(exportFromAnotherJournal()),
    )
    await user.click(await within(section()).findByRole('button', { name: 'Import' }))
    await within(section()).findByText(/entries added/)
    await user.click(screen.getByRole('link', { name: 'Journal' }))
    await waitFor(() => {
      expect(bridge.callsTo('journal:list').length).toBeGreaterThan(lists)
    })
    expect(await screen.findByText('Showing 3 cramps and 1 check-in.')).toBeTruthy()
  })

  it('shows main’s precise problem with a bad file and changes nothing', async () => {
    const { user, bridge } = await openSettings()
    // The trailing comma: main's parser stops at the brace after it.
    const message = 'This file is not valid JSON (line 3, column 1).'
    await user.upload(
      within(section()).getByLabelText('Choose a Limber export (.json)'),
      jsonFile('{\n"a": 1,\n}', 'broken.json'),
    )

    const alert = await within(section()).findByRole('alert')
    expect(within(alert).getByText('broken.json can’t be imported')).toBeTruthy()
    expect(within(alert).getByText(message)).toBeTruthy()
    expect(within(alert).getByText('Nothing in your journal was changed.')).toBeTruthy()
    expect(within(section()).queryByRole('button', { name: 'Import' })).toBeNull()
    expect(bridge.callsTo('journal:import')).toHaveLength(0)
    expect(bridge.cramps()).toHaveLength(1)
    // Not repeated as a toast: the panel says it where the user is looking.
    expect(
      within(screen.getByRole('region', { name: 'Notifications' })).queryByText(message),
    ).toBeNull()

    await user.click(within(alert).getByRole('button', { name: 'Choose another file' }))
    expect(document.activeElement).toBe(
      within(section()).getByLabelText('Choose a Limber export (.json)'),
    )
    expect(within(section()).queryByRole('alert')).toBeNull()
  })

  it('cancels a previewed import without importing', async () => {
    const { user, bridge } = await openSettings()
    await user.upload(
      within(section()).getByLabelText('Choose a Limber export (.json)'),
      jsonFile(exportFromAnotherJournal()),
    )
    await user.click(await within(section()).findByRole('button', { name: 'Cancel' }))
    expect(within(section()).queryByRole('region', { name: /Ready to import/ })).toBeNull()
    expect(bridge.callsTo('journal:import')).toHaveLength(0)
    expect(bridge.cramps()).toHaveLength(1)
  })
})

import { JOURNAL_FILE_VERSION } from '../../shared/domain/journal-file'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { LimberApp } from '../support/app'
import { expect, test } from '../support/fixtures'
import {
  call,
  callAll,
  checkIn,
  episode,
  journalSnapshot,
  localDay,
  localTime,
} from '../support/journal-data'
import { expectTheme } from '../support/theme'

function yourData(page: Page) {
  return page.getByRole('region', { name: 'Your data' })
}

async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/settings`)
  await expect(yourData(page)).toBeVisible()
}

/** A journal with some of everything: a trip abroad, a red flag, medications, check-ins. */
async function seedJournal(page: Page): Promise<void> {
  const statin = await call(page, 'medications:save', {
    name: 'Atorvastatin',
    kind: 'statin',
    startedOn: '2025-06-01',
  })
  await call(page, 'medications:save', {
    name: 'Old pill',
    kind: 'other',
    startedOn: null,
    archived: true,
  })
  await callAll(page, [
    [
      'journal:create',
      {
        episode: episode(localTime(0, '03:00'), {
          pain: 8,
          context: 'asleep',
          notes: 'Woke me, "quoted", comma, line\nbreak',
        }),
      },
    ],
    [
      'journal:create',
      {
        episode: {
          ...episode(localTime(-5, '22:15')),
          utcOffsetMin: 540,
          muscle: 'calf',
          symptoms: ['numbness'],
          relief: ['stretch', 'heat'],
          reliefBest: 'heat',
        },
      },
    ],
    [
      'journal:create',
      {
        episode: episode(localTime(-40, '12:00'), {
          durationSec: 75,
          triggers: ['heat', 'dehydration'],
        }),
      },
    ],
    [
      'checkins:save',
      checkIn(localDay(0), { waterMl: 2000, medicationIds: [statin.id], note: 'ok' }),
    ],
    [
      'checkins:save',
      checkIn(localDay(-5), {
        exercise: [
          {
            type: 'Run',
            minutes: 30,
            effort: 6,
            hardOrNew: true,
            warmedUp: false,
            cooledDown: false,
            hot: true,
          },
        ],
        sleepQuality: 2,
      }),
    ],
  ])
}

async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await yourData(page).getByLabel('Choose a Limber export (.json)').setInputFiles(file)
}

test('a JSON export imported into an empty data folder reproduces the same journal', async ({
  page,
  app,
  context,
}) => {
  await seedJournal(page)
  await openSettings(page, app.url)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    yourData(page).getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`limber-journal-${localDay(0)}.json`)
  await expect(
    yourData(page).getByText(`Downloaded ${download.suggestedFilename()}.`),
  ).toBeVisible()
  const content = readFileSync(await download.path())
  expect(JSON.parse(content.toString('utf8'))).toMatchObject({
    format: 'limber-journal',
    version: JOURNAL_FILE_VERSION,
  })
  // As the user would pick it: the downloaded file under its own name.
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: content }
  const original = await journalSnapshot(page)
  expect(original.episodes).toHaveLength(3)

  const emptyDir = mkdtempSync(join(tmpdir(), 'limber-e2e-import-'))
  const fresh = await LimberApp.start(emptyDir)
  try {
    const other = await context.newPage()
    // A new data folder starts with the welcome, as it would for a new user.
    await other.goto(fresh.url)
    await other.getByRole('button', { name: 'Skip setup' }).click()
    await openSettings(other, fresh.url)
    expect((await journalSnapshot(other)).episodes).toEqual([])

    await importFile(other, file)
    const preview = yourData(other).getByRole('region', { name: /^Ready to import limber-journal/ })
    await expect(preview.getByRole('row', { name: /^Cramps/ })).toHaveText(/Cramps\s*3\s*0\s*0/)
    await expect(preview.getByRole('row', { name: /^Check-ins/ })).toHaveText(
      /Check-ins\s*2\s*0\s*0/,
    )
    await expect(preview.getByRole('row', { name: /^Medications/ })).toHaveText(
      /Medications\s*2\s*0\s*0/,
    )
    expect((await journalSnapshot(other)).episodes, 'the preview changes nothing').toEqual([])

    await preview.getByRole('button', { name: 'Import' }).click()
    await expect(yourData(other).getByText(/: 7 entries added, 0 updated\.$/)).toBeVisible()
    expect(await journalSnapshot(other)).toEqual(original)

    // The same file again adds nothing: entries are merged by id.
    await importFile(other, file)
    await expect(
      yourData(other).getByText(
        'Everything in this file is already in your journal, so importing changes nothing.',
      ),
    ).toBeVisible()
    await yourData(other).getByRole('button', { name: 'Cancel' }).click()

    // And the journal screen shows it all.
    await other
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal' })
      .click()
    await expect(other.getByText('Showing 3 cramps and 2 check-ins.')).toBeVisible()
    await other.close()
  } finally {
    await fresh.close()
    rmSync(emptyDir, { recursive: true, force: true })
  }
})

test('cramps and check-ins export as CSV downloads', async ({ page, app }) => {
  await seedJournal(page)
  await openSettings(page, app.url)
  const [cramps] = await Promise.all([
    page.waitForEvent('download'),
    yourData(page).getByRole('button', { name: 'Export cramps (CSV)' }).click(),
  ])
  expect(cramps.suggestedFilename()).toBe(`limber-cramps-${localDay(0)}.csv`)
  const crampRows = readFileSync(await cramps.path(), 'utf8')
    .trimEnd()
    .split('\r\n')
  expect(crampRows[0]).toMatch(/^id,local_date,local_time,/)

  const [checkIns] = await Promise.all([
    page.waitForEvent('download'),
    yourData(page).getByRole('button', { name: 'Export check-ins (CSV)' }).click(),
  ])
  expect(checkIns.suggestedFilename()).toBe(`limber-check-ins-${localDay(0)}.csv`)
  const text = readFileSync(await checkIns.path(), 'utf8')
  expect(text.split('\r\n')[0]).toMatch(/^date,water_ml,/)
  expect(text).toContain('Atorvastatin')
})

test('a bad import file is explained precisely and changes nothing', async ({ page, app }) => {
  await seedJournal(page)
  const before = await journalSnapshot(page)
  await openSettings(page, app.url)
  const valid = (await call(page, 'journal:export', { kind: 'json' })) as { content: string }
  const json = (value: unknown, name: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
  })
  const parsed = JSON.parse(valid.content) as { episodes: { pain: number }[] }

  const cases: [ReturnType<typeof json>, RegExp][] = [
    [
      json('{\n  "format": "limber-journal",\n  "version": 1,\n  oops\n}', 'broken.json'),
      /not valid JSON \(line 4, column 3\)/,
    ],
    [
      json({ ...parsed, version: JOURNAL_FILE_VERSION + 1 }, 'newer.json'),
      new RegExp(
        `newer Limber \\(file version ${JOURNAL_FILE_VERSION + 1}\\); update Limber to import it`,
      ),
    ],
    [json({ hello: 'world' }, 'other.json'), /not a Limber journal export/],
    [
      json(
        { ...parsed, episodes: [{ ...parsed.episodes[0], pain: 11 }, ...parsed.episodes.slice(1)] },
        'pain.json',
      ),
      /cramp entry 1, field "pain"/,
    ],
  ]
  for (const [file, message] of cases) {
    await importFile(page, file)
    const alert = yourData(page).getByRole('alert')
    await expect(alert).toContainText(`${file.name} can’t be imported`)
    await expect(alert).toContainText(message)
    await expect(alert).toContainText('Nothing in your journal was changed.')
    await expect(yourData(page).getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
    await alert.getByRole('button', { name: 'Choose another file' }).click()
    await expect(alert).toHaveCount(0)
  }
  expect(await journalSnapshot(page)).toEqual(before)
})

for (const theme of ['light', 'dark'] as const) {
  test(`Settings with Your data has no WCAG 2.1 A/AA violations (${theme})`, async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await seedJournal(page)
    await openSettings(page, app.url)
    await expectTheme(page, theme)
    const valid = (await call(page, 'journal:export', { kind: 'json' })) as { content: string }
    await importFile(page, {
      name: 'copy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(valid.content),
    })
    await expect(
      yourData(page).getByRole('region', { name: 'Ready to import copy.json' }),
    ).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /Loading|Looking up/ })).toHaveCount(0)
    let results = await makeAxeBuilder().analyze()
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
    expect(results.passes.length).toBeGreaterThan(10)

    await importFile(page, {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    })
    await expect(yourData(page).getByRole('alert')).toBeVisible()
    results = await makeAxeBuilder().analyze()
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
  })
}

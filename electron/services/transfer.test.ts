import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../shared/domain/checkin'
import { JOURNAL_FILE_VERSION } from '../../shared/domain/journal-file'
import { episodeInput } from '../testing/episodes'
import { useTestCores } from '../testing/test-cores'
import { csvCell } from './csv'
import { summaryOf } from '../testing/import-summary'

const newCore = useTestCores()

function setup() {
  const t = newCore()
  return { ...t, ...t.core.services() }
}

function journalWithData() {
  const s = setup()
  const med = s.checkIns.saveMedication({
    name: 'Atorvastatin',
    kind: 'statin',
    startedOn: '2026-01-10',
  })
  s.journal.create(
    episodeInput({
      notes: 'Quote " and, comma\nnew line',
      triggers: ['heat'],
      relief: ['stretch', 'heat'],
      reliefBest: 'heat',
    }),
    'form',
  )
  s.journal.create(
    episodeInput({ startedAt: Date.UTC(2026, 10, 22, 2), context: 'asleep', durationSec: 700 }),
    'form',
  )
  s.checkIns.save({
    ...emptyCheckIn('2026-11-22'),
    waterMl: 2250,
    medicationIds: [med.id],
    note: '=HYPERLINK("x")',
  })
  return s
}

const json = (s: ReturnType<typeof setup>) => s.transfer.render('json').content

describe('export and import', () => {
  it('export → import into an empty journal reproduces it exactly', () => {
    const source = journalWithData()
    const text = json(source)
    const target = setup()
    expect(target.transfer.preview(text)).toEqual(
      summaryOf({
        episodes: { added: 2, updated: 0, unchanged: 0 },
        checkIns: { added: 1, updated: 0, unchanged: 0 },
        medications: { added: 1, updated: 0, unchanged: 0 },
      }),
    )
    expect(target.journal.list({ filter: {}, cursor: null, limit: 50 }).items).toEqual([]) // preview changes nothing
    target.transfer.import(text)
    const strip = (s: string) => {
      const f = JSON.parse(s) as Record<string, unknown>
      delete f.exportedAt
      return f
    }
    expect(strip(json(target))).toEqual(strip(text))
  })

  it('importing the same file twice adds nothing', () => {
    const s = journalWithData()
    expect(s.transfer.import(json(s))).toEqual(
      summaryOf({
        episodes: { added: 0, updated: 0, unchanged: 2 },
        checkIns: { added: 0, updated: 0, unchanged: 1 },
        medications: { added: 0, updated: 0, unchanged: 1 },
      }),
    )
  })

  type FileJson = { episodes: Record<string, unknown>[] } & Record<string, unknown>
  const bad: [string, (file: FileJson) => string, RegExp][] = [
    [
      'malformed JSON',
      () => '{"format": "limber-journal",\n  "version": 1,,\n}',
      /not valid JSON \(line 2, column \d+\)/,
    ],
    ['not an export', () => '{"hello": 1}', /not a Limber journal export/],
    [
      'a newer version',
      (f) => JSON.stringify({ ...f, version: JOURNAL_FILE_VERSION + 1 }),
      new RegExp(`newer Limber \\(file version ${JOURNAL_FILE_VERSION + 1}\\)`),
    ],
    [
      'a bad field',
      (f) =>
        JSON.stringify({
          ...f,
          episodes: f.episodes.map((e, i) => (i === 1 ? { ...e, pain: 11 } : e)),
        }),
      /cramp entry 2, field "pain"/,
    ],
    [
      'duplicate ids',
      (f) => JSON.stringify({ ...f, episodes: [f.episodes[0], f.episodes[0]] }),
      /same cramp entry twice \(items 1 and 2/,
    ],
    [
      'an unknown medication',
      (f) => JSON.stringify({ ...f, medications: [] }),
      /Check-in 1 \(2026-11-22\) lists a medication/,
    ],
    ['an extra key', (f) => JSON.stringify({ ...f, admin: true }), /top level|admin/],
  ]

  it.each(bad)(
    'rejects %s with a precise message and changes nothing',
    (_name, corrupt, message) => {
      const source = journalWithData()
      const file = JSON.parse(json(source)) as FileJson
      const target = setup()
      target.journal.create(episodeInput({ notes: 'already here' }), 'form')
      const before = json(target)
      const text = corrupt(file)
      expect(() => target.transfer.preview(text)).toThrow(message)
      expect(() => target.transfer.import(text)).toThrow(message)
      expect(JSON.parse(json(target))).toEqual({ ...(JSON.parse(before) as object) })
    },
  )

  it('writes CSV that spreadsheets read safely', () => {
    const s = journalWithData()
    const episodes = s.transfer.render('episodes_csv').content.split('\r\n')
    expect(episodes[0]).toMatch(/^id,local_date,local_time,/)
    expect(s.transfer.render('episodes_csv').content).toContain('"Quote "" and, comma\nnew line"')
    expect(s.transfer.render('episodes_csv').content).toContain(',03:00,')
    const checkIns = s.transfer.render('checkins_csv').content
    expect(checkIns).toContain('Atorvastatin')
    expect(checkIns).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell(-1)).toBe('-1')
  })

  it('without a save dialog, export hands the file to the page to download', async () => {
    const s = journalWithData()
    const result = await s.transfer.export('json')
    expect(result).toMatchObject({
      status: 'download',
      fileName: 'limber-journal-2026-11-25.json',
      mimeType: 'application/json',
    })
  })
})

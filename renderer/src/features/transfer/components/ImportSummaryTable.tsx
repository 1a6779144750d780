import type { ImportSection, ImportSummary } from '@shared/domain/journal-file'
import styles from '../transfer.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const rows: readonly { key: ImportSection; label: string }[] = [
  { key: 'episodes', label: 'Cramps' },
  { key: 'checkIns', label: 'Check-ins' },
  { key: 'nightAnswers', label: 'Answers about last night' },
  { key: 'medications', label: 'Medications' },
  { key: 'routines', label: 'Your routines' },
  { key: 'hiddenBuiltIns', label: 'Hidden built-in routines' },
  { key: 'sessions', label: 'Routine history' },
  { key: 'reminderHistory', label: 'Reminder history' },
  { key: 'experiments', label: 'Personal experiments' },
  { key: 'workouts', label: 'Imported workouts' },
  { key: 'settings', label: 'Settings' },
]

/** What the import will do, per kind of entry. */
export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  return (
    <table className={cx('import-table')}>
      <caption className="visually-hidden">What importing this file will do</caption>
      <thead>
        <tr>
          <th scope="col">Entries</th>
          <th scope="col">Will add</th>
          <th scope="col">Will update</th>
          <th scope="col">Left unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{summary[row.key].added}</td>
            <td>{summary[row.key].updated}</td>
            <td>{summary[row.key].unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

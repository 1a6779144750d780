import type { ImportSummary } from '../../../../../shared/domain/journal-file'

const rows = [
  { key: 'episodes', label: 'Cramps' },
  { key: 'checkIns', label: 'Check-ins' },
  { key: 'medications', label: 'Medications' },
] as const

/** What the import will do, per kind of entry. */
export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  return (
    <table className="import-table">
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

import type { ExperimentResult } from '@shared/contract/experiments'
import { DataTable } from '@renderer/components/charts/DataTable'

type Night = ExperimentResult['nights'][number]

const role = (n: Night) => (n.role === 'baseline' ? 'Baseline' : n.role.toUpperCase())
const answer = (n: Night) => (n.cramps === null ? 'missing' : String(n.cramps))

/** Every night of the chart, missing ones written out as missing. */
export function NightsTable({ nights }: { nights: Night[] }) {
  return (
    <DataTable
      caption="Cramps per night of the experiment"
      rowKey={(n) => n.date}
      rows={nights}
      columns={[
        { key: 'night', label: 'Night', cell: (n) => `${n.night} (${n.date})` },
        { key: 'role', label: 'Period', cell: (n) => role(n) + (n.washout ? ', washout' : '') },
        { key: 'done', label: 'Habit done', cell: (n) => (n.done ? 'yes' : 'no') },
        { key: 'cramps', label: 'Cramps', cell: answer, numeric: true },
        {
          key: 'pain',
          label: 'Worst pain',
          cell: (n) => (n.worstPain === null ? '–' : `${n.worstPain}/10`),
          numeric: true,
        },
        {
          key: 'minutes',
          label: 'Minutes',
          cell: (n) => (n.minutes === null ? '–' : String(n.minutes)),
          numeric: true,
        },
      ]}
    />
  )
}

import { dataTableClass } from '@renderer/components/charts/DataTable'
import type { ExperimentResult } from '@shared/contract/experiments'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** Per period: ON nights missed, OFF nights crossed over, nights unanswered. */
export function AdherenceList({ adherence }: { adherence: ExperimentResult['adherence'] }) {
  return (
    <table className={cx(`${dataTableClass} experiment-adherence`)}>
      <caption>Keeping to the schedule, per period</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Nights</th>
          <th scope="col">ON nights missed</th>
          <th scope="col">OFF nights with the habit</th>
          <th scope="col">No answer</th>
        </tr>
      </thead>
      <tbody>
        {adherence.map((a) => (
          <tr key={a.firstNight}>
            <th scope="row">
              Pair {a.pair + 1}, {a.arm.toUpperCase()}
            </th>
            <td>
              {a.firstNight + 1}–{a.firstNight + a.nights}
            </td>
            <td>{a.arm === 'on' ? a.missed : '–'}</td>
            <td>{a.arm === 'off' ? a.crossedOver : '–'}</td>
            <td>{a.unanswered}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

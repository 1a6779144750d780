import type { ReactNode } from 'react'
import styles from './DataTable.module.css'

/** For a table laid out by hand that should look like the others. */
export const dataTableClass = styles.table

export interface Column<Row> {
  key: string
  label: string
  /** The cell's text; numbers are right-aligned. */
  cell: (row: Row) => ReactNode
  numeric?: boolean
}

interface DataTableProps<Row> {
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}

/**
 * The numbers behind a chart as a plain table: what a screen reader reads
 * instead of the drawing, and what anyone can read exactly.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  return (
    <div className={styles.frame}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.key} scope="col" className={cellClass(c, i)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" className={cellClass(c, i)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass(c, i)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function cellClass<Row>(column: Column<Row>, index: number): string | undefined {
  return column.numeric && index > 0 ? styles.num : undefined
}

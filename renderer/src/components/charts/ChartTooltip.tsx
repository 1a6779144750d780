import type { TooltipContentProps } from 'recharts'
import styles from './ChartTooltip.module.css'

export interface TooltipRow {
  label: string
  value: string
  colour?: string
}

interface ChartTooltipProps<Datum> {
  /** Recharts' props: the hovered (or keyboard-selected) point. */
  tip: Pick<TooltipContentProps<number, string>, 'active' | 'payload'>
  title: (datum: Datum) => string
  rows: (datum: Datum) => TooltipRow[]
}

/** One tooltip look for every chart, in the theme's colours. */
export function ChartTooltip<Datum>({ tip, title, rows }: ChartTooltipProps<Datum>) {
  const datum = tip.payload[0]?.payload as Datum | undefined
  if (!tip.active || datum === undefined) return null
  return (
    <div className={styles.tooltip}>
      <p className={styles.title}>{title(datum)}</p>
      {rows(datum).map((row) => (
        <p key={row.label} className={styles.row}>
          {row.colour ? (
            <span className={styles.swatch} style={{ background: row.colour }} />
          ) : null}
          <span>
            {row.label}: <strong>{row.value}</strong>
          </span>
        </p>
      ))}
    </div>
  )
}

export interface LegendItem {
  label: string
  colour: string
  /** A line rather than a filled box, drawn as the chart draws it. */
  line?: 'solid' | 'dashed'
  /** A box's edge colour, for pale fills that would vanish on the card. */
  outline?: string
}

/** The key, as HTML beside the drawing (recharts' own legend ignores the theme). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.legend} aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          {item.line ? (
            <span
              className={item.line === 'dashed' ? `${styles.line} ${styles.dashed}` : styles.line}
              style={{ color: item.colour }}
            />
          ) : (
            <span
              className={styles.swatch}
              style={{
                background: item.colour,
                outline: item.outline ? `1px solid ${item.outline}` : undefined,
              }}
            />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  )
}

import styles from './ChartFrame.module.css'

/** Shown while the chart code (loaded only for these screens) arrives. */
export function ChartsLoading({ what = 'charts' }: { what?: string }) {
  return (
    <p role="status" className={styles.loading}>
      Loading {what}…
    </p>
  )
}

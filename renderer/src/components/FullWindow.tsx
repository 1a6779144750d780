import type { ReactNode } from 'react'

/**
 * A centred panel for states that replace the whole app (recovery, missing
 * bridge, a crash). It is the page's main landmark since no shell is shown.
 */
export function FullWindow({ children, labelledBy }: { children: ReactNode; labelledBy: string }) {
  return (
    <main className="full-window" aria-labelledby={labelledBy}>
      <div className="full-window__panel">{children}</div>
    </main>
  )
}

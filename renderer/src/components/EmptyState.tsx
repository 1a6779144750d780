import type { ReactNode } from 'react'

interface EmptyStateProps {
  icon: ReactNode
  title: string
  children: ReactNode
}

/** What a screen will hold, said plainly, until its feature arrives. */
export function EmptyState({ icon, title, children }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <span className="empty-state__art">{icon}</span>
      <span className="tag">Coming soon</span>
      <h2 id="empty-state-title">{title}</h2>
      <div className="empty-state__text">{children}</div>
    </section>
  )
}

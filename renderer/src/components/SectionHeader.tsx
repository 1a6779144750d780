import type { ReactNode } from 'react'

/** An h2 with an icon and a one-line explanation, shared by settings sections. */
export function SectionHeader({
  id,
  icon,
  title,
  children,
}: {
  id: string
  icon: ReactNode
  title: string
  children: ReactNode
}) {
  return (
    <div className="settings-section__header">
      <div className="card__title">
        <span className="card__icon">{icon}</span>
        <h2 id={id}>{title}</h2>
      </div>
      <p className="card__text">{children}</p>
    </div>
  )
}

/** Announced politely after a save; always rendered so the live region exists. */
export function SaveStatus({ saved }: { saved: boolean }) {
  return (
    <p className="form-status" role="status">
      {saved ? 'Saved.' : ''}
    </p>
  )
}

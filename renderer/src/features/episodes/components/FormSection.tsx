import type { ReactNode } from 'react'

interface FormSectionProps {
  id: string
  title: string
  optional?: boolean
  lead?: ReactNode
  children: ReactNode
}

/** A titled card inside the episode form; optional ones say so in the heading. */
export function FormSection({ id, title, optional = false, lead, children }: FormSectionProps) {
  return (
    <section className="card ep-form-section" aria-labelledby={id}>
      <div className="ep-form-section__header">
        <h2 id={id}>
          {title}
          {optional ? (
            <span className="tag ep-form-section__tag">
              <span className="visually-hidden">, </span>optional
            </span>
          ) : null}
        </h2>
        {lead ? <p className="card__text">{lead}</p> : null}
      </div>
      {children}
    </section>
  )
}

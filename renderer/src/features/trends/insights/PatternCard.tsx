import type { Pattern } from '@shared/contract/trends'
import { PatternActions } from './PatternActions'

/** A pattern that fits the journal: why it shows, the user's numbers, and what helps. */
export function PatternCard({ pattern }: { pattern: Pattern }) {
  const titleId = `pattern-${pattern.id}`
  return (
    <article className="pattern-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="pattern-card__title">
        {pattern.title}
      </h3>
      <div className="pattern-card__body">
        <div className="pattern-card__why">
          <h4>Why this shows</h4>
          <p>{pattern.rule}</p>
          {pattern.evidence.length > 0 ? (
            <dl className="pattern-card__evidence">
              {pattern.evidence.map((e) => (
                <div key={e.label}>
                  <dt>{e.label}</dt>
                  <dd>{e.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {pattern.finding ? <p className="pattern-card__finding">{pattern.finding}</p> : null}
        </div>
        <div className="pattern-card__plan">
          <h4>What may help</h4>
          <ul className="list">
            {pattern.plan.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      </div>
      <PatternActions actions={pattern.actions} patternTitle={pattern.title} />
    </article>
  )
}

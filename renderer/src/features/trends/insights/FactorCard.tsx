import type { FactorEffect, FactorSide } from '../../../../../shared/contract/trends'
import { percent, plural } from '../format'

const strengthText = {
  little: 'Little difference',
  some: 'Some difference',
  clear: 'Clear difference',
} as const

/**
 * One factor: how often the night after a day with it had a cramp, against
 * days without. The strength label appears only when both sides have enough
 * days; until then the card says how many more are needed.
 */
export function FactorCard({ effect }: { effect: FactorEffect }) {
  const titleId = `factor-${effect.factor}`
  return (
    <article className="factor-card" aria-labelledby={titleId}>
      <header className="factor-card__header">
        <h3 id={titleId}>{effect.label}</h3>
        {effect.strength ? (
          <span className={`tag factor-card__strength factor-card__strength--${effect.strength}`}>
            {strengthText[effect.strength]}
          </span>
        ) : (
          <span className="tag">{plural(effect.daysNeeded, 'more day')} needed</span>
        )}
      </header>
      <p className="factor-card__text">{effect.text}</p>
      {/* Rates from a handful of days would look more certain than they are. */}
      {effect.strength ? (
        <dl className="factor-card__sides">
          <Side term="Days with it" side={effect.with} />
          <Side term="Days without it" side={effect.without} />
        </dl>
      ) : null}
      {effect.rateRatio !== null && effect.strength ? (
        <p className="factor-card__ratio">
          Rate ratio {effect.rateRatio.toFixed(2)} (cramp-night rate with ÷ without)
        </p>
      ) : null}
    </article>
  )
}

function Side({ term, side }: { term: string; side: FactorSide }) {
  return (
    <div className="factor-card__side">
      <dt>{term}</dt>
      <dd>
        <strong>{percent(side.crampNights, side.days)}</strong>{' '}
        <span className="trends-muted">
          cramp nights after {side.crampNights} of {plural(side.days, 'day')}
        </span>
      </dd>
    </div>
  )
}

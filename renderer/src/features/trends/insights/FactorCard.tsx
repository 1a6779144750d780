import type { FactorEffect, FactorSide } from '@shared/contract/trends'
import { percent, plural } from '../format'

const strengthText = {
  clear: 'Clear difference',
  could_be_chance: 'Could be chance',
} as const

/**
 * One factor: how often the night after a day with it had a cramp, against
 * days without. The label says "clear" only when the ratio's 95% interval
 * leaves out 1; until each side has enough days the card says how many more
 * are needed, and shows no rates that would look more certain than they are.
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
      {effect.strength ? (
        <dl className="factor-card__sides">
          <Side term="Days with it" side={effect.with} />
          <Side term="Days without it" side={effect.without} />
        </dl>
      ) : null}
      {/* The interval is in the text above; this line names what the ratio divides. */}
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

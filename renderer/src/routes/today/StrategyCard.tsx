import type { ReactNode } from 'react'

interface StrategyCardProps {
  icon: ReactNode
  /** The strategy's short name (React, Prevent, Watch patterns). */
  kicker: string
  title: string
  footer: ReactNode
  children: ReactNode
}

/**
 * One part of the strategy. On wide windows the name sits beside the advice
 * so lines stay short enough to read comfortably.
 */
export function StrategyCard({ icon, kicker, title, footer, children }: StrategyCardProps) {
  const id = `strategy-${kicker.toLowerCase().replace(/\s+/g, '-')}`
  return (
    <section className="card strategy-card" aria-labelledby={id}>
      <div className="strategy-card__aside">
        <span className="card__icon">{icon}</span>
        <h2 id={id}>
          <span className="card__kicker">{kicker}</span>
          <span className="visually-hidden">: </span>
          <span className="card__heading">{title}</span>
        </h2>
        <p className="strategy-card__footer">{footer}</p>
      </div>
      <div className="card__body">{children}</div>
    </section>
  )
}

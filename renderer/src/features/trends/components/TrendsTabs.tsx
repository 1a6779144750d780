import { NavLink } from 'react-router'

const tabs = [
  { to: '/trends', label: 'Charts', end: true },
  { to: '/trends/insights', label: 'Insights', end: false },
  { to: '/trends/report', label: 'Report for a clinician', end: false },
] as const

/** The three views under Trends, as links so each has its own address. */
export function TrendsTabs() {
  return (
    <nav aria-label="Trends views" className="trends-tabs">
      <ul className="trends-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end} className="trends-tabs__link">
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

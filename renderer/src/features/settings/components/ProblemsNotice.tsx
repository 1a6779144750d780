import type { SettingProblem } from '@shared/domain/settings'
import { Notice } from '@renderer/components/Notice'

const labels: Record<string, string> = {
  theme: 'Theme',
  nightStart: 'Night starts',
  nightEnd: 'Night ends',
  waterUnit: 'Water unit',
  waterTargetMl: 'Daily water target',
}

/**
 * Stored values main could not use and replaced with defaults. Calm, not
 * alarming: nothing is broken, and saving the setting again replaces it.
 */
export function ProblemsNotice({ problems }: { problems: readonly SettingProblem[] }) {
  if (problems.length === 0) return null
  return (
    <Notice tone="warning" title="Some saved settings couldn’t be read">
      <p>Limber is using the default for these. Choosing a value below saves it again.</p>
      <ul className="list">
        {problems.map((problem) => (
          <li key={problem.key}>
            <strong>{labels[problem.key] ?? problem.key}</strong>: {problem.message}
          </li>
        ))}
      </ul>
    </Notice>
  )
}

import { Button } from '@renderer/components/Button'
import { useId, useState } from 'react'
import type { PauseOption } from '@shared/domain/reminders'
import { usePauseReminders } from '../queries'

const labels: Record<PauseOption, string> = {
  '30m': 'For 30 minutes',
  '1h': 'For 1 hour',
  '2h': 'For 2 hours',
  tomorrow: 'Until tomorrow',
  until_resume: 'Until I resume',
}
// From the labels, in their order: the sidebar is on the first screen, which
// carries no zod (PauseOption's values are a zod enum).
const options = Object.keys(labels) as PauseOption[]

/**
 * "Pause ▸" as a disclosure: a button that shows the choices below it.
 * Plain buttons in a list need no menu keyboard model to be usable.
 */
export function PauseMenu({ onPausing }: { onPausing: () => void }) {
  const [open, setOpen] = useState(false)
  const pause = usePauseReminders()
  const listId = useId()
  return (
    <div className="rm-pause">
      <Button
        className="rm-status__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((o) => !o)
        }}
      >
        Pause reminders <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </Button>
      <ul id={listId} className="rm-pause__list" hidden={!open} aria-label="Pause reminders">
        {options.map((option) => (
          <li key={option}>
            <Button
              tone="quiet"
              className="rm-pause__option"
              aria-disabled={pause.isPending || undefined}
              onClick={() => {
                if (pause.isPending) return
                // Said before the call: this menu is gone once the pause lands.
                onPausing()
                pause.mutate(option)
              }}
            >
              {labels[option]}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}

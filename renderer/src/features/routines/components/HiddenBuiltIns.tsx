import { Button } from '@renderer/components/Button'
import type { RoutineList } from '@shared/contract/routines'
import { useToasts } from '@renderer/components/Toasts'
import { useRestoreBuiltIn } from '../queries'
import { EyeIcon } from './icons'

/** Built-ins the user hid, each one click from coming back. */
export function HiddenBuiltIns({ hidden }: { hidden: RoutineList['hiddenBuiltIns'] }) {
  const restore = useRestoreBuiltIn()
  const toasts = useToasts()
  if (hidden.length === 0) return null
  return (
    <div className="hidden-builtins">
      <h3 className="hidden-builtins__title">Hidden built-in routines</h3>
      <ul className="hidden-builtins__list">
        {hidden.map((routine) => (
          <li key={routine.id} className="hidden-builtins__item">
            <span>{routine.name}</span>
            <Button
              aria-label={`Restore ${routine.name}`}
              aria-disabled={restore.isPending || undefined}
              onClick={() => {
                if (restore.isPending) return
                restore.mutate(routine.id, {
                  onSuccess: () => {
                    toasts.show({
                      tone: 'info',
                      title: 'Routine restored',
                      message: `${routine.name} is back in your list.`,
                    })
                  },
                })
              }}
            >
              <EyeIcon size={16} />
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}

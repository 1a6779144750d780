import { Button } from '@renderer/components/Button'
import { AlertIcon } from './icons'
import { FullWindow } from './FullWindow'

/**
 * Shown when rendering failed. Nothing is written while a screen renders,
 * so saved data is untouched; reloading the window usually recovers.
 */
export function CrashFallback({ fullWindow = false }: { fullWindow?: boolean }) {
  const body = (
    <>
      <span className="empty-state__art">
        <AlertIcon size={28} />
      </span>
      <h1 id="crash-title" tabIndex={-1} data-screen-heading="">
        Something went wrong
      </h1>
      <p className="full-window__text">
        Limber ran into a problem showing this screen. What you have already saved is stored on this
        computer and is not affected. Reloading the window usually fixes this.
      </p>
      <div className="form-actions">
        <Button
          tone="primary"
          onClick={() => {
            window.location.reload()
          }}
        >
          Reload
        </Button>
      </div>
    </>
  )
  if (fullWindow) return <FullWindow labelledBy="crash-title">{body}</FullWindow>
  return (
    <div className="screen">
      <section className="full-window__panel" aria-labelledby="crash-title">
        {body}
      </section>
    </div>
  )
}

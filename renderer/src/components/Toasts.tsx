import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { ToastStore } from '../lib/toasts'
import { AlertIcon, CloseIcon, InfoIcon } from './icons'

const ToastContext = createContext<ToastStore | null>(null)

export function ToastProvider({ store, children }: { store: ToastStore; children: ReactNode }) {
  return <ToastContext value={store}>{children}</ToastContext>
}

export function useToasts(): ToastStore {
  const store = useContext(ToastContext)
  if (!store) throw new Error('useToasts must be used inside <ToastProvider>')
  return store
}

/**
 * The live region is always in the document (even when empty) so screen
 * readers notice toasts added later; it is a named landmark so nothing on
 * the page sits outside a landmark.
 */
export function ToastRegion() {
  const store = useToasts()
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return (
    <section className="toast-region" aria-label="Notifications">
      <div aria-live="polite" aria-relevant="additions text" className="toast-region__list">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`}>
            <span className="toast__icon">
              {toast.tone === 'error' ? <AlertIcon size={18} /> : <InfoIcon size={18} />}
            </span>
            <div>
              <p className="toast__title">{toast.title}</p>
              <p>{toast.message}</p>
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={`Dismiss: ${toast.title}`}
              onClick={() => {
                store.dismiss(toast.id)
              }}
            >
              <CloseIcon size={16} />
            </button>
          </div>
        ))}
      </div>
    </section>
  )
}

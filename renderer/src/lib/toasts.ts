/**
 * A tiny store for toasts that lives outside React, so the query caches'
 * onError handlers (which run outside components) can raise them too.
 */
export type ToastTone = 'error' | 'info'

export interface Toast {
  id: number
  tone: ToastTone
  title: string
  message: string
}

export type ToastInput = Omit<Toast, 'id'>

/** Info toasts fade on their own; errors stay until dismissed so none is missed. */
const INFO_TIMEOUT_MS = 6000
/** Enough to show a burst of failures without burying the screen. */
const MAX_VISIBLE = 4

export class ToastStore {
  private toasts: readonly Toast[] = []
  private readonly listeners = new Set<() => void>()
  private nextId = 1

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): readonly Toast[] => this.toasts

  /** Shows a toast; the same message already on screen is not repeated. */
  show(input: ToastInput): number {
    const same = this.toasts.find((t) => t.title === input.title && t.message === input.message)
    if (same) return same.id
    const toast: Toast = { ...input, id: this.nextId++ }
    this.toasts = [...this.toasts, toast].slice(-MAX_VISIBLE)
    this.emit()
    if (toast.tone === 'info')
      setTimeout(() => {
        this.dismiss(toast.id)
      }, INFO_TIMEOUT_MS)
    return toast.id
  }

  dismiss(id: number): void {
    const next = this.toasts.filter((t) => t.id !== id)
    if (next.length === this.toasts.length) return
    this.toasts = next
    this.emit()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

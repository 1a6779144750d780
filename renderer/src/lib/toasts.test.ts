import { afterEach, describe, expect, it, vi } from 'vitest'
import { ToastStore } from './toasts'

afterEach(() => {
  vi.useRealTimers()
})

describe('ToastStore', () => {
  it('does not stack the same message twice', () => {
    const store = new ToastStore()
    store.show({ tone: 'error', title: 'Could not save', message: 'Disk full' })
    store.show({ tone: 'error', title: 'Could not save', message: 'Disk full' })
    expect(store.getSnapshot()).toHaveLength(1)
  })

  it('keeps errors until dismissed but lets info fade', () => {
    vi.useFakeTimers()
    const store = new ToastStore()
    const error = store.show({ tone: 'error', title: 'Could not save', message: 'Disk full' })
    store.show({ tone: 'info', title: 'Saved', message: 'All good' })
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().map((t) => t.title)).toEqual(['Could not save'])
    store.dismiss(error)
    expect(store.getSnapshot()).toEqual([])
  })

  it('shows only the latest few', () => {
    const store = new ToastStore()
    for (let i = 1; i <= 6; i++) store.show({ tone: 'error', title: `E${i}`, message: '' })
    expect(store.getSnapshot().map((t) => t.title)).toEqual(['E3', 'E4', 'E5', 'E6'])
  })
})

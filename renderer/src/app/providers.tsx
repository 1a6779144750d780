import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ToastProvider } from '../components/Toasts'
import { ToastStore } from '../lib/toasts'
import { createQueryClient } from './query-client'

/** Toasts and the query client, created once per window. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [toasts] = useState(() => new ToastStore())
  const [queryClient] = useState(() => createQueryClient(toasts))
  return (
    <ToastProvider store={toasts}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ToastProvider>
  )
}

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isIpcError } from '../lib/ipc'
import type { ToastInput, ToastStore } from '../lib/toasts'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** What the toast says failed, e.g. "Could not load your settings". */
      errorTitle?: string
      /** False when the screen shows the error itself. */
      errorToast?: boolean
    }
    mutationMeta: {
      errorTitle?: string
      /**
       * `unless-field-errors`: a form shows field problems next to its
       * fields, so only failures it cannot place become toasts.
       */
      errorToast?: boolean | 'unless-field-errors'
    }
  }
}

/**
 * One client per window. IPC is local, so retrying or refetching on focus
 * only repeats the same answer; main pushes changes as events instead.
 */
export function createQueryClient(toasts: ToastStore): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.errorToast === false) return
        toasts.show(toastFor(error, query.meta?.errorTitle ?? 'Could not load'))
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        const policy = mutation.meta?.errorToast ?? true
        if (policy === false) return
        if (policy === 'unless-field-errors' && isIpcError(error) && error.issues.length > 0) return
        toasts.show(toastFor(error, mutation.meta?.errorTitle ?? 'Could not save'))
      },
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  })
}

function toastFor(error: unknown, title: string): ToastInput {
  const message = isIpcError(error)
    ? error.message
    : 'Something unexpected happened. Nothing was changed.'
  return { tone: 'error', title, message }
}

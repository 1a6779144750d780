import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { EpisodeFilter, ListEpisodesInput, LiveState } from '@shared/contract/journal'
import type { CrampContext, EpisodeInput, Side } from '@shared/domain/episode'
import { invoke } from '@renderer/lib/ipc'
import { mainNow, syncMainClock } from '@renderer/lib/main-clock'

/** Everything journal-shaped sits under ['journal'], so one invalidation refreshes it all. */
export const journalKeys = {
  all: ['journal'] as const,
  lists: () => [...journalKeys.all, 'list'] as const,
  list: (input: ListEpisodesInput) => [...journalKeys.lists(), input] as const,
  entry: (id: string) => [...journalKeys.all, 'entry', id] as const,
  live: () => [...journalKeys.all, 'live'] as const,
}

/** Today's summary (morning question, red flags) depends on episodes and check-ins alike. */
export const todayKeys = { all: ['today'] as const }

async function liveState(promise: Promise<LiveState>): Promise<LiveState> {
  const state = await promise
  syncMainClock(state.now)
  return state
}

export const journalQueries = {
  /** One page, newest first. */
  list: (filter: EpisodeFilter = {}, limit = 50) =>
    queryOptions({
      queryKey: journalKeys.list({ filter, limit }),
      queryFn: () => invoke('journal:list', { filter, limit }),
      meta: { errorTitle: 'Could not load your journal' },
    }),
  /** One entry; the screen explains a missing one itself. */
  get: (id: string) =>
    queryOptions({
      queryKey: journalKeys.entry(id),
      queryFn: () => invoke('journal:get', { id }),
      meta: { errorToast: false },
    }),
  /** Whether a cramp timer is running (and main's clock). Quiet: the banner is optional. */
  live: () =>
    queryOptions({
      queryKey: journalKeys.live(),
      queryFn: () => liveState(invoke('journal:live-get')),
      staleTime: 0,
      meta: { errorToast: false },
    }),
  today: () =>
    queryOptions({
      queryKey: todayKeys.all,
      queryFn: () => invoke('journal:today'),
      meta: { errorToast: false },
    }),
}

/** After any change to episodes: lists, entries, the timer and Today's summary. */
export async function refreshJournal(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: journalKeys.all }),
    queryClient.invalidateQueries({ queryKey: todayKeys.all }),
  ])
}

export function useCreateEpisode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (episode: EpisodeInput) => invoke('journal:create', { episode, via: 'form' }),
    meta: { errorTitle: 'Cramp not saved', errorToast: 'unless-field-errors' },
    onSuccess: () => refreshJournal(queryClient),
  })
}

export function useUpdateEpisode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (vars: { id: string; episode: EpisodeInput }) => invoke('journal:update', vars),
    meta: { errorTitle: 'Changes not saved', errorToast: 'unless-field-errors' },
    onSuccess: async (episode) => {
      queryClient.setQueryData(journalKeys.entry(episode.id), episode)
      await refreshJournal(queryClient)
    },
  })
}

export function useDeleteEpisode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => invoke('journal:delete', { id }),
    meta: { errorTitle: 'Entry not deleted' },
    onSuccess: async ({ id }) => {
      // Gone for now: an open edit screen must not refetch it into an error.
      queryClient.removeQueries({ queryKey: journalKeys.entry(id) })
      await refreshJournal(queryClient)
    },
  })
}

export function useRestoreEpisode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => invoke('journal:restore', { id }),
    meta: { errorTitle: 'Could not undo' },
    onSuccess: async (episode) => {
      queryClient.setQueryData(journalKeys.entry(episode.id), episode)
      await refreshJournal(queryClient)
    },
  })
}

function useLiveMutation(fn: () => Promise<LiveState>, errorTitle: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => liveState(fn()),
    meta: { errorTitle },
    onSuccess: (state) => {
      queryClient.setQueryData(journalKeys.live(), state)
    },
  })
}

/** Starts the cramp timer now (starting twice keeps the first start). */
export function useStartLive() {
  return useLiveMutation(() => invoke('journal:live-start'), 'Could not start the timer')
}

/**
 * "It's over" pressed, or "Keep timing": main records or forgets the stop.
 * The screen changes at once (main's clock as the renderer knows it); main's
 * answer then replaces the guess, and a refusal puts the timer back.
 */
function useStopMutation(stopping: boolean) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => liveState(invoke(stopping ? 'journal:live-stop' : 'journal:live-resume')),
    meta: { errorTitle: stopping ? 'Could not stop the timer' : 'Could not restart the timer' },
    onMutate: () => {
      const before = queryClient.getQueryData<LiveState>(journalKeys.live())
      if (before?.live) {
        queryClient.setQueryData(journalKeys.live(), {
          ...before,
          live: { ...before.live, stoppedAt: stopping ? mainNow() : null },
        })
      }
      return { before }
    },
    onError: (_error, _vars, context) => {
      if (context?.before) queryClient.setQueryData(journalKeys.live(), context.before)
    },
    onSuccess: (state) => {
      queryClient.setQueryData(journalKeys.live(), state)
    },
  })
}

export const useStopLive = () => useStopMutation(true)
export const useResumeLive = () => useStopMutation(false)

/** "Not a cramp": stops the timer without saving anything. */
export function useCancelLive() {
  return useLiveMutation(() => invoke('journal:live-cancel'), 'Could not stop the timer')
}

export interface FinishAnswers {
  side: Side
  pain: number
  context: CrampContext
}

/**
 * The answers to "It's over": main saves the cramp timed to the stop it
 * recorded, and clears the timer, in one transaction.
 */
export function useFinishLive() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (answers: FinishAnswers) => invoke('journal:live-finish', answers),
    meta: { errorTitle: 'Cramp not saved', errorToast: 'unless-field-errors' },
    onSuccess: () => refreshJournal(queryClient),
  })
}

/** "Any cramps last night?" answered "No": a cramp-free night is data too. */
export function useReportQuietNight() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (date: string) => invoke('checkins:night-report', { date, report: 'none' }),
    meta: { errorTitle: 'Answer not saved' },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
        // The check-in form for that date shows the answer (stored apart from check-ins).
        queryClient.invalidateQueries({ queryKey: ['checkins'] }),
      ]),
  })
}

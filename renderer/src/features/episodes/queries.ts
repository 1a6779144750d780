import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type {
  EpisodeFilter,
  ListEpisodesInput,
  LiveState,
} from '../../../../shared/contract/journal'
import type { CrampContext, EpisodeInput, Side } from '../../../../shared/domain/episode'
import { invoke } from '../../lib/ipc'
import { syncMainClock } from './clock'

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
 * "It's over": saves the running episode with the three answers. Main
 * measures up to the moment it saves, but the cramp ended when the user
 * pressed "It's over" (`stoppedAt`, main's clock), before answering; when
 * the two differ by more than a second the entry gets the shorter length.
 */
export function useFinishLive() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      answers,
      stoppedAt,
    }: {
      answers: FinishAnswers
      stoppedAt: number | null
    }) => {
      const saved = await invoke('journal:live-finish', answers)
      if (stoppedAt === null || saved.durationSec === null) return saved
      const measured = Math.max(1, Math.round((stoppedAt - saved.startedAt) / 1000))
      if (saved.durationSec - measured < 2) return saved
      const { id, loggedVia: _via, createdAt: _c, updatedAt: _u, ...fields } = saved
      try {
        return await invoke('journal:update', {
          id,
          episode: { ...fields, durationSec: measured, durationBucket: null },
        })
      } catch {
        // The entry is saved; a few seconds too long is better than an error now.
        return saved
      }
    },
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

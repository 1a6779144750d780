import { queryOptions } from '@tanstack/react-query'
import type { ReportPeriod, TrendRange } from '@shared/contract/trends'
import { invoke } from '@renderer/lib/ipc'

/**
 * Everything derived from the journal sits under ['trends'], so a screen
 * that changes the journal, a check-in or a setting can refresh it all.
 */
export const trendsKeys = {
  all: ['trends'] as const,
  data: (range: TrendRange) => [...trendsKeys.all, 'data', range] as const,
  insights: () => [...trendsKeys.all, 'insights'] as const,
  report: (period: ReportPeriod) => [...trendsKeys.all, 'report', period.from, period.to] as const,
}

export const trendsQueries = {
  data: (range: TrendRange) =>
    queryOptions({
      queryKey: trendsKeys.data(range),
      queryFn: () => invoke('trends:data', { range }),
      // The previous range stays on screen while the next one loads.
      placeholderData: (previous) => previous,
      meta: { errorToast: false },
    }),
  insights: () =>
    queryOptions({
      queryKey: trendsKeys.insights(),
      queryFn: () => invoke('trends:insights'),
      meta: { errorToast: false },
    }),
  report: (period: ReportPeriod) =>
    queryOptions({
      queryKey: trendsKeys.report(period),
      queryFn: () => invoke('report:data', period),
      meta: { errorToast: false },
    }),
}

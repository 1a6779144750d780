import { useMutation } from '@tanstack/react-query'
import type { ReportPeriod } from '@shared/contract/trends'
import { invoke } from '@renderer/lib/ipc'

/** Main prints this window to a PDF and asks where to save it; the controls say what happened. */
export function useSavePdf() {
  return useMutation({
    mutationFn: (period: ReportPeriod) => invoke('report:save-pdf', period),
    meta: { errorToast: false },
  })
}

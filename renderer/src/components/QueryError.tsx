import { Button } from '@renderer/components/Button'
import type { UseQueryResult } from '@tanstack/react-query'
import { Notice } from '@renderer/components/Notice'

interface QueryErrorNoticeProps {
  title: string
  /** Danger when the whole screen depends on the load. */
  tone?: 'warning' | 'danger'
  query: Pick<UseQueryResult, 'error' | 'refetch'>
}

/** A failed load, said plainly, with a way to try again. */
export function QueryErrorNotice({ title, query, tone = 'warning' }: QueryErrorNoticeProps) {
  return (
    <Notice tone={tone} title={title}>
      <p>{query.error?.message}</p>
      <div className="form-actions">
        <Button onClick={() => void query.refetch()}>Try again</Button>
      </div>
    </Notice>
  )
}

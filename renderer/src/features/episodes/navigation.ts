import { useNavigate } from 'react-router'

/**
 * Back to wherever the user came from inside Limber (Today, the journal),
 * or to `fallback` when this screen was the first one opened.
 */
export function useGoBack(fallback: string): () => void {
  const navigate = useNavigate()
  return () => {
    // react-router keeps its own history index in history.state.
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0
    if (idx > 0) void navigate(-1)
    else void navigate(fallback, { replace: true })
  }
}

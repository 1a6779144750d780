import { useEffect } from 'react'
import { useRouteError } from 'react-router'
import { CrashFallback } from '../components/CrashFallback'

/** The router catches render errors itself, so it needs its own fallback. */
export function RouteErrorFallback({ fullWindow = false }: { fullWindow?: boolean }) {
  const error = useRouteError()
  useEffect(() => {
    console.error('Limber could not show this screen', error)
  }, [error])
  return <CrashFallback fullWindow={fullWindow} />
}

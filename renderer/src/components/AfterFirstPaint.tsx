import { useEffect, useState, type ReactNode } from 'react'

/**
 * Renders `children` one frame after the surrounding content has painted,
 * holding their height meanwhile so nothing below moves. For a heavy piece
 * (a chart) that should not hold back the text around it.
 */
export function AfterFirstPaint({ height, children }: { height: number; children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    // Two frames: the first is the one that paints the text, the second comes after it.
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        setReady(true)
      })
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [])
  return ready ? children : <div aria-hidden="true" style={{ minHeight: height }} />
}

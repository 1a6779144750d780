/**
 * A URL that stays on this machine: the harness on 127.0.0.1 (any port), or
 * content that never touches the network (data:, blob:, about:).
 */
export function isLocal(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true
  return (
    ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && parsed.hostname === '127.0.0.1'
  )
}

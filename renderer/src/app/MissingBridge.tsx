import { FullWindow } from '../components/FullWindow'
import { LeafIcon } from '../components/icons'

/**
 * Shown when the page is opened outside Limber (for example the built
 * index.html in a plain browser): without the bridge it cannot reach the
 * journal, and pretending otherwise would lose what the user types.
 */
export function MissingBridge() {
  return (
    <FullWindow labelledBy="missing-bridge-title">
      <span className="empty-state__art">
        <LeafIcon size={28} />
      </span>
      <h1 id="missing-bridge-title">Open Limber from its app</h1>
      <p>
        This page is Limber’s window, but it was opened on its own, so it cannot reach your journal.
      </p>
      <p className="full-window__text">
        Start Limber with <code>npm start</code>, or use the browser preview with{' '}
        <code>npm run preview:web</code> and open the address it prints.
      </p>
    </FullWindow>
  )
}

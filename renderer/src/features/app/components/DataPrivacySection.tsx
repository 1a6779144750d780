import { useQuery } from '@tanstack/react-query'
import { LockIcon } from '@renderer/components/icons'
import { appQueries } from '../queries'

/** Where the data lives, and the local-only promise. */
export function DataPrivacySection() {
  const info = useQuery(appQueries.info())
  return (
    <section className="card settings-section" aria-labelledby="data-title">
      <div className="settings-section__header">
        <div className="card__title">
          <span className="card__icon">
            <LockIcon />
          </span>
          <h2 id="data-title">Data &amp; privacy</h2>
        </div>
        <p className="card__text">
          Everything you record in Limber stays on this computer. There is no account, and Limber
          sends nothing over the internet.
        </p>
      </div>
      <div className="field">
        <h3 className="field__label" id="data-folder-label">
          Data folder
        </h3>
        {info.isPending ? (
          <p className="field__hint" role="status">
            Looking up the data folder…
          </p>
        ) : null}
        {info.isError ? (
          <p className="field__hint">Limber couldn’t read where its data folder is.</p>
        ) : null}
        {info.data ? (
          <code className="path" role="group" aria-labelledby="data-folder-label">
            {info.data.dataDir}
          </code>
        ) : null}
      </div>
      {info.data ? (
        <p className="field__hint">
          {info.data.name} {info.data.version}
          {info.data.shell === 'browser' ? ' · browser preview' : ''}
        </p>
      ) : null}
    </section>
  )
}

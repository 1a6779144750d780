import { Button, buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { Episode } from '@shared/domain/episode'
import { episodeFlags, flagText } from '@shared/domain/red-flags'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { useToasts } from '@renderer/components/Toasts'
import { mainNow } from '@renderer/lib/main-clock'
import {
  episodeLabel,
  RedFlagCard,
  useDeleteEpisodeWithUndo,
} from '@renderer/features/episodes/components'
import { EpisodeForm } from '@renderer/features/episodes/components/EpisodeForm'
import { TrashIcon } from '@renderer/features/episodes/components/icons'
import { draftFromEpisode } from '@renderer/features/episodes/draft'
import { clearDraft } from '@renderer/features/episodes/draft-store'
import { episodeWhen } from '@renderer/features/episodes/format'
import { useGoBack } from '@renderer/features/episodes/navigation'
import { journalQueries, useUpdateEpisode } from '@renderer/features/episodes/queries'
import { isIpcError } from '@renderer/lib/ipc'
import styles from '@renderer/features/episodes/cards.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const via: Record<Episode['loggedVia'], string> = {
  cramp_now: 'timed with Cramp now',
  form: 'logged with the form',
  tray: 'logged from the tray',
  import: 'imported',
}

/** One entry: the same form as logging, prefilled, with Delete (and Undo) and its own red flags. */
export function EditEntryScreen() {
  const { id = '' } = useParams()
  const entry = useQuery(journalQueries.get(id))

  if (entry.isPending) {
    return (
      <div className="screen">
        <ScreenHeader title="Edit entry" />
        <p role="status">Loading…</p>
      </div>
    )
  }
  if (entry.isError) {
    const missing =
      isIpcError(entry.error) &&
      (entry.error.code === 'not_found' || entry.error.code === 'invalid_input')
    return missing ? (
      <MissingEntry />
    ) : (
      <LoadFailed message={entry.error.message} retry={() => void entry.refetch()} />
    )
  }
  return <EditEntry key={id} episode={entry.data} />
}

function EditEntry({ episode }: { episode: Episode }) {
  const update = useUpdateEpisode()
  const deleteWithUndo = useDeleteEpisodeWithUndo()
  const toasts = useToasts()
  const goBack = useGoBack('/journal')
  const storageKey = `entry:${episode.id}`
  const flags = episodeFlags(episode)

  const remove = async () => {
    if (await deleteWithUndo(episode.id, episodeLabel(episode))) {
      clearDraft(storageKey)
      goBack()
    }
  }

  return (
    <div className="screen">
      <ScreenHeader
        title="Edit entry"
        lead={`${episodeWhen(episode, mainNow())}, ${via[episode.loggedVia]}`}
      />
      {flags.length > 0 ? (
        <section className={cx('flag-section')} aria-labelledby="entry-flags-title">
          <h2 id="entry-flags-title">Worth a word with a clinician</h2>
          {flags.map((key) => (
            <RedFlagCard key={key} flag={flagText(key)} />
          ))}
        </section>
      ) : null}
      <EpisodeForm
        storageKey={storageKey}
        mode="edit"
        initial={() => draftFromEpisode(episode)}
        submitLabel="Save changes"
        save={async (input) =>
          draftFromEpisode(await update.mutateAsync({ id: episode.id, episode: input }))
        }
        onSaved={() => {
          toasts.show({ tone: 'info', title: 'Changes saved', message: 'The entry is up to date.' })
        }}
        actions={
          <>
            <Link to="/journal" className={buttonClass({ size: 'large' })}>
              Back to the journal
            </Link>
            <Button tone="danger-outline" size="large" onClick={() => void remove()}>
              <TrashIcon size={18} />
              Delete entry
            </Button>
          </>
        }
      />
    </div>
  )
}

function MissingEntry() {
  return (
    <div className="screen">
      <ScreenHeader title="This entry no longer exists" />
      <section className="card" aria-label="What happened">
        <p>
          It may have been deleted, here or in another window. Nothing else in your journal changed.
        </p>
        <div className="form-actions">
          <Link to="/journal" className={buttonClass({ tone: 'primary' })}>
            Go to the journal
          </Link>
          <Link to="/today" className={buttonClass()}>
            Back to Today
          </Link>
        </div>
      </section>
    </div>
  )
}

function LoadFailed({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div className="screen">
      <ScreenHeader title="Edit entry" />
      <Notice tone="warning" title="Limber couldn’t open this entry">
        <p>{message}</p>
        <div>
          <Button onClick={retry}>Try again</Button>
        </div>
      </Notice>
    </div>
  )
}

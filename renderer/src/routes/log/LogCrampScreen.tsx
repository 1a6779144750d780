import { buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { useToasts } from '@renderer/components/Toasts'
import { EpisodeForm } from '@renderer/features/episodes/components/EpisodeForm'
import { emptyDraft, type EpisodeDraft } from '@renderer/features/episodes/draft'
import { useGoBack } from '@renderer/features/episodes/navigation'
import { journalQueries, useCreateEpisode } from '@renderer/features/episodes/queries'

/** Today's "Yes" to "Any cramps last night?" opens the form with the night already chosen. */
function lastNight(draft: EpisodeDraft): EpisodeDraft {
  return { ...draft, when: 'last_night', context: draft.context === '' ? 'asleep' : draft.context }
}

/** Log a cramp after the fact: quick time choices, the essentials, then optional details. */
export function LogCrampScreen() {
  const [params] = useSearchParams()
  const live = useQuery(journalQueries.live())
  const create = useCreateEpisode()
  const toasts = useToasts()
  const goBack = useGoBack('/today')
  // The last side used is the default, as for "cramp now".
  const side = live.data?.suggested.side ?? ''

  return (
    <div className="screen">
      <ScreenHeader
        title="Log a past cramp"
        lead="The essentials take a few seconds. Everything else is optional and can wait."
      />
      {live.isPending ? (
        <p role="status">Loading…</p>
      ) : (
        <EpisodeForm
          storageKey="log"
          mode="new"
          initial={() => emptyDraft(side)}
          preset={params.get('when') === 'last_night' ? lastNight : undefined}
          submitLabel="Save cramp"
          save={async (input) => {
            await create.mutateAsync(input)
            return emptyDraft(side)
          }}
          onSaved={() => {
            toasts.show({ tone: 'info', title: 'Cramp saved', message: 'It is in your journal.' })
            goBack()
          }}
          actions={
            <Link to="/today" className={buttonClass({ size: 'large' })}>
              Cancel
            </Link>
          }
        />
      )}
    </div>
  )
}

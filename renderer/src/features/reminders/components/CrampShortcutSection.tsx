import { Button } from '@renderer/components/Button'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { DEFAULT_CRAMP_SHORTCUT, type ShortcutStatus } from '@shared/domain/shortcut'
import { SaveStatus, SectionHeader } from '@renderer/components/SectionHeader'
import { TextField } from '@renderer/components/TextField'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { invoke } from '@renderer/lib/ipc'
import { useSectionSave, settingsQueries } from '@renderer/features/settings'
import styles from './CrampShortcutSection.module.css'
import { InlineSwitch } from './InlineSwitch'
import { KeyboardIcon } from './icons'

const statusKey = ['app', 'shortcut-status'] as const

/**
 * A system-wide shortcut that starts Cramp now from any app, off by
 * default. What the system made of it (held, or refused because another
 * app has it) is read back from main after every save and shown here.
 */
export function CrampShortcutSection() {
  const settings = useQuery(settingsQueries.get())
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => invoke('app:shortcut-status'),
    meta: { errorToast: false },
  })
  const queryClient = useQueryClient()
  const { save, errors, saved, pending } = useSectionSave()
  const stored = settings.data?.settings.crampShortcut ?? null
  // What the user is typing stays theirs through a refused save.
  const [draft, setDraft] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)

  const saveShortcut = async (value: string | null) => {
    if (await save({ crampShortcut: value })) setDraft(null)
    await queryClient.invalidateQueries({ queryKey: statusKey })
  }

  return (
    <section className="card settings-section" aria-labelledby="shortcut-title">
      <SectionHeader id="shortcut-title" icon={<KeyboardIcon />} title="Cramp now from anywhere">
        A keyboard shortcut that starts the cramp timer from any app, even while Limber is hidden in
        the tray.
      </SectionHeader>
      <InlineSwitch
        checked={stored !== null}
        disabled={!settings.data || pending}
        onChange={(on) => void saveShortcut(on ? (draft ?? DEFAULT_CRAMP_SHORTCUT) : null)}
      >
        Use a shortcut for Cramp now
      </InlineSwitch>
      {stored !== null ? (
        <form
          ref={formRef}
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            void saveShortcut(draft ?? stored)
          }}
        >
          <TextField
            id="cramp-shortcut"
            label="Shortcut"
            hint="Keys joined by +, such as Ctrl+Alt+K. CommandOrControl is Cmd on a Mac and Ctrl elsewhere."
            value={draft ?? stored}
            error={errors.crampShortcut}
            spellCheck={false}
            autoComplete="off"
            onValueChange={setDraft}
          />
          <Button type="submit" className={styles.save} disabled={pending}>
            Save shortcut
          </Button>
        </form>
      ) : null}
      <StatusLine status={status.data} />
      <SaveStatus saved={saved} />
    </section>
  )
}

function StatusLine({ status }: { status: ShortcutStatus | undefined }) {
  if (!status || status.state === 'off') return null
  if (status.state === 'unavailable')
    return (
      <p className="field__hint">
        The shortcut works in the desktop app; this browser preview cannot register one.
      </p>
    )
  if (status.state === 'refused')
    return (
      <p className="field__error" role="alert">
        Your system refused {status.accelerator}: another app may be using it. Choose another.
      </p>
    )
  return (
    <p className="field__hint" role="status">
      {status.accelerator} starts Cramp now from any app.
    </p>
  )
}

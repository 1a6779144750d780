import { SoundIcon, VoiceIcon } from '../components/icons'
import type { SoundPrefs } from './preferences'

interface SoundTogglesProps {
  prefs: SoundPrefs
  onChange: (patch: Partial<SoundPrefs>) => void
  voiceAvailable: boolean
  audioAvailable: boolean
}

/** Beeps and spoken prompts, each with its own switch; says so when the computer can't. */
export function SoundToggles({
  prefs,
  onChange,
  voiceAvailable,
  audioAvailable,
}: SoundTogglesProps) {
  return (
    <fieldset className="sound-toggles">
      <legend className="visually-hidden">Sound</legend>
      <label className="rt-switch">
        <input
          type="checkbox"
          role="switch"
          checked={prefs.beeps}
          aria-describedby={audioAvailable ? undefined : 'no-audio-hint'}
          onChange={(event) => {
            onChange({ beeps: event.target.checked })
          }}
        />
        <SoundIcon size={18} />
        Beeps
      </label>
      <label className="rt-switch">
        <input
          type="checkbox"
          role="switch"
          checked={prefs.voice}
          aria-describedby={prefs.voice && !voiceAvailable ? 'no-voice-hint' : undefined}
          onChange={(event) => {
            onChange({ voice: event.target.checked })
          }}
        />
        <VoiceIcon size={18} />
        Spoken prompts
      </label>
      {!audioAvailable ? (
        <p id="no-audio-hint" className="sound-toggles__hint">
          This window can’t play sounds; the screen still shows every step.
        </p>
      ) : null}
      {prefs.voice && !voiceAvailable ? (
        <p id="no-voice-hint" className="sound-toggles__hint">
          No voice is installed on this computer, so prompts stay silent.
        </p>
      ) : null}
    </fieldset>
  )
}

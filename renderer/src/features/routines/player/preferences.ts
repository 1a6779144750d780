import { useCallback, useState } from 'react'

/** The player's sound toggles, remembered on this computer. */
export interface SoundPrefs {
  beeps: boolean
  voice: boolean
}

const KEY = 'limber.player.sound'
const DEFAULTS: SoundPrefs = { beeps: true, voice: true }

export function readSoundPrefs(): SoundPrefs {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null')
    if (typeof stored !== 'object' || stored === null) return DEFAULTS
    const { beeps, voice } = stored as Partial<Record<keyof SoundPrefs, unknown>>
    return {
      beeps: typeof beeps === 'boolean' ? beeps : DEFAULTS.beeps,
      voice: typeof voice === 'boolean' ? voice : DEFAULTS.voice,
    }
  } catch {
    return DEFAULTS
  }
}

export function useSoundPrefs() {
  const [prefs, setPrefs] = useState(readSoundPrefs)
  const update = useCallback((patch: Partial<SoundPrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...patch }
      try {
        window.localStorage.setItem(KEY, JSON.stringify(next))
      } catch {
        // Storage full or blocked: the toggle still works for this session.
      }
      return next
    })
  }, [])
  return [prefs, update] as const
}

import { useCallback, useEffect, useRef, useState } from 'react'
import {
  AudioScheduler,
  beepSchedule,
  Speaker,
  speechFor,
  type AudioContextLike,
  type SpeechSynthesisLike,
} from '@shared/domain/routines/cues'
import { currentSegment } from '@shared/domain/routines/player'
import type { PlayerClock } from './clock'
import type { SoundPrefs } from './preferences'
import type { PlayerView } from './usePlayer'

/** What the window offers for sound; tests pass fakes, the app the real APIs. */
export interface SoundEnvironment {
  /** Creates an AudioContext, or null when the window has none. */
  createAudioContext: () =>
    (AudioContextLike & { resume?: () => Promise<void>; close?: () => Promise<void> }) | null
  speech: SpeechSynthesisLike<unknown> | null
  makeUtterance: (text: string) => unknown
}

type WindowWithAudio = {
  AudioContext?: typeof AudioContext
  webkitAudioContext?: typeof AudioContext
}

export const browserSound: SoundEnvironment = {
  createAudioContext: () => {
    const w = window as WindowWithAudio
    const Ctor = w.AudioContext ?? w.webkitAudioContext
    if (typeof Ctor !== 'function') return null
    try {
      return new Ctor()
    } catch {
      return null
    }
  },
  speech:
    typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null,
  makeUtterance: (text) =>
    typeof SpeechSynthesisUtterance === 'function' ? new SpeechSynthesisUtterance(text) : { text },
}

/**
 * Beeps on the Web Audio clock and spoken prompts, each behind its own
 * toggle. `unlock()` must run inside the Start click: browsers only let a
 * page make sound after a user gesture. Without an AudioContext or a voice
 * the player simply stays quiet.
 */
export function useCues(
  view: PlayerView,
  prefs: SoundPrefs,
  clock: PlayerClock,
  env: SoundEnvironment,
) {
  const scheduler = useRef<AudioScheduler | null>(null)
  const context = useRef<ReturnType<SoundEnvironment['createAudioContext']>>(null)
  const [speaker] = useState(() => new Speaker(env.speech, env.makeUtterance))
  const [voiceAvailable, setVoiceAvailable] = useState(() => speaker.available)
  const [audioAvailable, setAudioAvailable] = useState(true)
  const spokenIndex = useRef<number | null>(null)

  const unlock = useCallback(() => {
    if (context.current === null) {
      context.current = env.createAudioContext()
      scheduler.current = context.current ? new AudioScheduler(context.current) : null
      setAudioAvailable(context.current !== null)
    }
    void context.current?.resume?.().catch(() => undefined)
  }, [env])

  // Chromium fills the voice list late, after "voiceschanged".
  useEffect(() => {
    const synth = env.speech as unknown as Partial<EventTarget> | null
    if (typeof synth?.addEventListener !== 'function') return
    const onVoices = () => {
      setVoiceAvailable(speaker.available)
    }
    synth.addEventListener('voiceschanged', onVoices)
    return () => synth.removeEventListener?.('voiceschanged', onVoices)
  }, [env, speaker])

  const { player } = view
  useEffect(() => {
    const audio = scheduler.current
    if (audio === null) return
    if (!prefs.beeps) {
      audio.cancelAll()
      return
    }
    // The schedule is computed at this instant, so beeps land on the
    // segment ends however late this effect runs.
    const now = clock.now()
    audio.sync(beepSchedule(player, now), now)
  }, [view, player, prefs.beeps, clock])

  useEffect(() => {
    const speaking = player.status === 'running' || player.status === 'completed'
    if (!speaking) {
      if (player.status !== 'ready') speaker.silence()
      return
    }
    if (spokenIndex.current === player.index) return
    spokenIndex.current = player.index
    if (prefs.voice) speaker.say(speechFor(currentSegment(player)))
  }, [player, prefs.voice, speaker])

  useEffect(() => {
    if (!prefs.voice) speaker.silence()
  }, [prefs.voice, speaker])

  useEffect(
    () => () => {
      scheduler.current?.cancelAll()
      speaker.silence()
      void context.current?.close?.().catch(() => undefined)
      context.current = null
      scheduler.current = null
    },
    [speaker],
  )

  const restart = useCallback(() => {
    spokenIndex.current = null
  }, [])

  return { unlock, restart, voiceAvailable, audioAvailable }
}

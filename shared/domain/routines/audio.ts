import type { Beep, BeepKind } from './cues'

/**
 * Just the parts of the Web Audio API the beeps use, so a real AudioContext
 * fits and tests can pass a fake that records calls.
 */
export interface AudioParamLike {
  setValueAtTime(value: number, time: number): unknown
  linearRampToValueAtTime(value: number, time: number): unknown
}

export interface AudioNodeLike {
  connect(destination: AudioNodeLike): unknown
  disconnect(): void
}

export interface OscillatorLike extends AudioNodeLike {
  readonly frequency: AudioParamLike
  start(when: number): void
  stop(when: number): void
}

export interface GainLike extends AudioNodeLike {
  readonly gain: AudioParamLike
}

export interface AudioContextLike {
  /** Seconds on the audio hardware clock. */
  readonly currentTime: number
  readonly destination: AudioNodeLike
  createOscillator(): OscillatorLike
  createGain(): GainLike
}

interface Tone {
  readonly hz: number
  readonly seconds: number
}

/** Short high ticks for 3-2-1; a longer, lower tone when a segment ends. */
const tones: Record<BeepKind, Tone> = {
  count: { hz: 880, seconds: 0.12 },
  end: { hz: 660, seconds: 0.4 },
}

/** A few ms of fade in and out, so a beep does not click. */
const RAMP_S = 0.005

/**
 * Beeps this close to sounding are left alone on re-sync: the audio clock
 * advances in steps of a few ms, so a beep the monotonic clock calls past may
 * not have started yet, and cancelling it would lose it.
 */
const LEAVE_ALONE_S = 0.05

interface Scheduled {
  readonly osc: OscillatorLike
  readonly gain: GainLike
  readonly when: number
  readonly until: number
}

/**
 * Keeps the scheduled beeps in step with a `beepSchedule` list. Call `sync`
 * whenever the player state changes and on every tick: beeps already
 * scheduled are kept (by id), new ones are added, and ones no longer wanted
 * (after pause, skip or stop) are cancelled.
 */
export class AudioScheduler {
  private readonly scheduled = new Map<string, Scheduled>()

  constructor(
    private readonly ctx: AudioContextLike,
    private readonly volume = 0.3,
  ) {}

  /** `nowMs` is the monotonic clock the beeps were computed with. */
  sync(beeps: readonly Beep[], nowMs: number): void {
    const audioNow = this.ctx.currentTime
    const wanted = new Set(beeps.map((b) => b.id))
    for (const [id, entry] of this.scheduled) {
      if (entry.until < audioNow) this.scheduled.delete(id)
      else if (!wanted.has(id) && entry.when > audioNow + LEAVE_ALONE_S) this.cancel(id, entry)
    }
    for (const beep of beeps) {
      if (this.scheduled.has(beep.id)) continue
      // Map the monotonic time onto the audio clock at this instant.
      const when = Math.max(audioNow, audioNow + (beep.atMs - nowMs) / 1000)
      this.scheduled.set(beep.id, this.play(tones[beep.kind], when))
    }
  }

  /** Silences every beep that has not started yet. */
  cancelAll(): void {
    const audioNow = this.ctx.currentTime
    for (const [id, entry] of this.scheduled) {
      if (entry.when > audioNow) this.cancel(id, entry)
    }
  }

  /** How many beeps are waiting or playing (for tests and diagnostics). */
  get pending(): number {
    return this.scheduled.size
  }

  private play(tone: Tone, when: number): Scheduled {
    const osc = this.ctx.createOscillator()
    const gain = this.ctx.createGain()
    const until = when + tone.seconds
    osc.frequency.setValueAtTime(tone.hz, when)
    gain.gain.setValueAtTime(0, when)
    gain.gain.linearRampToValueAtTime(this.volume, when + RAMP_S)
    gain.gain.setValueAtTime(this.volume, until - RAMP_S)
    gain.gain.linearRampToValueAtTime(0, until)
    osc.connect(gain)
    gain.connect(this.ctx.destination)
    osc.start(when)
    osc.stop(until)
    return { osc, gain, when, until }
  }

  private cancel(id: string, entry: Scheduled): void {
    // stop() before the start time means the oscillator never sounds.
    entry.osc.stop(0)
    entry.osc.disconnect()
    entry.gain.disconnect()
    this.scheduled.delete(id)
  }
}

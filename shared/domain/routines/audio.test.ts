import { describe, expect, it } from 'vitest'
import {
  AudioScheduler,
  type AudioContextLike,
  type AudioNodeLike,
  type AudioParamLike,
} from './audio'
import type { Beep } from './cues'

/** Records what a real AudioContext would be asked to play. */
class FakeOscillator implements AudioNodeLike {
  readonly frequency: AudioParamLike & { hz: number | null }
  startedAt: number | null = null
  stoppedAt: number | null = null
  connected = false
  constructor() {
    const param = {
      hz: null as number | null,
      setValueAtTime(value: number) {
        param.hz = value
      },
      linearRampToValueAtTime() {},
    }
    this.frequency = param
  }
  connect(): void {
    this.connected = true
  }
  disconnect(): void {
    this.connected = false
  }
  start(when: number): void {
    this.startedAt = when
  }
  stop(when: number): void {
    this.stoppedAt = when
  }
  /** Sounds if it was started and not stopped before its start time. */
  get audible(): boolean {
    return this.startedAt !== null && (this.stoppedAt === null || this.stoppedAt > this.startedAt)
  }
}

class FakeAudioContext implements AudioContextLike {
  currentTime = 12.5
  readonly destination: AudioNodeLike = { connect() {}, disconnect() {} }
  readonly oscillators: FakeOscillator[] = []
  readonly gainValues: [number, number][] = []
  createOscillator(): FakeOscillator {
    const osc = new FakeOscillator()
    this.oscillators.push(osc)
    return osc
  }
  createGain() {
    const values = this.gainValues
    const record = (value: number, time: number) => {
      values.push([value, time])
    }
    return {
      gain: { setValueAtTime: record, linearRampToValueAtTime: record },
      connect() {},
      disconnect() {},
    }
  }
  audibleStarts(): number[] {
    return this.oscillators.filter((o) => o.audible).map((o) => o.startedAt ?? Number.NaN)
  }
}

const beep = (kind: Beep['kind'], atMs: number, segmentIndex = 1): Beep => ({
  id: `${segmentIndex}:${kind}:${atMs}`,
  kind,
  atMs,
  segmentIndex,
})

const countdown = [
  beep('count', 2000.25),
  beep('count', 3000.25),
  beep('count', 4000.25),
  beep('end', 5000.25),
]

describe('AudioScheduler', () => {
  it('starts each beep at its exact time on the audio clock', () => {
    const ctx = new FakeAudioContext()
    new AudioScheduler(ctx).sync(countdown, 1000.25)
    // audio now is 12.5 s; the first beep is 1 s away on the monotonic clock
    expect(ctx.audibleStarts()).toEqual([13.5, 14.5, 15.5, 16.5])
    expect(ctx.oscillators.every((o) => o.connected)).toBe(true)
  })

  it('uses a short high tick for 3-2-1 and a longer, lower tone at the end', () => {
    const ctx = new FakeAudioContext()
    new AudioScheduler(ctx).sync(countdown, 1000.25)
    const [count, , , end] = ctx.oscillators
    expect(count?.frequency.hz).toBeGreaterThan(end?.frequency.hz ?? Infinity)
    const length = (o: FakeOscillator | undefined) => (o?.stoppedAt ?? 0) - (o?.startedAt ?? 0)
    expect(length(end)).toBeGreaterThan(length(count))
  })

  it('fades each beep in from silence, so it does not click', () => {
    const ctx = new FakeAudioContext()
    new AudioScheduler(ctx).sync([beep('count', 2000)], 1000)
    expect(ctx.gainValues[0]).toEqual([0, 13.5])
    expect(ctx.gainValues.at(-1)?.[0]).toBe(0)
  })

  it('does not schedule a beep twice when synced again', () => {
    const ctx = new FakeAudioContext()
    const scheduler = new AudioScheduler(ctx)
    scheduler.sync(countdown, 1000.25)
    ctx.currentTime = 13.0
    scheduler.sync(countdown, 1500.25)
    expect(ctx.oscillators).toHaveLength(4)
    expect(scheduler.pending).toBe(4)
  })

  it('cancels the beeps a pause removed, but lets one already sounding finish', () => {
    const ctx = new FakeAudioContext()
    const scheduler = new AudioScheduler(ctx)
    scheduler.sync(countdown, 1000.25) // 13.5, 14.5, 15.5, 16.5
    ctx.currentTime = 13.52 // the first beep is playing
    scheduler.sync([], 1020.25)
    expect(ctx.audibleStarts()).toEqual([13.5])
    expect(ctx.oscillators.slice(1).every((o) => !o.connected)).toBe(true)
  })

  it('reschedules at the new times after a resume', () => {
    const ctx = new FakeAudioContext()
    const scheduler = new AudioScheduler(ctx)
    scheduler.sync(countdown, 1000.25)
    scheduler.sync([], 1000.25) // paused at once
    ctx.currentTime = 20
    const shifted = countdown.map((b) => beep(b.kind, b.atMs + 10_000))
    scheduler.sync(shifted, 11_000.25)
    expect(ctx.audibleStarts()).toEqual([21, 22, 23, 24])
  })

  it('cancelAll silences everything still to come', () => {
    const ctx = new FakeAudioContext()
    const scheduler = new AudioScheduler(ctx)
    scheduler.sync(countdown, 1000.25)
    scheduler.cancelAll()
    expect(ctx.audibleStarts()).toEqual([])
  })

  it('plays a beep that is already due right away rather than in the past', () => {
    const ctx = new FakeAudioContext()
    new AudioScheduler(ctx).sync([beep('end', 990)], 1000)
    expect(ctx.audibleStarts()).toEqual([12.5])
  })
})

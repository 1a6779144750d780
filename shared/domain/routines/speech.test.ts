import { describe, expect, it } from 'vitest'
import { Speaker, type SpeechSynthesisLike } from './speech'

interface FakeUtterance {
  text: string
}

class FakeSynth implements SpeechSynthesisLike<FakeUtterance> {
  voices: unknown[] = [{ name: 'Test voice' }]
  readonly calls: string[] = []
  failOnSpeak = false
  getVoices(): readonly unknown[] {
    return this.voices
  }
  speak(utterance: FakeUtterance): void {
    if (this.failOnSpeak) throw new Error('synthesis-failed')
    this.calls.push(`speak:${utterance.text}`)
  }
  cancel(): void {
    this.calls.push('cancel')
  }
}

const utter = (text: string): FakeUtterance => ({ text })

describe('Speaker', () => {
  it('speaks a prompt, cutting off any stale one first', () => {
    const synth = new FakeSynth()
    const speaker = new Speaker(synth, utter)
    expect(speaker.available).toBe(true)
    expect(speaker.say('Switch sides')).toBe(true)
    expect(synth.calls).toEqual(['cancel', 'speak:Switch sides'])
  })

  it('stays quiet, without throwing, when the system has no voice', () => {
    const synth = new FakeSynth()
    synth.voices = []
    const speaker = new Speaker(synth, utter)
    expect(speaker.available).toBe(false)
    expect(speaker.say('Rest')).toBe(false)
    expect(synth.calls).toEqual([])
  })

  it('starts speaking once voices load later', () => {
    const synth = new FakeSynth()
    synth.voices = []
    const speaker = new Speaker(synth, utter)
    expect(speaker.say('Rest')).toBe(false)
    synth.voices = [{ name: 'Late voice' }]
    expect(speaker.say('Rest')).toBe(true)
    expect(synth.calls).toContain('speak:Rest')
  })

  it('copes with a window that has no speech synthesis at all', () => {
    const speaker = new Speaker<FakeUtterance>(undefined, utter)
    expect(speaker.available).toBe(false)
    expect(speaker.say('Done')).toBe(false)
    expect(() => {
      speaker.silence()
    }).not.toThrow()
  })

  it('reports failure instead of throwing when the engine errors', () => {
    const synth = new FakeSynth()
    synth.failOnSpeak = true
    expect(new Speaker(synth, utter).say('Done')).toBe(false)
  })

  it('says nothing for a segment without a prompt', () => {
    const synth = new FakeSynth()
    expect(new Speaker(synth, utter).say(null)).toBe(false)
    expect(synth.calls).toEqual([])
  })

  it('silence stops what is being said', () => {
    const synth = new FakeSynth()
    new Speaker(synth, utter).silence()
    expect(synth.calls).toEqual(['cancel'])
  })
})

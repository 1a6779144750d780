/**
 * Just the parts of window.speechSynthesis the prompts use. `U` is the
 * utterance type (SpeechSynthesisUtterance in the window, a plain object in
 * tests), built by the factory given to Speaker.
 */
export interface SpeechSynthesisLike<U> {
  getVoices(): readonly unknown[]
  speak(utterance: U): void
  cancel(): void
}

/**
 * Speaks prompts when the system has a voice and stays quiet, without
 * throwing, when it has none (common on Linux without speech-dispatcher) or
 * when the window has no speech synthesis at all.
 */
export class Speaker<U> {
  constructor(
    private readonly synth: SpeechSynthesisLike<U> | null | undefined,
    private readonly makeUtterance: (text: string) => U,
  ) {}

  /**
   * Whether a voice exists right now. Checked on every call because Chromium
   * fills the voice list only after a "voiceschanged" event.
   */
  get available(): boolean {
    if (this.synth == null) return false
    try {
      return this.synth.getVoices().length > 0
    } catch {
      return false
    }
  }

  /**
   * Says `text`, cutting off any prompt still being spoken so a stale "rest"
   * never plays over the next step. Returns whether it was handed to a voice.
   */
  say(text: string | null): boolean {
    if (text === null || text.trim() === '' || this.synth == null || !this.available) return false
    try {
      this.synth.cancel()
      this.synth.speak(this.makeUtterance(text))
      return true
    } catch {
      return false
    }
  }

  /** Stops anything being spoken (pause, stop, leaving the player). */
  silence(): void {
    try {
      this.synth?.cancel()
    } catch {
      // Nothing is being said that could be stopped; nothing to do.
    }
  }
}

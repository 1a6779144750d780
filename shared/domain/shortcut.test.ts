import { describe, expect, it } from 'vitest'
import { Accelerator, acceleratorProblem } from './shortcut'

describe('cramp shortcut accelerators', () => {
  it('accepts the usual shapes', () => {
    for (const ok of [
      'CommandOrControl+Alt+K',
      'Ctrl+Shift+F9',
      'Super+C',
      'Alt+Space',
      'Ctrl+Alt+k',
    ]) {
      expect(acceleratorProblem(ok), ok).toBeNull()
    }
  })

  it('refuses a key other apps need, with a reason a person can act on', () => {
    expect(acceleratorProblem('K')).toMatch(/Add Ctrl, Alt or Super/)
    expect(acceleratorProblem('Shift+K')).toMatch(/Add Ctrl, Alt or Super/)
    expect(acceleratorProblem('Ctrl+Hyper+K')).toMatch(/“Hyper” is not a modifier/)
    expect(acceleratorProblem('Ctrl+Alt+')).toMatch(/keys joined by \+/)
    expect(acceleratorProblem('Ctrl+Alt+Banana')).toMatch(/“Banana” is not a key/)
    expect(acceleratorProblem('Ctrl+Ctrl+K')).toMatch(/Each modifier once/)
  })

  it('trims what was typed, and says so when nothing was', () => {
    expect(Accelerator.parse('  Ctrl+Alt+K ')).toBe('Ctrl+Alt+K')
    expect(Accelerator.safeParse('').error?.issues[0]?.message).toMatch(/Type a shortcut/)
  })
})

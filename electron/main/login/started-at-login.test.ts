import { describe, expect, it } from 'vitest'
import { AT_LOGIN_ARG, startedAtLogin } from './started-at-login'

describe('started at login', () => {
  it('is true with the login argument or when macOS says so', () => {
    expect(startedAtLogin(['/opt/Limber/limber', AT_LOGIN_ARG], false)).toBe(true)
    expect(startedAtLogin(['/Applications/Limber.app/Contents/MacOS/Limber'], true)).toBe(true)
  })

  it('is false when the user opens Limber', () => {
    expect(startedAtLogin(['/opt/Limber/limber'], false)).toBe(false)
    expect(startedAtLogin(['/opt/Limber/limber', '--at-login-not'], false)).toBe(false)
  })
})

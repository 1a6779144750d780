import { describe, expect, it } from 'vitest'
import { APP_URLS, HOSTILE_URLS } from './hostile-urls.fixture'
import { APP_ENTRY_URL, createOriginPolicy } from './origin'

describe('origin policy (packaged)', () => {
  const policy = createOriginPolicy()

  it.each(APP_URLS)('treats %s as the app', (url) => {
    expect(policy.isAppUrl(url)).toBe(true)
    expect(policy.isAllowedRequest(url)).toBe(true)
  })

  it('accepts the entry URL the window loads', () => {
    expect(policy.isAppUrl(APP_ENTRY_URL)).toBe(true)
  })

  it.each(HOSTILE_URLS)('refuses %j as the app', (url) => {
    expect(policy.isAppUrl(url)).toBe(false)
  })

  it.each(HOSTILE_URLS.filter((url) => !url.startsWith('devtools://')))(
    'blocks a request to %j',
    (url) => {
      expect(policy.isAllowedRequest(url)).toBe(false)
    },
  )

  it('lets DevTools load its own pages but never treats them as the app', () => {
    expect(policy.isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true)
    expect(policy.isAppUrl('devtools://devtools/bundled/inspector.html')).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(policy.isAppUrl(undefined as unknown as string)).toBe(false)
    expect(policy.isAllowedRequest(42 as unknown as string)).toBe(false)
  })
})

describe('origin policy (dev server)', () => {
  const policy = createOriginPolicy('http://localhost:5173')

  it('trusts pages and hot reload from the dev server origin', () => {
    expect(policy.isAppUrl('http://localhost:5173/')).toBe(true)
    expect(policy.isAppUrl('http://localhost:5173/index.html#/trends')).toBe(true)
    expect(policy.isAllowedRequest('ws://localhost:5173/')).toBe(true)
    expect(policy.isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(true)
  })

  it.each([
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'https://localhost:5173.evil.com/',
    'http://localhost:5173@evil.com/',
    'http://user@localhost:5173/',
    'ws://evil.com:5173/',
    'ws://localhost:5173@evil.com/',
    'http://localhost/',
  ])('refuses %s', (url) => {
    expect(policy.isAppUrl(url)).toBe(false)
    expect(policy.isAllowedRequest(url)).toBe(false)
  })

  it('does not treat a WebSocket as a page', () => {
    expect(policy.isAppUrl('ws://localhost:5173/')).toBe(false)
  })

  it('still trusts app:// pages', () => {
    expect(policy.isAppUrl('app://limber/index.html')).toBe(true)
  })

  it.each(['http://example.com:5173', 'file:///tmp/index.html', 'not a url'])(
    'refuses to start with a dev server at %s',
    (url) => {
      expect(() => createOriginPolicy(url)).toThrow(/ELECTRON_RENDERER_URL/)
    },
  )
})

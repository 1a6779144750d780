import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isAllowedExternal } from './external-links'
import { ALL_HOSTILE_URLS, APP_URLS } from './hostile-urls.fixture'
import { createOriginPolicy } from './origin'
import { guardWebContents } from './security'

// Every guard against the whole generated list, one test per guard so the
// few hundred URLs stay fast; a failure names the URL that got through.

const ALLOWED = ['https://www.nhs.uk']
const policy = createOriginPolicy()

function guarded(now: () => number) {
  const emitter = new EventEmitter()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  const opened: string[] = []
  const contents = Object.assign(emitter, {
    session: null as unknown as Session,
    getURL: () => 'app://limber/index.html',
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  }) as unknown as WebContents
  guardWebContents(contents, policy, {
    origins: ALLOWED,
    openExternal: (url) => opened.push(url),
    now,
  })
  const navigate = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() }
    emitter.emit(event, e, url)
    return e.preventDefault.mock.calls.length > 0
  }
  const click = () => emitter.emit('input-event', {}, { type: 'mouseDown' })
  return { navigate, click, opened, openWindow: (url: string) => openHandler?.({ url }) }
}

describe(`${ALL_HOSTILE_URLS.length} hostile URLs`, () => {
  it('has at least 200 of them', () => {
    expect(ALL_HOSTILE_URLS.length).toBeGreaterThanOrEqual(200)
  })

  it('never count as the app, and never get a request through', () => {
    const app = ALL_HOSTILE_URLS.filter((url) => policy.isAppUrl(url))
    const requested = ALL_HOSTILE_URLS.filter(
      (url) => !url.startsWith('devtools://') && policy.isAllowedRequest(url),
    )
    expect({ app, requested }).toEqual({ app: [], requested: [] })
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'are all prevented on %s, even right after a click',
    (event) => {
      const g = guarded(() => 1000)
      g.click()
      const through = ALL_HOSTILE_URLS.filter((url) => !g.navigate(event, url))
      expect(through).toEqual([])
      expect(g.opened).toEqual([])
      expect(APP_URLS.filter((url) => g.navigate(event, url))).toEqual([])
    },
  )

  it('never open a window or reach the system browser', () => {
    const g = guarded(() => 1000)
    g.click()
    const answers = new Set(ALL_HOSTILE_URLS.map((url) => g.openWindow(url)?.action))
    expect([...answers]).toEqual(['deny'])
    expect(g.opened).toEqual([])
  })

  it('are never allowed out, even with the look-alike host on the allow list', () => {
    const origins = [...ALLOWED, 'https://evil.com', 'app://limber']
    const https = ALL_HOSTILE_URLS.filter(
      (url) => !url.startsWith('https://evil.com/') && isAllowedExternal(url, origins),
    )
    expect(https).toEqual([])
  })
})

describe('external links', () => {
  const tricks = [
    'http://www.nhs.uk/conditions/',
    'https://www.nhs.uk.evil.com/',
    'https://www.nhs.uk@evil.com/',
    'https://user@www.nhs.uk/',
    'https://www.nhs.uk:443/',
    'https://www.nhs.uk:8443/',
    'https://WWW.NHS.UK/',
    'https://www.nhs.uk\\@evil.com/',
    'https://www.nhs.uk%2eevil.com/',
    'https://www.nhs.uk./',
    'https://www.nhs.uk',
    ' https://www.nhs.uk/',
    'https://www.nhs.uk/\n',
    'https://www.nhѕ.uk/', // Cyrillic s
    'https://nhs.uk/',
  ]

  it.each(tricks)('refuses %j', (url) => {
    expect(isAllowedExternal(url, ALLOWED)).toBe(false)
  })

  it('opens an allow-listed https link only just after a user click', () => {
    let now = 0
    const g = guarded(() => now)
    const link = 'https://www.nhs.uk/conditions/leg-cramps/'
    expect(g.openWindow(link)).toEqual({ action: 'deny' })
    expect(g.opened).toEqual([]) // a script, no click
    now = 10_000
    g.click()
    now += 300
    expect(g.openWindow(link)).toEqual({ action: 'deny' }) // no Limber window either way
    expect(g.navigate('will-navigate', link)).toBe(true)
    now += 5000
    g.openWindow(link) // long after the click: a timer, not the user
    expect(g.opened).toEqual([link, link])
  })
})

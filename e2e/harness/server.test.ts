import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/web-content'
import type { LimberBridge } from '../../shared/contract'
import { WORKOUT_FIXTURES } from '../../electron/testing/workout-fixtures'
import { isLocal } from '../support/local'
import { CONTROL_HEADER, startHarness, type Harness } from './server'

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'"

let tmp: string
let harness: Harness

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'limber-harness-test-'))
  const site = join(tmp, 'site')
  mkdirSync(join(site, 'assets'), { recursive: true })
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" />` +
      `<script type="module" crossorigin src="./assets/app.js"></script></head><body></body></html>`,
  )
  writeFileSync(join(site, 'assets', 'app.js'), 'export {}')
  writeFileSync(join(site, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(tmp, 'secret.txt'), 'outside the site')
  symlinkSync(join(tmp, 'secret.txt'), join(site, 'assets', 'link.txt'))
  harness = await startHarness({
    dataDir: join(tmp, 'data'),
    rendererDir: site,
    logError: () => {},
  })
})

afterAll(async () => {
  await harness.close()
  rmSync(tmp, { recursive: true, force: true })
})

interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A raw request: lets a test send any Host and any un-normalised path. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: harness.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${harness.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          })
        })
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function ipc(
  channel: string,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return raw(`/__limber/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: harness.origin, ...headers },
    body: JSON.stringify({ args }),
  })
}

describe('request guards', () => {
  it('answers its own origin', async () => {
    const res = await ipc('app:info', [])
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { name: 'Limber', shell: 'browser' },
    })
  })

  it.each(['evil.example', 'evil.example:PORT', 'localhost:PORT', '[::1]:PORT', '127.0.0.1:1'])(
    'refuses the Host header "%s", as a DNS-rebinding page would send',
    async (template) => {
      const host = template.replace('PORT', String(harness.port))
      const page = await raw('/', { headers: { host } })
      expect(page.status).toBe(403)
      const call = await ipc('app:info', [], { host })
      expect(call.status).toBe(403)
      expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    },
  )

  it('refuses cross-origin calls', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${harness.port}`, 'null']) {
      const res = await ipc('settings:update', [{ theme: 'dark' }], { origin })
      expect(res.status, origin).toBe(403)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    const site = await ipc('app:info', [], { 'sec-fetch-site': 'cross-site' })
    expect(site.status).toBe(403)
    const events = await raw('/__limber/events', { headers: { 'sec-fetch-site': 'same-site' } })
    expect(events.status).toBe(403)
  })

  it('lets the handlers refuse a call that names no page (no Origin)', async () => {
    const res = await raw('/__limber/ipc/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"args":[]}',
    })
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses non-JSON calls, which a cross-site form could send without a preflight', async () => {
    const res = await raw('/__limber/ipc/app:info', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: harness.origin },
      body: '{"args":[]}',
    })
    expect(res.status).toBe(415)
  })
})

describe('IPC over HTTP', () => {
  it('answers an unknown channel with a typed unknown_channel error', async () => {
    const res = await ipc('journal:drop-everything', [])
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('passes a bad payload to the handler, which answers invalid_input', async () => {
    const res = await ipc('settings:update', [{ theme: 'purple' }])
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('never offers the preload’s path channel to a page: the harness reads no file a page names', async () => {
    const res = await ipc('workouts:import-paths', [{ paths: ['/etc/passwd'] }])
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('refuses a body that is not { args: [...] }', async () => {
    const res = await raw('/__limber/ipc/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: harness.origin },
      body: '{"args":{}}',
    })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('static files', () => {
  it('serves index.html with the bridge before the app and the app’s CSP header', async () => {
    const res = await raw('/')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    // The app's header whatever the page's meta says: it adds frame-ancestors.
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    const bridgeAt = res.body.indexOf('<script src="/__limber/bridge.js"></script>')
    expect(bridgeAt).toBeGreaterThan(0)
    expect(bridgeAt).toBeLessThan(res.body.indexOf('type="module"'))
  })

  it('serves assets with their MIME types', async () => {
    expect((await raw('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/)
    expect((await raw('/assets/app.css')).headers['content-type']).toMatch(/^text\/css/)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/%00index.html',
    '/assets/',
    '/%E0%A4%A',
  ])('refuses to serve %s', async (path) => {
    const res = await raw(path)
    expect(res.status).toBe(404)
    expect(res.body).not.toContain('outside the site')
  })

  it('refuses to write', async () => {
    expect((await raw('/index.html', { method: 'PUT', body: 'x' })).status).toBe(405)
  })
})

describe('bridge.js', () => {
  it('is served as a script that defines a working window.limber', async () => {
    const res = await raw('/__limber/bridge.js')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/javascript/)

    const fakeWindow: { limber?: LimberBridge; fetch: unknown; EventSource: unknown } = {
      // What the page's fetch would send: same origin, so an Origin header.
      fetch: (url: string, init: RequestInit) =>
        fetch(harness.origin + url, {
          ...init,
          headers: { ...(init.headers as object), origin: harness.origin },
        }),
      EventSource: class {
        addEventListener(): void {}
        close(): void {}
      },
    }
    runInNewContext(res.body, { window: fakeWindow })
    const limber = fakeWindow.limber
    if (!limber) throw new Error('bridge.js did not define window.limber')
    expect(Object.isFrozen(limber)).toBe(true)
    expect(Object.keys(limber).sort()).toEqual(['invoke', 'on'])
    await expect(limber.invoke('app:info')).resolves.toMatchObject({
      ok: true,
      value: { name: 'Limber' },
    })
    await expect(
      limber.invoke('settings:update', { theme: 'purple' } as never),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    await expect(limber.invoke('nope:nothing' as never)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    })
    expect(() => limber.on('nope:nothing' as never, () => {})).toThrow()
  })

  it('carries a file’s bytes as binary parts, which arrive as the bytes (a real FIT file imports)', async () => {
    const res = await raw('/__limber/bridge.js')
    const sent: { type?: string; size: number }[] = []
    const fakeWindow: { limber?: LimberBridge; fetch: unknown; EventSource: unknown } = {
      fetch: (url: string, init: RequestInit) => {
        const body = init.body
        sent.push({
          type: (init.headers as Record<string, string>)['Content-Type'],
          size: body instanceof Blob ? body.size : typeof body === 'string' ? body.length : -1,
        })
        return fetch(harness.origin + url, {
          ...init,
          headers: { ...(init.headers as object), origin: harness.origin },
        })
      },
      EventSource: class {
        addEventListener(): void {}
        close(): void {}
      },
    }
    // The page's own realm: its Uint8Array, Blob and TextEncoder.
    runInNewContext(res.body, { window: fakeWindow, Uint8Array, Blob, TextEncoder, DataView })
    const limber = fakeWindow.limber as LimberBridge
    const fit = new Uint8Array(readFileSync(join(WORKOUT_FIXTURES, 'garmin-fenix-5-run.fit')))
    await expect(
      limber.invoke('workouts:import', { files: [{ name: 'run.fit', bytes: fit }] }),
    ).resolves.toMatchObject({ ok: true, value: { added: 1, refused: [] } })
    expect(sent.at(-1)?.type).toBe('application/x-limber-ipc')
    // The bytes as they are, not base64 (a third larger).
    expect(sent.at(-1)?.size).toBeLessThan(fit.byteLength + 200)
  })

  it('refuses a framed body whose parts do not add up or whose references point nowhere', async () => {
    const framed = (lengths: number[], json: string, tail: Buffer) => {
      const head = Buffer.from(`${JSON.stringify(lengths)}\n${json}`)
      const size = Buffer.alloc(4)
      size.writeUInt32LE(head.length)
      return Buffer.concat([size, head, tail])
    }
    const args = '{"args":[{"files":[{"name":"a.fit","bytes":{"$bytes":0}}]}]}'
    for (const body of [
      framed([10], args, Buffer.alloc(4)),
      framed([4], args.replace('"$bytes":0', '"$bytes":3'), Buffer.alloc(4)),
      framed([4], args.replace('{"$bytes":0}', '{"$bytes":0,"x":1}'), Buffer.alloc(4)),
      Buffer.from([200, 0, 0, 0, 1]),
    ]) {
      const res = await raw('/__limber/ipc/workouts:import', {
        method: 'POST',
        headers: { 'content-type': 'application/x-limber-ipc', origin: harness.origin },
        body,
      })
      expect(res.status).toBe(400)
    }
    expect(harness.core.services().workouts.all()).toHaveLength(1)
  })
})

describe('events and controls', () => {
  it('streams main → renderer events to connected pages', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: harness.port, path: '/__limber/events' },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/)
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8')
            if (text.includes('\n\nevent: settings:changed')) {
              req.destroy()
              resolve(text)
            }
          })
        },
      )
      req.on('error', (e) => {
        if (!e.message.includes('aborted')) reject(e)
      })
      req.end()
    })
    await harness.waitForEventClients(1)
    await ipc('settings:update', [{ waterUnit: 'ml' }])
    expect(await received).toMatch(/event: settings:changed\ndata: \{.*"waterUnit":"ml"/)
  })

  it('moves the clock only with the control token', async () => {
    const denied = await raw('/__limber/control/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advanceMs":1000}',
    })
    expect(denied.status).toBe(403)
    const before = harness.clock.now()
    const res = await raw('/__limber/control/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTROL_HEADER]: harness.controlToken },
      body: JSON.stringify({ freeze: true, advanceMs: 86_400_000 }),
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ frozen: true })
    expect(harness.clock.now() - before).toBeGreaterThanOrEqual(86_400_000)
    harness.clock.reset()
  })
})

describe('data folder', () => {
  it('creates a missing folder and reuses it, settings and all, on the next start', async () => {
    const dataDir = join(tmp, 'nested', 'reused')
    const first = await startHarness({ dataDir, rendererDir: join(tmp, 'site') })
    const page = { 'content-type': 'application/json', origin: first.origin }
    await fetch(`${first.origin}/__limber/ipc/settings:update`, {
      method: 'POST',
      headers: page,
      body: JSON.stringify({ args: [{ theme: 'dark' }] }),
    })
    await first.close()
    const second = await startHarness({ dataDir, rendererDir: join(tmp, 'site') })
    try {
      const res = await fetch(`${second.origin}/__limber/ipc/settings:get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.origin },
        body: '{"args":[]}',
      })
      expect(await res.json()).toMatchObject({ ok: true, value: { settings: { theme: 'dark' } } })
    } finally {
      await second.close()
    }
  })
})

describe('the e2e local-only check', () => {
  it.each([
    ['http://127.0.0.1:5190/', true],
    ['http://127.0.0.1:1/__limber/events', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:http://127.0.0.1:5190/uuid', true],
    ['http://localhost:5190/', false],
    ['http://127.0.0.2/', false],
    ['https://example.com/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['ws://[::1]:5190/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, local) => {
    expect(isLocal(url)).toBe(local)
  })
})

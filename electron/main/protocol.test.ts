import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppPath } from './protocol'
import { META_CONTENT_SECURITY_POLICY } from './web-content'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'limber-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Limber</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'leaf.svg'), '<svg/>')
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w')
  writeFileSync(join(root, 'assets', 'blob.xyz'), 'x')
  // A secret beside the renderer folder that traversal would reach.
  writeFileSync(join(base, 'secret.txt'), 'SECRET')
})

afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET'): Promise<Response> =>
  createAppProtocolHandler({ rootDir: root })(new Request(url, { method }))

// Request() would normalise some of these itself; the handler must also be
// safe when handed the raw strings (resolveAppPath), as Chromium may pass
// percent-encoded forms through untouched.
const TRAVERSALS = [
  'app://limber/../secret.txt',
  'app://limber/assets/../../secret.txt',
  'app://limber/%2e%2e/secret.txt',
  'app://limber/%2E%2E/secret.txt',
  'app://limber/..%2fsecret.txt',
  'app://limber/..%2Fsecret.txt',
  'app://limber/assets/..%2f..%2fsecret.txt',
  'app://limber/%2e%2e%2fsecret.txt',
  'app://limber/..%5csecret.txt',
  'app://limber/%5c..%5csecret.txt',
  'app://limber/%2fetc%2fpasswd',
  'app://limber//etc/passwd',
  'app://limber/C:/Windows/win.ini',
  'app://limber/C%3A%5CWindows%5Cwin.ini',
  'app://limber/index.html%00.png',
  'app://limber/%252e%252e/secret.txt',
]

describe('resolveAppPath', () => {
  it('maps the root and files to the renderer folder', () => {
    expect(resolveAppPath(root, 'app://limber/')).toEqual({
      ok: true,
      filePath: join(root, 'index.html'),
    })
    expect(resolveAppPath(root, 'app://limber/assets/index-abc.js?v=2#x')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-abc.js'),
    })
  })

  it.each(TRAVERSALS)('never resolves %s outside the renderer folder', (url) => {
    const result = resolveAppPath(root, url)
    if (result.ok) {
      expect(result.filePath.startsWith(join(root, '/'))).toBe(true)
    } else {
      expect([400, 403, 404]).toContain(result.status)
    }
  })

  it.each([
    'app://limber/..%2fsecret.txt',
    'app://limber/%2e%2e%2fsecret.txt',
    'app://limber/..%5csecret.txt',
  ])('refuses the encoded traversal %s with 403', (url) => {
    expect(resolveAppPath(root, url)).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses malformed escapes and other origins', () => {
    expect(resolveAppPath(root, 'app://limber/%E0%A4%A')).toMatchObject({ ok: false, status: 400 })
    expect(resolveAppPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 })
    expect(resolveAppPath(root, 'app://limber@evil/index.html')).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 })
  })
})

describe('app:// handler', () => {
  it('serves index.html for the root with the CSP and nosniff headers', async () => {
    const response = await get('app://limber/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Limber</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/leaf.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/blob.xyz', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://limber/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
  })

  it.each(TRAVERSALS)('does not leak the secret for %s', async (url) => {
    const response = await get(url)
    expect(response.status).not.toBe(200)
    expect(await response.text()).not.toContain('SECRET')
    // Error answers carry the same policy.
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('app://limber/missing.js')).status).toBe(404)
    expect((await get('app://limber/assets')).status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://limber/index.html', 'POST')).status).toBe(405)
    const head = await get('app://limber/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('CSP', () => {
  it('is the meta tag in renderer/index.html plus frame-ancestors, which only a header carries', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })

  it.each([
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ])('contains %s and no unsafe sources', (directive) => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)|\*/)
  })
})

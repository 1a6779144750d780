/**
 * URLs that must never count as Limber's own origin. Shared by the origin,
 * security-handler and IPC tests so every guard faces the same list.
 */
export const HOSTILE_URLS: readonly string[] = [
  // Other schemes
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'blob:app://limber/5d2a6b1e-0000-4000-8000-000000000000',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  // Other hosts
  'http://example.com/',
  'https://evil.com/index.html',
  'https://limber/',
  'http://localhost:5173/',
  'ws://localhost:5173/',
  'app://evil/',
  'app://evil.com/index.html',
  // Tricks with the authority
  'app://limber@evil.com/',
  'app://limber:secret@evil.com/',
  'app://user@limber/',
  'app://limber.evil.com/',
  'app://limber./',
  'app://limber:443/',
  'app://limber%2eevil.com/',
  'app://%6cimber/',
  'app://evil.com#app://limber/',
  'app://evil.com/?app://limber/',
  'app:limber/index.html',
  'app:/limber/index.html',
  'app:///limber/index.html',
  // Backslashes and whitespace, which browsers and Node "repair" differently
  'app://limber\\@evil.com/',
  'app:\\\\limber/index.html',
  'app://limber\\evil',
  ' app://limber/',
  'app://limber/\n',
  '\tapp://limber/',
  'app://lim ber/',
  'app://limber/\u0000',
  // Mixed case
  'APP://LIMBER.EVIL.COM/',
  'App://Limber@Evil.com/',
  'app://LIMBER/',
  'HTTPS://EVIL.COM/',
  // Not URLs
  '',
  'limber',
  '//limber/',
  '/index.html',
]

/**
 * Combinations of the tricks above over many hosts, schemes and encodings,
 * so each guard faces a few hundred addresses rather than a hand-picked few.
 */
function generated(): string[] {
  const hosts = [
    'evil.com',
    'limber.evil.com',
    'evil.com.limber',
    'limber.com',
    'limber-app.com',
    'limbers',
    'limbe',
    'l1mber',
    'Iimber', // capital i for l
    'lіmber', // Cyrillic і
    'limbеr', // Cyrillic е
    'ｌｉｍｂｅｒ', // fullwidth
    'limber。com', // ideographic full stop
    'xn--limbr-9ua',
    '127.0.0.1',
    '0x7f.0.0.1',
    '2130706433',
    '[::1]',
    'localhost',
    '169.254.169.254',
  ]
  const schemes = ['app', 'http', 'https', 'ws', 'ftp', 'APP', 'aPp']
  const out: string[] = []
  for (const host of hosts) {
    for (const scheme of schemes) out.push(`${scheme}://${host}/index.html`)
    out.push(`app://limber@${host}/`, `app://${host}@limber/`, `app://limber:x@${host}/`)
    out.push(`app://${host}/#app://limber/`, `//${host}/`, `https://${host}/app://limber/`)
  }
  const scripts = [
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'javascript://limber/%0aalert(1)',
    'javascript:/*app://limber/*/alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:application/javascript,alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:text/html,x',
    'file://localhost/etc/passwd',
    'file:///home/user/.config/Limber/limber.db',
    'file:///C:/Users/user/AppData/Roaming/Limber/limber.db',
    'file://\\\\server\\share',
    'FILE:///etc/hosts',
    'filesystem:app://limber/temporary/x',
    'blob:https://evil.com/0000',
    'chrome-extension://abcdefghijklmnop/page.html',
    'chrome://gpu',
    'view-source:app://limber/index.html',
    'about:srcdoc',
    'ms-settings:',
    'mailto:someone@example.com',
    'tel:+15555555555',
    'smb://evil.com/share',
    'ssh://evil.com',
    'intent://evil.com#Intent;end',
  ]
  const encoded = [
    'app://limber%40evil.com/',
    'app://limber%2Fevil.com/',
    'app://limber%5Cevil.com/',
    'app://limber%00.evil.com/',
    'app://%4C%49%4D%42%45%52/',
    'app://limber%252eevil.com/',
    'app%3A//limber/',
    'app:%2F%2Flimber/',
    'app://limber:65535/',
    'app://limber:0/',
    'app://:@evil.com/',
    'app://@evil.com@limber/',
    'app://limber..evil/',
    'app://.limber/',
    'app://limber\u3002evil.com/',
    'app://limber\t.evil.com/',
    'app:///\\limber/',
    'app:////limber/',
    'app://limber/\r\n',
    '\u0000app://limber/',
    'app://limber/ ',
    'app://limber/\u2028',
    'app://limber/\u000b',
    'app://limber/\u007f',
    '\u00a0app://limber/',
    'app://li\u00admber/',
    'app://limber\u200b/',
  ]
  return [...out, ...scripts, ...encoded]
}

/** Everything above and the generated combinations, each once. */
export const ALL_HOSTILE_URLS: readonly string[] = [...new Set([...HOSTILE_URLS, ...generated()])]

/** The app's own pages, as Chromium reports them. */
export const APP_URLS: readonly string[] = [
  'app://limber/',
  'app://limber/index.html',
  'app://limber/index.html#/journal',
  'app://limber/assets/index-3f9a.js?v=1',
]

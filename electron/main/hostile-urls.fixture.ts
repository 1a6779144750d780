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

/** The app's own pages, as Chromium reports them. */
export const APP_URLS: readonly string[] = [
  'app://limber/',
  'app://limber/index.html',
  'app://limber/index.html#/journal',
  'app://limber/assets/index-3f9a.js?v=1',
]

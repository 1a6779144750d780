/**
 * The Chromium the end-to-end suite runs in: Debian's package (or any
 * Chromium/Chrome named by CHROMIUM_PATH). Playwright's own browser downloads
 * are never used, so the suite runs offline.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host name other than 127.0.0.1 fails to resolve: nothing leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

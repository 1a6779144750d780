#!/usr/bin/env node
// Runs before `playwright test` (npm run test:e2e): the end-to-end suite uses
// a system Chromium, never Playwright's downloads, so say how to get one.
import { accessSync, constants, statSync } from 'node:fs'

const fromEnv = process.env.CHROMIUM_PATH
const path = fromEnv || '/usr/bin/chromium'

function usable(file) {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

if (usable(path)) {
  process.exit(0)
}

const where = fromEnv
  ? `CHROMIUM_PATH=${fromEnv} (not an executable file)`
  : '/usr/bin/chromium (not found)'
console.error(`The end-to-end tests need Chromium, but there is none at ${where}.

Get it one of these ways, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends chromium
  - Anywhere else:  set CHROMIUM_PATH to a Chromium or Chrome binary, e.g.
                    CHROMIUM_PATH="/path/to/chrome" npm run test:e2e

(Playwright's own browser download, \`npx playwright install\`, is not used.)`)
process.exit(1)

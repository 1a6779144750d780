import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, _electron } from '@playwright/test'
import type { LimberBridge } from '../../shared/contract'

// The real Electron app, end to end. Runs only where the Electron binary is
// installed (it cannot be downloaded on every machine); otherwise every test
// here is skipped with the reason printed. Never require('electron') here:
// without the binary that tries to download it.

const ROOT = resolve(__dirname, '..', '..')

function findElectron():
  { executablePath: string; skipReason: null } | { executablePath: null; skipReason: string } {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      executablePath: null,
      skipReason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing)',
    }
  }
  const executablePath = join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  )
  if (!existsSync(executablePath)) {
    return {
      executablePath: null,
      skipReason: `the Electron binary is missing (${executablePath})`,
    }
  }
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    return {
      executablePath: null,
      skipReason: 'the app is not built (out/main/index.js is missing); run `npm run build`',
    }
  }
  if (!existsSync(join(ROOT, 'native', 'electron', 'better_sqlite3.node'))) {
    return {
      executablePath: null,
      skipReason:
        'better-sqlite3 is not built for Electron (native/electron/better_sqlite3.node); run `node scripts/electron-sqlite.mjs`',
    }
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return {
      executablePath: null,
      skipReason: 'no display to open a window on; run under `xvfb-run`',
    }
  }
  return { executablePath, skipReason: null }
}

const electron = findElectron()
if (electron.skipReason !== null) {
  console.log(`[e2e/electron] Skipping the Electron app specs: ${electron.skipReason}.`)
}

test.describe('Limber in Electron', () => {
  test.skip(electron.skipReason !== null, electron.skipReason ?? '')

  let dataDir: string

  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-electron-'))
  })

  test.afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('starts, shows the Limber window and answers an IPC call', async () => {
    const app = await _electron.launch({
      executablePath: electron.executablePath ?? '',
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, LIMBER_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    })
    try {
      const window = await app.firstWindow()
      await expect(window).toHaveTitle(/Limber/)
      expect(window.url()).toBe('app://limber/index.html')
      await expect
        .poll(() =>
          app.evaluate(
            ({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false,
          ),
        )
        .toBe(true)

      const info = await window.evaluate(() =>
        (window as unknown as { limber: LimberBridge }).limber.invoke('app:info'),
      )
      expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dataDir } })

      // The page has the bridge and nothing else from Node or Electron.
      const globals = await window.evaluate(() => ({
        bridgeKeys: Object.keys((window as unknown as { limber: object }).limber).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
      }))
      expect(globals).toEqual({
        bridgeKeys: ['invoke', 'on'],
        hasRequire: false,
        hasProcess: false,
      })
    } finally {
      await app.close()
    }
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { IpcResult } from '../../shared/contract/errors'

// Starting the real Electron app for e2e/electron. Never require('electron')
// here: without the binary that tries to download it.

export const ROOT = resolve(__dirname, '..', '..')

export type FoundElectron =
  { executablePath: string; skipReason: null } | { executablePath: null; skipReason: string }

export function findElectron(): FoundElectron {
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
  // Where electron/main/native-binding.ts loads it from when unpackaged.
  const native = join('native', `${process.platform}-${process.arch}`, 'better_sqlite3.node')
  if (!existsSync(join(ROOT, native))) {
    return {
      executablePath: null,
      skipReason: `the SQLite module is not staged (${native} is missing); npm start stages it`,
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

/** The environment Limber runs with in these specs: its own data folder, the built renderer. */
export function appEnv(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  return { ...env, LIMBER_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '', LIMBER_E2E: '1' }
}

export async function launch(executablePath: string, dataDir: string) {
  const app = await _electron.launch({
    executablePath,
    args: [ROOT],
    cwd: ROOT,
    env: appEnv(dataDir),
  })
  const window = await app.firstWindow()
  return { app, window }
}

/** One IPC call from the page, as the renderer makes it; throws on an error result. */
export async function invoke<C extends Channel>(
  window: Page,
  channel: C,
  input?: InputOf<C>,
): Promise<OutputOf<C>> {
  // Typed at this function's edge; inside the page the bridge takes any channel.
  type LooseBridge = { invoke(channel: string, input: unknown): Promise<unknown> }
  const result = (await window.evaluate(
    ([c, i]) => (window as unknown as { limber: LooseBridge }).limber.invoke(c, i),
    [channel as string, input as unknown] as const,
  )) as IpcResult<OutputOf<C>>
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

export function mainWindowVisible(app: ElectronApplication): Promise<boolean> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false)
}

import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { test, expect, type ElectronApplication } from '@playwright/test'
import type { LimberBridge } from '../../shared/contract'
import { systemClock } from '../../shared/domain/clock'
import { defaultReminderSettings } from '../../shared/domain/reminders'
import { canHideToTray, createTrayHost } from '../../electron/main/desk/tray-host'
import { trayTooltip } from '../../electron/main/tray/menu-model'
import { appEnv, findElectron, invoke, launch, mainWindowVisible, ROOT } from './launch'

// The real Electron app, end to end: what only Electron can show. Runs only
// where the Electron binary is installed (it cannot be downloaded on every
// machine); otherwise every test here is skipped with the reason printed.

const electron = findElectron()
if (electron.skipReason !== null) {
  console.log(`[e2e/electron] Skipping the Electron app specs: ${electron.skipReason}.`)
}
const executablePath = electron.executablePath ?? ''

test.describe('Limber in Electron', () => {
  test.skip(electron.skipReason !== null, electron.skipReason ?? '')

  let dataDir: string
  let running: ElectronApplication | null

  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-electron-'))
    running = null
  })

  test.afterEach(async () => {
    await running?.close().catch(() => undefined)
    rmSync(dataDir, { recursive: true, force: true })
  })

  /** Limber past its first-run welcome, as a returning user starts it. */
  async function start() {
    const first = await launch(executablePath, dataDir)
    running = first.app
    await invoke(first.window, 'settings:update', { welcomeDone: true })
    return first
  }

  test('starts, shows the Limber window and answers an IPC call', async () => {
    const { app, window } = await launch(executablePath, dataDir)
    running = app
    await expect(window).toHaveTitle(/Limber/)
    expect(window.url()).toBe('app://limber/index.html')
    await expect.poll(() => mainWindowVisible(app)).toBe(true)
    const info = await invoke(window, 'app:info')
    expect(info).toMatchObject({ shell: 'electron', dataDir })

    // The page has the bridge and nothing else from Node or Electron.
    const globals = await window.evaluate(() => ({
      bridgeKeys: Object.keys((window as unknown as { limber: LimberBridge }).limber).sort(),
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
    }))
    expect(globals).toEqual({ bridgeKeys: ['invoke', 'on'], hasRequire: false, hasProcess: false })
  })

  test('opens on Today for a returning user', async () => {
    await (await start()).app.close()
    const { app, window } = await launch(executablePath, dataDir)
    running = app
    await expect(window.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  })

  test('puts the next reminder in the tray tooltip', async () => {
    const { app, window } = await start()
    const state = await invoke(window, 'reminders:state')
    expect(state.snapshot.upcoming.length).toBeGreaterThan(0)
    await expect
      .poll(() =>
        app.evaluate(() =>
          (
            globalThis as unknown as { limberE2E?: { trayTooltip(): string | null } }
          ).limberE2E?.trayTooltip(),
        ),
      )
      .toBe(trayTooltip(state.snapshot, systemClock))
  })

  test('a due reminder raises a notification whose click opens its routine', async () => {
    // A clock-time reminder at the next whole minute: no hooks into the
    // scheduler, so this waits for the real time (about a minute).
    test.setTimeout(150_000)
    const { app, window } = await start()
    // Keep the notification in main instead of the desktop's daemon (which a
    // CI display may lack), so the test can click it as the OS would.
    await app.evaluate(({ Notification }) => {
      const held: unknown[] = []
      Object.assign(globalThis, { limberHeld: held })
      Notification.prototype.show = function (this: unknown) {
        held.push(this)
      }
    })
    const at = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000)
    const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`
    const off = { enabled: false }
    await invoke(window, 'reminders:save-settings', {
      ...defaultReminderSettings,
      move: { ...defaultReminderSettings.move, ...off },
      hydrate: { ...defaultReminderSettings.hydrate, ...off },
      morning_checkin: { ...defaultReminderSettings.morning_checkin, ...off },
      bedtime: { enabled: true, at: hhmm },
      quietHours: { ...defaultReminderSettings.quietHours, ...off },
    })
    const heldTitles = () =>
      app.evaluate(() =>
        (globalThis as unknown as { limberHeld: { title: string }[] }).limberHeld.map(
          (n) => n.title,
        ),
      )
    await expect.poll(heldTitles, { timeout: 100_000 }).toHaveLength(1)

    await app.evaluate(() => {
      const [notification] = (globalThis as unknown as { limberHeld: { emit(e: string): void }[] })
        .limberHeld
      notification?.emit('click')
    })
    await expect(window.getByRole('heading', { level: 1, name: 'Bedtime stretch' })).toBeVisible()
    expect(window.url()).toContain('/routines/builtin-bedtime/play?source=reminder')
    await expect.poll(() => mainWindowVisible(app)).toBe(true)
    const [record] = await invoke(window, 'reminders:history', { days: 1 })
    expect(record).toMatchObject({ kind: 'bedtime', outcome: 'routine_started' })
  })

  test('closing the window hides it to the tray where the desktop has a tray host', async () => {
    const { app, window } = await start()
    // The one-time explanations are not under test here.
    await invoke(window, 'settings:update', { trayHintShown: true, noTrayNoticeShown: true })
    const host = await createTrayHost({ platform: process.platform, env: process.env }).check()
    const exited = new Promise<void>((resolve) =>
      app.process().once('exit', () => {
        resolve()
      }),
    )
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
    if (canHideToTray(host)) {
      await expect.poll(() => mainWindowVisible(app)).toBe(false)
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      )
    } else {
      // No StatusNotifierWatcher on this Linux session bus: closing quits.
      console.log(`[e2e/electron] No tray host here (${host}): closing must quit.`)
      await exited
      running = null
    }
  })

  test('a second launch brings the first window to the front and exits', async () => {
    const { app } = await start()
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide())
    await expect.poll(() => mainWindowVisible(app)).toBe(false)
    const second = spawn(executablePath, [ROOT], {
      cwd: ROOT,
      env: appEnv(dataDir),
      stdio: 'ignore',
    })
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve))
    expect(code).toBe(0)
    await expect.poll(() => mainWindowVisible(app)).toBe(true)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  })

  test('quitting closes the database cleanly', async () => {
    const { app, window } = await start()
    const status = await invoke(window, 'app:storage-status')
    if (status.state !== 'ok') throw new Error(`storage is ${status.state}`)
    await invoke(window, 'settings:update', { waterTargetMl: 2500 })
    await app.close()
    running = null
    // The last connection closed: SQLite folded the write-ahead log back in.
    const wal = `${status.dbPath}-wal`
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0)
    const db = new Database(status.dbPath, { readonly: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      db.close()
    }
    // And the next start finds what was saved.
    const again = await launch(executablePath, dataDir)
    running = again.app
    expect((await invoke(again.window, 'settings:get')).settings.waterTargetMl).toBe(2500)
  })
})

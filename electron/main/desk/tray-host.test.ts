import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canHideToTray, createTrayHost, runProgram, WATCHER, type RunProgram } from './tray-host'

const gdbusSays = (owned: boolean): RunProgram =>
  function run(file) {
    if (file === 'gdbus') return Promise.resolve(`(${String(owned)},)\n`)
    return Promise.reject(new Error(`unexpected ${file}`))
  }

describe('tray host check', () => {
  it('finds the StatusNotifierWatcher through gdbus', async () => {
    const present = createTrayHost({ platform: 'linux', env: {}, run: gdbusSays(true) })
    const absent = createTrayHost({ platform: 'linux', env: {}, run: gdbusSays(false) })
    expect(await present.check()).toBe('present')
    expect(await absent.check()).toBe('absent')
  })

  it('falls back to dbus-send where gdbus is missing', async () => {
    const run: RunProgram = (file) =>
      file === 'dbus-send'
        ? Promise.resolve('   boolean true\n')
        : Promise.reject(Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' }))
    expect(await createTrayHost({ platform: 'linux', env: {}, run }).check()).toBe('present')
  })

  it('answers unknown, never throws, when neither tool can ask (no session bus)', async () => {
    const run: RunProgram = () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11'))
    const answer = await createTrayHost({ platform: 'linux', env: {}, run }).check()
    expect(answer).toBe('unknown')
    expect(canHideToTray(answer)).toBe(false)
  })

  it('does not ask on Windows and macOS, which always have a tray or menu bar', async () => {
    const run: RunProgram = () => Promise.reject(new Error('should not run'))
    for (const platform of ['win32', 'darwin'] as const) {
      expect(await createTrayHost({ platform, env: {}, run }).check()).toBe('present')
    }
  })

  it('hides to the tray only when a watcher was seen', () => {
    expect(canHideToTray('present')).toBe(true)
    expect(canHideToTray('absent')).toBe(false)
    expect(canHideToTray('unknown')).toBe(false)
  })
})

// Against a real session bus: a private dbus-daemon started here, with
// dbus-test-tool (Debian's dbus-tests) taking the watcher's name the way a
// desktop's tray host does.
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
const missing = ['dbus-daemon', 'gdbus', 'dbus-send'].filter((tool) => !has(tool))
const realBusSkip =
  process.platform !== 'linux'
    ? 'not Linux'
    : missing.length > 0
      ? `${missing.join(', ')} not installed (apt-get install dbus-daemon dbus-bin libglib2.0-bin)`
      : null
const ownerSkip =
  realBusSkip ??
  (has('dbus-test-tool') ? null : 'dbus-test-tool not installed (apt-get install dbus-tests)')
if (realBusSkip) console.log(`[tray-host] Skipping the real D-Bus tests: ${realBusSkip}.`)
else if (ownerSkip)
  console.log(`[tray-host] Skipping the tray-host-present D-Bus test: ${ownerSkip}.`)

describe.skipIf(realBusSkip !== null)('tray host check on a real session bus', () => {
  let dir: string
  let daemon: ChildProcess
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'limber-dbus-'))
    daemon = spawn(
      'dbus-daemon',
      ['--session', '--nofork', '--print-address', `--address=unix:path=${join(dir, 'bus')}`],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    const address = await firstLine(daemon)
    env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }
  })

  afterAll(() => {
    daemon.kill()
    rmSync(dir, { recursive: true, force: true })
  })

  const onlyTool =
    (tool: string): RunProgram =>
    (file, args, options) =>
      file === tool ? runProgram(file, args, options) : Promise.reject(new Error('skipped'))

  it('says absent on a bus without a watcher, through gdbus and through dbus-send', async () => {
    expect(await createTrayHost({ platform: 'linux', env }).check()).toBe('absent')
    const viaDbusSend = createTrayHost({ platform: 'linux', env, run: onlyTool('dbus-send') })
    expect(await viaDbusSend.check()).toBe('absent')
  })

  it.skipIf(ownerSkip !== null)('says present while something owns the watcher name', async () => {
    const owner = spawn('dbus-test-tool', ['black-hole', '--session', `--name=${WATCHER}`], {
      env,
      stdio: 'ignore',
    })
    try {
      const host = createTrayHost({ platform: 'linux', env })
      await expect.poll(() => host.check(), { timeout: 5000 }).toBe('present')
      const viaDbusSend = createTrayHost({ platform: 'linux', env, run: onlyTool('dbus-send') })
      expect(await viaDbusSend.check()).toBe('present')
    } finally {
      owner.kill()
    }
    // The watcher went away (the tray host stopped): the next check sees it.
    const host = createTrayHost({ platform: 'linux', env })
    await expect.poll(() => host.check(), { timeout: 5000 }).toBe('absent')
  })

  it('says unknown where the session bus address leads nowhere', async () => {
    const nowhere = { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'no-bus')}` }
    expect(await createTrayHost({ platform: 'linux', env: nowhere }).check()).toBe('unknown')
  })
})

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) {
      reject(new Error('no stdout'))
      return
    }
    const lines = createInterface({ input: child.stdout })
    lines.once('line', (line) => {
      lines.close()
      resolve(line.trim())
    })
    child.once('exit', (code) => {
      reject(new Error(`dbus-daemon exited (${String(code)})`))
    })
  })
}

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Test-only: where Debian's Xvfb and openbox live (apt: xvfb openbox, see .ci/run). */
export const XVFB = '/usr/bin/Xvfb'
export const OPENBOX = '/usr/bin/openbox'

/** Only a missing X server skips the real test; a missing window manager fails it (CI installs both). */
export function xvfbMissing(): string | null {
  return existsSync(XVFB) ? null : `${XVFB} is not installed (apt-get install xvfb openbox)`
}

/**
 * A real X server with a real EWMH window manager, on a display number the
 * server picks itself (-displayfd), so parallel runs never collide.
 */
export async function startXvfb(): Promise<{ display: string; stop: () => Promise<void> }> {
  const server = spawn(
    XVFB,
    ['-displayfd', '1', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  )
  const number = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(out.trim())
    })
    server.on('exit', (code) => {
      reject(new Error(`Xvfb exited with ${code}`))
    })
  })
  const display = `:${number}`
  const wm = spawn(OPENBOX, ['--sm-disable'], {
    stdio: ['ignore', 'ignore', process.env.LIMBER_DEBUG_X ? 'inherit' : 'ignore'],
    env: { ...process.env, DISPLAY: display },
  })
  const stopOne = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) {
        resolve()
        return
      }
      p.once('exit', () => {
        resolve()
      })
      p.kill('SIGTERM')
    })
  return {
    display,
    stop: async () => {
      await stopOne(wm)
      await stopOne(server)
    },
  }
}

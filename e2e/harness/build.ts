import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Builds the renderer (`npx electron-vite build`) unless out/renderer/index.html exists. */
export async function ensureRendererBuilt(
  root: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const index = join(root, 'out', 'renderer', 'index.html')
  if (existsSync(index)) return
  log('The renderer is not built yet; running `npx electron-vite build` first…')
  const code = await new Promise<number | null>((done) => {
    const child = spawn('npx', ['electron-vite', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    child.on('error', () => {
      done(-1)
    })
    child.on('exit', (status) => {
      done(status)
    })
  })
  if (code !== 0 || !existsSync(index)) {
    throw new Error('Building the renderer failed (see above). Fix the build, then try again.')
  }
}

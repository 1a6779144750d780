// `npm start` (and `npm run dev` with --dev): everything the desktop app
// needs, in order, then the app.
//
// 1. The Electron binary, from Electron's own installer (install.js), once.
// 2. The SQLite module for this platform and CPU, staged in native/; on
//    Windows and macOS also koffi's, for the busy detectors.
// 3. On Linux, a check that Chromium's sandbox can start (Ubuntu 23.10+).
// 4. One build (electron-vite build), then the app from that build
//    (electron-vite preview --skipBuild), or the dev server with --dev.
//    With --prepare-only it stops after the build.
//
// Anything the user can fix stops with a message and exit code 1; nothing
// is left half-installed, so running it again is always the retry.

import { join, resolve } from 'node:path'
import { runAttached } from './child'
import { ensureElectron } from './electron-binary'
import { Failure, runMain } from './failure'
import { ensureFfiForStart } from './ffi-module'
import { linuxSandboxProblem, nodeReaders } from './linux-sandbox'
import { ensureSqliteModule, hostTarget } from './sqlite-module'

const ROOT = resolve(__dirname, '..', '..')
const ELECTRON_VITE = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')

runMain('npm start', async () => {
  const dev = process.argv.includes('--dev')
  // Everything but the launch (CI, before the Electron specs).
  const prepareOnly = process.argv.includes('--prepare-only')
  await ensureElectron(ROOT)
  await ensureSqliteModule({ root: ROOT, target: hostTarget })
  await ensureFfiForStart({ root: ROOT, target: hostTarget })
  const sandbox = linuxSandboxProblem({
    platform: process.platform,
    electronDist: join(ROOT, 'node_modules', 'electron', 'dist'),
    readers: nodeReaders,
  })
  if (sandbox && !prepareOnly) throw new Failure(sandbox)

  const electronVite = (args: string[]) =>
    runAttached(process.execPath, [ELECTRON_VITE, ...args], { cwd: ROOT })
  if (dev) return electronVite(['dev'])
  const built = await electronVite(['build'])
  if (built !== 0 || prepareOnly) return built
  return electronVite(['preview', '--skipBuild'])
})

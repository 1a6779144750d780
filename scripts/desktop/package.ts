// `npm run package [-- --x64|--arm64 …] [-- --linux|--mac|--win] [-- --dir]`
//
// Packages Limber for a target platform and CPU, which need not be this
// machine's. For each target architecture the SQLite module is taken from
// better-sqlite3's prebuilt files (or compiled, for this machine only) into
// native/<platform>-<arch>/, checked to be built for that target, then the app
// is built once and electron-builder assembles the package. Windows and macOS
// packages also get koffi's module (the busy detectors' FFI). The package
// holds the bundled app and those modules: no node_modules, no sources.

import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { targetMismatch } from './binary-arch'
import { runAttached } from './child'
import { Failure, runMain } from './failure'
import { ensureFfiModule, ffiTriplet, needsFfi } from './ffi-module'
import { planPackage } from './package-plan'
import { ensureSqliteModule, type Target } from './sqlite-module'

const ROOT = resolve(__dirname, '..', '..')
function folderSize(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + folderSize(join(path, name)), 0)
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The modules electron-builder put in the unpacked app(s), each checked again. */
function checkPackagedModules(dist: string, targets: Target[]): string[] {
  const lines: string[] = []
  for (const entry of existsSync(dist) ? readdirSync(dist) : []) {
    const unpacked = join(dist, entry)
    if (!/unpacked$|^mac/.test(entry) || !statSync(unpacked).isDirectory()) continue
    const module = [
      join(unpacked, 'resources', 'native', 'better_sqlite3.node'),
      join(unpacked, 'Limber.app', 'Contents', 'Resources', 'native', 'better_sqlite3.node'),
    ].find((file) => existsSync(file))
    if (!module)
      throw new Failure(`${entry} has no SQLite module (resources/native/better_sqlite3.node).`)
    const fits = targets.some((target) => targetMismatch(module, target) === null)
    if (!fits) {
      throw new Failure(
        `${entry}'s SQLite module is ${targetMismatch(module, targets[0] as Target) ?? '?'}; the package is unusable.`,
      )
    }
    const resources = module.replace(/[\\/]native[\\/]better_sqlite3\.node$/, '')
    const ffiTargets = /^(win|mac)/.test(entry) ? targets.filter(needsFfi) : []
    if (
      ffiTargets.length > 0 &&
      !ffiTargets.some((t) => existsSync(join(resources, 'koffi', ffiTriplet(t), 'koffi.node')))
    ) {
      throw new Failure(
        `${entry} has no FFI module (resources/koffi/…/koffi.node); presenting, camera and microphone would read as unknown.`,
      )
    }
    const nodeModules = [join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules')].filter(
      existsSync,
    )
    if (nodeModules.length > 0)
      throw new Failure(`${entry} carries node_modules; it should hold only the built app.`)
    lines.push(
      `  ${entry}: ${megabytes(folderSize(unpacked))} (app.asar ${megabytes(folderSize(join(unpacked, 'resources', 'app.asar')))})`,
    )
  }
  return lines
}

runMain('npm run package', async () => {
  const plan = planPackage(process.argv.slice(2))
  const targets = plan.platforms.flatMap((platform) =>
    plan.arches.map((arch) => ({ platform, arch })),
  )
  for (const target of targets) {
    await ensureSqliteModule({ root: ROOT, target })
    await ensureFfiModule({ root: ROOT, target })
  }

  const electronVite = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const built = await runAttached(process.execPath, [electronVite, 'build'], { cwd: ROOT })
  if (built !== 0) return built
  const builder = join(ROOT, 'node_modules', 'electron-builder', 'cli.js')
  const packaged = await runAttached(process.execPath, [builder, ...plan.builderArgs], {
    cwd: ROOT,
  })
  if (packaged !== 0) return packaged

  const dist = join(ROOT, 'dist')
  const report = checkPackagedModules(dist, targets)
  const artifacts = readdirSync(dist)
    .filter((name) => /\.(AppImage|deb|dmg|exe|zip|rpm)$/.test(name))
    .map((name) => `  ${name}: ${megabytes(statSync(join(dist, name)).size)}`)
  console.log(['Package size:', ...report, ...artifacts].join('\n'))
  return 0
})

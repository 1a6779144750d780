#!/usr/bin/env node
// Checks electron-builder.yml offline: electron-builder's own schema
// validation, then the settings Limber's security and packaging rely on.
// Exits non-zero with a list of problems.

import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(ROOT, 'package.json'))
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')

const problems = []
const expect = (condition, message) => {
  if (!condition) problems.push(message)
}
const same = (actual, expected) => JSON.stringify(actual) === JSON.stringify(expected)

// Optional path argument, to check another file (e.g. a proposed change).
const configFile = resolve(process.argv[2] ?? join(ROOT, 'electron-builder.yml'))
if (!existsSync(configFile)) {
  console.error(`check-builder-config: ${configFile} is missing.`)
  process.exit(1)
}

// The same loading path electron-builder uses (yml parsing, `extends`).
const config = await getConfig(ROOT, configFile, null)
try {
  await validateConfiguration(config, new DebugLogger(false))
} catch (error) {
  problems.push(`electron-builder rejects the configuration:\n${error.message}`)
}

expect(config.appId === 'app.limber.desktop', 'appId must be app.limber.desktop')
expect(config.productName === 'Limber', 'productName must be Limber')
expect(config.directories?.output === 'dist', 'directories.output must be dist')
expect(
  config.directories?.buildResources === 'resources',
  'directories.buildResources must be resources',
)
// getConfig normalises `files` into file sets; flatten them back to patterns.
const filePatterns = [config.files ?? []]
  .flat()
  .flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()))
expect(
  same(filePatterns, ['out/**', 'package.json']),
  'files must be exactly out/** and package.json',
)
expect(config.asar === true, 'asar must be true')
expect(
  config.npmRebuild === false,
  'npmRebuild must be false (the SQLite module is staged by scripts/desktop/sqlite-module.ts)',
)
// Main bundles everything it imports, so the package needs no node_modules:
// electron-builder copies production dependencies, and there must be none.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
expect(
  Object.keys(pkg.dependencies ?? {}).length === 0,
  'package.json must have no dependencies: main is bundled, and electron-builder would ship them (sources and all) in app.asar',
)
expect(
  (config.extraResources ?? []).some(
    (r) =>
      r.from === 'native/${platform}-${arch}/better_sqlite3.node' &&
      r.to === 'native/better_sqlite3.node',
  ),
  'extraResources must copy native/${platform}-${arch}/better_sqlite3.node (the target’s module) to native/better_sqlite3.node (main loads it from there)',
)

for (const os of ['win', 'mac']) {
  expect(
    (config[os]?.extraResources ?? []).some(
      (r) => r.from === 'native/${platform}-${arch}/koffi' && r.to === 'koffi',
    ),
    `${os}.extraResources must copy native/\${platform}-\${arch}/koffi to koffi (the busy detectors' FFI module, where koffi looks)`,
  )
}

const fuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  grantFileProtocolExtraPrivileges: false,
}
for (const [fuse, value] of Object.entries(fuses)) {
  expect(config.electronFuses?.[fuse] === value, `electronFuses.${fuse} must be ${value}`)
}

// macOS without a Developer ID: the fuses must be followed by an ad-hoc
// re-signature, and mac.identity must stay unset so a configured Developer ID
// still signs the app (null skips signing; "-" forces ad hoc).
expect(
  config.electronFuses?.resetAdHocDarwinSignature === true,
  'electronFuses.resetAdHocDarwinSignature must be true (flipping fuses breaks the ad-hoc signature; Apple Silicon then refuses to launch the app)',
)
expect(
  config.mac?.identity === undefined,
  'mac.identity must be left unset (null skips signing, "-" ignores a configured Developer ID)',
)

const targets = (platform) =>
  [config[platform]?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target))
expect(same(targets('linux').sort(), ['AppImage', 'deb']), 'linux.target must be AppImage and deb')
expect(same(targets('mac'), ['dmg']), 'mac.target must be dmg')
expect(same(targets('win'), ['nsis']), 'win.target must be nsis')
expect(/^Utility\b/.test(config.linux?.category ?? ''), 'linux.category must start with Utility')
expect(
  /<[^@\s>]+@[^@\s>]+>/.test(config.linux?.maintainer ?? ''),
  'linux.maintainer needs a name and <email> (required by .deb)',
)
expect(Boolean(config.linux?.synopsis), 'linux.synopsis is missing')

for (const platform of ['linux', 'mac', 'win']) {
  const icon = config[platform]?.icon
  expect(icon === 'resources/icon.png', `${platform}.icon must be resources/icon.png`)
}
const size = pngSize(join(ROOT, 'resources', 'icon.png'))
expect(
  size?.width === 512 && size?.height === 512,
  `resources/icon.png must be a 512x512 PNG (found ${size ? `${size.width}x${size.height}` : 'none'})`,
)
for (const tray of [
  'tray.png',
  'tray@2x.png',
  'tray-paused.png',
  'tray-paused@2x.png',
  'trayTemplate.png',
  'trayTemplate@2x.png',
  'tray-pausedTemplate.png',
  'tray-pausedTemplate@2x.png',
]) {
  expect(
    pngSize(join(ROOT, 'resources', tray)) !== null,
    `resources/${tray} is missing or not a PNG`,
  )
}

if (problems.length > 0) {
  console.error(`\ncheck-builder-config: ${problems.length} problem(s) in ${basename(configFile)}:`)
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(
  'check-builder-config: electron-builder.yml is valid (schema, fuses, macOS signing, targets, icons).',
)

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function pngSize(file) {
  if (!existsSync(file)) return null
  const bytes = readFileSync(file)
  const signature = '89504e470d0a1a0a'
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

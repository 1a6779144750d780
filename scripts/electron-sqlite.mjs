#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/ (once).
//
// node_modules/better-sqlite3 stays built for Node, which the tests and the
// browser harness use; the Electron app loads this separate copy through
// better-sqlite3's `nativeBinding` option. The first build downloads
// Electron's headers from electronjs.org; after that everything is offline.
//
// Usage: node scripts/electron-sqlite.mjs [--force]

import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(ROOT, 'native', 'electron')
const OUT_FILE = join(OUT_DIR, 'better_sqlite3.node')
const INFO_FILE = join(OUT_DIR, 'build-info.json')
const DIST_URL = 'https://electronjs.org/headers'
const NODE_GYP = join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')

// node-gyp reads its options from npm_config_* (and
// npm_package_config_node_gyp_*) variables, and they override the command
// line. A user npmrc with `nodedir=/usr`, for one, silently builds against
// Node's headers: a module Electron refuses to load. These are dropped.
const OVERRIDING_OPTIONS = new Set([
  'nodedir',
  'target',
  'target-arch',
  'arch',
  'dist-url',
  'disturl',
  'runtime',
  'tarball',
  'release',
  'debug',
  'build-from-source',
])

/** A problem the user can act on: printed without a stack trace. */
class Failure extends Error {}

try {
  main()
} catch (error) {
  if (!(error instanceof Failure)) throw error
  console.error(`\nelectron-sqlite: ${error.message}\n`)
  process.exitCode = 1
}

function main() {
  const force = process.argv.includes('--force')
  const electron = readVersion('electron')
  const sqlite = readVersion('better-sqlite3')
  const wanted = { electron, betterSqlite3: sqlite, platform: process.platform, arch: process.arch }

  if (!force && isBuilt(wanted)) {
    console.log(
      `better-sqlite3 ${sqlite} for Electron ${electron} is already built (native/electron).`,
    )
    return
  }
  if (!existsSync(NODE_GYP)) fail('node-gyp is not installed. Run `npm ci` first.')

  const env = cleanEnv(process.env)
  const common = [`--target=${electron}`, `--dist-url=${DIST_URL}`, `--arch=${process.arch}`]

  console.log(`Getting the Electron ${electron} headers (downloaded once from electronjs.org)…`)
  const headers = run(['install', '--ensure', ...common], { cwd: ROOT, env, timeout: 180_000 })
  if (!headers.ok) {
    fail([
      `Could not get the Electron ${electron} headers from ${DIST_URL}.`,
      'Building the database engine for Electron needs network access to electronjs.org',
      'the first time only; after that Limber builds and runs offline.',
      'Connect to the internet and run `npm start` (or this script) again.',
      lastErrorLine(headers.output),
    ])
  }

  const scratch = mkdtempSync(join(tmpdir(), 'limber-sqlite-'))
  try {
    const source = join(ROOT, 'node_modules', 'better-sqlite3')
    const work = join(scratch, 'better-sqlite3')
    // A copy, so the Node build in node_modules is never touched.
    cpSync(source, work, {
      recursive: true,
      filter: (path) => !['build', 'node_modules'].includes(basename(path)) || path === source,
    })
    console.log(
      `Building better-sqlite3 ${sqlite} for Electron ${electron} (${process.arch}); this takes a few minutes…`,
    )
    const build = run(['rebuild', '--release', ...common], { cwd: work, env, timeout: 900_000 })
    const built = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (!build.ok || !existsSync(built)) {
      fail([
        'Building better-sqlite3 for Electron failed.',
        'It needs Python 3, make and a C++ compiler (Debian/Ubuntu: `apt-get install python3 make g++`;',
        'macOS: `xcode-select --install`; Windows: Visual Studio Build Tools with "Desktop development with C++").',
        'Last lines from node-gyp:',
        ...build.output
          .trimEnd()
          .split('\n')
          .slice(-15)
          .map((line) => `  ${line}`),
      ])
    }
    mkdirSync(OUT_DIR, { recursive: true })
    // Copy then rename, so an interrupted run never leaves half a module.
    cpSync(built, `${OUT_FILE}.tmp`)
    renameSync(`${OUT_FILE}.tmp`, OUT_FILE)
    writeFileSync(INFO_FILE, `${JSON.stringify(wanted, null, 2)}\n`)
    console.log(`Built ${OUT_FILE.slice(ROOT.length + 1)} for Electron ${electron}.`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function readVersion(pkg) {
  const file = join(ROOT, 'node_modules', pkg, 'package.json')
  if (!existsSync(file)) fail(`${pkg} is not installed. Run \`npm ci\` first.`)
  return JSON.parse(readFileSync(file, 'utf8')).version
}

function isBuilt(wanted) {
  if (!existsSync(OUT_FILE) || !existsSync(INFO_FILE)) return false
  try {
    const info = JSON.parse(readFileSync(INFO_FILE, 'utf8'))
    return Object.entries(wanted).every(([key, value]) => info[key] === value)
  } catch {
    return false
  }
}

function cleanEnv(source) {
  const env = {}
  for (const [key, value] of Object.entries(source)) {
    const match = /^(?:npm_config_|npm_package_config_node_gyp_)(.+)$/i.exec(key)
    if (match && OVERRIDING_OPTIONS.has(match[1].replaceAll('_', '-').toLowerCase())) continue
    env[key] = value
  }
  return env
}

function run(args, { cwd, env, timeout }) {
  const result = spawnSync(process.execPath, [NODE_GYP, ...args], {
    cwd,
    env,
    timeout,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.error) return { ok: false, output: `${output}\n${result.error.message}` }
  return { ok: result.status === 0, output }
}

function lastErrorLine(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /gyp ERR!|error|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|timed out/i.test(line))
  const line =
    lines.find((l) => /ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|timed out|\b\d{3}\b/.test(l)) ?? lines[0]
  return line ? `(node-gyp: ${line.slice(0, 200)})` : ''
}

/** Stops the build (scratch files are still cleaned up by `finally`). */
function fail(message) {
  const lines = Array.isArray(message) ? message.filter(Boolean) : [message]
  throw new Failure(lines.join('\n'))
}

import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { targetMismatch } from './binary-arch'
import { onInterrupt, runChild, tail } from './child'
import { Failure } from './failure'

/**
 * The SQLite module the app loads. better-sqlite3 13 is a Node-API addon:
 * one compiled file serves Node (the tests) and Electron (the app) alike,
 * and the package ships prebuilt files for Linux, macOS and Windows on x64
 * and arm64. The app takes the one for its target from there, checked for
 * the right platform and CPU, and only compiles where there is none.
 */

export interface Target {
  platform: string
  arch: string
}

export const hostTarget: Target = { platform: process.platform, arch: process.arch }

const ELECTRON_HEADERS = 'https://electronjs.org/headers'

// node-gyp takes these from npm_config_* variables over its command line. A
// user npmrc with `nodedir=/usr`, for one, would build against that Node's
// headers instead of Electron's. The script passes its own.
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

export function stagedDir(root: string, target: Target): string {
  return join(root, 'native', `${target.platform}-${target.arch}`)
}

export function stagedModule(root: string, target: Target): string {
  return join(stagedDir(root, target), 'better_sqlite3.node')
}

interface BuildInfo {
  betterSqlite3: string
  platform: string
  arch: string
  source: 'prebuilt' | 'compiled'
}

function readPackageVersion(root: string, name: string): string {
  const file = join(root, 'node_modules', name, 'package.json')
  if (!existsSync(file)) throw new Failure(`${name} is not installed. Run \`npm ci\` first.`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

function readInfo(file: string): BuildInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildInfo
  } catch {
    return null
  }
}

/** Copy then rename, so an interrupted run never leaves half a module. */
function stage(root: string, target: Target, from: string, info: BuildInfo): string {
  const dir = stagedDir(root, target)
  const to = stagedModule(root, target)
  mkdirSync(dir, { recursive: true })
  copyFileSync(from, `${to}.tmp`)
  renameSync(`${to}.tmp`, to)
  writeFileSync(join(dir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`)
  return to
}

export interface SqliteOptions {
  root: string
  target: Target
  /** Compile even where a prebuilt file exists (LIMBER_SQLITE_FROM_SOURCE=1). */
  fromSource?: boolean
  env?: NodeJS.ProcessEnv
}

/**
 * Makes sure native/<platform>-<arch>/better_sqlite3.node holds the module
 * for `target`, and returns its path. Quick when it is already there.
 */
export async function ensureSqliteModule(options: SqliteOptions): Promise<string> {
  const { root, target } = options
  const env = options.env ?? process.env
  const fromSource = options.fromSource ?? env['LIMBER_SQLITE_FROM_SOURCE'] === '1'
  const version = readPackageVersion(root, 'better-sqlite3')
  const staged = stagedModule(root, target)
  const info = readInfo(join(stagedDir(root, target), 'build-info.json'))
  const name = `${target.platform}-${target.arch}`

  if (
    existsSync(staged) &&
    info?.betterSqlite3 === version &&
    (!fromSource || info.source === 'compiled') &&
    targetMismatch(staged, target) === null
  ) {
    return staged
  }

  const prebuilt = join(root, 'node_modules', 'better-sqlite3', 'prebuilds', `${name}.node`)
  if (!fromSource && existsSync(prebuilt)) {
    const mismatch = targetMismatch(prebuilt, target)
    if (mismatch) {
      throw new Failure(
        `better-sqlite3's prebuilt module for ${name} is ${mismatch}; refusing to use it. Reinstall with \`npm ci\`.`,
      )
    }
    const path = stage(root, target, prebuilt, {
      betterSqlite3: version,
      ...target,
      source: 'prebuilt',
    })
    console.log(`SQLite module: better-sqlite3 ${version}'s prebuilt file for ${name}.`)
    return path
  }

  if (target.platform !== hostTarget.platform || target.arch !== hostTarget.arch) {
    throw new Failure([
      `better-sqlite3 ${version} has no prebuilt module for ${name}, and it can only be compiled`,
      `for the machine it is compiled on (${hostTarget.platform}-${hostTarget.arch}).`,
      `Package for ${name} on a ${name} machine.`,
    ])
  }
  const built = await compile(root, version, env)
  const path = stage(root, target, built.file, {
    betterSqlite3: version,
    ...target,
    source: 'compiled',
  })
  rmSync(built.scratch, { recursive: true, force: true })
  console.log(`SQLite module: compiled better-sqlite3 ${version} for ${name}.`)
  return path
}

/** Environment for node-gyp without the npm_config_* that override its options. */
export function nodeGypEnv(source: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(source)) {
    const match = /^(?:npm_config_|npm_package_config_node_gyp_)(.+)$/i.exec(key)
    if (match?.[1] && OVERRIDING_OPTIONS.has(match[1].replaceAll('_', '-').toLowerCase())) continue
    env[key] = value
  }
  return env
}

/**
 * Compiles better-sqlite3 in a scratch copy (node_modules is never touched)
 * against Electron's headers, as Electron's guide to native modules does.
 * The headers come from npm_config_disturl when set (a mirror), otherwise
 * from electronjs.org.
 */
async function compile(
  root: string,
  version: string,
  env: NodeJS.ProcessEnv,
): Promise<{ file: string; scratch: string }> {
  const electron = readPackageVersion(root, 'electron')
  const distUrl = env['npm_config_disturl'] ?? env['NPM_CONFIG_DISTURL'] ?? ELECTRON_HEADERS
  const nodeGyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  if (!existsSync(nodeGyp)) throw new Failure('node-gyp is not installed. Run `npm ci` first.')

  // Inside the project, so the copy resolves node-addon-api from its
  // node_modules. Left over from an interrupted run? Start over.
  const scratch = join(root, 'native', '.work')
  rmSync(scratch, { recursive: true, force: true })
  const unhook = onInterrupt(() => {
    rmSync(scratch, { recursive: true, force: true })
  })
  try {
    const source = join(root, 'node_modules', 'better-sqlite3')
    const work = join(scratch, 'better-sqlite3')
    cpSync(source, work, {
      recursive: true,
      filter: (path) =>
        path === source || !['build', 'node_modules', 'prebuilds'].includes(basename(path)),
    })
    console.log(
      `better-sqlite3 ${version} has no prebuilt module here: compiling it for Electron ${electron}` +
        ` with headers from ${distUrl} (a few minutes)…`,
    )
    const result = await runChild(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electron}`,
        `--dist-url=${distUrl}`,
        `--arch=${process.arch}`,
        // better-sqlite3's own switch to build even where a prebuilt exists.
        '--force_build=1',
      ],
      { cwd: work, env: nodeGypEnv(env), timeoutMs: 20 * 60_000 },
    )
    const file = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (result.code !== 0 || !existsSync(file)) {
      const headers = /download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|40\d|50\d|shasum/i
      const headersFailed =
        headers.test(result.output) && !/\bCXX\b|\bcc1plus\b/.test(result.output)
      rmSync(scratch, { recursive: true, force: true })
      throw new Failure([
        headersFailed
          ? `Could not get the Electron ${electron} headers from ${distUrl}.`
          : `Compiling better-sqlite3 ${version} failed.`,
        headersFailed
          ? 'They are needed once, to compile the SQLite module where no prebuilt one exists. ' +
            'Connect to the internet (or set npm_config_disturl to a mirror of electronjs.org/headers) and run `npm start` again.'
          : 'It needs Python 3, make and a C++ compiler (Debian/Ubuntu: `apt-get install python3 make g++`; ' +
            'macOS: `xcode-select --install`; Windows: Visual Studio Build Tools with "Desktop development with C++").',
        'Last lines from node-gyp:',
        ...tail(result.output, 12),
      ])
    }
    return { file, scratch }
  } finally {
    unhook()
  }
}

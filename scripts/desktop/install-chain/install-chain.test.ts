// The first `npm ci && npm start` of a new user, end to end, on a fresh
// clone, with loopback stand-ins for Electron's release and headers servers
// (this machine cannot reach them). Minutes long: run by `npm run
// test:install`, not by `npm test`.
import { spawn } from 'node:child_process'
import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBinaryTarget } from '../binary-arch'
import { canCutNetwork, freshClone } from './fresh-clone'
import { RECORD_VARIABLE, startStandInMirror, type StandInMirror } from './stand-in-mirror'

const REPO = resolve(__dirname, '..', '..', '..')
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
).devDependencies['electron'] as string
const TARGET = `${process.platform}-${process.arch}`

interface Run {
  code: number | null
  output: string
  ms: number
}

/** The environment a new user has: none of the mirror or Limber variables. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(electron_|npm_config_disturl|npm_config_devdir|limber_|vitest|npm_lifecycle|npm_package)/i.test(
        key,
      )
    )
      continue
    env[key] = value
  }
  return { ...env, ...extra }
}

function run(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Run> {
  const started = Date.now()
  return new Promise((done) => {
    const [file, ...args] = command as [string, ...string[]]
    // Its own process group, so a timeout stops npm and everything under it.
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, output, ms: Date.now() - started })
    })
  })
}

const show = (result: Run) =>
  `exit ${result.code} after ${result.ms} ms:\n${result.output.slice(-4000)}`

describe('a fresh clone: npm ci, then npm start', () => {
  let root: string
  let clone: string
  let mirror: StandInMirror
  let record: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'limber-install-'))
    clone = join(root, 'limber')
    record = join(root, 'stand-in-record.txt')
    freshClone(REPO, clone)
    mirror = await startStandInMirror({
      electronVersion: ELECTRON_VERSION,
      arches: ['x64', 'arm64'],
    })
  })

  afterAll(async () => {
    await mirror.close()
    rmSync(root, { recursive: true, force: true })
  })

  const mirrorEnv = (): NodeJS.ProcessEnv => ({
    ELECTRON_MIRROR: mirror.electronMirror,
    // The stand-in zip is not the release's, so take the mirror's checksums.
    electron_use_remote_checksums: '1',
    electron_config_cache: join(root, 'electron-cache'),
    npm_config_disturl: mirror.headersUrl,
    // A cache of its own, so node-gyp really downloads the headers.
    npm_config_devdir: join(root, 'node-gyp'),
    [RECORD_VARIABLE]: record,
  })

  it('npm ci succeeds with no compiler on PATH and fetches no Electron binary', async () => {
    // Build tools that fail loudly, ahead of the real ones on PATH.
    const noCompiler = join(root, 'no-compiler')
    mkdirSync(noCompiler)
    for (const tool of [
      'cc',
      'gcc',
      'c++',
      'g++',
      'clang',
      'clang++',
      'make',
      'python',
      'python3',
    ]) {
      writeFileSync(
        join(noCompiler, tool),
        `#!/bin/sh\necho "${tool} is not available" >&2\nexit 127\n`,
        {
          mode: 0o755,
        },
      )
    }
    const env = userEnv({ PATH: `${noCompiler}${delimiter}${process.env['PATH'] ?? ''}` })
    delete env['CC']
    delete env['CXX']
    const result = await run(['npm', 'ci'], clone, env, 10 * 60_000)
    expect(result.code, show(result)).toBe(0)
    expect(existsSync(join(clone, 'node_modules', 'electron', 'path.txt'))).toBe(false)
  })

  it('offline, npm start stops within a minute with what it needs and how to retry', async () => {
    const offline = canCutNetwork()
    if (!offline)
      console.log(
        '[install-chain] `unshare -n` is not available: relying on this machine being offline',
      )
    const command = offline ? ['unshare', '-n', 'npm', 'start'] : ['npm', 'start']
    const result = await run(command, clone, userEnv(), 90_000)
    expect(result.code, show(result)).not.toBe(0)
    expect(result.ms).toBeLessThan(60_000)
    expect(result.output).toMatch(
      new RegExp(`needs the Electron ${ELECTRON_VERSION.replaceAll('.', '\\.')} binary`),
    )
    expect(result.output).toContain(`electron-v${ELECTRON_VERSION}-${TARGET}.zip`)
    expect(result.output).toMatch(/run `npm start` again/)
    expect(result.output).toContain('ELECTRON_MIRROR')
    // Nothing half-installed: no dist, no path.txt, no build started.
    expect(existsSync(join(clone, 'node_modules', 'electron', 'dist'))).toBe(false)
    expect(existsSync(join(clone, 'node_modules', 'electron', 'path.txt'))).toBe(false)
    expect(existsSync(join(clone, 'out'))).toBe(false)
    expect(existsSync(record)).toBe(false)
  })

  it('where the network drops packets (a server that never answers), npm start still stops within a minute', async () => {
    const silent = createServer(() => {
      // Accepts the connection and never says a word.
    })
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done))
    try {
      const { port } = silent.address() as AddressInfo
      const env = userEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/electron/` })
      const result = await run(['npm', 'start'], clone, env, 90_000)
      expect(result.code, show(result)).toBe(1)
      expect(result.ms).toBeLessThan(60_000)
      expect(result.output).toMatch(/no answer within \d+ s/)
      expect(existsSync(join(clone, 'node_modules', 'electron', 'dist'))).toBe(false)
    } finally {
      silent.close()
    }
  })

  it('with the mirror variables, npm start installs Electron, builds once and launches it with the app', async () => {
    const result = await run(['npm', 'start'], clone, userEnv(mirrorEnv()), 5 * 60_000)
    expect(result.code, show(result)).toBe(0)
    // Electron's own installer fetched the zip from the mirror.
    expect(mirror.requests).toContain(
      `/electron/v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-${TARGET}.zip`,
    )
    expect(readFileSync(join(clone, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe(
      'electron',
    )
    // The stand-in was launched in the project, on the built app.
    const launched = readFileSync(record, 'utf8').split('\n')
    expect(launched).toContain(`cwd=${clone}`)
    expect(launched.filter((line) => line.startsWith('arg=')).length).toBeGreaterThan(0)
    expect(existsSync(join(clone, 'out', 'main', 'index.js'))).toBe(true)
    expect(existsSync(join(clone, 'out', 'renderer', 'index.html'))).toBe(true)
    // Built once: electron-vite prints one "built in" line per target (main,
    // preload, renderer) and a second build would print three more.
    expect(result.output.match(/built in/g)?.length, show(result)).toBe(3)
    // The SQLite module came from better-sqlite3's prebuilt file, not a compile.
    const info = JSON.parse(
      readFileSync(join(clone, 'native', TARGET, 'build-info.json'), 'utf8'),
    ) as {
      source: string
    }
    expect(info.source).toBe('prebuilt')
    expect(mirror.requests.some((path) => path.startsWith('/headers/'))).toBe(false)
  })

  it('a second start needs no network and installs nothing again', async () => {
    rmSync(record, { force: true })
    const command = canCutNetwork() ? ['unshare', '-n', 'npm', 'start'] : ['npm', 'start']
    const result = await run(command, clone, userEnv({ [RECORD_VARIABLE]: record }), 3 * 60_000)
    expect(result.code, show(result)).toBe(0)
    expect(result.output).not.toContain('Getting Electron')
    expect(existsSync(record)).toBe(true)
  })

  it('through a proxy (ELECTRON_GET_USE_PROXY), Electron’s installer reaches its mirror', async () => {
    rmSync(join(clone, 'node_modules', 'electron', 'dist'), { recursive: true, force: true })
    rmSync(join(clone, 'node_modules', 'electron', 'path.txt'))
    rmSync(record, { force: true })
    const env = userEnv({
      ...mirrorEnv(),
      // Only reachable through the proxy: .invalid never resolves.
      ELECTRON_MIRROR: 'http://electron-mirror.invalid/electron/',
      electron_config_cache: join(root, 'electron-cache-proxy'),
      ELECTRON_GET_USE_PROXY: 'true',
      HTTP_PROXY: mirror.proxyUrl,
      HTTPS_PROXY: mirror.proxyUrl,
    })
    delete env['NO_PROXY']
    delete env['no_proxy']
    const result = await run(['npm', 'start'], clone, env, 5 * 60_000)
    expect(result.code, show(result)).toBe(0)
    expect(mirror.proxied).toContain(
      `http://electron-mirror.invalid/electron/v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-${TARGET}.zip`,
    )
    expect(existsSync(record)).toBe(true)
  })

  it('where no prebuilt module is used, it compiles one against the headers from npm_config_disturl', async () => {
    const before = mirror.requests.length
    const result = await run(
      ['npm', 'start'],
      clone,
      userEnv({ ...mirrorEnv(), LIMBER_SQLITE_FROM_SOURCE: '1' }),
      20 * 60_000,
    )
    expect(result.code, show(result)).toBe(0)
    const asked = mirror.requests.slice(before)
    expect(asked).toContain(
      `/headers/v${ELECTRON_VERSION}/node-v${ELECTRON_VERSION}-headers.tar.gz`,
    )
    const dir = join(clone, 'native', TARGET)
    const info = JSON.parse(readFileSync(join(dir, 'build-info.json'), 'utf8')) as {
      source: string
    }
    expect(info.source).toBe('compiled')
    expect(readdirSync(join(clone, 'native'))).not.toContain('.work')
    // The compiled module is a working SQLite (Node-API: Node can load it too).
    const require = createRequire(join(clone, 'package.json'))
    const Database = require('better-sqlite3') as typeof import('better-sqlite3')
    const db = new Database(':memory:', { nativeBinding: join(dir, 'better_sqlite3.node') })
    expect(db.prepare('select 1 + 1 as two').get()).toEqual({ two: 2 })
    db.close()
  })

  describe('npm run package', () => {
    // The stand-in Electron is a shell script: packaging it is tested on Linux.
    const linux = process.platform === 'linux'
    const packageEnv = () =>
      userEnv({ ...mirrorEnv(), ELECTRON_BUILDER_CACHE: join(root, 'builder-cache') })
    const unpacked = (arch: string) =>
      join(clone, 'dist', arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`)

    it.runIf(linux)(
      'packages for x64 and arm64 from an x64 machine, each with its own SQLite module and nothing else',
      async () => {
        const result = await run(
          ['npm', 'run', 'package', '--', '--linux', '--dir', '--x64', '--arm64'],
          clone,
          packageEnv(),
          5 * 60_000,
        )
        expect(result.code, show(result)).toBe(0)
        for (const arch of ['x64', 'arm64']) {
          const module = join(unpacked(arch), 'resources', 'native', 'better_sqlite3.node')
          expect(readBinaryTarget(module), arch).toMatchObject({ platform: 'linux', arch: [arch] })
          // The bundled app only: no node_modules (so no better-sqlite3 sources,
          // no Node build, no install-only packages).
          const files = listPackage(join(unpacked(arch), 'resources', 'app.asar'), {
            isPack: false,
          })
          expect(files).toContain(join('/', 'out', 'main', 'index.js'))
          expect(files.filter((file) => file.includes('node_modules'))).toEqual([])
          // electron-builder flipped the fuses of the stand-in as configured.
          const wire = await getCurrentFuseWire(join(unpacked(arch), 'limber'))
          expect(wire[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0))
          expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe('1'.charCodeAt(0))
        }
        expect(result.output).toMatch(
          /Package size:\n\s+linux-arm64-unpacked: [\d.]+ MB \(app\.asar [\d.]+ MB\)/,
        )
      },
    )

    it.runIf(linux)(
      'refuses a module built for another CPU than the target, with a clear message',
      async () => {
        const prebuilt = join(clone, 'node_modules', 'better-sqlite3', 'prebuilds')
        rmSync(join(prebuilt, 'linux-arm64.node'))
        copyFileSync(join(prebuilt, 'linux-x64.node'), join(prebuilt, 'linux-arm64.node'))
        rmSync(join(clone, 'native', 'linux-arm64'), { recursive: true, force: true })
        const result = await run(
          ['npm', 'run', 'package', '--', '--linux', '--dir', '--arm64'],
          clone,
          packageEnv(),
          2 * 60_000,
        )
        expect(result.code, show(result)).toBe(1)
        expect(result.output).toMatch(
          /prebuilt module for linux-arm64 is built for linux-x64; refusing to use it/,
        )
      },
    )
  })
})

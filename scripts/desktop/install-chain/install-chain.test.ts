// The first `npm ci && npm start` of a new user, end to end, on a fresh
// clone, with loopback stand-ins for Electron's release and headers servers
// (this machine cannot reach them). Minutes long: run by `npm run
// test:install`, not by `npm test`.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
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
    mirror = await startStandInMirror({ electronVersion: ELECTRON_VERSION })
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

  it('npm ci succeeds and fetches no Electron binary', async () => {
    const result = await run(['npm', 'ci'], clone, userEnv(), 10 * 60_000)
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
})

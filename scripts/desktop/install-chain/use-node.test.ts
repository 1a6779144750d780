// scripts/node/use-node.sh, which .ci/run and developers on an older system
// Node source: it must bring Node 22 LTS from the npm registry (binary and
// headers) when the Node on PATH is older, and leave a supported one alone.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const SCRIPT = resolve(__dirname, '..', '..', 'node', 'use-node.sh')
const home = mkdtempSync(join(tmpdir(), 'limber-use-node-'))

afterAll(() => {
  rmSync(home, { recursive: true, force: true })
})

/** Sources the script in bash with `node` from `nodeDir` first on PATH. */
function source(nodeDir: string): {
  code: number | null
  output: string
  node: string
  nodedir: string
} {
  const result = spawnSync(
    'bash',
    [
      '-c',
      `source "${SCRIPT}" && echo "node=$(node --version)" && echo "nodedir=\${npm_config_nodedir:-}"`,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${nodeDir}:${process.env['PATH'] ?? ''}`,
        LIMBER_NODE_HOME: home,
        npm_config_nodedir: '',
      },
      timeout: 5 * 60_000,
    },
  )
  const output = `${result.stdout}${result.stderr}`
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(result.stdout)?.[1] ?? ''
  return { code: result.status, output, node: value('node'), nodedir: value('nodedir') }
}

function versionOf(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}

const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((file) => {
  if (!existsSync(file)) return false
  const [major = 0, minor = 0] = versionOf(file).slice(1).split('.').map(Number)
  return major < 22 || (major === 22 && minor < 12)
})

describe('scripts/node/use-node.sh', () => {
  it.skipIf(!oldNode)(
    `installs Node 22 LTS with its headers when the Node on PATH is older (${oldNode ?? 'none here'})`,
    () => {
      const result = source(dirname(oldNode ?? ''))
      expect(result.code, result.output).toBe(0)
      expect(result.output).toMatch(/older than 22\.12; installing node-\w+-\w+@22/)
      expect(result.node).toMatch(/^v22\./)
      // node-gyp builds against these headers, not a user npmrc's nodedir.
      expect(existsSync(join(result.nodedir, 'include', 'node', 'node_api.h'))).toBe(true)
    },
  )
  if (!oldNode)
    console.log('[use-node] no Node older than 22.12 on this machine: the install case is skipped')

  it('leaves a supported Node as it is', () => {
    const result = source(dirname(process.execPath))
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain(`Node ${process.version} is supported; using it`)
    expect(result.node).toBe(process.version)
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// .github/workflows/desktop.yml cannot run here (it needs GitHub's machines
// and Electron's download); this keeps it runnable: valid YAML, the three
// desktops, and only npm scripts that exist.

const ROOT = resolve(import.meta.dirname, '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: unknown
  jobs: Record<
    string,
    { 'runs-on': string; strategy?: { matrix?: { os?: string[] } }; steps: Step[] }
  >
}

const workflow = parse(read('.github/workflows/desktop.yml')) as Workflow
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
)
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const commands = steps.flatMap((step) => (step.run ?? '').split('\n').map((l) => l.trim()))

/** npm's own commands that need no script in package.json. */
const NPM_BUILTINS = new Set(['ci', 'install', 'exec', 'ls', 'view'])
/** `npm test` and `npm start` are short for running those scripts. */
const SCRIPT_SHORTHANDS = new Set(['test', 'start', 'stop', 'restart'])

/** Every npm script a line runs, or an "unknown npm command" marker. */
function npmScriptsIn(line: string): string[] {
  const found: string[] = []
  for (const match of line.matchAll(/\bnpm\s+(run(?:-script)?\s+)?([\w:.-]+)/g)) {
    const [, run, name = ''] = match
    if (run) found.push(name)
    else if (SCRIPT_SHORTHANDS.has(name)) found.push(name)
    else if (!NPM_BUILTINS.has(name)) found.push(`<unknown npm command: ${name}>`)
  }
  return found
}

/** The commands in a README section's code block. */
function readmeCommands(section: string): string[] {
  const text = read('README.md')
  const start = text.indexOf(`## ${section}\n`)
  const block = /```sh\n([\s\S]*?)```/.exec(text.slice(start))
  return (block?.[1] ?? '').split('\n').filter(Boolean)
}

describe('the desktop workflow', () => {
  it('runs on pushes and pull requests', () => {
    expect(workflow.on).toMatchObject({ push: null, pull_request: null })
  })

  it('runs on Linux, macOS and Windows', () => {
    const oses = Object.values(workflow.jobs).flatMap((job) => job.strategy?.matrix?.os ?? [])
    expect(new Set(oses)).toEqual(new Set(['ubuntu-latest', 'macos-latest', 'windows-latest']))
    for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toBe('${{ matrix.os }}')
  })

  it('names only npm scripts that package.json has', () => {
    const named = commands.flatMap(npmScriptsIn)
    expect(named).toContain('test')
    expect(named).toContain('test:electron')
    expect(named.filter((name) => !scripts.includes(name))).toEqual([])
  })

  it("runs README's install and test commands", () => {
    const wanted = [...readmeCommands('Install'), ...readmeCommands('Test')]
    expect(wanted).toContain('npm ci')
    for (const command of wanted) expect(commands).toContain(command)
  })

  it('takes Node from .nvmrc', () => {
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))
    expect(setup?.with?.['node-version-file']).toBe('.nvmrc')
    expect(existsSync(join(ROOT, '.nvmrc'))).toBe(true)
  })

  it('runs the Electron specs under a virtual display on Linux, and directly elsewhere', () => {
    const electronRuns = steps.filter((step) => step.run?.includes('npm run test:electron'))
    const linux = electronRuns.find((step) => step.if === "runner.os == 'Linux'")
    const others = electronRuns.find((step) => step.if === "runner.os != 'Linux'")
    expect(linux?.run).toMatch(/xvfb-run .*npm run test:electron/)
    expect(others?.run).toBe('npm run test:electron')
  })
})

describe('reading npm commands', () => {
  it('finds scripts behind npm run and the npm test shorthand, and flags unknown commands', () => {
    expect(npmScriptsIn('npm ci')).toEqual([])
    expect(npmScriptsIn('npm test')).toEqual(['test'])
    expect(npmScriptsIn('xvfb-run -a npm run test:electron -- --reporter=list')).toEqual([
      'test:electron',
    ])
    expect(npmScriptsIn('npm run build && npm run-script lint')).toEqual(['build', 'lint'])
    expect(npmScriptsIn('npm tset')).toEqual(['<unknown npm command: tset>'])
  })
})

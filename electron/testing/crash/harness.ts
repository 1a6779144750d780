import { spawn } from 'node:child_process'
import { basename, join, resolve } from 'node:path'
import { build } from 'esbuild'

/** The project root, whose node_modules the bundled scripts load better-sqlite3 from. */
export const ROOT = resolve(__dirname, '../../..')

/**
 * Bundles the writer once into `outDir`, so each iteration starts plain
 * `node` (tens of milliseconds) instead of a TypeScript loader. The native
 * SQLite module stays external and loads from the project's node_modules.
 */
export async function bundleWriter(
  outDir: string,
  entry = join(__dirname, 'writer.ts'),
): Promise<string> {
  const outfile = join(outDir, `${basename(entry, '.ts')}.cjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  })
  return outfile
}

export interface Run {
  /** Ids the writer reported as committed, with their sequence numbers. */
  committed: { id: string; seq: number }[]
  /** How the child ended: the kill, or something else (a bug). */
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

/**
 * Starts the writer and SIGKILLs it after `killAfterMs`, counted from its
 * "ready" line when `afterReady`, otherwise from the spawn (which can land
 * in the middle of opening or migrating the database).
 */
export function runAndKill(
  writer: string,
  dataDir: string,
  firstSeq: number,
  killAfterMs: number,
  afterReady: boolean,
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, dataDir, String(firstSeq)], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let stderr = ''
    let armed = false
    const arm = () => {
      if (armed) return
      armed = true
      setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (afterReady && out.startsWith('ready\n')) arm()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('spawn', () => {
      if (!afterReady) arm()
    })
    child.on('close', (code, signal) => {
      // Only whole lines count: a line cut by the kill was never fully reported.
      const lines = out.split('\n').slice(0, -1)
      const committed = lines
        .filter((l) => l !== 'ready')
        .map((l) => {
          const [id = '', seq = ''] = l.split(' ')
          return { id, seq: Number(seq) }
        })
      done({ committed, signal, code, stderr })
    })
  })
}

/** Small seeded generator (mulberry32), so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

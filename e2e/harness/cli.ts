import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureRendererBuilt } from './build'
import { repoRoot } from './paths'
import { startHarness, type Harness } from './server'

const USAGE = `Usage: npm run preview:web -- [--port 5190] [--data ./.preview-data]

Serves Limber's built renderer at http://127.0.0.1:<port>/ with the app's own
handlers and a real SQLite file in the data folder (created if missing,
reused if present). Builds the renderer first if out/renderer is missing.
Runs until you press Ctrl+C.`

class UsageError extends Error {}

interface CliOptions {
  port: number
  dataDir: string
}

function parseCli(argv: string[]): CliOptions | 'help' {
  let values: { port?: string | undefined; data?: string | undefined; help?: boolean | undefined }
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        data: { type: 'string', short: 'd' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) return 'help'
  return {
    port: parsePort(values.port ?? '5190'),
    dataDir: resolve(values.data ?? '.preview-data'),
  }
}

function parsePort(text: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `--port must be a whole number from 1 to 65535 (or 0 for any free port); got "${text}".`,
    )
  }
  return port
}

/** Creates the data folder if needed and proves it is a writable folder. */
function prepareDataDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(
      `--data ${dir} is a file, not a folder. Choose a folder (it is created if missing).`,
    )
  }
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.R_OK | constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UsageError(
      `Cannot use ${dir} as the data folder (${code}). Choose a folder you can write to.`,
    )
  }
}

function explainListenError(error: unknown, port: number): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'EADDRINUSE') {
    return new UsageError(
      `Port ${port} on 127.0.0.1 is already in use. Stop whatever uses it, or pick another with --port.`,
    )
  }
  if (code === 'EACCES') {
    return new UsageError(
      `Not allowed to listen on port ${port}. Pick a port above 1023 with --port.`,
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}

async function main(): Promise<void> {
  const parsed = parseCli(process.argv.slice(2))
  if (parsed === 'help') {
    console.log(USAGE)
    return
  }
  const root = repoRoot()
  prepareDataDir(parsed.dataDir)
  await ensureRendererBuilt(root)
  let harness: Harness
  try {
    harness = await startHarness({ dataDir: parsed.dataDir, port: parsed.port })
  } catch (error) {
    throw explainListenError(error, parsed.port)
  }
  console.log(`Limber preview: ${harness.url}`)
  console.log(`Data folder:    ${harness.dataDir}`)
  console.log('Press Ctrl+C to stop.')

  const stop = (signal: NodeJS.Signals): void => {
    console.log(`\n${signal}: closing the database and stopping…`)
    harness.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not close cleanly:', error)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`preview:web: ${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
  console.error('preview:web failed:', error instanceof Error ? error.message : error)
  process.exit(1)
})

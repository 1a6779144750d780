import { spawn } from 'node:child_process'

export interface ChildResult {
  /** Exit code, or null when killed (timeout, signal). */
  code: number | null
  timedOut: boolean
  /** Everything it printed (also echoed live when `echo` is set). */
  output: string
}

const cleanups = new Set<() => void>()
let signalsHooked = false

/**
 * Registers work that must run if the user presses Ctrl+C (or the process
 * is terminated) part-way, so an interrupted install leaves nothing
 * half-made and the next `npm start` simply starts over. Returns a function
 * that unregisters it once the step finished.
 */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup)
  if (!signalsHooked) {
    signalsHooked = true
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        for (const fn of cleanups) fn()
        process.exit(130)
      })
    }
  }
  return () => cleanups.delete(cleanup)
}

/** Runs a command without a shell; the child is killed after `timeoutMs`. */
export function runChild(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; echo?: boolean },
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let timedOut = false
    const collect = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString()
      if (output.length > 1_000_000) output = output.slice(-500_000)
      if (options.echo) to.write(chunk)
    }
    child.stdout.on('data', collect(process.stdout))
    child.stderr.on('data', collect(process.stderr))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    const unhook = onInterrupt(() => child.kill('SIGKILL'))
    child.on('error', (error) => {
      output += `\n${error.message}`
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      unhook()
      resolve({ code, timedOut, output })
    })
  })
}

/** Runs a command with the terminal attached (builds, the app itself). */
export function runAttached(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: 'inherit',
    })
    child.on('error', (error) => {
      console.error(error.message)
      resolve(1)
    })
    child.on('close', (code, signal) => {
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

/** The last lines of a long output, indented, for an error message. */
export function tail(output: string, lines = 12): string[] {
  return output
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => `  ${line}`)
}

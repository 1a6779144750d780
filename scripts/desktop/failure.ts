/**
 * A problem the user can act on. The desktop scripts print its message
 * without a stack trace and exit non-zero; anything else is a bug and keeps
 * its stack.
 */
export class Failure extends Error {
  constructor(lines: (string | false | null | undefined)[] | string) {
    super(
      Array.isArray(lines) ? lines.filter((line) => typeof line === 'string').join('\n') : lines,
    )
  }
}

/** Runs a script's main, printing a Failure as a plain message. */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      if (!(error instanceof Failure)) throw error
      console.error(`\n${name}: ${error.message}\n`)
      process.exitCode = 1
    },
  )
}

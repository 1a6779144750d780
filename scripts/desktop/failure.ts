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

/**
 * Runs a script's main, printing a Failure as a plain message. It exits
 * explicitly: a download that never answers (packets dropped, a proxy that
 * hangs up) can leave a retrying request behind that would otherwise keep
 * the process alive after the message.
 */
export function runMain(name: string, main: () => Promise<number>): void {
  const exit = (code: number) => {
    process.stdout.write('', () => {
      process.exit(code)
    })
  }
  main().then(exit, (error: unknown) => {
    if (!(error instanceof Failure)) throw error
    process.stderr.write(`\n${name}: ${error.message}\n\n`, () => {
      exit(1)
    })
  })
}

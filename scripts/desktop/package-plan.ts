import { Failure } from './failure'
import type { Target } from './sqlite-module'

const ARCH_FLAGS = ['x64', 'arm64', 'ia32', 'armv7l', 'universal'] as const
const PLATFORM_FLAGS: Record<string, string> = {
  '--linux': 'linux',
  '-l': 'linux',
  '--mac': 'darwin',
  '-m': 'darwin',
  '--macos': 'darwin',
  '--win': 'win32',
  '-w': 'win32',
  '--windows': 'win32',
}

export interface PackagePlan {
  platforms: string[]
  arches: string[]
  /** Passed on to electron-builder unchanged. */
  builderArgs: string[]
}

/** Reads the electron-builder-style flags; the defaults are this machine's. */
export function planPackage(
  argv: string[],
  host: Target = { platform: process.platform, arch: process.arch },
): PackagePlan {
  const platforms = [
    ...new Set(argv.filter((a) => a in PLATFORM_FLAGS).map((a) => PLATFORM_FLAGS[a] as string)),
  ]
  const arches = ARCH_FLAGS.filter((arch) => argv.includes(`--${arch}`))
  if (arches.includes('universal')) {
    throw new Failure(
      'A universal macOS package is not supported: package --x64 and --arm64 separately.',
    )
  }
  return {
    platforms: platforms.length > 0 ? platforms : [host.platform],
    arches: arches.length > 0 ? arches : [host.arch],
    builderArgs: argv,
  }
}

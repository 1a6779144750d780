import { resolve } from 'node:path'

/**
 * The renderer's import aliases, for Vite (electron.vite.config.ts) and
 * Vitest (vitest.config.mts); tsconfig.web.json's `paths` say the same to
 * TypeScript. Only renderer code uses them: main and shared also run under
 * tsx and in Node worker threads, where relative paths need no loader.
 */
export function rendererAliases(projectRoot: string): Record<string, string> {
  return {
    '@shared': resolve(projectRoot, 'shared'),
    '@renderer': resolve(projectRoot, 'renderer/src'),
  }
}

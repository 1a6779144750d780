import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { rendererAliases } from './scripts/renderer-aliases'

// Projects: Node for electron/ and shared/ (real SQLite files in temp dirs),
// jsdom for renderer components, and the install chain (a fresh clone's
// `npm ci && npm start` against loopback mirrors, minutes long), which only
// `npm run test:install` runs.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'electron/**/*.test.ts',
            'shared/**/*.test.ts',
            'e2e/harness/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'scripts/desktop/install-chain/**'],
        },
      },
      {
        test: {
          name: 'install',
          environment: 'node',
          include: ['scripts/desktop/install-chain/**/*.test.ts'],
          testTimeout: 30 * 60_000,
          hookTimeout: 5 * 60_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: rendererAliases(import.meta.dirname) },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test/setup.ts'],
        },
      },
    ],
  },
})

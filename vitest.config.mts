import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Two projects: Node for electron/ and shared/ (real SQLite files in temp
// dirs), jsdom for renderer components.
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
        },
      },
      {
        plugins: [react()],
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

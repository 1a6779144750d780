import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { rendererAliases } from './scripts/renderer-aliases'

/**
 * The dev server injects inline scripts and styles (HMR, React refresh) that
 * the production CSP forbids. In `electron-vite dev` only, drop the meta
 * policy; built files keep it, and app:// also sends it as a header.
 */
const devOnlyRelaxCsp: Plugin = {
  name: 'limber-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta[^>]+Content-Security-Policy[^>]*>/i, ''),
}

// One build for the three Electron targets. The renderer output is also what
// the browser harness (e2e/harness) serves, so both run the same bundle.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is a native addon and stays external; everything else
      // (zod, date-fns) is bundled so the packaged app needs no dev deps.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The thread workout files are parsed on (new Worker in main).
          'workout-reader': resolve(__dirname, 'electron/services/workouts/reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devOnlyRelaxCsp],
    resolve: { alias: rendererAliases(__dirname) },
    base: './',
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})

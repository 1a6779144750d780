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

/**
 * The entry's stylesheet (tokens, base, layout and the first screen's global
 * styles) goes before any split chunk's, so a component's own rule wins a tie
 * with a shared one (`.button--quiet` against a card's muted Delete), as it
 * did when the start-up styles were one file. Lazy screens' styles are added
 * after it at run time anyway.
 */
const entryStylesFirst: Plugin = {
  name: 'limber-entry-styles-first',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const links = [...html.matchAll(/ *<link rel="stylesheet"[^>]*>\n?/g)].map((m) => m[0])
      const entry = links.find((link) => /assets\/index-[^"]*\.css"/.test(link))
      if (!entry || links[0] === entry) return html
      const rest = html.replace(entry, '')
      const first = links[0] ?? ''
      return rest.replace(first, entry + first)
    },
  },
}

/**
 * The renderer's own modules only define things, like a library that says
 * `"sideEffects": false`, so an index.ts re-export nobody uses is dropped
 * with everything behind it (the start-up bundle would otherwise carry every
 * module a feature's index names). The exceptions: global stylesheets and
 * zod's CSP setting, both imported for what they do. CSS modules go with the
 * component that uses their classes.
 */
const rendererSource = resolve(__dirname, 'renderer/src') + '/'
const rendererSideEffects = (id: string): boolean =>
  !id.startsWith(rendererSource) ||
  id.endsWith('/lib/zod-csp.ts') ||
  (/\.css($|\?)/.test(id) && !/\.module\.css($|\?)/.test(id))

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
    plugins: [react(), devOnlyRelaxCsp, entryStylesFirst],
    resolve: { alias: rendererAliases(__dirname) },
    base: './',
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        treeshake: { moduleSideEffects: rendererSideEffects },
      },
    },
  },
})

// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { buttonClasses } from './scripts/eslint/button-classes.mjs'
import { featureBoundaries } from './scripts/eslint/feature-boundaries.mjs'

// Import boundaries from DESIGN.md, enforced here rather than by convention.
const noNodeOrElectron = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message:
        'Only electron/main, electron/ipc adapters and electron/preload may import Electron.',
    },
    {
      group: ['node:*'],
      message: 'This code runs in the sandboxed renderer or anywhere: no Node built-ins.',
    },
    { regex: '(^|/)electron/', message: 'Do not import main-process code here.' },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'native/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.preview-data/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      limber: {
        rules: { 'feature-boundaries': featureBoundaries, 'button-classes': buttonClasses },
      },
    },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noNodeOrElectron],
      'limber/feature-boundaries': 'error',
      'limber/button-classes': 'error',
    },
  },
  {
    // The one exception: the renderer tests' bridge runs main's real handlers
    // over a temp SQLite, through the real preload bridge, so tests exercise
    // the code the app runs. Only this file may reach into electron/, and
    // only the test harness and the preload bridge; app code keeps the rule.
    files: ['renderer/src/test/test-bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/|$)', message: 'Tests never import Electron.' },
            noNodeOrElectron.patterns[1],
            {
              regex: '(^|/)electron/(?!testing/renderer-bridge$|preload/bridge$)',
              message: 'Tests reach main only through electron/testing/renderer-bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeOrElectron.patterns,
            { regex: '(^|/)renderer/', message: 'shared/ must not depend on the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Services and db never import Electron: inject what they need.',
            },
            { regex: '(^|/)renderer/', message: 'Main-process code must not import the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)renderer/', message: 'Main-process code must not import the renderer.' },
          ],
        },
      ],
    },
  },
)

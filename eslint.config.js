import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The interpreter's files that run in Node: its CLI, tests, conformance suite and fuzzer. */
const INTERPRETER_TOOLS = [
  'interpreter/cli.ts',
  'interpreter/**/*.test.ts',
  'interpreter/conformance/**',
  'interpreter/fuzz/**',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'test-results',
      'playwright-report',
      'interpreter/conformance/programs/**',
      'bench/.work/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts (launchers, the test runner).
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The interpreter is a pure library: it depends on nothing of ours, and (its CLI and tests
    // aside) on nothing of Node's.
    files: ['interpreter/**/*.ts'],
    ignores: INTERPRETER_TOOLS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/e2e/**', '**/bench/**'],
              message: 'interpreter/ imports nothing from the rest of Loopscope (DESIGN.md).',
            },
            {
              group: ['node:*', 'fs', 'path', 'child_process', 'os', 'worker_threads'],
              message: 'interpreter/ uses no Node APIs outside its CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Its CLI and tests run in Node, and the Chromium conformance test launches Chromium as the
    // e2e specs do; the app's parts stay out of them too.
    files: INTERPRETER_TOOLS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'interpreter/ imports nothing of the app (DESIGN.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer may use the Electron API's *types* only.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // `paths`, not a pattern: the pattern 'electron' also matched '../../electron/api'.
          paths: [{ name: 'electron', message: 'renderer/ never imports electron.' }],
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/api'],
              message: 'renderer/ imports only electron/api (types).',
            },
            {
              group: ['**/electron/api'],
              allowTypeImports: true,
              message: 'renderer/ imports electron/api for its types only (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/interpreter/**'],
              message: 'electron/ depends on nothing of ours (DESIGN.md).',
            },
          ],
        },
      ],
    },
  },
);

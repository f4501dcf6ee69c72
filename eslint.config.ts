import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/node_modules/**', '**/dist/**', '.testcluster/**', 'tools/testcluster/bin/**'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports only.' },
      ],
    },
  },
  {
    // Package boundaries: api-types is environment-free; the server never reaches into other packages' files.
    files: ['packages/api-types/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '@wheelhouse/*'],
              message: 'api-types imports neither node: nor other packages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@wheelhouse/web', '@wheelhouse/web/*', '../../*/src/*'],
              message: 'The server imports only @wheelhouse/api-types.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app: React hooks rules, and only the API contract from the other packages.
    files: ['packages/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@wheelhouse/server',
                '@wheelhouse/server/*',
                'node:*',
                '../../*/src/*',
                '../../../*/src/*',
              ],
              message: 'The web app imports only @wheelhouse/api-types from the other packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plugins import only the SDK (React, MUI, Emotion and icons aside); the SDK only the API contract.
    files: ['plugins/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@wheelhouse/*', '!@wheelhouse/plugin-sdk', '../../packages/*', '../../../packages/*'],
              message: 'Plugins import only @wheelhouse/plugin-sdk from Wheelhouse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/plugin-sdk/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@wheelhouse/server',
                '@wheelhouse/server/*',
                '@wheelhouse/web',
                '@wheelhouse/web/*',
                '../../*/src/*',
              ],
              message: 'The SDK imports only @wheelhouse/api-types from the other packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build scripts of the examples run in Node.
    files: ['plugins/examples/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/web/build-if-stale.ts', 'packages/web/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['eslint.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);

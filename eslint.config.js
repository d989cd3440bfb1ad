// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'reports/', 'bench/out/', 'bench/.work/', 'tests/.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // `_name` marks a value left out on purpose, as in `const { date: _date, ...rest } = item`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Search code the browser runs, and what it shares with the build: no Node modules, nothing of the indexer.
    files: ['src/search/model.ts', 'src/search/core/**', 'src/search/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/search/core and client run in the browser.' },
            {
              group: ['**/search/build/**', '../build/**', '../../build/**'],
              message: 'The browser never loads the indexer.',
            },
          ],
        },
      ],
    },
  },
);

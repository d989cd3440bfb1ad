// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist.building/',
    'dist.previous/',
    '.astro/',
    'node_modules/',
    'reports/',
    'bench/.work/',
    'tests/.tmp/',
  ]),
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
  {
    // The content store keeps rendered HTML packed (src/build/tuning/packed-store.ts): Astro's `render()` given a
    // stored entry would show `br64:…`. `renderEntry()` unpacks it first; it is the one place that calls `render()`.
    files: ['src/**/*.{ts,astro}', 'tests/**/*.ts'],
    ignores: ['src/data/render.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['render'],
              message:
                'Render an entry with renderEntry() from src/data/render.ts: the content store keeps its HTML packed.',
            },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-server/**',
      '**/lib/**',
      '**/coverage/**',
      '.cache/**',
      '.turbo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      // Type information for every TypeScript file from its nearest tsconfig.json; the web server's sources
      // (their own tsconfig.server.json) are the only ones outside one.
      parserOptions: {
        projectService: {
          allowDefaultProject: ['apps/web/server/*.ts'],
          defaultProject: 'apps/web/tsconfig.server.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // Type-aware rules of recommendedTypeChecked: the promise rules (a promise nobody awaits loses its error;
      // an async callback where a sync one is expected runs unawaited) and the rest, except these. The no-unsafe
      // family flags every untyped JSON body the tests read; no-unnecessary-type-assertion and require-await
      // are style; unbound-method misreads React hooks' and jest's methods. Each is a clean-up of its own.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // One loading indicator, named in the reader's language (a Loader's aria-label on its bare span fails axe).
    files: ['apps/web/src/**/*.tsx'],
    ignores: ['apps/web/src/components/loading.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mantine/core',
              importNames: ['Loader'],
              message: 'Use <Loading> from components/loading.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...boundaries,
  prettier,
);

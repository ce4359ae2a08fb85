// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'bench/**',
      'coverage/**',
      'screenshots/**',
      '**/test-results/**',
      'server/src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments are allowed when prefixed with _ (resolver signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Tests and SQL row mapping deal in loosely typed rows.
      '@typescript-eslint/no-explicit-any': 'off',
      // Configuration is parsed once in config.ts; nothing else reads the environment.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through server/src/config.ts (loadConfig).',
        },
      ],
    },
  },
  {
    // Entry points and tooling that legitimately read the environment.
    files: [
      'server/src/config.ts',
      'server/src/db/mikro-orm.config.ts',
      'server/src/scripts/**',
      'server/test/**',
      'server/vitest.config.ts',
      'client/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql (type-graphql and Apollo must share it).
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Sized for 2 cores: files run one after another, each with its own database.
    fileParallelism: false,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/server.json' }]] : ['default'],
  },
});

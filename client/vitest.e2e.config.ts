import { defineConfig } from 'vitest/config';

// Browser tests: the built web app served by the real server on a real database, driven in
// headless Chromium (`npm run test:e2e`). The unit tests (vite.config.ts) exclude src/e2e.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/e2e/**/*.e2e.test.ts'],
    globalSetup: ['src/e2e/global-setup.ts'],
    // Builds, migrations and seeding happen once in the global setup; each test drives a browser.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One server and one browser at a time: test files share the database.
    fileParallelism: false,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default'],
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // In development the API runs as its own process; in production it serves this build itself.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    // Browser tests drive the built app in Chromium; they are not unit tests.
    exclude: ['src/e2e/**', 'node_modules/**'],
    setupFiles: ['src/test/setup.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/client.json' }]] : ['default'],
  },
});

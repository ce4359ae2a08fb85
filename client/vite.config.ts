import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const schemaFile = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

/** The committed GraphQL schema at /schema.graphql, for the API page's download link. */
function schemaAsset(): Plugin {
  return {
    name: 'kuntagraph-schema-asset',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'schema.graphql', source: readFileSync(schemaFile, 'utf8') });
    },
    configureServer(server) {
      server.middlewares.use('/schema.graphql', (_req, res) => {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(readFileSync(schemaFile, 'utf8'));
      });
    },
  };
}

/**
 * Preloads the latin Source Sans 3 files (app/fonts.css) from index.html: the browser fetches them
 * beside the scripts instead of after the first render, so text rarely swaps fonts in view.
 */
function preloadFonts(): Plugin {
  return {
    name: 'kuntagraph-preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) =>
          /source-sans-3-latin-\d+-normal-[\w-]+\.woff2$/.test(f),
        );
        return fonts.sort().map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${f}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), schemaAsset(), preloadFonts()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // In development the API runs as its own process; in production it serves this build itself.
    // Uploads and downloads (/api/files) and single sign-on (/auth) are served by the API too.
    // Everything the API server answers itself (the web app links exports and feeds as files).
    proxy: Object.fromEntries(
      ['/graphql', '/api', '/auth', '/export', '/feeds', '/healthz', '/readyz'].map((p) => [
        p,
        'http://127.0.0.1:4000',
      ]),
    ),
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

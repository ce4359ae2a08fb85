import 'reflect-metadata';
import { createAppServer } from './http/app-server.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { importReferenceData, isEmpty } from './db/seed/import-reference.js';
import { createLogger } from './logger.js';
import { ensureAdmin } from './modules/auth/auth.service.js';
import { sweepFileStore } from './modules/file/sweep.js';
import { NotificationWorker } from './modules/notification/worker.js';

/** Process entry: config -> database (+ seed on first run) -> app -> listen; SIGTERM closes gracefully. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const started = Date.now();
  const db = await openDatabase(config);
  log.info({ embedded: db.embedded, dataDir: db.embedded ? config.dataDir : undefined }, 'database ready');
  if (config.seedOnEmpty && (await isEmpty(db.orm.em.fork()))) {
    const { changed } = await importReferenceData(db.orm.em.fork());
    log.info({ changed }, 'reference data imported');
  }
  if (config.adminEmail && config.adminPassword) {
    const admin = await ensureAdmin(db.orm.em.fork(), { email: config.adminEmail, password: config.adminPassword });
    log.info({ created: admin.created }, 'bootstrap administrator ready');
  }
  const swept = await sweepFileStore(config, db.orm.em.fork());
  log.info(swept, 'file store swept');
  const app = await createApp(config, db.orm, log);
  // Notifications, webhook deliveries and e-mail digests: state in PostgreSQL, polled by every instance.
  const notifier = new NotificationWorker(db.orm, config.notify, log);
  notifier.start();
  const server = createAppServer(app.handler);
  server.keepAliveTimeout = 5_000;
  // /graphql has its own deadline (REQUEST_TIMEOUT_MS); the server-wide one only stops requests
  // that never finish, and must leave room for a 100 MiB upload over a slow link.
  server.requestTimeout = Math.max(config.requestTimeoutMs, 15 * 60_000);
  server.headersTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ url: `http://${config.host}:${port}/`, ms: Date.now() - started }, 'Kuntagraph is running');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close();
    server.closeIdleConnections();
    await app.close();
    log.debug('api closed');
    await notifier.stop();
    log.debug('notifier stopped');
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  // Started with --expose-gc (the load drill does): SIGUSR2 collects garbage and logs the heap.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    process.on('SIGUSR2', () => {
      gc();
      log.info({ heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss }, 'heap after gc');
    });
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  if (err instanceof Error && err.stack && !/Invalid configuration/.test(err.message)) console.error(err.stack);
  process.exit(1);
});

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router, type ErrorRequestHandler, type Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import { createRequestContext, type Context, type SessionCookie } from './graphql/context.js';
import { errorLogPlugin } from './graphql/error-log.plugin.js';
import { UnavailableError } from './graphql/errors.js';
import { isDatabaseUnavailable, makeFormatError } from './graphql/format-error.js';
import { KnownOperationTypesRule } from './graphql/known-operation-types.rule.js';
import { httpStatusPlugin } from './graphql/http-status.plugin.js';
import { redisBus } from './cluster/redis-bus.js';
import { ApiKeyCache } from './modules/auth/api-key-cache.js';
import { ResponseCache } from './graphql/response-cache/response-cache.js';
import { responseCachePlugin } from './graphql/response-cache/response-cache.plugin.js';
import { createQueryGuard } from './graphql/limits/query-guard.js';
import { queryLimitsPlugin } from './graphql/limits/query-limits.plugin.js';
import { selectionPlugin } from './graphql/selection.js';
import { setStrictColumns } from './graphql/columns.js';
import { configureSecretBox, loadSecretsKey } from './modules/webhook/secret-box.js';
import { getSchema } from './graphql/schema.js';
import { executionOptions } from './graphql/jit-executor.js';
import { healthRoutes } from './http/health.js';
import { rejectInvalidUtf8, rejectLoneSurrogates } from './http/body.js';
import { bodyParsedAhead, responseCacheFastPath } from './graphql/response-cache/fast-path.js';
import { deadline } from './http/deadline.js';
import { createRateLimitStore } from './http/rate-limit/create-store.js';
import type { ClientAddress } from './http/rate-limit/principal.js';
import { rateLimitPlugin } from './http/rate-limit/rate-limit.plugin.js';
import { staticClient } from './http/static-client.js';
import type { Logger } from './logger.js';
import { readCookie, SESSION_COOKIE } from './modules/auth/auth.viewer.js';
import { authProvidersOf, type AuthProvidersContext } from './modules/auth/oidc/oidc.resolver.js';
import { oidcRoutes } from './modules/auth/oidc/oidc.routes.js';
import { fileRoutes } from './modules/file/file.routes.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { startThesaurus } from './modules/thesaurus/thesaurus.sync.js';

/** Largest GraphQL request body accepted (413 above). */
const GRAPHQL_BODY_LIMIT = 64 * 1024;
export interface App {
  /** The HTTP handler (no listen: tests and main.ts decide). */
  handler: Express;
  apollo: ApolloServer<Context>;
  responseCache: ResponseCache;
  /** API keys checked within the last minute. */
  apiKeys: ApiKeyCache;
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Builds the whole HTTP application on an open ORM: /graphql, /healthz, /readyz and the web app. */
export async function createApp(config: Config, orm: MikroORM, log: Logger): Promise<App> {
  const guard = createQueryGuard(config.queryLimits);
  setStrictColumns(config.env === 'test');
  configureSecretBox(loadSecretsKey(config));
  const rateLimitStore = config.rateLimit.enabled ? createRateLimitStore(config.rateLimit, log) : undefined;
  // With Redis, writes and key revocations reach the other instances' caches.
  const bus = config.rateLimit.redisUrl ? redisBus(config.rateLimit.redisUrl, log) : undefined;
  const responseCache = new ResponseCache({
    maxBytes: config.responseCacheBytes,
    broadcast: bus?.channel('kuntagraph:data-changed'),
  });
  const apiKeys = new ApiKeyCache({ broadcast: bus?.channel('kuntagraph:api-key-revoked') });
  // The curated search thesaurus, kept current with edits on other instances.
  const stopThesaurus = await startThesaurus(orm, log, bus?.channel('kuntagraph:thesaurus-changed'));
  const apollo = new ApolloServer<Context>({
    ...executionOptions(await getSchema(), config.graphqlJit),
    introspection: true,
    csrfPrevention: true,
    // main.ts handles SIGINT/SIGTERM and stops Apollo itself, in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(config.env === 'development'),
    parseOptions: { maxTokens: 5000 },
    validationRules: [KnownOperationTypesRule],
    stringifyResult: responseCache.stringify,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin(log),
      queryLimitsPlugin(guard),
      selectionPlugin(),
      ...(rateLimitStore ? [rateLimitPlugin({ store: rateLimitStore, cost: guard.check })] : []),
      httpStatusPlugin(),
      responseCachePlugin(responseCache),
    ],
  });
  await apollo.start();

  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: '/' };
  const authProviders = authProvidersOf(config);
  const app = express();
  app.disable('x-powered-by');
  // No ETag from Express: hashing every GraphQL answer (a page of 36 KB in W1) buys nothing for
  // POSTed queries, which no cache revalidates. Exports and feeds send their own (send-with-etag.ts).
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  const graphqlJson = express.json({
    limit: GRAPHQL_BODY_LIMIT,
    verify: (req, res, body) => {
      rejectInvalidUtf8(req, res, body);
      rejectLoneSurrogates(req, res, body);
    },
  });
  // One deadline for the GraphQL route, started by whichever of the two runs first.
  const requestDeadline = deadline(config.requestTimeoutMs);
  app.use(
    responseCacheFastPath({
      cache: responseCache,
      rateLimit: rateLimitStore,
      json: graphqlJson,
      limit: GRAPHQL_BODY_LIMIT,
      deadline: requestDeadline,
    }),
  );
  app.use(healthRoutes(orm));
  // A router, not a sub-application, which would re-parent every request (see app-server.ts).
  const graphql = Router();
  app.use('/graphql', graphql);
  graphql.use(
    requestDeadline,
    bodyParsedAhead,
    graphqlJson,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const cookie: SessionCookie = {
          set: (token, expires) => res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires }),
          clear: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
        };
        const ctx = await createRequestContext(
          orm,
          { sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE), authorization: req.get('authorization') },
          {
            requestId: res.locals.requestId as string,
            acceptLanguage: req.get('accept-language'),
            cookie,
            auth: { sessionTtlSeconds: config.sessionTtlSeconds },
            apiKeys,
          },
        ).catch((err: unknown) => {
          throw isDatabaseUnavailable(err) ? new UnavailableError(undefined, { httpStatus: 503 }) : err;
        });
        ctx.responseCacheKey = res.locals.responseCacheKey as string | undefined;
        return Object.assign(
          ctx,
          { clientAddress: req.ip } satisfies ClientAddress,
          { authProviders } satisfies AuthProvidersContext,
        );
      },
    }),
  );
  app.use('/api/files', fileRoutes(config, orm, log, apiKeys));
  app.use(oidcRoutes(config, orm, log));
  app.use(exportRoutes(orm, log));
  app.use(staticClient(config.clientDist));
  app.use(jsonErrors(log));
  return {
    handler: app,
    apollo,
    responseCache,
    apiKeys,
    async close() {
      await apollo.stop();
      await rateLimitStore?.close();
      responseCache.close();
      apiKeys.close();
      stopThesaurus();
      await bus?.close();
    },
  };
}

/** Body-parser and other HTTP-level errors as JSON with the right status, never a 500 for bad input. */
function jsonErrors(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    void _next;
    if (res.headersSent) return;
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    if (status === 500) log.error({ err, requestId: res.locals.requestId }, 'http error');
    const message =
      status === 413
        ? 'Request body too large.'
        : status === 500
          ? 'Internal server error'
          : `Bad request: ${err?.type === 'entity.parse.failed' ? 'malformed JSON' : (err?.message ?? 'invalid')}.`;
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  };
}

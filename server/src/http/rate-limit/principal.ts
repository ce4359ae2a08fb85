import type { Context } from '../../graphql/context.js';

/** The client's address, added to the context by the HTTP layer (req.ip, proxies trusted per app.ts). */
export interface ClientAddress {
  clientAddress?: string;
}

/** Whose bucket a request drains: its API key, its session, else its IP address (anonymous). */
export function principalOf(ctx: Context & ClientAddress): string {
  const v = ctx.viewer;
  if (v?.apiKey) return `key:${v.apiKey.id}`;
  if (v?.sessionId) return `session:${v.sessionId}`;
  if (v?.userId) return `user:${v.userId}`;
  return `ip:${ctx.clientAddress ?? 'unknown'}`;
}

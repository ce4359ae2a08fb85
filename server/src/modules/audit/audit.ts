import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../auth/api-key.entity.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/auth.viewer.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  nodeType: string;
  nodeId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The acting user or API key of a viewer. */
export type Actor = { userId?: string | null; apiKeyId?: string | null };

export function actorOf(viewer: Viewer): Actor {
  return { userId: viewer.userId, apiKeyId: viewer.apiKey?.id ?? null };
}

/** Queues an audit row on the transaction's EntityManager: it commits or rolls back with the change. */
export function audit(em: EntityManager, actor: Actor, entry: AuditEntry): AuditEvent {
  const event = new AuditEvent();
  event.actorUser = actor.userId ? em.getReference(User, actor.userId) : null;
  event.actorApiKey = actor.apiKeyId ? em.getReference(ApiKey, actor.apiKeyId) : null;
  event.action = entry.action;
  event.nodeType = entry.nodeType;
  event.nodeId = entry.nodeId;
  event.before = entry.before ?? null;
  event.after = entry.after ?? null;
  em.persist(event);
  return event;
}

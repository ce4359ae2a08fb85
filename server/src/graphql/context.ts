import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Lang } from '../domain/enums.js';
import { Loaders } from './loaders.js';
import { Sql } from './sql.js';

/** What every resolver gets: built once per request. */
export interface Context {
  requestId: string;
  /** A fork of the EntityManager for this request (writes go through it). */
  em: EntityManager;
  sql: Sql;
  loaders: Loaders;
  /** Content language when a field's `lang` argument is not given. */
  lang: Lang;
}

/** Picks fi, sv or en from an Accept-Language header (default fi). */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return Lang.fi;
  for (const part of header.split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code as Lang;
  }
  return Lang.fi;
}

export function createContext(orm: MikroORM, opts: { requestId?: string; acceptLanguage?: string } = {}): Context {
  const em = orm.em.fork();
  const sql = new Sql(em);
  return {
    requestId: opts.requestId ?? randomUUID(),
    em,
    sql,
    loaders: new Loaders(sql),
    lang: langFromHeader(opts.acceptLanguage),
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';

/** /healthz (process up and database answering) and /readyz (ready for traffic). */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  const check = async (_req: unknown, res: import('express').Response) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).setHeader('retry-after', '5').json({ status: 'unavailable', database: 'down' });
    }
  };
  router.get('/healthz', check);
  router.get('/readyz', check);
  return router;
}

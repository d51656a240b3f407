import { Hono } from 'hono';
import type { Db } from '../db/db';
import type { AppEnv } from '../http/context';

export function healthRoutes(db: Db): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/healthz', async (c) => {
    await db.query('SELECT 1');
    return c.json({ status: 'ok', storage: db.kind });
  });
  return r;
}

import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';

/** Aggregate counts for the overview and status chips (the public API has no counts). */
export function hubStatsRoutes(_deps: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  return r;
}

import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';

export function hubPriceBookRoutes(_deps: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  return r;
}

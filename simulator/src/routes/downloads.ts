import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';

/** Signed, bearer-less download links (billing report CSVs), like Webex's CDN URLs. */
export function downloadsRoutes(_deps: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  return r;
}

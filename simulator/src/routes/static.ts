import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from '../config';
import type { AppEnv } from '../http/context';

/**
 * The SPA's runtime configuration: which backend it talks to is decided here, by the
 * server's environment, never compiled into the bundle.
 */
export function appConfig(config: Config) {
  if (config.WEBEX_API_BASE) {
    return { backend: 'webex' as const, apiBaseUrl: config.WEBEX_API_BASE, hubBaseUrl: null, simControlUrl: null };
  }
  return {
    backend: 'simulator' as const,
    apiBaseUrl: '/v1',
    hubBaseUrl: '/hub/v1',
    simControlUrl: config.SIM_CONTROL === 'on' ? '/_sim' : null,
  };
}

export function staticRoutes(config: Config): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const root = resolve(config.STATIC_DIR);
  const indexPath = join(root, 'index.html');
  r.get('/app-config.json', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(appConfig(config));
  });
  r.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  r.use('*', serveStatic({ root: config.STATIC_DIR }));
  // SPA fallback: any other GET is a client-side route.
  r.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The SPA has not been built. Run `npm run build` (npm start does this for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
  return r;
}

import { ERROR_CODES } from '@contract/error-codes';
import { Hono } from 'hono';
import type { Config } from './config';
import type { Db } from './db/db';
import type { JobRunner } from './domain/jobs';
import type { AppEnv } from './http/context';
import { ApiError } from './http/errors';
import { bearerAuth } from './http/auth';
import { dueJobs, faults, jsonBody, onError, rateLimit, trackingId } from './http/middleware';
import { healthRoutes } from './routes/health';
import { subPartnerRoutes } from './routes/sub-partners';
import { simTenantRoutes, type SeedHook } from './routes/sim-tenants';
import { staticRoutes } from './routes/static';
import { customersRoutes } from './routes/customers';
import { subscribersRoutes } from './routes/subscribers';
import { billingReportsRoutes } from './routes/billing-reports';
import { consentRoutes } from './routes/consent';
import { hubRoutes } from './routes/hub';
import { simControlsRoutes } from './routes/sim-controls';
import { simWorldRoutes } from './routes/sim-world';
import { simSubPartnersRoutes } from './routes/sim-sub-partners';
import { downloadsRoutes } from './routes/downloads';

export interface AppDeps {
  db: Db;
  config: Config;
  jobs: JobRunner;
  seedDemo: SeedHook;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { db, config, jobs } = deps;
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', trackingId);
  app.route('/', healthRoutes(db));

  // --- Control API (/_sim): local test harness, loopback only unless made public.
  if (config.SIM_CONTROL === 'on') {
    const sim = new Hono<AppEnv>();
    sim.use('*', async (c, next) => {
      const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
        ?.remoteAddress;
      if (config.SIM_CONTROL_PUBLIC !== 'on' && remote && !LOOPBACK.test(remote)) {
        throw new ApiError(
          403,
          'The simulator control API only answers loopback clients (set SIM_CONTROL_PUBLIC=on).',
          [{ description: 'Control API is loopback-only', errorCode: ERROR_CODES.FORBIDDEN_SCOPE.code }],
        );
      }
      await next();
    });
    sim.use('*', jsonBody);
    sim.route('/', simTenantRoutes(db, deps.seedDemo));
    sim.route('/', simControlsRoutes(deps));
    sim.route('/', simWorldRoutes(deps));
    sim.route('/', simSubPartnersRoutes(deps));
    app.route('/_sim', sim);
  }

  // --- Public Webex Wholesale API (/v1).
  // One limiter for both namespaces: a tenant's budget counts every call it makes.
  const tenantScoped = [bearerAuth(db), rateLimit(), faults(db), dueJobs(jobs), jsonBody] as const;
  const v1 = new Hono<AppEnv>();
  v1.use('*', ...tenantScoped);
  v1.route('/wholesale/subPartners', subPartnerRoutes(db));
  v1.route('/wholesale/customers', customersRoutes(deps));
  v1.route('/wholesale/subscribers', subscribersRoutes(deps));
  v1.route('/wholesale/billing/reports', billingReportsRoutes(deps));
  v1.route('/subscribers', consentRoutes(deps));
  app.route('/v1', v1);

  // --- Partner Hub-only features that have no public API (simulator-only namespace).
  const hub = new Hono<AppEnv>();
  hub.use('*', ...tenantScoped);
  hub.route('/', hubRoutes(deps));
  app.route('/hub/v1', hub);

  app.route('/downloads', downloadsRoutes(deps));

  for (const prefix of ['/v1/*', '/hub/*', '/_sim/*', '/downloads/*']) {
    app.all(prefix, (c) => {
      const description = `No such resource: ${c.req.method} ${new URL(c.req.url).pathname}`;
      throw new ApiError(404, description, [{ description, errorCode: ERROR_CODES.NOT_FOUND.code }]);
    });
  }
  app.route('/', staticRoutes(config));
  return app;
}

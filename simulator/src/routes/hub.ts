import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { hubSessionRoutes } from './hub-session';
import { hubTemplatesRoutes } from './hub-templates';
import { hubCustomersRoutes } from './hub-customers';
import { hubStatsRoutes } from './hub-stats';
import { hubPriceBookRoutes } from './hub-price-book';
import { hubSubPartnersRoutes } from './hub-sub-partners';

/**
 * Partner Hub-only features (no public Webex API): served under /hub/v1 and documented as
 * simulator-only. The SPA probes `/hub/v1/capabilities` and degrades without them.
 */
export function hubRoutes(deps: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.route('/', hubSessionRoutes(deps));
  r.route('/onboardingTemplates', hubTemplatesRoutes(deps));
  r.route('/customers', hubCustomersRoutes(deps));
  r.route('/stats', hubStatsRoutes(deps));
  r.route('/priceBook', hubPriceBookRoutes(deps));
  r.route('/subPartners', hubSubPartnersRoutes(deps));
  return r;
}

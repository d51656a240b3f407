import { Hono } from 'hono';
import { SCOPES } from '@contract/scopes';
import { OnBehalfQuery } from '@contract/wholesale';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { actingOrg } from '../domain/orgs';
import { requestConsentMove } from '../domain/subscribers/consent';
import { parseOrRefuse } from '../domain/subscribers/request';

/**
 * POST /v1/subscribers/{id}/emails/consentMove (outside /wholesale, quirk Q7). Bodiless;
 * a body, if sent, is ignored. Resending an e-mail provisions nothing, so a suspended
 * sub-partner may do it too.
 */
export function consentRoutes(deps: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post('/:subscriberId/emails/consentMove', requireScope(SCOPES.subscribersWrite), async (c) => {
    const { onBehalfOfSubPartnerOrgId } = parseOrRefuse(OnBehalfQuery, c.req.query(), 'query');
    const org = await actingOrg(deps.db, c.get('principal'), onBehalfOfSubPartnerOrgId);
    await requestConsentMove(deps.db, org.id, c.req.param('subscriberId'));
    return c.body(null, 204);
  });
  return r;
}

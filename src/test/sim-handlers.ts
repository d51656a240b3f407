import { http, HttpResponse } from 'msw';
import { ACTIVE_SUB, PARTNER, SUSPENDED_SUB, hubSession, type TestPersona } from './fixtures';
import { ORIGIN } from './msw';

/** The token the fake /_sim/tokens hands out, and the persona the fake session answers for it. */
export const tokenFor = (persona: TestPersona) => `token-${persona}`;

const PERSONA_BY_TOKEN = new Map<string, TestPersona>(
  (['partner-full', 'partner-read-only', 'sub-partner-full', 'suspended-sub-partner-full'] as const).map((p) => [
    tokenFor(p),
    p,
  ]),
);

function personaOf(request: Request): TestPersona | undefined {
  const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  return token ? PERSONA_BY_TOKEN.get(token) : undefined;
}

const unauthorized = () =>
  HttpResponse.json(
    { message: 'The access token is invalid or has expired.', errors: [], trackingId: 'ROUTER_401' },
    { status: 401 },
  );

export interface SimWorld {
  stats?: Record<string, Record<string, number> | null>;
  /** Every POST /_sim/tokens body, in order. */
  tokenRequests: unknown[];
}

/**
 * A small fake of the simulator's Hub and control API for component tests: sessions per
 * persona, one partner with an active and a suspended sub-partner, and overview counts.
 */
export function simHandlers(world: SimWorld) {
  const orgs = [
    { orgId: PARTNER.id, name: PARTNER.name, kind: 'partner', provisioningState: 'active' },
    { orgId: SUSPENDED_SUB.id, name: SUSPENDED_SUB.name, kind: 'sub_partner', provisioningState: 'suspended' },
    { orgId: ACTIVE_SUB.id, name: ACTIVE_SUB.name, kind: 'sub_partner', provisioningState: 'active' },
  ];
  return [
    http.get(`${ORIGIN}/_sim/tenants`, () =>
      HttpResponse.json({
        items: [
          { orgId: 'org-other', name: 'Other Partner', created: '2026-03-02T00:00:00Z', subPartnerCount: 0 },
          { orgId: PARTNER.id, name: PARTNER.name, created: '2026-03-01T00:00:00Z', subPartnerCount: 2 },
        ],
      }),
    ),
    http.get(`${ORIGIN}/_sim/tenants/:orgId/orgs`, ({ params }) =>
      params.orgId === PARTNER.id
        ? HttpResponse.json({ items: orgs })
        : HttpResponse.json({
            items: [{ orgId: 'org-other', name: 'Other Partner', kind: 'partner', provisioningState: 'active' }],
          }),
    ),
    http.post(`${ORIGIN}/_sim/tokens`, async ({ request }) => {
      const body = (await request.json()) as { orgId: string; role: string };
      world.tokenRequests.push(body);
      const persona: TestPersona =
        body.orgId === ACTIVE_SUB.id
          ? 'sub-partner-full'
          : body.orgId === SUSPENDED_SUB.id
            ? 'suspended-sub-partner-full'
            : body.role === 'read_only_admin'
              ? 'partner-read-only'
              : 'partner-full';
      return HttpResponse.json({ accessToken: tokenFor(persona), expiresIn: 43200 }, { status: 201 });
    }),
    http.get(`${ORIGIN}/hub/v1/session`, ({ request }) => {
      const persona = personaOf(request);
      return persona ? HttpResponse.json(hubSession(persona)) : unauthorized();
    }),
    http.get(`${ORIGIN}/hub/v1/orgs/:orgId`, ({ request, params }) => {
      const persona = personaOf(request);
      if (!persona) return unauthorized();
      const sub = [ACTIVE_SUB, SUSPENDED_SUB].find((s) => s.id === params.orgId);
      if (!sub || !persona.startsWith('partner')) {
        return HttpResponse.json(
          { message: 'Organisation not found', errors: [{ description: 'Organisation not found', errorCode: 1404 }] },
          { status: 404 },
        );
      }
      return HttpResponse.json({
        id: sub.id,
        name: sub.name,
        kind: 'sub_partner',
        provisioningState: sub === SUSPENDED_SUB ? 'suspended' : 'active',
      });
    }),
    http.get(`${ORIGIN}/hub/v1/capabilities`, () => HttpResponse.json({ onboardingTemplates: true, simulator: true })),
    http.get(`${ORIGIN}/hub/v1/stats`, () =>
      HttpResponse.json({
        customersByStatus: {},
        subscribersByPackage: {},
        subscribersByStatus: {},
        subPartnersByState: null,
        ...world.stats,
      }),
    ),
    http.get(`${ORIGIN}/v1/wholesale/billing/reports`, () => HttpResponse.json({ items: [] })),
  ];
}

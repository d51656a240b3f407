import { randomUUID } from 'node:crypto';
import { as, createTenant, setSettings, type TenantResponse } from './helpers';

/** A US customer body that passes every rule, with unique e-mail and external ID. */
export function customerBody(provisioningId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const tag = randomUUID();
  return {
    provisioningId,
    packages: ['webex_calling', 'webex_meetings'],
    externalId: `ext-${tag}`,
    address: {
      addressLine1: '771 Alder Drive',
      city: 'Milpitas',
      stateOrProvince: 'CA',
      zipOrPostalCode: '95035',
      country: 'US',
    },
    customerInfo: { name: `Acme ${tag}`, primaryEmail: `admin-${tag}@acme.example.com`, language: 'en' },
    provisioningParameters: {
      calling: {
        location: {
          name: 'Milpitas HQ',
          address: {
            addressLine1: '771 Alder Drive',
            city: 'Milpitas',
            stateOrProvince: 'CA',
            zipOrPostalCode: '95035',
            country: 'US',
          },
          timezone: 'America/Los_Angeles',
          language: 'en_us',
        },
      },
    },
    ...overrides,
  };
}

export interface Ctx {
  t: TenantResponse;
  api: ReturnType<typeof as>;
  provisioningId: string;
}

/** A fresh tenant whose async work finishes by the next request unless told otherwise. */
export async function tenant(provisioningDelay = 'PT0S', body: Record<string, unknown> = {}): Promise<Ctx> {
  const t = await createTenant(body);
  await setSettings(t.partner.orgId, { provisioningDelay });
  const provisioningId = t.templates[0]?.provisioningId ?? '';
  return { t, api: as(t.tokens.fullAdmin), provisioningId };
}

export function idFromUrl(url: string): string {
  return decodeURIComponent(url.split('/').pop() ?? '');
}

/** POSTs a customer and returns its id; fails the test on anything but 202. */
export async function provision(ctx: Ctx, overrides: Record<string, unknown> = {}, query = ''): Promise<string> {
  const res = await ctx.api.post(`/v1/wholesale/customers${query}`, customerBody(ctx.provisioningId, overrides));
  if (res.status !== 202) throw new Error(`provision answered ${res.status}: ${JSON.stringify(res.body)}`);
  return idFromUrl(res.body.url);
}

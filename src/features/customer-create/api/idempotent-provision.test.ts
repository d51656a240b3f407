import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/shared/api/client';
import { createOrgApi } from '@/shared/api/org-api';
import { createIdempotentProvision } from './idempotent-provision';

const BODY = {
  provisioningId: 'prov-1',
  packages: ['webex_meetings' as const],
  externalId: 'acct-1',
  address: {
    addressLine1: '1 Main St',
    city: 'Austin',
    stateOrProvince: 'TX',
    zipOrPostalCode: '78701',
    country: 'US',
  },
  customerInfo: { name: 'Acme', primaryEmail: 'a@acme.example' },
};

/** A tiny server: POST creates (or, when told, creates and then loses the answer); GET lists by externalId. */
function fakeServer(options: { loseNextAnswer?: boolean } = {}) {
  const created: { id: string; externalId: string }[] = [];
  let posts = 0;
  let lose = options.loseNextAnswer ?? false;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    if (init?.method === 'POST') {
      posts += 1;
      // A slow answer, so a second click arrives while the first is in flight.
      await new Promise((resolve) => setTimeout(resolve, 10));
      const body = JSON.parse(String(init.body)) as { externalId: string };
      const id = `cust-${created.length + 1}`;
      created.push({ id, externalId: body.externalId });
      if (lose) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      const location = `https://api.example/v1/wholesale/customers/${id}`;
      return new Response(JSON.stringify({ url: location }), {
        status: 202,
        headers: { location, 'content-type': 'application/json' },
      });
    }
    const externalId = url.searchParams.get('externalId');
    const items = created.filter((c) => c.externalId === externalId);
    return new Response(JSON.stringify({ items }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = createApiClient({
    baseUrls: () => ({ api: 'https://api.example/v1', hub: null, sim: null }),
    getToken: () => 'token',
    fetch,
  });
  return { api: createOrgApi(client, { orgId: 'org-1', subPartnerOrgId: null }), created, posts: () => posts };
}

afterEach(() => localStorage.clear());

describe('idempotent provisioning', () => {
  it('a double click sends one POST and both clicks get the same customer', async () => {
    const server = fakeServer();
    const provision = createIdempotentProvision(server.api);
    const [a, b] = await Promise.all([provision.submit(BODY), provision.submit(BODY)]);
    expect(server.posts()).toBe(1);
    expect(a.customerId).toBe('cust-1');
    expect(b).toBe(a);
    // Once accepted, submitting again (e.g. a late third click) does not POST either.
    await provision.submit(BODY);
    expect(server.posts()).toBe(1);
  });

  it('after a lost answer, the retry finds the customer by external ID instead of creating a second', async () => {
    const server = fakeServer({ loseNextAnswer: true });
    await expect(createIdempotentProvision(server.api).submit(BODY)).rejects.toMatchObject({ kind: 'network' });
    expect(server.created).toHaveLength(1);
    // A new page (after a reload): only the marker in storage remembers the unanswered POST.
    const retried = await createIdempotentProvision(server.api).submit(BODY);
    expect(retried).toMatchObject({ customerId: 'cust-1', recovered: true });
    expect(server.posts()).toBe(1);
    expect(server.created).toHaveLength(1);
  });
});

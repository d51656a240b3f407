import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { ActingOrgProvider, type ActingOrg } from '../session/acting-org';
import { ApiProvider } from './api-context';
import { createApiClient } from './client';
import { useCustomerList, useDeleteCustomer } from './customers';
import { useStats } from './stats';

const server = setupMswServer();

const CONTOSO: ActingOrg = {
  id: 'org-contoso',
  name: 'Contoso',
  kind: 'sub_partner',
  provisioningState: 'active',
  subPartnerOrgId: 'org-contoso',
  crossLaunchedFrom: { id: 'org-partner', name: 'Northwind' },
};

function wrapper() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createApiClient({ baseUrls: () => ({ api: '/v1', hub: '/hub/v1', sim: null }), getToken: () => 't' });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client}>
        <ActingOrgProvider org={CONTOSO}>{children}</ActingOrgProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

describe('customer endpoint module', () => {
  it('deleting refreshes the customer lists and the counts, then runs the caller’s onSuccess', async () => {
    const calls = { list: 0, stats: 0, deleted: [] as string[] };
    let remaining = ['c1', 'c2'];
    server.use(
      http.get(`${ORIGIN}/v1/wholesale/customers`, ({ request }) => {
        calls.list += 1;
        expect(new URL(request.url).searchParams.get('onBehalfOfSubPartnerOrgId')).toBe('org-contoso');
        return HttpResponse.json({ items: remaining.map((id) => ({ id, status: 'provisioned' })) });
      }),
      http.get(`${ORIGIN}/hub/v1/stats`, () => {
        calls.stats += 1;
        return HttpResponse.json({
          customersByStatus: { provisioned: remaining.length },
          subscribersByPackage: {},
          subscribersByStatus: {},
          subPartnersByState: null,
        });
      }),
      http.delete(`${ORIGIN}/v1/wholesale/customers/:id`, ({ params, request }) => {
        expect(new URL(request.url).searchParams.get('onBehalfOfSubPartnerOrgId')).toBe('org-contoso');
        calls.deleted.push(String(params.id));
        remaining = remaining.filter((id) => id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const onSuccess = vi.fn();
    const { result } = renderHook(
      () => ({ list: useCustomerList({ max: 25 }), stats: useStats(), remove: useDeleteCustomer({ onSuccess }) }),
      { wrapper: wrapper() },
    );
    await waitFor(() => expect(result.current.list.data?.items).toHaveLength(2));
    await waitFor(() => expect(result.current.stats.data?.customersByStatus).toEqual({ provisioned: 2 }));

    await act(() => result.current.remove.mutateAsync({ customerId: 'c1' }));

    expect(calls.deleted).toEqual(['c1']);
    expect(onSuccess).toHaveBeenCalledWith(undefined, { customerId: 'c1' }, undefined, expect.anything());
    await waitFor(() => expect(result.current.list.data?.items.map((c) => c.id)).toEqual(['c2']));
    expect(result.current.stats.data?.customersByStatus).toEqual({ provisioned: 1 });
    expect(calls).toMatchObject({ list: 2, stats: 2 });
  });
});

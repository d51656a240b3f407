/**
 * Where the acting org's price book lives. With the Partner Hub namespace (the simulator)
 * it is `GET/PUT /hub/v1/priceBook`; against the real Webex API, which has no price book,
 * it is kept in this browser's localStorage per org and moved between browsers as a JSON
 * file (`toPriceBookJson` / `parsePriceBookJson`). Either way the screen sees decimal
 * strings (`PriceBookInput`), never floats.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { SCOPES } from '@contract/scopes';
import { useCapabilities } from '@/shared/api/capabilities';
import type { OrgApi } from '@/shared/api/org-api';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { parsePriceBook, type PriceBookInput } from '../../lib/price-book';

export type PriceBookMode = 'hub' | 'local';

export interface StoredPriceBook extends PriceBookInput {
  /** ISO instant of the last save; null when none was ever saved. */
  updatedAt: string | null;
  updatedBy: string | null;
}

const Prices = z.record(z.string(), z.object({ transferPrice: z.string(), resalePrice: z.string() }));
const HubPriceBookSchema = z.looseObject({
  currency: z.string(),
  taxRatePercent: z.string(),
  prices: z._default(Prices, {}),
  updatedAt: z._default(z.nullable(z.string()), null),
  updatedBy: z._default(z.nullable(z.string()), null),
});

export const EMPTY_PRICE_BOOK: StoredPriceBook = {
  currency: 'USD',
  taxRatePercent: '0',
  prices: {},
  updatedAt: null,
  updatedBy: null,
};

const hubRequest = { base: 'hub', path: '/priceBook', orgParam: 'onBehalfOfSubPartnerOrgId' } as const;

async function fetchHubPriceBook(api: OrgApi, signal?: AbortSignal): Promise<StoredPriceBook> {
  const { data } = await api.client.request({
    ...hubRequest,
    schema: HubPriceBookSchema,
    org: api,
    scope: SCOPES.billingRead,
    signal,
  });
  return data;
}

async function saveHubPriceBook(api: OrgApi, input: PriceBookInput): Promise<StoredPriceBook> {
  const { data } = await api.client.request({
    ...hubRequest,
    method: 'PUT',
    body: input,
    schema: HubPriceBookSchema,
    org: api,
    scope: SCOPES.billingWrite,
  });
  return data;
}

// --- local storage (real API) ----------------------------------------------

const STORAGE_PREFIX = 'wph.price-book.v1';
const storageKey = (orgId: string) => `${STORAGE_PREFIX}.${orgId}`;
const StoredSchema = z.object({
  currency: z.string(),
  taxRatePercent: z.string(),
  prices: Prices,
  updatedAt: z.catch(z.nullable(z.string()), null),
  updatedBy: z.catch(z.nullable(z.string()), null),
});

function readLocalPriceBook(orgId: string): StoredPriceBook {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(orgId));
    if (!raw) return EMPTY_PRICE_BOOK;
    const parsed = StoredSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_PRICE_BOOK;
  } catch {
    return EMPTY_PRICE_BOOK;
  }
}

/** Saved only when it passes the same rules the hub enforces (parsePriceBook). */
function saveLocalPriceBook(orgId: string, input: PriceBookInput): StoredPriceBook {
  const checked = parsePriceBook(input);
  if (!checked.ok) throw new PriceBookInvalidError(checked.errors);
  const stored: StoredPriceBook = { ...input, updatedAt: new Date().toISOString(), updatedBy: null };
  globalThis.localStorage?.setItem(storageKey(orgId), JSON.stringify(stored));
  return stored;
}

export class PriceBookInvalidError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors)[0] ?? 'The price book is not valid.');
    this.name = 'PriceBookInvalidError';
  }
}

/** The export file: `{ "priceBook": { currency, taxRatePercent, prices } }`. */
export function toPriceBookJson(book: PriceBookInput): string {
  const { currency, taxRatePercent, prices } = book;
  return `${JSON.stringify({ priceBook: { currency, taxRatePercent, prices } }, null, 2)}\n`;
}

/** Reads an export file and checks it with the price-book rules; says what is wrong instead of importing half. */
export function parsePriceBookJson(text: string): { ok: true; book: PriceBookInput } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  const parsed = z.object({ priceBook: StoredSchema }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      message: `The file is not a price book export${where}: ${issue?.message ?? 'unexpected shape'}. Expected {"priceBook": {"currency", "taxRatePercent", "prices"}}.`,
    };
  }
  const { currency, taxRatePercent, prices } = parsed.data.priceBook;
  const book = { currency, taxRatePercent, prices };
  const checked = parsePriceBook(book);
  if (!checked.ok) {
    const [field, message] = Object.entries(checked.errors)[0] ?? ['', ''];
    return { ok: false, message: `The price book in the file is not valid (${field}): ${message}` };
  }
  return { ok: true, book };
}

// --- hooks --------------------------------------------------------------------

export function priceBookQueryOptions(api: OrgApi, mode: PriceBookMode) {
  return queryOptions({
    queryKey: [...queryKeys.priceBook.all(api), mode] as const,
    queryFn: ({ signal }) =>
      mode === 'hub' ? fetchHubPriceBook(api, signal) : Promise.resolve(readLocalPriceBook(api.orgId)),
  });
}

/** Which store this backend uses: the hub's when it announces a price book, else this browser's. */
export function usePriceBookMode(): PriceBookMode | undefined {
  const capabilities = useCapabilities();
  if (!capabilities.data) return undefined;
  return capabilities.data.priceBook ? 'hub' : 'local';
}

/** The acting org's book; pending while the capabilities (and so the store) are not known yet. */
export function usePriceBook() {
  const api = useOrgApi();
  const mode = usePriceBookMode();
  return useQuery({ ...priceBookQueryOptions(api, mode ?? 'local'), enabled: mode !== undefined });
}

export function useSavePriceBook(options: { onSuccess?: (book: StoredPriceBook) => void } = {}) {
  const api = useOrgApi();
  const mode = usePriceBookMode() ?? 'local';
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PriceBookInput) =>
      mode === 'hub' ? saveHubPriceBook(api, input) : saveLocalPriceBook(api.orgId, input),
    onSuccess: (book) => {
      queryClient.setQueryData(priceBookQueryOptions(api, mode).queryKey, book);
      options.onSuccess?.(book);
    },
  });
}

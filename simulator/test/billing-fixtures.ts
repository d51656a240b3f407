/** Shared set-up of the billing report API tests. */
import { expect } from 'vitest';
import { type TenantResponse, as, call, createTenant, setSettings } from './helpers';

export type Client = ReturnType<typeof as>;
export const REPORTS = '/v1/wholesale/billing/reports';

/** YYYY-MM-DD of `iso` moved by `days`. */
export function dayOffset(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function setClock(orgId: string, instant: string): Promise<string> {
  const res = await call<{ now: string }>('POST', `/_sim/tenants/${orgId}/clock`, { body: { set: instant } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.now;
}

export interface BillingWorld {
  t: TenantResponse;
  api: Client;
  /** The tenant's simulated date ("today" of the date rules). */
  today: string;
}

/**
 * A tenant whose clock stands at 10:00 UTC of tomorrow (real time), so that "today" cannot
 * change under a test, with the given report delay.
 */
export async function billingTenant(
  opts: { reportDelay?: string; subPartners?: { name: string }[] } = {},
): Promise<BillingWorld> {
  const t = await createTenant({ subPartners: opts.subPartners ?? [] });
  const today = dayOffset(new Date().toISOString(), 1);
  await setClock(t.partner.orgId, `${today}T10:00:00.000Z`);
  await setSettings(t.partner.orgId, { reportDelay: opts.reportDelay ?? 'PT0S' });
  return { t, api: as(t.tokens.fullAdmin), today };
}

export async function createReport(api: Client, body: Record<string, unknown>, query = '') {
  const res = await api.post(`${REPORTS}${query}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; billingStartDate: string; billingEndDate: string; type: string; category: string };
}

/** RFC 4180 parsing, independent of how the simulator writes CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** The CSV as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

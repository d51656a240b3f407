/**
 * Deterministic test data for the browser benchmarks: realistic shapes (Webex-style base64
 * IDs, the simulator's column order, a quoted external ID now and then) from a seeded PRNG.
 */
import type { IdType } from '@contract/ids';
import { PACKAGE_INFO } from '@contract/packages';
import { BILLING_REPORT_COLUMNS } from '@contract/wholesale';
import { csvLine } from '../../src/shared/csv/csv-writer';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A USER reconciliation report for January 2026: 100 users per customer, mostly whole months. */
export function generateUserReportCsv(rows: number, seed = 1): string {
  const random = prng(seed);
  // Same bytes as encodeId from @contract/ids, which is too slow for a million IDs.
  const id = (type: IdType) => Buffer.from(`ciscospark://us/${type}/${uuidFrom(random)}`).toString('base64url');
  const columns = BILLING_REPORT_COLUMNS.USER.RECONCILIATION;
  const partnerOrg = id('ORGANIZATION');
  const subscription = id('SUBSCRIPTION');
  const packages = ['webex_calling', 'webex_calling', 'webex_suite', 'webex_meetings', 'webex_voice'] as const;
  const lines = [columns.join(',')];
  let customerOrg = '';
  let customerExt = '';
  let locations: string[] = [];
  for (let r = 0; r < rows; r++) {
    if (r % 100 === 0) {
      customerOrg = id('ORGANIZATION');
      customerExt = r % 700 === 0 ? `Customer ${r / 100}, "Ltd"` : `CUST-${r / 100}`;
      locations = [id('LOCATION'), id('LOCATION')];
    }
    const pkg = packages[Math.floor(random() * packages.length)] ?? 'webex_calling';
    const info = PACKAGE_INFO[pkg];
    const whole = random() < 0.8;
    const quantity = whole ? '31' : (Math.round(random() * 300_000) / 10_000).toString();
    const values: Record<string, string> = {
      PARTNER_NAME: 'Bench Partner Inc',
      PARTNER_ORG_ID: partnerOrg,
      SUBSCRIPTION_ID: subscription,
      CUSTOMER_ORG_ID: customerOrg,
      CUSTOMER_EXTERNAL_ID: customerExt,
      SUBSCRIBER_ID: id('SUBSCRIBER'),
      USER_ID: id('PEOPLE'),
      WORKSPACE_ID: '',
      SERVICE_NAME: info.billingSku,
      SKU: info.billingSku,
      DESCRIPTION: info.label,
      CONSUMPTION_START_DATE: '2026-01-01',
      CONSUMPTION_END_DATE: whole ? '2026-01-31' : '2026-01-20',
      QUANTITY: quantity,
      LOCATION_ID: pkg === 'webex_meetings' ? '' : (locations[r % 2] ?? ''),
      LICENSE_ID: random() < 0.1 ? '' : id('LICENSE'),
    };
    lines.push(csvLine(columns.map((c) => values[c] ?? '')));
  }
  return lines.join('\r\n') + '\r\n';
}

/** A bulk user import: every row valid, calling users with a number and an extension. */
export function generateUserImportCsv(rows: number, locationNames: readonly string[], seed = 2): string {
  const random = prng(seed);
  const lines = ['firstName,lastName,email,package,location,phoneNumber,extension'];
  const packages = ['webex_calling', 'webex_suite', 'webex_meetings', 'webex_voice'];
  for (let r = 0; r < rows; r++) {
    const pkg = packages[Math.floor(random() * packages.length)] ?? 'webex_calling';
    const calling = pkg !== 'webex_meetings';
    const location = locationNames[r % locationNames.length] ?? '';
    lines.push(
      csvLine([
        `First${r}`,
        `Last ${Math.floor(random() * 1000)}`,
        `user${r}@bench.example.com`,
        pkg,
        location,
        calling ? `+1240${String(5_000_000 + r).padStart(7, '0')}` : '',
        calling ? String(10_000 + r) : '',
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

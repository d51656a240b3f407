/**
 * Report generation: one set-based INSERT ... SELECT per report aggregates the assignment
 * intervals and writes the finished CSV lines into billing_report_lines, so a report over a
 * million subscribers never passes through JavaScript row by row. Lines are stored in
 * chunks of up to CHUNK_LINES lines of one customer (006_billing_report_chunks.sql).
 *
 * Reconciliation quantity: for each package held and each UTC day D of the period, the
 * fraction of D during which it was held (a full day 1, half a day 0.5), summed over the
 * days. Summing daily overlaps equals the overlap of the interval with the whole period
 * [start 00:00, end + 1 day 00:00) in days, so no per-day expansion is needed. The sum is
 * exact numeric arithmetic in SQL, printed with at most 4 decimals and no trailing zeros.
 *
 * Point-in-time quantity: the packages held at the instant the report was requested
 * (its `created` timestamp, whose UTC date is the report's REPORT_DATE).
 */
import { PACKAGE_INFO } from '@contract/packages';
import type { ReportType } from '@contract/packages';
import { billingReportColumns, type BillingReportColumn } from '@contract/wholesale';
import type { Queryable } from '../../db/db';
import { CSV_LINE_END, csvField, csvFieldSql } from './csv-sql';
import { periodBounds, type BillingReportRow } from './reports';

export const CHUNK_LINES = 1_000;

/**
 * Sorts for one report run in memory up to this size rather than spilling to disk, which
 * more than halves a large USER report's generation time on PGlite.
 */
const GENERATION_WORK_MEM = '256MB';

type Field = 'customer_id' | 'subscriber_id' | 'user_id' | 'workspace_id' | 'package' | 'location_id' | 'license_id';
const FIELDS: readonly Field[] = [
  'customer_id',
  'subscriber_id',
  'user_id',
  'workspace_id',
  'package',
  'location_id',
  'license_id',
];

/** One CSV row per distinct combination of these (product brief, "Billing reconciliation reports"). */
const GROUP_KEYS: Readonly<Record<ReportType, readonly Field[]>> = {
  PARTNER: ['package'],
  CUSTOMER: ['customer_id', 'package', 'location_id', 'license_id'],
  USER: FIELDS,
};

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

interface Partner {
  name: string;
  subscription_id: string;
}

/** Writes the header (seq 0) and every data line of `report`; answers the number of data lines. */
export async function generateReportLines(tx: Queryable, report: BillingReportRow): Promise<number> {
  const columns = billingReportColumns(report.type, report.category);
  if (!columns) throw new Error(`No ${report.category} report exists for type ${report.type}`);
  const [partner] = await tx.query<Partner>('SELECT name, subscription_id FROM orgs WHERE id = $1', [report.org_id]);
  if (!partner) throw new Error(`The report's organisation ${report.org_id} no longer exists`);

  await tx.query('INSERT INTO billing_report_lines (report_id, seq, lines) VALUES ($1, 0, $2)', [
    report.id,
    columns.join(',') + CSV_LINE_END,
  ]);
  await tx.query(`SET LOCAL work_mem = '${GENERATION_WORK_MEM}'`);
  const p = new Params();
  const sql = reportSql(report, columns, partner, p);
  const [result] = await tx.query<{ lines: number }>(sql, p.values);
  return result?.lines ?? 0;
}

function reportSql(
  report: BillingReportRow,
  columns: readonly BillingReportColumn[],
  partner: Partner,
  p: Params,
): string {
  const tenant = p.add(report.tenant_id, 'text');
  const org = p.add(report.org_id, 'text');
  const internal = p.add(report.internal, 'boolean');
  const keys = GROUP_KEYS[report.type];
  const keyList = FIELDS.map((f) => (keys.includes(f) ? `a.${f}` : `NULL::text AS ${f}`)).join(', ');
  const customerCols = keys.includes('customer_id')
    ? `max(coalesce(c.webex_org_id, a.customer_org_id)) AS cust_org,
       max(coalesce(c.external_id, a.customer_external_id)) AS cust_ext`
    : 'NULL::text AS cust_org, NULL::text AS cust_ext';
  // Assignments outlive their customer: the snapshot columns stand in once it is deleted.
  const source = `assignments a LEFT JOIN customers c ON c.id = a.customer_id
     WHERE a.tenant_id = ${tenant} AND a.org_id = ${org}
       AND (${internal} OR NOT coalesce(c.internal, a.customer_internal, false))`;
  const groupBy = keys.map((k) => `a.${k}`).join(', ');

  let grouped: string;
  let quantity: string;
  let keep = 'true';
  if (report.category === 'RECONCILIATION') {
    const { from, to } = periodBounds(report.billing_start_date, report.billing_end_date);
    const f = p.add(from.toISOString(), 'timestamptz');
    const t = p.add(to.toISOString(), 'timestamptz');
    const s = `greatest(a.start_at, ${f})`;
    const e = `least(coalesce(a.end_at, ${t}), ${t})`;
    grouped = `
      SELECT ${keyList}, ${customerCols},
             sum(extract(epoch FROM ${e} - ${s})) / 86400 AS amount, min(${s}) AS first_at, max(${e}) AS last_at
        FROM ${source}
         AND a.start_at < ${t} AND (a.end_at IS NULL OR (a.end_at > ${f} AND a.end_at > a.start_at))
       GROUP BY ${groupBy}`;
    quantity = 'trim_scale(round(g.amount, 4))';
    keep = 'round(g.amount, 4) > 0';
  } else {
    const snap = p.add(report.created_at.toISOString(), 'timestamptz');
    const held = (alias: string) =>
      `${alias}.start_at <= ${snap} AND (${alias}.end_at IS NULL OR ${alias}.end_at > ${snap})`;
    grouped = `
      SELECT ${keyList}, ${customerCols}, count(*)::numeric AS amount,
             NULL::timestamptz AS first_at, NULL::timestamptz AS last_at
        FROM ${source} AND ${held('a')}
       GROUP BY ${groupBy}`;
    if (report.type === 'CUSTOMER') {
      // Customers holding nothing still get a row, with quantity 0 (product brief).
      grouped += `
      UNION ALL
      SELECT c.id, NULL, NULL, NULL, NULL, NULL, NULL, c.webex_org_id, c.external_id, 0, NULL, NULL
        FROM customers c
       WHERE c.tenant_id = ${tenant} AND c.org_id = ${org} AND c.created_at <= ${snap}
         AND (${internal} OR NOT c.internal)
         AND NOT EXISTS (SELECT 1 FROM assignments h WHERE h.customer_id = c.id AND ${held('h')})`;
    }
    quantity = 'g.amount';
  }

  // Built on demand: a parameter the statement never mentions has no type PostgreSQL can infer.
  const constant = (value: string) => p.add(csvField(value), 'text');
  // Identifiers are minted by the simulator (base64url, UUIDs) and package facts come from
  // our own table, quoted here once; only the partner-supplied external ID can hold a comma
  // or a quote, so only it is quoted per line (quoting every field doubled generation time).
  const expr: Record<BillingReportColumn, () => string> = {
    PARTNER_NAME: () => constant(partner.name),
    PARTNER_ORG_ID: () => constant(report.org_id),
    SUBSCRIPTION_ID: () => constant(partner.subscription_id),
    CUSTOMER_ORG_ID: () => "coalesce(g.cust_org, '')",
    CUSTOMER_EXTERNAL_ID: () => csvFieldSql('g.cust_ext'),
    SUBSCRIBER_ID: () => "coalesce(g.subscriber_id, '')",
    USER_ID: () => "coalesce(g.user_id, '')",
    WORKSPACE_ID: () => "coalesce(g.workspace_id, '')",
    SERVICE_NAME: () => packageFact(p, 'billingSku'),
    SKU: () => packageFact(p, 'billingSku'),
    DESCRIPTION: () => packageFact(p, 'label'),
    CONSUMPTION_START_DATE: () => `coalesce(to_char(g.first_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), '')`,
    // The last day with usage: an interval ending at midnight used nothing of that day.
    CONSUMPTION_END_DATE: () =>
      `coalesce(to_char((g.last_at - interval '1 microsecond') AT TIME ZONE 'UTC', 'YYYY-MM-DD'), '')`,
    REPORT_DATE: () => constant(report.created_at.toISOString().slice(0, 10)),
    QUANTITY: () => `${quantity}::text`,
    LOCATION_ID: () => "coalesce(g.location_id, '')",
    LICENSE_ID: () => "coalesce(g.license_id, '')",
  };
  const reportId = p.add(report.id, 'text');
  const lineEnd = p.add(CSV_LINE_END, 'text');
  const rest = [...keys.filter((k) => k !== 'customer_id'), ...FIELDS.filter((f) => !keys.includes(f))];
  // Numbered per customer in group-key order, so the rows the grouping sorted need no
  // second sort; chunks then only need ordering within each customer.
  return `
    WITH grouped AS (${grouped}),
    numbered AS (
      SELECT g.customer_id,
             row_number() OVER (PARTITION BY g.customer_id ORDER BY ${rest.map((k) => `g.${k}`).join(', ')}) AS n,
             concat_ws(',', ${columns.map((c) => expr[c]()).join(', ')}) AS line
        FROM grouped g
       WHERE ${keep}
    ),
    chunks AS (
      SELECT customer_id, (n - 1) / ${CHUNK_LINES} AS part, string_agg(line || ${lineEnd}, '' ORDER BY n) AS body
        FROM numbered
       GROUP BY customer_id, (n - 1) / ${CHUNK_LINES}
    ),
    ins AS (
      INSERT INTO billing_report_lines (report_id, seq, lines)
      SELECT ${reportId}, row_number() OVER (ORDER BY customer_id, part), body FROM chunks
      RETURNING octet_length(lines) - octet_length(replace(lines, E'\\n', '')) AS lines
    )
    SELECT coalesce(sum(lines), 0)::int AS lines FROM ins`;
}

/**
 * A package's SKU or label as a CASE over the package name: an expression rather than a
 * join, because a join would lose the order the grouping produced. Unknown packages print
 * their own name.
 */
function packageFact(p: Params, fact: 'billingSku' | 'label'): string {
  const branches = Object.entries(PACKAGE_INFO).map(
    ([pkg, info]) => `WHEN ${p.add(pkg, 'text')} THEN ${p.add(csvField(info[fact]), 'text')}`,
  );
  const fallback = fact === 'billingSku' ? 'upper(g.package)' : 'g.package';
  return `coalesce(CASE g.package ${branches.join(' ')} ELSE ${csvFieldSql(fallback)} END, '')`;
}

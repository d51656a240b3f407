import { ERROR_CODES } from '@contract/error-codes';
import { CUSTOMER_PACKAGES } from '@contract/packages';
import { counterUuidHead, licenceKey, sqlCounterId, sqlCounterUuid, sqlEncodeId, sqlUuid } from './sql-ids';

/**
 * Set-based statements of the scale seed: every row is computed inside PostgreSQL from a
 * generate_series index. IDs are counter uuids of the run's tag (see sql-ids.ts), cheap to
 * mint; per-customer values (IDs, status, packages, licences) are computed once into two
 * temporary tables that the subscriber and assignment statements join by customer number.
 *
 * Subscriber s (0-based) is the (s div good)-th user of customer (s mod good)+1, where
 * customers 1..good hold users and the rest ended in `error`; the 0th is its first admin.
 *
 * Shared parameters: $1 tenant_id, $2 org_id, $3 tag, $4 now, $5 good, $6 historyDays.
 */

/** Declares the shared parameter types, so a statement that uses only some of them prepares. */
const PARAMS = `WITH params AS (SELECT $1::text, $2::text, $3::text, $4::timestamptz, $5::int, $6::int)`;

/** Counter-uuid kinds: one per entity, so no two entities share a uuid. */
const KIND = {
  customer: 1,
  location: 2,
  org: 3,
  subscriber: 4,
  person: 5,
  removedSubscriber: 7,
  removedPerson: 8,
  removedAssignment: 9,
  workspace: 10,
  workspaceAssignment: 11,
  licence: 12,
} as const;

/**
 * Customer package profiles. `spk` are the subscriber packages users get (repeats weight
 * them); a tenth of the users holding `change_to` moved there from `change_from` during the
 * history window.
 */
const PROFILES = `(VALUES
  (0, ARRAY['webex_calling','webex_meetings'], ARRAY['webex_calling','webex_calling','webex_meetings'], 'webex_meetings', 'webex_calling'),
  (1, ARRAY['webex_suite','webex_meetings','attendant_console'], ARRAY['webex_suite','webex_suite','webex_meetings','attendant_console'], 'webex_meetings', 'webex_suite'),
  (2, ARRAY['webex_calling','common_area_calling','cisco_calling_plan'], ARRAY['webex_calling'], NULL, NULL),
  (3, ARRAY['webex_meetings','webex_voice','webex_calling_standard'], ARRAY['webex_meetings','webex_voice','webex_calling_standard'], 'webex_calling_standard', 'webex_voice')
) AS prof(k, pk, spk, change_from, change_to)`;

const LICENCE_KEYS = `(VALUES ${CUSTOMER_PACKAGES.map((p) => `('${p}', '${licenceKey(p)}')`).join(', ')}) AS keys(pkg, key)`;

const WINDOW_START = `($4::timestamptz - make_interval(days => $6::int))`;
/** A fraction in (0, 1) from a hash key: places an instant strictly inside an interval. */
const frac = (keySql: string) => `((abs(hashtext(${keySql})) % 1000 + 1) / 1002.0)`;

export const CALLING_WARNING = JSON.stringify([
  { errorCode: ERROR_CODES.CALLING_MAINTENANCE.code, description: ERROR_CODES.CALLING_MAINTENANCE.explanation },
]);

export const CREATE_TEMP_TABLES = [
  `CREATE TEMP TABLE scale_customers (ci int PRIMARY KEY, id text NOT NULL, location_id text NOT NULL,
     webex_org_id text, external_id text NOT NULL, created timestamptz NOT NULL, st text NOT NULL,
     pk text[] NOT NULL, spk text[] NOT NULL, change_from text, change_to text) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_licenses (ci int NOT NULL, pkg text NOT NULL, n int NOT NULL, license_id text NOT NULL,
     PRIMARY KEY (ci, pkg)) ON COMMIT DROP`,
];

/** The per-run statements; `tag` is the run's 8 hex digits (also passed as $3). */
export function scaleStatements(tag: string) {
  const id = (type: Parameters<typeof sqlCounterId>[0], kind: number, counter: string) =>
    sqlCounterId(type, tag, kind, counter);

  /** Subscribers $7..$8 joined with their customer. */
  const subscriberRows = `
    SELECT s, k.seq, c.ci, c.id AS customer_id, c.location_id, c.webex_org_id, c.external_id, c.change_from, c.change_to,
      c.spk[1 + seq % cardinality(c.spk)] AS pkg,
      CASE WHEN s % 100 = 42 AND seq > 0 THEN 'pending_user_migration' ELSE 'provisioned' END AS st,
      CASE WHEN s % 100 < 85 OR seq = 0 THEN c.created + make_interval(mins => 5 + seq)
           ELSE ${WINDOW_START} + ($4::timestamptz - ${WINDOW_START}) * ${frac(`$3 || ':h:' || s`)} END AS created
    FROM generate_series($7::int, $8::int) AS s
    CROSS JOIN LATERAL (SELECT s % $5::int + 1 AS ci, s / $5::int AS seq) k
    JOIN scale_customers c ON c.ci = k.ci`;

  return {
    /**
     * $7 = customers, created one after another during the 60 days before the history
     * window (so rows lie in creation order, as a book grown over time does). One in twelve
     * had its cisco_calling_plan fail (a package no user holds): provisioned_with_errors.
     */
    fillCustomers: `${PARAMS}
INSERT INTO scale_customers
SELECT g, ${id('ENTERPRISE', KIND.customer, 'g')}, ${id('LOCATION', KIND.location, 'g')},
  CASE WHEN g <= $5 THEN ${id('ORGANIZATION', KIND.org, 'g')} END, 'SC-' || lpad(g::text, 7, '0'),
  ${WINDOW_START} - interval '1 day' - interval '60 days' * (1 - g::float8 / $7::int),
  CASE WHEN g > $5 THEN 'error' WHEN g % 12 = 2 THEN 'provisioned_with_errors' ELSE 'provisioned' END,
  prof.pk, prof.spk, prof.change_from, prof.change_to
FROM generate_series(1, $7::int) AS g JOIN ${PROFILES} ON prof.k = g % 4`,

    /** Licence IDs in the customers module's format: LICENSE/<orgUuid>:<KEY>_<uuid>. */
    fillLicences: `${PARAMS}
INSERT INTO scale_licenses
SELECT c.ci, u.p, u.n,
  ${sqlEncodeId('LICENSE', `lpad(to_hex(c.ci), 12, '0') || ':' || keys.key || '_' || ${sqlCounterUuid(tag, KIND.licence, 'c.ci * 16 + u.n')}`, counterUuidHead(tag, KIND.org))}
FROM scale_customers c, unnest(c.pk) WITH ORDINALITY AS u(p, n), ${LICENCE_KEYS}
WHERE keys.pkg = u.p`,

    /**
     * Terminal statuses only (pending ones would need jobs that would run during a
     * benchmark). $7 = the calling-maintenance error list, $8 = template id.
     */
    insertCustomers: `${PARAMS}
INSERT INTO customers (id, tenant_id, org_id, webex_org_id, external_id, name, primary_email, language, address,
  status, packages, resource_details, errors, template_id, restricted, created_at, updated_at)
SELECT c.id, $1, $2, c.webex_org_id, c.external_id, 'Scale Customer ' || c.ci,
  'admin@c' || c.ci || '-' || $3 || '.example.com', 'en_US',
  jsonb_build_object('addressLine1', (100 + c.ci % 900) || ' Market Street', 'city', 'San Francisco',
    'stateOrProvince', 'CA', 'zipOrPostalCode', '94105', 'country', 'US'),
  c.st, c.pk, jsonb_build_object('packages', d.details),
  CASE WHEN c.st = 'error' THEN $7::jsonb ELSE '[]'::jsonb END,
  $8, c.ci % 10 <> 0, c.created, c.created + interval '5 minutes'
FROM scale_customers c JOIN (
  SELECT l.ci, jsonb_agg(jsonb_build_object(
      'name', l.pkg,
      'status', CASE WHEN k.st = 'error' OR (k.st = 'provisioned_with_errors' AND l.pkg = 'cisco_calling_plan') THEN 'error' ELSE 'provisioned' END,
      'warnings', CASE WHEN k.st = 'provisioned_with_errors' AND l.pkg = 'cisco_calling_plan' THEN $7::jsonb ELSE '[]'::jsonb END,
      'errors', CASE WHEN k.st = 'provisioned_with_errors' AND l.pkg = 'cisco_calling_plan' THEN $7::jsonb ELSE '[]'::jsonb END,
      'licenseIds', CASE WHEN k.st = 'error' OR (k.st = 'provisioned_with_errors' AND l.pkg = 'cisco_calling_plan')
                         THEN '[]'::jsonb ELSE jsonb_build_array(l.license_id) END
    ) ORDER BY l.n) AS details
  FROM scale_licenses l JOIN scale_customers k ON k.ci = l.ci
  GROUP BY l.ci
) d ON d.ci = c.ci`,

    insertLocations: `${PARAMS}
INSERT INTO locations (id, tenant_id, customer_id, name, address, timezone, language, is_headquarters, created_at)
SELECT c.location_id, $1, c.id, 'Headquarters',
  jsonb_build_object('addressLine1', (100 + c.ci % 900) || ' Market Street', 'city', 'San Francisco',
    'stateOrProvince', 'CA', 'zipOrPostalCode', '94105', 'country', 'US'),
  'America/Los_Angeles', 'en_US', true, c.created + interval '5 minutes'
FROM scale_customers c WHERE c.st <> 'error'`,

    /**
     * Subscribers $7..$8 and their billing history, in one statement: the assignments are
     * made from the rows the subscriber INSERT returns, so nothing is computed twice.
     * 85 % of the users joined with the customer, the rest were hired during the history
     * window; 1 % wait for consent (pending_user_migration: no person, not billed). Only
     * calling packages get a number. Each provisioned user has one open interval; a tenth
     * of those holding the profile's `change_to` had `change_from` before, until an instant
     * inside the history window. One licence in twenty predates licence IDs (NULL), as the
     * report columns allow.
     */
    insertUsers: `${PARAMS},
users AS (
  INSERT INTO subscribers (id, tenant_id, org_id, customer_id, email, person_id, package, status, first_name, last_name,
    primary_phone_number, extension, location_id, is_first_admin, created_at, last_status_change)
  SELECT ${id('SUBSCRIBER', KIND.subscriber, 's')}, $1, $2, customer_id,
    CASE WHEN seq = 0 THEN 'admin@c' || ci ELSE 'user' || seq || '@c' || ci END || '-' || $3 || '.example.com',
    CASE WHEN st = 'provisioned' THEN ${id('PEOPLE', KIND.person, 's')} END,
    pkg, st, 'User', 'Number ' || s,
    CASE WHEN pkg <> 'webex_meetings' THEN '+1' || (2000000000 + (ci % 1000000) * 1000 + seq) END,
    CASE WHEN pkg <> 'webex_meetings' THEN (1000 + seq)::text END,
    location_id, seq = 0, created, created
  FROM (${subscriberRows}) x
  RETURNING id, person_id, customer_id, package, status, created_at, location_id, is_first_admin
),
held AS (
  SELECT u.*, c.ci, c.change_from, c.webex_org_id, c.external_id,
    u.package = c.change_to AND NOT u.is_first_admin AND abs(hashtext(u.id)) % 10 = 3 AS changed,
    greatest(u.created_at, ${WINDOW_START})
      + ($4::timestamptz - greatest(u.created_at, ${WINDOW_START})) * ${frac(`u.id || ':chg'`)} AS change_at
  FROM users u JOIN scale_customers c ON c.id = u.customer_id
  WHERE u.status = 'provisioned'
)
INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, package, location_id, license_id,
  start_at, end_at, customer_org_id, customer_external_id, customer_internal)
SELECT ${sqlUuid(`a.id || ':' || p.part`)}::text, $1, $2, a.customer_id, a.id, a.person_id, p.pkg, a.location_id,
  CASE WHEN abs(hashtext(a.id)) % 20 = 7 THEN NULL ELSE l.license_id END,
  CASE WHEN p.part = 0 THEN a.created_at ELSE a.change_at END,
  CASE WHEN p.part = 0 AND a.changed THEN a.change_at END,
  a.webex_org_id, a.external_id, false
FROM held a
CROSS JOIN LATERAL (
  SELECT 0 AS part, CASE WHEN a.changed THEN a.change_from ELSE a.package END AS pkg
  UNION ALL SELECT 1, a.package WHERE a.changed
) p
LEFT JOIN scale_licenses l ON l.ci = a.ci AND l.pkg = p.pkg`,

    /** Users removed during the history window ($7 of them): only their closed interval remains. */
    insertRemovedAssignments: `${PARAMS}
INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, package, location_id, license_id,
  start_at, end_at, customer_org_id, customer_external_id, customer_internal)
SELECT ${sqlCounterUuid(tag, KIND.removedAssignment, 'r')}, $1, $2, c.id, ${id('SUBSCRIBER', KIND.removedSubscriber, 'r')},
  ${id('PEOPLE', KIND.removedPerson, 'r')}, c.spk[1], c.location_id, l.license_id,
  c.created + interval '10 minutes',
  ${WINDOW_START} + ($4::timestamptz - ${WINDOW_START}) * ${frac(`$3 || ':rm:' || r`)},
  c.webex_org_id, c.external_id, false
FROM generate_series(1, $7::int) AS r
JOIN scale_customers c ON c.ci = (r * 7) % $5::int + 1
JOIN scale_licenses l ON l.ci = c.ci AND l.pkg = c.spk[1]`,

    /** Common-area phones: customers with common_area_calling bill it per workspace, not per user. */
    insertWorkspaceAssignments: `${PARAMS}
INSERT INTO assignments (id, tenant_id, org_id, customer_id, workspace_id, package, location_id, license_id, start_at,
  end_at, customer_org_id, customer_external_id, customer_internal)
SELECT ${sqlCounterUuid(tag, KIND.workspaceAssignment, 'c.ci')}, $1, $2, c.id, ${id('WORKSPACE', KIND.workspace, 'c.ci')},
  l.pkg, c.location_id, l.license_id, c.created + interval '1 hour', NULL, c.webex_org_id, c.external_id, false
FROM scale_customers c JOIN scale_licenses l ON l.ci = c.ci AND l.pkg = 'common_area_calling'
WHERE c.st <> 'error'`,
  };
}

/**
 * Set-based stand-in for the foreign-key triggers a bulk load skips. Every customer
 * reference the statements write (subscribers, locations, assignments) is copied from
 * scale_customers, so the references hold exactly when every scale_customers row became a
 * customer; tenant, org and template references are the tenant just created.
 */
export const COUNT_MISSING_CUSTOMERS = `
SELECT count(*)::int AS missing FROM scale_customers k WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = k.id)`;

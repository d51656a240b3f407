import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import type { Db, Queryable } from '../db/db';

/**
 * The world outside any partner: existing Webex organisations, people who already have a
 * Webex account, and the restricted/denied party list. Global across tenants, as in Webex.
 */

export const WEBEX_USER_KINDS = ['free', 'calling', 'other_partner'] as const;
export type WebexUserKind = (typeof WEBEX_USER_KINDS)[number];

export interface WorldOrg {
  id: string;
  name: string;
  users: number;
  verifiedDomain: boolean;
  claimedDomain: boolean;
  trial: boolean;
  /** The customer this organisation has been attached to, once a partner provisioned it. */
  attachedCustomerId: string | null;
}

export interface WorldOrgInput {
  name: string;
  users: number;
  verifiedDomain: boolean;
  claimedDomain: boolean;
  trial: boolean;
}

interface WorldOrgRow {
  id: string;
  name: string;
  users: number;
  verified_domain: boolean;
  claimed_domain: boolean;
  trial: boolean;
  attached_customer_id: string | null;
}

export async function createWorldOrg(q: Queryable, input: WorldOrgInput): Promise<WorldOrg> {
  const [row] = await q.query<WorldOrgRow>(
    `INSERT INTO world_orgs (id, name, users, verified_domain, claimed_domain, trial)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [
      encodeId('ORGANIZATION', randomUUID()),
      input.name,
      input.users,
      input.verifiedDomain,
      input.claimedDomain,
      input.trial,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return toWorldOrg(row);
}

export async function findWorldOrg(q: Queryable, orgId: string): Promise<WorldOrg | null> {
  const [row] = await q.query<WorldOrgRow>('SELECT * FROM world_orgs WHERE id = $1', [orgId]);
  return row ? toWorldOrg(row) : null;
}

function toWorldOrg(row: WorldOrgRow): WorldOrg {
  return {
    id: row.id,
    name: row.name,
    users: Number(row.users),
    verifiedDomain: row.verified_domain,
    claimedDomain: row.claimed_domain,
    trial: row.trial,
    attachedCustomerId: row.attached_customer_id,
  };
}

/** Registering an e-mail again replaces its kind: the last registration describes the person. */
export async function registerWebexUsers(q: Queryable, emails: readonly string[], kind: WebexUserKind): Promise<void> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  await q.query(
    `INSERT INTO webex_users (email, kind) SELECT e, $2 FROM unnest($1::text[]) AS e
     ON CONFLICT (email) DO UPDATE SET kind = EXCLUDED.kind`,
    [unique, kind],
  );
}

/** The kind of an existing Webex user with this e-mail (any case), or null if there is none. */
export async function webexUserKind(q: Queryable, email: string): Promise<WebexUserKind | null> {
  const [row] = await q.query<{ kind: WebexUserKind }>('SELECT kind FROM webex_users WHERE email = $1', [
    email.trim().toLowerCase(),
  ]);
  return row?.kind ?? null;
}

export async function registerDeniedParties(q: Queryable, names: readonly string[]): Promise<void> {
  await q.query(
    `INSERT INTO denied_parties (name) SELECT DISTINCT n FROM unnest($1::text[]) AS n
     ON CONFLICT (name) DO NOTHING`,
    [names.map((n) => n.trim())],
  );
}

/** Screening ignores case and surrounding spaces, so "ACME Corp " matches "Acme Corp". */
export async function isDeniedParty(q: Queryable, name: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM denied_parties WHERE lower(name) = lower($1) LIMIT 1', [name.trim()]);
  return rows.length > 0;
}

/** Drops every tenant (its rows go with it through ON DELETE CASCADE) and the whole world. */
export async function resetEverything(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM tenants');
    await tx.query('DELETE FROM world_orgs');
    await tx.query('DELETE FROM webex_users');
    await tx.query('DELETE FROM denied_parties');
  });
}

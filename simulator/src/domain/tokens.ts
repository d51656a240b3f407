import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db';
import { scopesForRole, type Role, type Scope } from '@contract/scopes';

export const TOKEN_LIFETIME_SECONDS = 43_200;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens are opaque random strings; only their hash is stored. */
export async function issueToken(
  tx: Queryable,
  input: {
    tenantId: string;
    orgId: string;
    orgKind: 'partner' | 'sub_partner';
    role: Role;
    scopes?: readonly string[];
  },
): Promise<{ accessToken: string; expiresIn: number; scopes: Scope[] }> {
  const [admin] = await tx.query<{ id: string }>('SELECT id FROM admins WHERE org_id = $1 AND role = $2 LIMIT 1', [
    input.orgId,
    input.role,
  ]);
  if (!admin) throw new Error(`org ${input.orgId} has no ${input.role}`);
  const roleScopes = scopesForRole(input.role, input.orgKind);
  // A requested scope list can only narrow what the role holds, never widen it.
  const scopes = input.scopes ? roleScopes.filter((s) => input.scopes?.includes(s)) : roleScopes;
  const accessToken = `sim_${randomBytes(32).toString('base64url')}`;
  await tx.query(
    `INSERT INTO tokens (token_hash, tenant_id, org_id, admin_id, role, scopes, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
    [hashToken(accessToken), input.tenantId, input.orgId, admin.id, input.role, scopes, TOKEN_LIFETIME_SECONDS],
  );
  return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS, scopes };
}

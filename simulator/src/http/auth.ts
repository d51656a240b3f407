import { ERROR_CODES } from '@contract/error-codes';
import type { MiddlewareHandler } from 'hono';
import type { Role } from '@contract/scopes';
import type { Queryable } from '../db/db';
import { hashToken } from '../domain/tokens';
import { toTenantState } from '../domain/clock';
import type { AppEnv, Principal, TenantState } from './context';
import { ApiError } from './errors';

interface PrincipalRow {
  tenant_id: string;
  org_id: string;
  org_name: string;
  parent_id: string | null;
  admin_id: string;
  display_name: string;
  email: string;
  role: Role;
  scopes: string[];
  clock_offset_ms: number;
  settings: Record<string, unknown>;
}

export async function resolveToken(
  db: Queryable,
  token: string,
): Promise<{ principal: Principal; tenant: TenantState } | null> {
  const [row] = await db.query<PrincipalRow>(
    `SELECT k.tenant_id, k.org_id, o.name AS org_name, o.parent_id, k.admin_id, a.display_name, a.email,
            k.role, k.scopes, t.clock_offset_ms, t.settings
       FROM tokens k
       JOIN orgs o ON o.id = k.org_id
       JOIN admins a ON a.id = k.admin_id
       JOIN tenants t ON t.id = k.tenant_id
      WHERE k.token_hash = $1 AND k.expires_at > now()`,
    [hashToken(token)],
  );
  if (!row) return null;
  return {
    principal: {
      tenantId: row.tenant_id,
      orgId: row.org_id,
      orgName: row.org_name,
      orgKind: row.parent_id ? 'sub_partner' : 'partner',
      parentOrgId: row.parent_id,
      adminId: row.admin_id,
      adminName: row.display_name,
      adminEmail: row.email,
      role: row.role,
      scopes: new Set(row.scopes),
    },
    tenant: toTenantState({ id: row.tenant_id, clock_offset_ms: row.clock_offset_ms, settings: row.settings }),
  };
}

/** 401 without a valid bearer token; sets `principal` and `tenant` for the request. */
export function bearerAuth(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ApiError(401, 'The request requires a valid access token set in the Authorization request header.', [
        {
          description: 'Authorization header missing or not of the form "Bearer <token>"',
          errorCode: ERROR_CODES.UNAUTHORIZED.code,
        },
      ]);
    }
    const resolved = await resolveToken(db, match[1]);
    if (!resolved) {
      throw new ApiError(401, 'The access token is invalid or has expired.', [
        { description: 'Invalid or expired access token', errorCode: ERROR_CODES.UNAUTHORIZED.code },
      ]);
    }
    c.set('principal', resolved.principal);
    c.set('tenant', resolved.tenant);
    c.set('now', new Date(Date.now() + resolved.tenant.clockOffsetMs));
    await next();
  };
}

/** 403 when the token lacks the scope an operation needs. */
export function requireScope(...anyOf: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { scopes } = c.get('principal');
    if (!anyOf.some((s) => scopes.has(s))) {
      throw new ApiError(403, `The access token lacks the scope this operation needs: ${anyOf.join(' or ')}.`, [
        { description: `Missing scope ${anyOf.join(' or ')}`, errorCode: ERROR_CODES.FORBIDDEN_SCOPE.code },
      ]);
    }
    await next();
  };
}

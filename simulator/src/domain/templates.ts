import { randomUUID } from 'node:crypto';
import { encodeId, encodeProvisioningId } from '@contract/ids';
import { TemplateData, type HubTemplate, type TemplateRequest } from '@contract/hub';
import type { Queryable } from '../db/db';

/** Onboarding templates (Partner Hub only): each one owns the provisioningId customers are created with. */
export interface Template {
  id: string;
  orgId: string;
  provisioningId: string;
  name: string;
  data: TemplateData;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
}

interface TemplateRow {
  id: string;
  org_id: string;
  provisioning_id: string;
  name: string;
  data: unknown;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  customer_count?: number;
}

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    orgId: row.org_id,
    provisioningId: row.provisioning_id,
    name: row.name,
    // Stored data was validated on the way in; parsing fills defaults of older rows.
    data: TemplateData.parse(row.data),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

/** The template of the acting org that owns this provisioningId, or null. */
export async function findTemplateByProvisioningId(
  q: Queryable,
  orgId: string,
  provisioningId: string,
): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>('SELECT * FROM templates WHERE org_id = $1 AND provisioning_id = $2', [
    orgId,
    provisioningId,
  ]);
  return row ? toTemplate(row) : null;
}

export async function findTemplate(q: Queryable, orgId: string, id: string): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>('SELECT * FROM templates WHERE org_id = $1 AND id = $2', [orgId, id]);
  return row ? toTemplate(row) : null;
}

export async function customerCount(q: Queryable, templateId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM customers WHERE template_id = $1', [
    templateId,
  ]);
  return Number(row?.n ?? 0);
}

/** An org keeps a handful of templates, so the list is not paged. */
export async function listTemplates(
  q: Queryable,
  orgId: string,
): Promise<{ template: Template; customerCount: number }[]> {
  const rows = await q.query<TemplateRow>(
    `SELECT t.*, (SELECT count(*)::int FROM customers c WHERE c.template_id = t.id) AS customer_count
       FROM templates t WHERE t.org_id = $1 ORDER BY t.created_at, t.id`,
    [orgId],
  );
  return rows.map((r) => ({ template: toTemplate(r), customerCount: Number(r.customer_count ?? 0) }));
}

export async function templateNameTaken(
  q: Queryable,
  orgId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await q.query(
    'SELECT 1 FROM templates WHERE org_id = $1 AND lower(name) = lower($2) AND id <> $3 LIMIT 1',
    [orgId, name, exceptId ?? ''],
  );
  return rows.length > 0;
}

export function templateDataOf(input: TemplateRequest): TemplateData {
  return {
    offerType: input.offerType,
    country: input.country,
    language: input.language,
    timezone: input.timezone,
    subscriptionId: input.subscriptionId,
    authentication: input.authentication,
    offeredPackages: [...input.offeredPackages],
    pstnProvider: input.pstnProvider,
    commonSettings: input.commonSettings,
    callSettings: input.callSettings,
  };
}

export async function insertTemplate(
  q: Queryable,
  t: { tenantId: string; orgId: string; name: string; data: TemplateData; createdBy: string; now: Date },
): Promise<Template> {
  const [row] = await q.query<TemplateRow>(
    `INSERT INTO templates (id, tenant_id, org_id, provisioning_id, name, data, created_at, updated_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING *`,
    [
      encodeId('ONBOARDING_TEMPLATE', randomUUID()),
      t.tenantId,
      t.orgId,
      encodeProvisioningId(randomUUID()),
      t.name,
      JSON.stringify(t.data),
      t.now,
      t.createdBy,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return toTemplate(row);
}

/**
 * Full replace. Customers already created keep what they got: the template is read only
 * when a customer is provisioned, so a changed authentication mode or PSTN provider
 * applies to customers created afterwards (product brief, wizard steps 4 and 5).
 */
export async function replaceTemplate(
  q: Queryable,
  id: string,
  input: TemplateRequest,
  now: Date,
): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>(
    'UPDATE templates SET name = $2, data = $3, updated_at = $4 WHERE id = $1 RETURNING *',
    [id, input.name, JSON.stringify(templateDataOf(input)), now],
  );
  return row ? toTemplate(row) : null;
}

export async function deleteTemplate(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM templates WHERE id = $1', [id]);
}

export function templateToWire(t: Template, count: number): HubTemplate {
  return {
    id: t.id,
    orgId: t.orgId,
    name: t.name,
    provisioningId: t.provisioningId,
    offerType: t.data.offerType,
    country: t.data.country,
    language: t.data.language,
    timezone: t.data.timezone,
    subscriptionId: t.data.subscriptionId,
    authentication: { ...t.data.authentication },
    ...(t.data.offeredPackages ? { offeredPackages: t.data.offeredPackages } : {}),
    pstnProvider: t.data.pstnProvider,
    commonSettings: { ...t.data.commonSettings },
    callSettings: t.data.callSettings,
    customerCount: count,
    created: t.createdAt.toISOString(),
    updated: t.updatedAt.toISOString(),
    createdBy: t.createdBy,
  };
}

import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import type { ProvisionCustomerRequest, UpdateCustomerRequest } from '@contract/wholesale';
import type { Db, Queryable } from '../../db/db';
import type { JobRunner } from '../jobs';
import type { OrgRow } from '../orgs';
import { findTemplate } from '../templates';
import { notOfferedProblems, packageChanges, updateCallingLocationProblems } from '../rules/packages';
import { resolveLanguage } from '../rules/language';
import { assertNoProblems, refuseProblems, type Problem } from '../rules/problems';
import { checkNewCustomer } from './checks';
import {
  ATTACH_APPROVAL_MS,
  CUSTOMER_JOBS,
  RPL_REVIEW_MS,
  type ProvisionPayload,
  type UpdatePayload,
} from './lifecycle';
import { RESTRICTED_EVENT } from './settings';
import {
  BUSY_STATUSES,
  externalIdTaken,
  insertCustomer,
  lockOrgWrites,
  recordEvent,
  type CustomerRow,
} from './repository';

export interface CommandContext {
  db: Db;
  jobs: JobRunner;
  org: OrgRow;
  now: Date;
  provisioningDelayMs: number;
}

/** POST /customers: validates, writes the customer and schedules its lifecycle in one transaction. */
export async function provisionCustomer(ctx: CommandContext, body: ProvisionCustomerRequest): Promise<string> {
  const { org, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    await lockOrgWrites(tx, org.id);
    const { problems, plan } = await checkNewCustomer(tx, org.id, body);
    assertNoProblems(problems);
    const template = plan.template;
    if (!template) throw new Error('the request schema requires provisioningId');
    const id = encodeId('ENTERPRISE', randomUUID());
    const attachedOrg = plan.worldOrg;
    if (attachedOrg) {
      const reserved = await tx.query(
        'UPDATE world_orgs SET attached_customer_id = $2 WHERE id = $1 AND attached_customer_id IS NULL RETURNING id',
        [attachedOrg.id, id],
      );
      if (reserved.length === 0) {
        throw refuseProblems([
          { code: 'ORG_ALREADY_CUSTOMER', field: 'orgId', message: 'is already a wholesale customer' },
        ]);
      }
    }
    await insertCustomer(tx, {
      id,
      tenantId: org.tenant_id,
      orgId: org.id,
      externalId: body.externalId,
      // An attached org keeps its own name (help article hbzl7eb).
      name: attachedOrg ? attachedOrg.name : (body.customerInfo?.name ?? null),
      primaryEmail: body.customerInfo?.primaryEmail ?? null,
      language: plan.language,
      address: body.address,
      status: plan.denied ? 'pending_rpl_review' : 'provisioning',
      packages: body.packages,
      provisioningParameters: body.provisioningParameters ?? null,
      templateId: template.id,
      // "Restricted by partner" is on by default and turned off by attaching.
      restricted: !attachedOrg,
      attached: Boolean(attachedOrg),
      subPartnerAdminEmail: body.subPartnerAdminEmail ?? null,
      now,
    });
    if (attachedOrg) {
      await recordEvent(tx, {
        id: randomUUID(),
        tenantId: org.tenant_id,
        customerId: id,
        kind: RESTRICTED_EVENT,
        data: { restrictedByPartner: false, reason: 'Attached to an existing Webex organization' },
        actor: null,
        at: now,
      });
    }
    if (plan.denied) {
      await ctx.jobs.schedule(tx, {
        tenantId: org.tenant_id,
        kind: CUSTOMER_JOBS.rplReviewExpiry,
        refId: id,
        dueAt: new Date(now.getTime() + RPL_REVIEW_MS),
      });
    } else {
      const payload: ProvisionPayload = {
        headquarters: plan.headquarters,
        ...(attachedOrg ? { webexOrgId: attachedOrg.id } : {}),
      };
      const wait = ctx.provisioningDelayMs + (plan.needsApproval ? ATTACH_APPROVAL_MS : 0);
      await ctx.jobs.schedule(tx, {
        tenantId: org.tenant_id,
        kind: CUSTOMER_JOBS.provision,
        refId: id,
        payload: payload as unknown as Record<string, unknown>,
        dueAt: new Date(now.getTime() + wait),
      });
    }
    return id;
  });
}

function notFound(id: string): Error {
  return refuseProblems([{ code: 'NOT_FOUND', field: 'customerId', message: `"${id}" is not one of your customers` }]);
}

async function lockedCustomer(tx: Queryable, orgId: string, id: string): Promise<CustomerRow> {
  const [row] = await tx.query<CustomerRow>('SELECT * FROM customers WHERE id = $1 AND org_id = $2 FOR UPDATE', [
    id,
    orgId,
  ]);
  if (!row) throw notFound(id);
  return row;
}

function busy(c: CustomerRow): Problem {
  return {
    code: 'CUSTOMER_BUSY',
    field: 'customerId',
    message: `is ${c.status}; wait until that finishes (poll GET /wholesale/customers/${c.id}), then retry`,
  };
}

/**
 * PUT /customers/{id}. `packages` is the complete desired list; externalId and address
 * change at once (they are the partner's own bookkeeping), packages when the job runs.
 */
export async function updateCustomer(ctx: CommandContext, id: string, body: UpdateCustomerRequest): Promise<void> {
  const { org, now } = ctx;
  await ctx.db.transaction(async (tx) => {
    await lockOrgWrites(tx, org.id);
    const c = await lockedCustomer(tx, org.id, id);
    if ((BUSY_STATUSES as readonly string[]).includes(c.status) || c.status === 'pending_rpl_review') {
      throw refuseProblems([busy(c)]);
    }
    if (c.status === 'error' || !c.webex_org_id) {
      throw refuseProblems([
        {
          code: 'CUSTOMER_NOT_PROVISIONED',
          field: 'customerId',
          message:
            'never finished provisioning (status error), so there is nothing to update; delete it and provision it again',
        },
      ]);
    }
    const problems: Problem[] = [];
    const template = c.template_id ? await findTemplate(tx, org.id, c.template_id) : null;
    problems.push(...notOfferedProblems(body.packages, template?.data.offeredPackages));
    if (body.externalId && (await externalIdTaken(tx, org.id, body.externalId, c.id))) {
      problems.push({
        code: 'EXTERNAL_ID_IN_USE',
        field: 'externalId',
        message: `"${body.externalId}" is already used by another of your customers`,
      });
    }
    const location = body.provisioningParameters?.calling?.location;
    const changes = packageChanges(c.packages, body.packages);
    problems.push(
      ...updateCallingLocationProblems(changes, {
        hasCallingLocation: Boolean(c.provisioning_parameters?.['calling']),
        callingLocationGiven: Boolean(location),
      }),
    );
    const language = location
      ? resolveLanguage(location.language, {
          countryHint: location.address.country,
          fallback: c.language ?? 'en_US',
          field: 'provisioningParameters.calling.location.language',
        })
      : null;
    if (language && !language.ok) problems.push(language.problem);
    assertNoProblems(problems);

    await tx.query(
      `UPDATE customers SET status = 'updating', external_id = $2, address = $3, sub_partner_admin_email = $4, updated_at = $5
        WHERE id = $1`,
      [
        c.id,
        body.externalId ?? c.external_id,
        JSON.stringify(body.address ?? c.address),
        body.subPartnerAdminEmail ?? c.sub_partner_admin_email,
        now,
      ],
    );
    const payload: UpdatePayload = {
      packages: [...body.packages],
      ...(body.provisioningParameters ? { provisioningParameters: body.provisioningParameters } : {}),
      ...(location && language?.ok
        ? {
            callingLocation: {
              name: location.name,
              address: location.address,
              timezone: location.timezone,
              language: language.value,
              emergencyLocationIdentifier: location.emergencyLocationIdentifier,
            },
          }
        : {}),
    };
    await ctx.jobs.schedule(tx, {
      tenantId: org.tenant_id,
      kind: CUSTOMER_JOBS.update,
      refId: c.id,
      payload: payload as unknown as Record<string, unknown>,
      dueAt: new Date(now.getTime() + ctx.provisioningDelayMs),
    });
  });
}

/** DELETE /customers/{id}: allowed in any state but `deleting`, and for suspended sub-partners too. */
export async function deleteCustomer(ctx: CommandContext, id: string): Promise<void> {
  const { org, now } = ctx;
  await ctx.db.transaction(async (tx) => {
    const c = await lockedCustomer(tx, org.id, id);
    if (c.status === 'deleting') throw refuseProblems([busy(c)]);
    await tx.query(`UPDATE customers SET status = 'deleting', updated_at = $2 WHERE id = $1`, [c.id, now]);
    await ctx.jobs.schedule(tx, {
      tenantId: org.tenant_id,
      kind: CUSTOMER_JOBS.remove,
      refId: c.id,
      dueAt: new Date(now.getTime() + ctx.provisioningDelayMs),
    });
  });
}

import { Hono, type Context } from 'hono';
import { CloneTemplateRequest, TemplateRequest } from '@contract/hub';
import { OnBehalfQuery } from '@contract/wholesale';
import { SCOPES } from '@contract/scopes';
import type { AppDeps } from '../app';
import type { Queryable } from '../db/db';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { actingOrg, assertMayWrite, type OrgRow } from '../domain/orgs';
import { parseRequest, refuseProblems, type Problem } from '../domain/rules/problems';
import { lockOrgWrites } from '../domain/customers/repository';
import {
  customerCount,
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  replaceTemplate,
  templateDataOf,
  templateNameTaken,
  templateToWire,
  type Template,
} from '../domain/templates';

/**
 * Onboarding templates (Partner Hub only). Every operation acts for the caller's org or,
 * with onBehalfOfSubPartnerOrgId, for one of its sub-partners: a parent partner may create
 * templates in a sub-partner's space (product brief).
 */
export function hubTemplatesRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const read = requireScope(SCOPES.customersRead);
  const write = requireScope(SCOPES.customersWrite);

  async function orgOf(c: Context<AppEnv>): Promise<OrgRow> {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    return actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
  }

  async function templateOf(q: Queryable, org: OrgRow, id: string): Promise<Template> {
    const t = await findTemplate(q, org.id, id);
    if (!t)
      throw refuseProblems([
        { code: 'NOT_FOUND', field: 'id', message: `"${id}" is not one of your onboarding templates` },
      ]);
    return t;
  }

  async function nameProblems(q: Queryable, org: OrgRow, name: string, exceptId?: string): Promise<Problem[]> {
    return (await templateNameTaken(q, org.id, name, exceptId))
      ? [
          {
            code: 'TEMPLATE_NAME_IN_USE',
            field: 'name',
            message: `"${name}" is already the name of another of your templates`,
          },
        ]
      : [];
  }

  /** A sub-partner has no subscription of its own: it shares its parent's (orgs.subscription_id holds it). */
  function subscriptionProblems(org: OrgRow, subscriptionId: string): Problem[] {
    return subscriptionId === org.subscription_id
      ? []
      : [
          {
            code: 'SUBSCRIPTION_NOT_AVAILABLE',
            field: 'subscriptionId',
            message: `"${subscriptionId}" is not a wholesale subscription of ${org.name}; use ${org.subscription_id}`,
          },
        ];
  }

  function created(c: Context<AppEnv>, t: Template) {
    c.header('Location', `${new URL(c.req.url).origin}/hub/v1/onboardingTemplates/${encodeURIComponent(t.id)}`);
    return c.json(templateToWire(t, 0), 201);
  }

  r.get('/', read, async (c) => {
    const org = await orgOf(c);
    const items = await listTemplates(db, org.id);
    return c.json({ items: items.map(({ template, customerCount: n }) => templateToWire(template, n)) });
  });

  r.get('/:id', read, async (c) => {
    const org = await orgOf(c);
    const t = await templateOf(db, org, c.req.param('id'));
    return c.json(templateToWire(t, await customerCount(db, t.id)));
  });

  r.post('/', write, async (c) => {
    const org = await orgOf(c);
    assertMayWrite(org);
    const body = parseRequest(TemplateRequest, c.get('body'));
    const t = await db.transaction(async (tx) => {
      await lockOrgWrites(tx, org.id);
      const problems = [...(await nameProblems(tx, org, body.name)), ...subscriptionProblems(org, body.subscriptionId)];
      if (problems.length) throw refuseProblems(problems);
      const principal = c.get('principal');
      return insertTemplate(tx, {
        tenantId: org.tenant_id,
        orgId: org.id,
        name: body.name,
        data: templateDataOf(body),
        createdBy: principal.adminEmail,
        now: c.get('now'),
      });
    });
    return created(c, t);
  });

  // Full replace. Customers already created are not touched (see replaceTemplate).
  r.put('/:id', write, async (c) => {
    const org = await orgOf(c);
    assertMayWrite(org);
    const body = parseRequest(TemplateRequest, c.get('body'));
    const id = c.req.param('id');
    const t = await db.transaction(async (tx) => {
      await lockOrgWrites(tx, org.id);
      await templateOf(tx, org, id);
      const problems = [
        ...(await nameProblems(tx, org, body.name, id)),
        ...subscriptionProblems(org, body.subscriptionId),
      ];
      if (problems.length) throw refuseProblems(problems);
      const updated = await replaceTemplate(tx, id, body, c.get('now'));
      if (!updated) throw new Error('template vanished under the org lock');
      return updated;
    });
    return c.json(templateToWire(t, await customerCount(db, t.id)));
  });

  r.post('/:id/clone', write, async (c) => {
    const org = await orgOf(c);
    assertMayWrite(org);
    const body = parseRequest(CloneTemplateRequest, c.get('body'));
    const t = await db.transaction(async (tx) => {
      await lockOrgWrites(tx, org.id);
      const source = await templateOf(tx, org, c.req.param('id'));
      const problems = await nameProblems(tx, org, body.name);
      if (problems.length) throw refuseProblems(problems);
      // The clone gets its own provisioningId; everything else is copied.
      return insertTemplate(tx, {
        tenantId: org.tenant_id,
        orgId: org.id,
        name: body.name,
        data: source.data,
        createdBy: c.get('principal').adminEmail,
        now: c.get('now'),
      });
    });
    return created(c, t);
  });

  r.delete('/:id', write, async (c) => {
    const org = await orgOf(c);
    await db.transaction(async (tx) => {
      await lockOrgWrites(tx, org.id);
      const t = await templateOf(tx, org, c.req.param('id'));
      const n = await customerCount(tx, t.id);
      if (n > 0) {
        throw refuseProblems([
          {
            code: 'TEMPLATE_IN_USE',
            field: 'id',
            message: `cannot be deleted: ${n} customer${n === 1 ? ' was' : 's were'} created with template "${t.name}"; delete ${n === 1 ? 'it' : 'them'} first or keep the template`,
          },
        ]);
      }
      await deleteTemplate(tx, t.id);
    });
    return c.body(null, 204);
  });

  return r;
}

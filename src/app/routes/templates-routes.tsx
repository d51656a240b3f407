import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { createOrgApi } from '@/shared/api/org-api';
import { WizardSearch } from '@/shared/wizard/wizard-search';
import { requirePermission } from './guards';
import { templatesRoute } from './org-routes';

/** The list's name filter; the hub list is not paged (an org keeps a handful of templates). */
export const TemplatesSearch = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(80))), undefined),
});

export const templatesIndexRoute = createRoute({
  getParentRoute: () => templatesRoute,
  path: '/',
  validateSearch: TemplatesSearch,
  component: lazyRouteComponent(() => import('@/features/templates/components/templates-page'), 'TemplatesPage'),
});

export const templateNewRoute = createRoute({
  getParentRoute: () => templatesRoute,
  path: 'new',
  staticData: { crumb: 'New template' },
  validateSearch: WizardSearch,
  beforeLoad: requirePermission('create', 'template'),
  component: lazyRouteComponent(
    () => import('@/features/templates/components/template-create-page'),
    'TemplateCreatePage',
  ),
});

/**
 * `/templates/$templateId`: names the breadcrumb after the template. A failure (not
 * found, no hub) leaves the generic crumb and the page itself says why.
 */
export const templateRoute = createRoute({
  getParentRoute: () => templatesRoute,
  path: '$templateId',
  staticData: { crumb: 'Template' },
  loader: async ({ context, params }) => {
    if (!context.client.has('hub')) return { crumb: undefined };
    const { templateQueryOptions } = await import('@/shared/api/templates');
    const api = createOrgApi(context.client, {
      orgId: context.actingOrg.id,
      subPartnerOrgId: context.actingOrg.subPartnerOrgId,
    });
    try {
      const template = await context.queryClient.ensureQueryData(templateQueryOptions(api, params.templateId));
      return { crumb: template.name };
    } catch {
      return { crumb: undefined };
    }
  },
});

/** `?created=true` right after the wizard: the page leads with the new Provisioning ID. */
export const TemplateDetailSearch = z.object({
  created: z.catch(z.optional(z.boolean()), undefined),
});

export const templateDetailRoute = createRoute({
  getParentRoute: () => templateRoute,
  path: '/',
  validateSearch: TemplateDetailSearch,
  component: lazyRouteComponent(
    () => import('@/features/templates/components/template-detail-page'),
    'TemplateDetailPage',
  ),
});

export const templateEditRoute = createRoute({
  getParentRoute: () => templateRoute,
  path: 'edit',
  staticData: { crumb: 'Edit' },
  validateSearch: WizardSearch,
  beforeLoad: requirePermission('update', 'template'),
  component: lazyRouteComponent(() => import('@/features/templates/components/template-edit-page'), 'TemplateEditPage'),
});

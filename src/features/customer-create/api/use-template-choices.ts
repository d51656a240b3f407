import type { HubTemplate } from '@contract/hub';
import { useCapabilities } from '@/shared/api/capabilities';
import { useTemplateList } from '@/shared/api/templates';
import { useRecordedProvisioningIds } from '@/shared/provisioning-ids/recorded-provisioning-ids';

export interface TemplateChoice {
  provisioningId: string;
  name: string;
  /** Hub templates only: what they restrict and default. */
  template?: HubTemplate;
}

export type TemplateChoices =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'hub' | 'recorded'; choices: TemplateChoice[] };

/**
 * The templates a customer can start from: the org's onboarding templates where the Hub
 * API exists (the simulator), else the provisioning IDs the admin recorded by hand (the
 * real Webex API has no template API). An empty recorded list leaves a free-text field.
 */
export function useTemplateChoices(): TemplateChoices {
  const capabilities = useCapabilities();
  const hub = capabilities.data?.onboardingTemplates === true;
  const templates = useTemplateList({ enabled: hub });
  const recorded = useRecordedProvisioningIds();
  if (capabilities.isPending || (hub && templates.isPending)) return { kind: 'loading' };
  if (hub && templates.isError) return { kind: 'error', error: templates.error, retry: () => void templates.refetch() };
  if (hub)
    return {
      kind: 'hub',
      choices: (templates.data ?? []).map((t) => ({ provisioningId: t.provisioningId, name: t.name, template: t })),
    };
  return {
    kind: 'recorded',
    choices: recorded.items.map((i) => ({ provisioningId: i.provisioningId, name: i.name })),
  };
}

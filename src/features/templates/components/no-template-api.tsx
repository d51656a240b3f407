import { Link } from '@tanstack/react-router';
import { useActingOrg } from '@/shared/session/acting-org';
import { buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';

/** A template screen opened against the real Webex API, which has no template API. */
export function NoTemplateApi() {
  const org = useActingOrg();
  return (
    <Card>
      <EmptyState
        variant="empty"
        title="The Webex API has no onboarding-template API"
        description="Create and edit templates in Partner Hub, then record their Provisioning IDs on the Templates page."
        action={
          <Link to="/o/$orgId/templates" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
            Go to Templates
          </Link>
        }
      />
    </Card>
  );
}

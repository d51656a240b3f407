import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';

/** The one destructive action, apart from everyday edits, with what it does and does not do. */
export function RemoveServicesCard({ action }: { action: ReactNode }) {
  return (
    <Card aria-labelledby="remove-services-title" className="border-danger/40">
      <CardHeader
        id="remove-services-title"
        title="Remove wholesale services"
        description="Releases every package and stops billing for this customer. Its Webex organisation and users are not deleted."
        actions={action}
      />
      <CardContent className="pt-0" />
    </Card>
  );
}

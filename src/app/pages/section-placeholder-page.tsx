import type { ReactNode } from 'react';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { PageHeader } from '@/shared/ui/page-header';

export interface SectionPlaceholderProps {
  title: string;
  description: string;
  icon: ReactNode;
  /** What the section will offer, shown while it is being built. */
  comingUp: string;
}

/** A section whose screens are not built yet: a real page (heading, breadcrumbs, nav state), not an error. */
export function SectionPlaceholderPage({ title, description, icon, comingUp }: SectionPlaceholderProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <EmptyState variant="empty" icon={icon} title={`${title} is on its way`} description={comingUp} />
      </Card>
    </>
  );
}

import { PageHeader } from '@/shared/ui/page-header';

export function DriftCheckPage() {
  return <PageHeader title="Drift check" />;
}

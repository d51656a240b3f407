import { PageHeader } from '@/shared/ui/page-header';

export function CostSummaryPage() {
  return <PageHeader title="Cost summary" />;
}

import { PageHeader } from '@/shared/ui/page-header';

export function ReportComparePage() {
  return <PageHeader title="Compare reports" />;
}

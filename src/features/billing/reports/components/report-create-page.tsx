import { PageHeader } from '@/shared/ui/page-header';

export function ReportCreatePage() {
  return <PageHeader title="New billing report" />;
}

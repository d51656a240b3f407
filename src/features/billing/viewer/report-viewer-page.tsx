import { PageHeader } from '@/shared/ui/page-header';

export function ReportViewerPage() {
  return <PageHeader title="Report" />;
}

import { PageHeader } from '@/shared/ui/page-header';

export function ReportsPage() {
  return (
    <PageHeader title="Billing reports" description="Reconciliation and point-in-time reports for your invoice." />
  );
}

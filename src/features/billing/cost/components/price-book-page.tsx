import { PageHeader } from '@/shared/ui/page-header';

export function PriceBookPage() {
  return <PageHeader title="Price book" />;
}

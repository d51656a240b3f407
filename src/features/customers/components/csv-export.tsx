import { useEffect, useRef, useState } from 'react';
import { Download } from 'lucide-react';
import { fetchCustomers } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { Button } from '@/shared/ui/button';
import { toast } from '@/shared/ui/toast-store';
import { exportCustomersCsv, type CsvExportProgress } from '../api/customer-csv';
import type { CustomersSearch } from '../lib/customers-search';
import { saveFile } from '@/shared/lib/save-file';

export interface CsvExportProps {
  search: CustomersSearch;
  /** Customers the filter should yield, when the backend can count them; makes the progress determinate. */
  expected: number | null;
  fileStem: string;
}

/**
 * "Export CSV" of the current filter: every page (Link next), 100 customers per request,
 * with a live count and Cancel. Nothing is kept but the CSV text (see exportCustomersCsv).
 */
export function CsvExport({ search, expected, fileStem }: CsvExportProps) {
  const api = useOrgApi();
  const [progress, setProgress] = useState<CsvExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ pages: 0, rows: 0 });
    const filters = { status: search.status, externalId: search.externalId, orgId: search.orgId };
    try {
      const { blob, rows } = await exportCustomersCsv({
        fetchPage: (next, signal) => fetchCustomers(api, next ?? { ...filters, max: 100 }, signal),
        pkg: search.package,
        signal: abort.signal,
        onProgress: setProgress,
      });
      saveFile(blob, `${fileStem}-${new Date().toISOString().slice(0, 10)}.csv`);
      toast({ tone: 'success', title: `Exported ${rows.toLocaleString()} customers` });
    } catch (error) {
      if (abort.signal.aborted) toast({ title: 'Export cancelled', description: 'No file was saved.' });
      else
        toast({
          tone: 'error',
          title: 'Export failed',
          description: error instanceof Error ? error.message : 'The customer list could not be read.',
        });
    } finally {
      controller.current = null;
      setProgress(null);
    }
  }

  if (!progress) {
    return (
      <Button icon={<Download />} onClick={() => void start()}>
        Export CSV
      </Button>
    );
  }
  const label =
    expected !== null
      ? `Exporting ${progress.rows.toLocaleString()} of ${expected.toLocaleString()} customers`
      : `Exporting… ${progress.rows.toLocaleString()} customers from ${progress.pages.toLocaleString()} pages`;
  return (
    <div className="flex items-center gap-3">
      <div className="flex flex-col gap-1">
        <span role="status" className="text-[13px] text-fg-muted tabular-nums">
          {label}
        </span>
        {expected !== null && expected > 0 ? (
          <progress
            className="h-1.5 w-56 accent-brand"
            aria-label="Export progress"
            max={expected}
            value={Math.min(progress.rows, expected)}
          />
        ) : null}
      </div>
      <Button onClick={() => controller.current?.abort()}>Cancel export</Button>
    </div>
  );
}

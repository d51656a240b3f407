import { useEffect, useRef, useState } from 'react';
import { Download } from 'lucide-react';
import { useOrgApi } from '@/shared/api/org-api';
import { fetchSubscribers } from '@/shared/api/subscribers';
import { Button } from '@/shared/ui/button';
import { toast } from '@/shared/ui/toast-store';
import { exportUsersCsv } from '../api/users-csv';
import { serverFilters, type UsersSearch } from '../lib/users-search';
import { saveFile } from '@/shared/lib/save-file';

/**
 * "Export CSV" of the current filter: every page (Link next), 100 users per request, with
 * a live count and Cancel. Only the CSV text is kept (see exportUsersCsv).
 */
export function UsersCsvExport({ search }: { search: UsersSearch }) {
  const api = useOrgApi();
  const [progress, setProgress] = useState<{ pages: number; rows: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ pages: 0, rows: 0 });
    const filters = serverFilters(search);
    try {
      const { blob, rows } = await exportUsersCsv({
        fetchPage: (next, signal) => fetchSubscribers(api, next ?? { ...filters, max: 100 }, signal),
        pkg: search.package,
        signal: abort.signal,
        onProgress: setProgress,
      });
      saveFile(blob, `users-${new Date().toISOString().slice(0, 10)}.csv`);
      toast({ tone: 'success', title: `Exported ${rows.toLocaleString()} ${rows === 1 ? 'user' : 'users'}` });
    } catch (error) {
      if (abort.signal.aborted) toast({ title: 'Export cancelled', description: 'No file was saved.' });
      else
        toast({
          tone: 'error',
          title: 'Export failed',
          description: error instanceof Error ? error.message : 'The user list could not be read.',
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
  return (
    <div className="flex items-center gap-3">
      <span role="status" className="text-[13px] text-fg-muted tabular-nums">
        Exporting… {progress.rows.toLocaleString()} users from {progress.pages.toLocaleString()} pages
      </span>
      <Button onClick={() => controller.current?.abort()}>Cancel export</Button>
    </div>
  );
}

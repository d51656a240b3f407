import { useEffect, useRef, useState } from 'react';
import { Download, X } from 'lucide-react';
import { useOrgApi } from '@/shared/api/org-api';
import { fetchSubPartnerDirectory, type SubPartnerDirectoryParams } from '@/shared/api/sub-partners';
import { Button } from '@/shared/ui/button';
import { toast } from '@/shared/ui/toast-store';
import { exportDirectoryCsv } from '../lib/directory-csv';
import { saveFile } from '@/shared/lib/save-file';

/**
 * "Export CSV" of every sub-partner the current filter matches (all pages, 100 per
 * request, in the order shown), with a running count and Cancel.
 */
export function DirectoryExport({ params, fileStem }: { params: SubPartnerDirectoryParams; fileStem: string }) {
  const api = useOrgApi();
  const [rows, setRows] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setRows(0);
    const first = { ...params, offset: 0, max: 100 };
    try {
      const result = await exportDirectoryCsv(
        (next, signal) => fetchSubPartnerDirectory(api, next ?? first, signal),
        abort.signal,
        setRows,
      );
      saveFile(result.csv, `${fileStem}.csv`);
      toast({ tone: 'success', title: `Exported ${result.rows.toLocaleString()} indirect providers` });
    } catch (error) {
      if (!abort.signal.aborted) {
        toast({
          tone: 'error',
          title: 'The export stopped',
          description: error instanceof Error ? error.message : undefined,
        });
      }
    } finally {
      controller.current = null;
      setRows(null);
    }
  }

  if (rows !== null) {
    return (
      <div className="flex items-center gap-2">
        <span role="status" className="text-[13px] text-fg-muted tabular-nums">
          Exporting… {rows.toLocaleString()} so far
        </span>
        <Button size="md" icon={<X />} onClick={() => controller.current?.abort()}>
          Cancel export
        </Button>
      </div>
    );
  }
  return (
    <Button icon={<Download />} onClick={() => void start()}>
      Export CSV
    </Button>
  );
}

import { packageLabel } from '@contract/packages';
import { Button } from '@/shared/ui/button';
import { Spinner } from '@/shared/ui/spinner';
import type { usePackageScan } from '../api/use-package-scan';

type Scan = ReturnType<typeof usePackageScan>;

const n = (value: number) => value.toLocaleString();

/**
 * What the package scan has read and found, with Stop while it runs and Continue when it
 * paused: the admin always sees that the result covers part of the list, and which part.
 */
export function PackageScanBar({ scan, pkg, startOffset }: { scan: Scan; pkg: string; startOffset: number }) {
  const label = packageLabel(pkg);
  const matched = scan.progress ? scan.progress.matched : scan.matches.length;
  const scanned = scan.scanned + (scan.progress?.scanned ?? 0);
  const from = startOffset + 1;
  const range = scanned > 0 ? `customers ${n(from)}–${n(startOffset + scanned)}` : 'the list';

  let text: string;
  if (scan.scanning) text = `Scanning for ${label}: read ${range}, ${n(matched)} match so far.`;
  else if (scan.end === 'filled') text = `A page of customers with ${label}, found in ${range}.`;
  else if (scan.end === 'end') text = `Read ${range} to the end of the list: ${n(scan.matches.length)} with ${label}.`;
  else if (scan.end === 'paused' || scan.end === 'stopped')
    text = `${scan.end === 'stopped' ? 'Stopped' : 'Paused'} after reading ${range}: ${n(scan.matches.length)} with ${label} so far.`;
  else text = `Scanning for ${label}…`;

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line bg-surface-muted px-4 py-2.5">
      <p role="status" className="flex items-center gap-2 text-[13px] text-fg">
        {scan.scanning ? <Spinner /> : null}
        {text}
      </p>
      {scan.scanning ? (
        <Button size="sm" onClick={scan.stop}>
          Stop scanning
        </Button>
      ) : scan.end === 'paused' || scan.end === 'stopped' ? (
        <Button size="sm" onClick={scan.continueScan}>
          Continue scanning
        </Button>
      ) : null}
    </div>
  );
}

/** Paging of package results: forward from where the scan stopped, or back to the start. */
export function PackageScanPagination({
  startOffset,
  nextOffset,
  count,
  busy,
  onChange,
}: {
  startOffset: number;
  nextOffset: number | null;
  count: number;
  busy: boolean;
  onChange: (offset: number) => void;
}) {
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 border-t border-line px-4 py-2.5">
      <p className="text-[13px] text-fg-muted">{count === 0 ? 'No matches on this page' : `${n(count)} matches`}</p>
      <div className="flex gap-1">
        <Button size="sm" disabled={busy || startOffset === 0} onClick={() => onChange(0)}>
          First page
        </Button>
        <Button
          size="sm"
          disabled={busy || nextOffset === null}
          onClick={() => nextOffset !== null && onChange(nextOffset)}
        >
          Next matches
        </Button>
      </div>
    </nav>
  );
}

import { packageLabel } from '@contract/packages';
import { Button } from '@/shared/ui/button';
import { Spinner } from '@/shared/ui/spinner';
import type { UsersScanResult } from '../api/users-scan';

const n = (value: number) => value.toLocaleString();

/** What the package scan read and found: the admin always sees which part of the list a result covers. */
export function ScanBar({
  pkg,
  startOffset,
  scan,
  fetching,
}: {
  pkg: string;
  startOffset: number;
  scan: Omit<UsersScanResult, 'matches'> | null;
  fetching: boolean;
}) {
  const label = packageLabel(pkg);
  const range = scan && scan.scanned > 0 ? `users ${n(startOffset + 1)}–${n(startOffset + scan.scanned)}` : 'the list';
  let text = `Reading the list for users with ${label}…`;
  if (!fetching && scan) {
    if (scan.end === 'filled') text = `A page of users with ${label}, found in ${range}.`;
    else if (scan.end === 'end') text = `Read ${range} to the end of the list.`;
    else text = `Read ${range} without filling a page; use “Next matches” to read on.`;
  }
  return (
    <p
      role="status"
      className="flex items-center gap-2 border-b border-line bg-surface-muted px-4 py-2.5 text-[13px] text-fg"
    >
      {fetching ? <Spinner /> : null}
      {text}
    </p>
  );
}

/** Paging of package results: forward from where the scan stopped, or back to the start. */
export function ScanPagination({
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

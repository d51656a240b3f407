import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { PACKAGE_INFO } from '@contract/packages';
import { Badge, type BadgeTone } from '@/shared/ui/badge';
import type { RunnerRow } from '../lib/provisioning-state';
import type { ProvisionedUser } from '../lib/provisioning-requests';
import type { RunInput } from '../lib/run-registry';
import { ConsentButton } from './consent-button';
import { describeRowFailure } from './describe-failure';

type Row = Readonly<RunnerRow<RunInput, ProvisionedUser>>;

const ROW_ESTIMATE = 56;

function statusOf(row: Row): { label: string; tone: BadgeTone } {
  if (row.status === 'done')
    return row.result?.status === 'pending_user_migration'
      ? { label: 'Waiting for consent', tone: 'warning' }
      : { label: 'Created', tone: 'success' };
  if (row.status === 'failed') return { label: 'Failed', tone: 'danger' };
  if (row.status === 'running') return { label: row.needsVerify ? 'Checking' : 'Sending', tone: 'info' };
  return { label: row.needsVerify ? 'To check' : 'Pending', tone: 'neutral' };
}

function Detail({ row }: { row: Row }) {
  if (row.status === 'failed' && row.error) {
    const { code, title, detail } = describeRowFailure(row.error);
    return (
      <div className="text-[13px]">
        <p className="font-medium text-danger">
          {code ? <span className="mr-1 font-mono text-xs">{code}</span> : null}
          {title}
        </p>
        <p className="text-fg-muted">{detail}</p>
      </div>
    );
  }
  if (row.status === 'done' && row.result?.status === 'pending_user_migration') {
    return (
      <div className="flex flex-col gap-1.5 text-[13px]">
        <p className="text-fg-muted">
          This e-mail belongs to an existing free Webex account. Webex e-mailed the person to consent to moving the
          account into this customer; the package applies once they accept.
        </p>
        <ConsentButton subscriberId={row.result.id} email={row.input.email} />
      </div>
    );
  }
  if (row.status === 'pending' && row.needsVerify)
    return (
      <p className="text-[13px] text-fg-muted">Its request was interrupted: it is looked up before being sent again.</p>
    );
  return null;
}

/** Every row of the run with its status and, for problems, the Webex code and what it means (virtualised). */
export function RunRows({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's methods change identity on every scroll, so the compiler leaves this component unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      // Keyboard users scroll the rows; an empty run has nothing to scroll.
      tabIndex={rows.length > 0 ? 0 : -1}
      role="region"
      aria-label={`${caption} (scroll with the arrow keys)`}
      className="max-h-[32rem] overflow-auto rounded-md border border-line focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <table className="w-full min-w-[48rem] table-fixed text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-surface-muted text-left text-xs text-fg-muted">
          <tr>
            <th scope="col" className="w-16 px-3 py-2 font-medium">
              Row
            </th>
            <th scope="col" className="w-[26%] px-3 py-2 font-medium">
              User
            </th>
            <th scope="col" className="w-36 px-3 py-2 font-medium">
              Package
            </th>
            <th scope="col" className="w-44 px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index] as Row;
            const status = statusOf(row);
            return (
              <tr
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="border-t border-line align-top"
              >
                <td className="px-3 py-2 text-fg-muted tabular-nums">{row.input.row ?? item.index + 1}</td>
                <td className="px-3 py-2">
                  <span className="block truncate font-medium text-fg">
                    {[row.input.firstName, row.input.lastName].filter(Boolean).join(' ') || row.input.email}
                  </span>
                  <span className="block truncate text-xs text-fg-muted">{row.input.email}</span>
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-fg">{PACKAGE_INFO[row.input.package].label}</td>
                <td className="px-3 py-2">
                  <Badge tone={status.tone} dot>
                    {status.label}
                  </Badge>
                </td>
                <td className="px-3 py-2">
                  <Detail row={row} />
                </td>
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

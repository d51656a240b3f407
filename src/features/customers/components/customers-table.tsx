import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Customer } from '@contract/wholesale';
import { decodeId } from '@contract/ids';
import { packageLabel } from '@contract/packages';
import { CopyButton } from '@/shared/ui/copy-button';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { Badge } from '@/shared/ui/badge';
import { Spinner } from '@/shared/ui/spinner';
import { StatusBadge } from '@/shared/ui/status-badge';
import type { LiveCustomer } from '../api/use-in-flight-polling';
import { isInFlight } from '../lib/customer-status';

/** A row as shown: the list's copy, or the newer state polling found. */
export interface CustomerRow {
  customer: Customer;
  /** A removal finished while the page was open (the next list refresh drops the row). */
  gone: boolean;
  orgId: string;
}

export function toRows(
  items: readonly Customer[],
  live: ReadonlyMap<string, LiveCustomer>,
  orgId: string,
): CustomerRow[] {
  return items.map((item) => {
    const polled = live.get(item.id);
    return polled === 'gone' ? { customer: item, gone: true, orgId } : { customer: polled ?? item, gone: false, orgId };
  });
}

const MAX_PACKAGES_SHOWN = 2;

function problemCount(customer: Customer): number {
  return (customer.resourceDetails?.packages ?? []).filter((p) => p.errors.length > 0 || p.status === 'error').length;
}

/**
 * Every encoded org ID starts with the same base64 of `ciscospark://us/ORGANIZATION/`:
 * the start of its UUID is what tells two apart at a glance (the copy button has it all).
 */
function shortId(id: string): string {
  const uuid = decodeId(id)?.uuid;
  if (uuid) return `${uuid.slice(0, 8)}…`;
  return id.length > 12 ? `…${id.slice(-10)}` : id;
}

const col = dataTableColumns<CustomerRow>();
const columns = col.columns([
  col.display({
    id: 'customer',
    header: 'Customer',
    cell: ({ row: { original } }) => (
      <Link
        to="/o/$orgId/customers/$customerId"
        params={{ orgId: original.orgId, customerId: original.customer.id }}
        className="font-medium text-brand-text hover:underline"
      >
        {original.customer.externalId || original.customer.id}
      </Link>
    ),
  }),
  col.display({
    id: 'status',
    header: 'Status',
    cell: ({ row: { original } }) => <StatusCell row={original} />,
  }),
  col.display({
    id: 'packages',
    header: 'Packages',
    cell: ({ row: { original } }) => {
      const labels = original.customer.packages.map(packageLabel);
      const shown = labels.slice(0, MAX_PACKAGES_SHOWN).join(', ');
      const more = labels.length - MAX_PACKAGES_SHOWN;
      return labels.length === 0 ? (
        <span className="text-fg-muted">None</span>
      ) : (
        <span title={labels.join(', ')}>
          {shown}
          {more > 0 ? <span className="text-fg-muted"> +{more} more</span> : null}
        </span>
      );
    },
  }),
  col.display({
    id: 'orgId',
    header: 'Org ID',
    cell: ({ row: { original } }) => {
      const orgId = original.customer.orgId;
      return orgId ? (
        <span className="inline-flex items-center gap-1 font-mono text-[13px]" title={orgId}>
          {shortId(orgId)}
          <CopyButton value={orgId} label={`Copy org ID of ${original.customer.externalId ?? original.customer.id}`} />
        </span>
      ) : (
        <span className="text-fg-muted" title="Assigned when provisioning finishes">
          Not yet
        </span>
      );
    },
  }),
  col.display({
    id: 'location',
    header: 'Location',
    cell: ({ row: { original } }) => {
      const a = original.customer.address;
      const place = [a?.city, a?.stateOrProvince, a?.country].filter(Boolean).join(', ');
      return place || <span className="text-fg-muted">—</span>;
    },
  }),
]);

function StatusCell({ row }: { row: CustomerRow }) {
  if (row.gone) return <Badge tone="neutral">Removed</Badge>;
  const { customer } = row;
  const problems = problemCount(customer);
  return (
    <span className="inline-flex items-center gap-2">
      <StatusBadge kind="customer" value={customer.status} />
      {isInFlight(customer.status) ? <Spinner label="In progress, updating live" /> : null}
      {problems > 0 ? (
        <span className="text-xs text-fg-muted">
          {problems === 1 ? '1 package failed' : `${problems} packages failed`}
        </span>
      ) : null}
    </span>
  );
}

export interface CustomersTableProps {
  rows: readonly CustomerRow[];
  loading: boolean;
  refreshing: boolean;
  empty: ReactNode;
  skeletonRows: number;
}

export function CustomersTable({ rows, loading, refreshing, empty, skeletonRows }: CustomersTableProps) {
  return (
    <DataTable
      caption="Customers"
      columns={columns}
      data={rows}
      getRowId={(row) => row.customer.id}
      loading={loading}
      refreshing={refreshing}
      empty={empty}
      skeletonRows={skeletonRows}
    />
  );
}

import { useMemo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { MoreHorizontal, Repeat, Trash2 } from 'lucide-react';
import { packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { Menu, type MenuItem } from '@/shared/ui/menu';
import { StatusBadge } from '@/shared/ui/status-badge';
import { formatDateTime } from '../lib/format';

export interface UserRowActions {
  /** Present when the admin may change packages now. */
  onChangePackage?: (user: Subscriber) => void;
  /** Present when the admin may remove packages. */
  onRemove?: (user: Subscriber) => void;
}

export interface UsersTableProps extends UserRowActions {
  orgId: string;
  rows: readonly Subscriber[];
  loading: boolean;
  refreshing: boolean;
  empty: ReactNode;
  skeletonRows: number;
  /** Row selection for bulk changes; omitted when the admin cannot change packages. */
  selection?: {
    selected: ReadonlySet<string>;
    toggle: (user: Subscriber) => void;
    togglePage: (users: readonly Subscriber[], select: boolean) => void;
  };
}

const col = dataTableColumns<Subscriber>();

function nameOf(user: Subscriber): string {
  return user.email ?? user.id;
}

/** The users of one page: e-mail (to the user's page), customer, package, status, dates, actions. */
export function UsersTable(props: UsersTableProps) {
  const { orgId, rows, selection, onChangePackage, onRemove } = props;
  const columns = useMemo(() => {
    const selected = selection?.selected;
    const allOnPage = rows.length > 0 && rows.every((r) => selected?.has(r.id));
    const someOnPage = rows.some((r) => selected?.has(r.id));
    return col.columns([
      ...(selection
        ? [
            col.display({
              id: 'select',
              header: () => (
                <input
                  type="checkbox"
                  className="size-4 accent-brand"
                  aria-label="Select every user on this page"
                  checked={allOnPage}
                  ref={(el) => {
                    if (el) el.indeterminate = someOnPage && !allOnPage;
                  }}
                  onChange={(event) => selection.togglePage(rows, event.target.checked)}
                />
              ),
              cell: ({ row: { original } }) => (
                <input
                  type="checkbox"
                  className="size-4 accent-brand"
                  aria-label={`Select ${nameOf(original)}`}
                  checked={selected?.has(original.id) ?? false}
                  onChange={() => selection.toggle(original)}
                />
              ),
            }),
          ]
        : []),
      col.display({
        id: 'user',
        header: 'User',
        cell: ({ row: { original } }) => (
          <Link
            to="/o/$orgId/users/$subscriberId"
            params={{ orgId, subscriberId: original.id }}
            className="font-medium text-brand-text hover:underline"
          >
            {nameOf(original)}
          </Link>
        ),
      }),
      col.display({
        id: 'customer',
        header: 'Customer',
        cell: ({ row: { original } }) =>
          original.customerId ? (
            <Link
              to="/o/$orgId/customers/$customerId"
              params={{ orgId, customerId: original.customerId }}
              className="text-fg hover:underline"
            >
              {original.externalCustomerId || 'Customer'}
            </Link>
          ) : (
            <span className="text-fg-muted">—</span>
          ),
      }),
      col.display({
        id: 'package',
        header: 'Package',
        cell: ({ row: { original } }) =>
          original.packages.length > 0 ? (
            original.packages.map(packageLabel).join(', ')
          ) : (
            <span className="text-fg-muted">None</span>
          ),
      }),
      col.display({
        id: 'status',
        header: 'Status',
        cell: ({ row: { original } }) => <StatusBadge kind="subscriber" value={original.status} />,
      }),
      col.display({
        id: 'created',
        header: 'Created',
        cell: ({ row: { original } }) => (
          <span className="whitespace-nowrap tabular-nums">{formatDateTime(original.created)}</span>
        ),
      }),
      col.display({
        id: 'changed',
        header: 'Status changed',
        cell: ({ row: { original } }) => (
          <span className="whitespace-nowrap tabular-nums">{formatDateTime(original.lastStatusChange)}</span>
        ),
      }),
      ...(onChangePackage || onRemove
        ? [
            col.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              cell: ({ row: { original } }) => (
                <RowActions user={original} onChangePackage={onChangePackage} onRemove={onRemove} />
              ),
            }),
          ]
        : []),
    ]);
  }, [orgId, rows, selection, onChangePackage, onRemove]);

  return (
    <DataTable
      caption="Users"
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      loading={props.loading}
      refreshing={props.refreshing}
      empty={props.empty}
      skeletonRows={props.skeletonRows}
    />
  );
}

function RowActions({ user, onChangePackage, onRemove }: { user: Subscriber } & UserRowActions) {
  const items: MenuItem[] = [];
  if (onChangePackage)
    items.push({ id: 'change', label: 'Change package…', icon: <Repeat />, onSelect: () => onChangePackage(user) });
  if (onRemove)
    items.push({
      id: 'remove',
      label: 'Remove wholesale package…',
      icon: <Trash2 />,
      tone: 'danger',
      onSelect: () => onRemove(user),
    });
  return (
    <div className="flex justify-end">
      <Menu
        label={`Actions for ${nameOf(user)}`}
        items={items}
        trigger={({ ref, ...props }) => (
          <button
            ref={ref}
            type="button"
            aria-label={`Actions for ${nameOf(user)}`}
            title="Actions"
            className="inline-flex size-7 items-center justify-center rounded-md text-fg-muted hover:bg-surface-hover hover:text-fg [&_svg]:size-4"
            {...props}
          >
            <MoreHorizontal aria-hidden="true" />
          </button>
        )}
      />
    </div>
  );
}

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { MoreHorizontal, Repeat, Trash2 } from 'lucide-react';
import { packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { Menu, type MenuItem } from '@/shared/ui/menu';
import { StatusBadge } from '@/shared/ui/status-badge';
import { formatDate, formatDateTime } from '../lib/format';

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

interface TableContext {
  orgId: string;
  rows: readonly Subscriber[];
  selection: UsersTableProps['selection'];
  actions: UserRowActions;
}

/**
 * What the cells need beyond their row. The columns are module constants, so re-rendering
 * the table after a refetch keeps each cell mounted (a row's menu button keeps focus).
 */
const Context = createContext<TableContext>({ orgId: '', rows: [], selection: undefined, actions: {} });

function SelectPage() {
  const { rows, selection } = useContext(Context);
  if (!selection) return null;
  const allOnPage = rows.length > 0 && rows.every((r) => selection.selected.has(r.id));
  const someOnPage = rows.some((r) => selection.selected.has(r.id));
  return (
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
  );
}

function SelectRow({ user }: { user: Subscriber }) {
  const { selection } = useContext(Context);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      className="size-4 accent-brand"
      aria-label={`Select ${nameOf(user)}`}
      checked={selection.selected.has(user.id)}
      onChange={() => selection.toggle(user)}
    />
  );
}

function UserLink({ user }: { user: Subscriber }) {
  const { orgId } = useContext(Context);
  return (
    <Link
      to="/o/$orgId/users/$subscriberId"
      params={{ orgId, subscriberId: user.id }}
      className="font-medium whitespace-nowrap text-brand-text hover:underline"
    >
      {nameOf(user)}
    </Link>
  );
}

function CustomerLink({ user }: { user: Subscriber }) {
  const { orgId } = useContext(Context);
  if (!user.customerId) return <span className="text-fg-muted">—</span>;
  return (
    <Link
      to="/o/$orgId/customers/$customerId"
      params={{ orgId, customerId: user.customerId }}
      className="whitespace-nowrap text-fg hover:underline"
    >
      {user.externalCustomerId || 'Customer'}
    </Link>
  );
}

function Actions({ user }: { user: Subscriber }) {
  const { actions } = useContext(Context);
  if (!actions.onChangePackage && !actions.onRemove) return null;
  return <RowActions user={user} {...actions} />;
}

const selectColumn = col.display({
  id: 'select',
  header: () => <SelectPage />,
  cell: ({ row: { original } }) => <SelectRow user={original} />,
});

const dataColumns = [
  col.display({
    id: 'user',
    header: 'User',
    cell: ({ row: { original } }) => <UserLink user={original} />,
  }),
  col.display({
    id: 'customer',
    header: 'Customer',
    cell: ({ row: { original } }) => <CustomerLink user={original} />,
  }),
  col.display({
    id: 'package',
    header: 'Package',
    cell: ({ row: { original } }) =>
      original.packages.length > 0 ? (
        <span className="whitespace-nowrap">{original.packages.map(packageLabel).join(', ')}</span>
      ) : (
        <span className="text-fg-muted">None</span>
      ),
  }),
  col.display({
    id: 'status',
    header: 'Status',
    cell: ({ row: { original } }) => (
      <div className="flex flex-col items-start py-1">
        <StatusBadge kind="subscriber" value={original.status} />
        <span
          className="text-xs leading-4 whitespace-nowrap text-fg-muted"
          title={formatDateTime(original.lastStatusChange)}
        >
          since {formatDate(original.lastStatusChange)}
        </span>
      </div>
    ),
  }),
  col.display({
    id: 'created',
    header: 'Created',
    cell: ({ row: { original } }) => (
      <span className="whitespace-nowrap tabular-nums" title={formatDateTime(original.created)}>
        {formatDate(original.created)}
      </span>
    ),
  }),
];

const actionsColumn = col.display({
  id: 'actions',
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row: { original } }) => <Actions user={original} />,
});

const COLUMNS = {
  plain: col.columns(dataColumns),
  actions: col.columns([...dataColumns, actionsColumn]),
  selectable: col.columns([selectColumn, ...dataColumns, actionsColumn]),
};

/** The users of one page: e-mail (to the user's page), customer, package, status, created, actions. */
export function UsersTable(props: UsersTableProps) {
  const { orgId, rows, selection, onChangePackage, onRemove } = props;
  const context = useMemo(
    () => ({ orgId, rows, selection, actions: { onChangePackage, onRemove } }),
    [orgId, rows, selection, onChangePackage, onRemove],
  );
  const columns = selection ? COLUMNS.selectable : onChangePackage || onRemove ? COLUMNS.actions : COLUMNS.plain;
  return (
    <Context.Provider value={context}>
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
    </Context.Provider>
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

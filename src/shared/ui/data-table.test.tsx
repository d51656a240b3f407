import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTable, dataTableColumns } from './data-table';
import { EmptyState } from './empty-state';
import { Pagination } from './pagination';
import { StatusBadge } from './status-badge';

interface Row {
  id: string;
  name: string;
  status: string;
}

const col = dataTableColumns<Row>();
const columns = col.columns([
  col.accessor('name', { header: 'Customer' }),
  col.accessor('status', { header: 'Status', cell: (info) => <StatusBadge kind="customer" value={info.getValue()} /> }),
]);
const NONE: Row[] = [];
const ROWS: Row[] = [
  { id: 'c1', name: 'Acme', status: 'provisioned' },
  { id: 'c2', name: 'Globex', status: 'error' },
];

describe('DataTable', () => {
  it('renders a captioned table from column definitions, cells included', () => {
    render(<DataTable caption="Customers" columns={columns} data={ROWS} getRowId={(r) => r.id} empty={null} />);
    const table = screen.getByRole('table', { name: 'Customers' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Customer', 'Status']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Acme', 'Provisioned'],
      ['Globex', 'Error'],
    ]);
  });

  it('shows layout-matched skeleton rows while loading, and the given empty state when there are none', () => {
    const { rerender } = render(
      <DataTable
        caption="Customers"
        columns={columns}
        data={NONE}
        getRowId={(r) => r.id}
        loading
        skeletonRows={3}
        empty={null}
      />,
    );
    const table = screen.getByRole('table', { name: 'Customers' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    const skeletonRows = within(table).getAllByRole('row').slice(1);
    expect(skeletonRows).toHaveLength(3);
    expect(within(skeletonRows[0]!).getAllByRole('cell')).toHaveLength(2);

    rerender(
      <DataTable
        caption="Customers"
        columns={columns}
        data={NONE}
        getRowId={(r) => r.id}
        empty={<EmptyState variant="no-match" />}
      />,
    );
    expect(screen.getByText('No results match these filters')).toBeInTheDocument();
  });
});

function Pager({ hasNext }: { hasNext: boolean }) {
  const [page, setPage] = useState({ offset: 50, max: 25 });
  return (
    <>
      <Pagination {...page} count={25} hasNext={hasNext} onChange={setPage} noun="customers" />
      <output>{JSON.stringify(page)}</output>
    </>
  );
}

describe('Pagination', () => {
  it('moves by one page, resets to the first page on a new page size, and stops where the API says', async () => {
    const user = userEvent.setup();
    render(<Pager hasNext={false} />);
    expect(screen.getByText('Showing 51–75 customers')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('status')).toHaveTextContent('{"offset":25,"max":25}');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100');
    expect(screen.getByRole('status')).toHaveTextContent('{"offset":0,"max":100}');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });
});

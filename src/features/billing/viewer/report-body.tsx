import { useCallback, useMemo } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { EmptyState } from '@/shared/ui/empty-state';
import { visibleColumns } from '../lib/report-columns';
import { groupedReportCsv, reportViewBlob } from '../lib/report-export';
import { canGroupBy, groupReport } from '../lib/report-groups';
import { distinctValues, queryReport } from '../lib/report-model';
import type { ReportTable } from '../lib/report-table';
import { formatCount } from './format';
import { ReportGrid } from './report-grid';
import { ReportGroupTable } from './report-group-table';
import { ReportToolbar } from './report-toolbar';
import { useColumnLayout } from './use-column-layout';
import { nextSort, parseSort } from './view-query';
import type { ViewerGrouping } from './viewer-search';
import { saveFile } from '@/shared/lib/save-file';

const route = getRouteApi('/o/$orgId/billing/view/$reportId');

export interface ReportBodyProps {
  table: ReportTable;
  reportType: string;
  fileStem: string;
}

/** The table tab: toolbar, then the rows (virtualised) or the groups with their totals. URL holds the view. */
export function ReportBody({ table, reportType, fileStem }: ReportBodyProps) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [layout, setLayout] = useColumnLayout(reportType, table.columns);
  const columns = useMemo(() => visibleColumns(layout), [layout]);
  const sort = parseSort(search.sort, table.columns);
  const services = useMemo(() => distinctValues(table, 'SKU'), [table]);
  const serviceFilter = search.svc ?? '';
  const groupings = useMemo(
    () =>
      (
        [
          { value: 'none', label: 'No grouping' },
          { value: 'customer', label: 'Customer' },
          { value: 'service', label: 'Service (SKU)' },
          { value: 'location', label: 'Location' },
        ] as const
      ).map((g) => ({ ...g, disabled: g.value !== 'none' && !canGroupBy(table, g.value) })),
    [table],
  );
  const group: ViewerGrouping =
    search.group && groupings.some((g) => g.value === search.group && !g.disabled) ? search.group : 'none';

  const rows = useMemo(
    () =>
      queryReport(table, {
        filters: serviceFilter ? { SKU: serviceFilter.split(',') } : {},
        search: search.q,
        sort: sort ? [sort] : [],
      }),
    // `sort` is derived from the URL string; depend on the string.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, serviceFilter, search.q, search.sort],
  );
  const grouped = useMemo(() => (group === 'none' ? null : groupReport(table, group, rows)), [table, group, rows]);

  const update = useCallback(
    (patch: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true }),
    [navigate],
  );
  const onSearch = useCallback((q: string) => update({ q: q.trim() ? q : undefined }), [update]);

  function exportView() {
    const stamp = new Date().toISOString().slice(0, 10);
    if (grouped) {
      saveFile(
        new Blob([groupedReportCsv(grouped)], { type: 'text/csv;charset=utf-8' }),
        `${fileStem}-by-${grouped.by}-${stamp}.csv`,
      );
    } else saveFile(reportViewBlob(table, rows, columns), `${fileStem}-${stamp}.csv`);
  }

  const filtered = Boolean(search.q || serviceFilter);
  return (
    <>
      <ReportToolbar
        search={search.q ?? ''}
        onSearch={onSearch}
        group={group}
        groupings={groupings}
        onGroup={(g) => update({ group: g === 'none' ? undefined : g })}
        service={serviceFilter}
        services={services}
        onService={(sku) => update({ svc: sku || undefined })}
        layout={layout}
        onLayout={setLayout}
        onExport={exportView}
        exportDisabled={rows.length === 0}
      />
      <p className="mb-2 text-[13px] text-fg-muted" aria-live="polite">
        {filtered
          ? `${formatCount(rows.length)} of ${formatCount(table.rowCount)} rows match`
          : `${formatCount(table.rowCount)} rows`}
        {grouped ? `, in ${formatCount(grouped.groups.length)} groups` : ''}
      </p>
      {rows.length === 0 ? (
        <div className="rounded-md border border-line">
          {filtered ? (
            <EmptyState
              variant="no-match"
              description="No row matches this search and service. Clear them to see every row."
            />
          ) : (
            <EmptyState
              variant="empty"
              title="This report has no rows"
              description="Nothing was billed in its period."
            />
          )}
        </div>
      ) : grouped ? (
        <ReportGroupTable grouped={grouped} caption={`Report totals by ${group}`} />
      ) : (
        <ReportGrid
          table={table}
          rows={rows}
          columns={columns}
          sort={sort}
          onSort={(column) => update({ sort: nextSort(sort, column) })}
          caption="Report rows"
        />
      )}
    </>
  );
}

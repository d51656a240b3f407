import type { GroupedReport } from '../lib/report-groups';
import { formatCount, formatQuantity } from './format';

const HEADINGS = { customer: 'Customer', service: 'Service', location: 'Location' } as const;

/** One line per group with its totals, largest quantity first, and the grand total in the footer. */
export function ReportGroupTable({ grouped, caption }: { grouped: GroupedReport; caption: string }) {
  const withUsers = grouped.total.users !== null;
  const numeric = 'px-4 text-right tabular-nums';
  return (
    <div className="overflow-x-auto rounded-md border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted text-xs font-semibold tracking-wide text-fg-muted uppercase">
          <tr className="border-b border-line">
            <th scope="col" className="h-9 px-4 text-left">
              {HEADINGS[grouped.by]}
            </th>
            <th scope="col" className={numeric}>
              Rows
            </th>
            {withUsers ? (
              <th scope="col" className={numeric}>
                Users
              </th>
            ) : null}
            <th scope="col" className={numeric}>
              Quantity
            </th>
          </tr>
        </thead>
        <tbody>
          {grouped.groups.map((group) => (
            <tr key={group.key} className="border-b border-line hover:bg-surface-muted">
              <th scope="row" className="px-4 py-2 text-left font-normal">
                <span className="block font-medium text-fg">{group.label}</span>
                {group.secondary && group.secondary !== group.label ? (
                  <span className="block font-mono text-xs text-fg-muted">{group.secondary}</span>
                ) : null}
              </th>
              <td className={numeric}>{formatCount(group.rowCount)}</td>
              {withUsers ? <td className={numeric}>{formatCount(group.users ?? 0)}</td> : null}
              <td className={`${numeric} font-medium`}>{formatQuantity(group.quantity)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="bg-surface-muted font-semibold">
          <tr>
            <th scope="row" className="h-10 px-4 text-left">
              Total ({formatCount(grouped.groups.length)} {grouped.groups.length === 1 ? 'group' : 'groups'})
            </th>
            <td className={numeric}>{formatCount(grouped.total.rowCount)}</td>
            {withUsers ? <td className={numeric}>{formatCount(grouped.total.users ?? 0)}</td> : null}
            <td className={numeric}>{formatQuantity(grouped.total.quantity)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

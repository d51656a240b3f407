import clsx from 'clsx';
import type { GrowthRow } from '../lib/report-charts';
import { formatQuantity } from './format';

const signed = (n: number) => (n > 0 ? `+${formatQuantity(n)}` : formatQuantity(n));

/** Previous, current, change and % change per service or customer, largest change first. */
export function GrowthTable({
  rows,
  heading,
  caption,
}: {
  rows: readonly GrowthRow[];
  heading: string;
  caption: string;
}) {
  const numeric = 'px-4 text-right tabular-nums whitespace-nowrap';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
          <tr className="border-b border-line">
            <th scope="col" className="h-9 px-4 text-left">
              {heading}
            </th>
            <th scope="col" className={numeric}>
              Earlier
            </th>
            <th scope="col" className={numeric}>
              Later
            </th>
            <th scope="col" className={numeric}>
              Change
            </th>
            <th scope="col" className={numeric}>
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-2 text-left font-medium text-fg">
                {row.label}
              </th>
              <td className={numeric}>{formatQuantity(row.previous)}</td>
              <td className={numeric}>{formatQuantity(row.current)}</td>
              <td
                className={clsx(
                  numeric,
                  'font-medium',
                  row.change > 0 ? 'text-success-soft-fg' : row.change < 0 ? 'text-danger' : 'text-fg-muted',
                )}
              >
                {signed(row.change)}
              </td>
              <td className={clsx(numeric, 'text-fg-muted')}>
                {row.changePercent === null ? 'new' : `${row.changePercent > 0 ? '+' : ''}${row.changePercent}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

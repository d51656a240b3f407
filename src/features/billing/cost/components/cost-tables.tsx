import { Fragment } from 'react';
import { decodeId } from '@contract/ids';
import { CUSTOMER_PACKAGES, PACKAGE_INFO } from '@contract/packages';
import { formatMoney } from '../../lib/money';
import type { CostSummary, CostTotals, CustomerCost } from '../../lib/cost-summary';

const SKU_LABELS = new Map(CUSTOMER_PACKAGES.map((p) => [PACKAGE_INFO[p].billingSku, PACKAGE_INFO[p].label]));

/** Every encoded org ID starts alike (base64 of `ciscospark://us/ORGANIZATION/`): its UUID tells them apart. */
function shortOrgId(id: string): string {
  const uuid = decodeId(id)?.uuid;
  return uuid ? `Org ${uuid.slice(0, 8)}…` : id;
}

const money = (summary: CostSummary) => (minor: bigint) => formatMoney(minor, summary.currency);

function customerName(customer: CustomerCost): string {
  if (customer.customerExternalId) return customer.customerExternalId;
  if (customer.customerOrgId) return customer.customerOrgId;
  return 'All customers';
}

export function CostTotalsCards({ summary }: { summary: CostSummary }) {
  const m = money(summary);
  const t = summary.totals;
  const cards: { label: string; value: string; note?: string }[] = [
    { label: 'Cost (Cisco)', value: m(t.cost), note: 'Quantity × transfer price' },
    { label: 'Revenue', value: m(t.revenue), note: 'Quantity × resale price, before tax' },
    { label: 'Margin', value: m(t.margin), note: t.marginPercent ? `${t.marginPercent} % of revenue` : 'No revenue' },
    { label: `Tax (${summary.taxRatePercent} %)`, value: m(t.tax), note: 'On revenue, per customer' },
    { label: 'Total after tax', value: m(t.totalAfterTax), note: 'What your customers pay' },
  ];
  return (
    <dl aria-label="Totals" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {cards.map((card) => (
        <div key={card.label} className="rounded-lg border border-line bg-surface px-4 py-3 shadow-xs">
          <dt className="text-xs font-medium text-fg-muted">{card.label}</dt>
          <dd className="mt-1 text-lg font-semibold text-fg tabular-nums">{card.value}</dd>
          {card.note ? <dd className="text-xs text-fg-muted">{card.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

const num = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';

function TotalsCells({ totals, m }: { totals: CostTotals; m: (minor: bigint) => string }) {
  return (
    <>
      <td className={num}>{m(totals.cost)}</td>
      <td className={num}>{m(totals.revenue)}</td>
      <td className={num}>{m(totals.margin)}</td>
      <td className={num}>{totals.marginPercent ? `${totals.marginPercent} %` : '—'}</td>
      <td className={num}>{m(totals.tax)}</td>
      <td className={num}>{m(totals.totalAfterTax)}</td>
    </>
  );
}

/** Per customer a subtotal row, then its SKU lines; the grand total last. */
export function CostTable({ summary }: { summary: CostSummary }) {
  const m = money(summary);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface shadow-xs">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Cost, revenue, margin and tax per customer, in {summary.currency}</caption>
        <thead>
          <tr className="border-b border-line text-xs font-semibold tracking-wide text-fg-muted uppercase">
            <th scope="col" className="px-4 py-2.5">
              Customer / SKU
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              User-days
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              Cost
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              Revenue
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              Margin
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              Margin %
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              Tax
            </th>
            <th scope="col" className="px-3 py-2.5 text-right">
              After tax
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.customers.map((customer) => (
            <Fragment key={customer.key}>
              <tr className="border-t border-line bg-surface-muted font-medium text-fg">
                <th scope="row" className="px-4 py-2 text-left">
                  {customerName(customer)}
                  {customer.customerExternalId && customer.customerOrgId ? (
                    <span title={customer.customerOrgId} className="block font-mono text-xs font-normal text-fg-muted">
                      {shortOrgId(customer.customerOrgId)}
                    </span>
                  ) : null}
                </th>
                <td className={num} />
                <TotalsCells totals={customer} m={m} />
              </tr>
              {customer.lines.map((line) => (
                <tr key={line.sku} className="border-t border-line text-fg-muted">
                  <th scope="row" className="py-1.5 pr-3 pl-8 text-left font-normal">
                    {SKU_LABELS.get(line.sku) ?? line.sku}
                    <span className="ml-2 font-mono text-xs">{line.sku}</span>
                    {line.priced ? null : <span className="ml-2 font-sans text-warning-soft-fg">no price</span>}
                  </th>
                  <td className={num}>{line.quantity}</td>
                  <td className={num}>{m(line.cost)}</td>
                  <td className={num}>{m(line.revenue)}</td>
                  <td className={num}>{m(line.margin)}</td>
                  <td className={num} colSpan={3} />
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-line-strong font-semibold text-fg">
            <th scope="row" className="px-4 py-2.5 text-left">
              Total
            </th>
            <td className={num} />
            <TotalsCells totals={summary.totals} m={m} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

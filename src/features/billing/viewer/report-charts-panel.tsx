import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { perUserQuantityHistogram, quantityByService, topCustomers } from '../lib/report-charts';
import { canGroupBy } from '../lib/report-groups';
import type { ReportTable } from '../lib/report-table';
import { formatCount, formatQuantity } from './format';

/** Recharts reads colours as SVG attributes: CSS variables keep the light and dark tokens. */
const AXIS = { fontSize: 12, fill: 'var(--color-fg-muted)' };
const BAR = 'var(--color-chart-1)';
const tooltipStyle = {
  contentStyle: {
    background: 'var(--color-surface)',
    border: '1px solid var(--color-line)',
    borderRadius: 6,
    color: 'var(--color-fg)',
    fontSize: 13,
  },
  cursor: { fill: 'var(--color-surface-hover)' },
};

function ChartCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} description={description} />
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** Labelled quantities as horizontal bars, one row per label; `label` says them all in words. */
function QuantityBars({ data, label }: { data: { label: string; quantity: number }[]; label: string }) {
  return (
    <div style={{ height: Math.max(160, data.length * 32 + 40) }} role="img" aria-label={label}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="var(--color-line)" />
          <XAxis type="number" tick={AXIS} stroke="var(--color-line)" />
          <YAxis type="category" dataKey="label" width={170} tick={AXIS} stroke="var(--color-line)" />
          <Tooltip {...tooltipStyle} formatter={(v) => formatQuantity(Number(v))} />
          <Bar
            dataKey="quantity"
            name="Quantity"
            fill={BAR}
            radius={[0, 4, 4, 0]}
            maxBarSize={28}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Charts of the loaded rows (lazy: recharts loads only when the tab opens). */
export function ReportChartsPanel({ table, complete }: { table: ReportTable; complete: boolean }) {
  const services = useMemo(() => quantityByService(table), [table]);
  const customers = useMemo(() => (canGroupBy(table, 'customer') ? topCustomers(table, 10) : null), [table]);
  const histogram = useMemo(() => perUserQuantityHistogram(table), [table]);
  const suffix = complete ? '' : ' (rows loaded so far)';

  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <ChartCard id="chart-services" title="Quantity by service" description={`Summed over every row${suffix}.`}>
        <QuantityBars
          data={services}
          label={`Quantity by service: ${services.map((s) => `${s.label} ${formatQuantity(s.quantity)}`).join(', ')}`}
        />
      </ChartCard>
      {customers ? (
        <ChartCard
          id="chart-customers"
          title="Top customers by quantity"
          description={
            customers.others.customers > 0
              ? `The 10 largest; ${formatCount(customers.others.customers)} more add up to ${formatQuantity(customers.others.quantity)}${suffix}.`
              : `Every customer${suffix}.`
          }
        >
          <QuantityBars
            data={customers.top}
            label={`Top customers: ${customers.top.map((c) => `${c.label} ${formatQuantity(c.quantity)}`).join(', ')}`}
          />
        </ChartCard>
      ) : null}
      {histogram.length > 0 ? (
        <ChartCard
          id="chart-distribution"
          title="Distribution of quantities per user"
          description={`How many users (and workspaces) fall in each range of total quantity${suffix}.`}
        >
          <div
            className="h-72"
            role="img"
            aria-label={`Users per quantity range: ${histogram.map((b) => `${b.label}: ${b.users}`).join(', ')}`}
          >
            <ResponsiveContainer>
              <BarChart data={histogram} margin={{ left: 0, right: 16 }}>
                <CartesianGrid vertical={false} stroke="var(--color-line)" />
                <XAxis dataKey="label" tick={AXIS} stroke="var(--color-line)" />
                <YAxis allowDecimals={false} tick={AXIS} stroke="var(--color-line)" />
                <Tooltip {...tooltipStyle} />
                <Bar
                  dataKey="users"
                  name="Users"
                  fill={BAR}
                  radius={[4, 4, 0, 0]}
                  maxBarSize={48}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </ChartCard>
      ) : null}
    </div>
  );
}

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GrowthRow } from '../lib/report-charts';
import { formatQuantity } from './format';

const AXIS = { fontSize: 12, fill: 'var(--color-fg-muted)' };

/** Earlier and later quantity side by side per service (lazy: recharts loads with it). */
export function GrowthChart({
  rows,
  earlierLabel,
  laterLabel,
}: {
  rows: readonly GrowthRow[];
  earlierLabel: string;
  laterLabel: string;
}) {
  return (
    <div
      className="h-72"
      role="img"
      aria-label={`Quantity by service, ${earlierLabel} against ${laterLabel}: ${rows.map((r) => `${r.label} ${formatQuantity(r.previous)} to ${formatQuantity(r.current)}`).join(', ')}`}
    >
      <ResponsiveContainer>
        <BarChart data={[...rows]} margin={{ left: 0, right: 16 }}>
          <CartesianGrid vertical={false} stroke="var(--color-line)" />
          <XAxis dataKey="label" tick={AXIS} stroke="var(--color-line)" interval={0} />
          <YAxis tick={AXIS} stroke="var(--color-line)" />
          <Tooltip
            formatter={(v) => formatQuantity(Number(v))}
            contentStyle={{
              background: 'var(--color-surface)',
              border: '1px solid var(--color-line)',
              borderRadius: 6,
              color: 'var(--color-fg)',
              fontSize: 13,
            }}
            cursor={{ fill: 'var(--color-surface-hover)' }}
          />
          <Legend wrapperStyle={{ fontSize: 13, color: 'var(--color-fg-muted)' }} />
          <Bar
            dataKey="previous"
            name={earlierLabel}
            fill="var(--color-chart-4)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="current"
            name={laterLabel}
            fill="var(--color-chart-1)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

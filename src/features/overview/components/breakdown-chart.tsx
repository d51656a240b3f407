import { Bar, BarChart, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownRow } from './breakdown';

// Loaded lazily: recharts is the heaviest dependency and only the overview draws charts.

const tooltipStyle = {
  background: 'var(--color-surface)',
  border: '1px solid var(--color-line)',
  borderRadius: 8,
  color: 'var(--color-fg)',
  fontSize: 13,
};

export function BarBreakdownChart({ rows }: { rows: readonly BreakdownRow[] }) {
  // Wide enough for the longest label at 12px, within reason.
  const labelWidth = Math.min(180, Math.max(72, Math.max(...rows.map((r) => r.label.length)) * 6.8));
  return (
    <ResponsiveContainer width="100%" height={Math.max(96, rows.length * 34 + 16)}>
      {/* accessibilityLayer off: the figures are in the list beside the chart, which is hidden from assistive tech. */}
      <BarChart
        data={[...rows]}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 24, bottom: 4, left: 0 }}
      >
        <XAxis type="number" allowDecimals={false} hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={false}
          tick={{ fill: 'var(--color-fg-muted)', fontSize: 12 }}
        />
        <Tooltip
          cursor={{ fill: 'var(--color-surface-hover)' }}
          contentStyle={tooltipStyle}
          itemStyle={{ color: 'var(--color-fg)' }}
        />
        <Bar dataKey="value" name="Count" radius={[0, 4, 4, 0]} barSize={18} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.key} fill={row.color} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function DonutBreakdownChart({ rows }: { rows: readonly BreakdownRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={176}>
      <PieChart accessibilityLayer={false}>
        <Pie
          data={[...rows]}
          dataKey="value"
          nameKey="label"
          innerRadius={58}
          outerRadius={84}
          paddingAngle={rows.length > 1 ? 2 : 0}
          // A lone slice gets no seam where the ring closes.
          stroke={rows.length > 1 ? 'var(--color-surface)' : 'none'}
          isAnimationActive={false}
          rootTabIndex={-1}
        >
          {rows.map((row) => (
            <Cell key={row.key} fill={row.color} />
          ))}
        </Pie>
      </PieChart>
    </ResponsiveContainer>
  );
}

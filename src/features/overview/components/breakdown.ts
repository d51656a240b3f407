import { packageLabel } from '@contract/packages';
import { knownStatuses, statusStyle, type StatusKind } from '@/shared/lib/statuses';
import type { BadgeTone } from '@/shared/ui/badge';
import type { Tally } from '../api/overview-counts';

export interface BreakdownRow {
  key: string;
  label: string;
  value: number;
  /** A CSS colour (theme variable), so charts follow light and dark mode. */
  color: string;
}

const TONE_COLORS: Record<BadgeTone, string> = {
  success: 'var(--color-chart-2)',
  info: 'var(--color-chart-1)',
  brand: 'var(--color-chart-1)',
  warning: 'var(--color-chart-3)',
  danger: 'var(--color-danger)',
  neutral: 'var(--color-fg-subtle)',
};

const SERIES = [1, 2, 3, 4, 5, 6].map((n) => `var(--color-chart-${n})`);

/** Statuses in their lifecycle order, then any value the API added since (shown as-is). */
export function statusBreakdown(kind: StatusKind, tally: Tally): BreakdownRow[] {
  const known = knownStatuses(kind);
  const keys = [
    ...known.filter((k) => k in tally.counts),
    ...Object.keys(tally.counts)
      .filter((k) => !known.includes(k))
      .sort(),
  ];
  return keys.map((key) => {
    const style = statusStyle(kind, key);
    return { key, label: style.label, value: tally.counts[key] ?? 0, color: TONE_COLORS[style.tone] };
  });
}

export type BreakdownKind = 'customer-status' | 'sub-partner-state' | 'package';

export function breakdownRows(kind: BreakdownKind, tally: Tally): BreakdownRow[] {
  if (kind === 'package') return packageBreakdown(tally);
  return statusBreakdown(kind === 'customer-status' ? 'customer' : 'sub-partner', tally);
}

/** Packages by count, largest first. */
export function packageBreakdown(tally: Tally): BreakdownRow[] {
  return Object.entries(tally.counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, value], i) => ({
      key,
      label: packageLabel(key),
      value,
      color: SERIES[i % SERIES.length] ?? 'currentColor',
    }));
}

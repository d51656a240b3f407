import { statusStyle, type StatusKind } from '../lib/statuses';
import { Badge } from './badge';

export interface StatusBadgeProps {
  kind: StatusKind;
  /** The raw API value; an unknown one is shown as-is in neutral. */
  value: string | null | undefined;
}

export function StatusBadge({ kind, value }: StatusBadgeProps) {
  if (!value) return <Badge tone="neutral">Unknown</Badge>;
  const { label, tone } = statusStyle(kind, value);
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}

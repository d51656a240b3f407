import { Badge } from '@/shared/ui/badge';
import { EmptyState } from '@/shared/ui/empty-state';
import type { DriftItem, DriftKind, DriftReport } from '../lib/drift';
import { formatCount } from './format';

const KINDS: Record<DriftKind, { label: string; tone: 'danger' | 'warning' | 'info'; explain: string }> = {
  billedNotAssigned: {
    label: 'Billed, not assigned',
    tone: 'danger',
    explain: 'In the report, but no subscriber holds these packages now.',
  },
  assignedNotBilled: {
    label: 'Assigned, not billed',
    tone: 'warning',
    explain: 'Holds packages now, but the report does not bill them.',
  },
  packageMismatch: {
    label: 'Different packages',
    tone: 'info',
    explain: 'Billed for other packages than the ones assigned now.',
  },
};

export function DriftSummary({ drift }: { drift: DriftReport }) {
  const tiles: { label: string; value: number; hint: string }[] = [
    ...(Object.keys(KINDS) as DriftKind[]).map((kind) => ({
      label: KINDS[kind].label,
      value: drift.counts[kind],
      hint: KINDS[kind].explain,
    })),
    {
      label: 'Billed as assigned',
      value: drift.matched,
      hint: 'Subscribers whose billed and assigned packages agree.',
    },
  ];
  return (
    <div className="mb-4">
      <p className="mb-3 text-[13px] text-fg-muted">
        Snapshot of {drift.snapshotDate ?? 'an unknown date'}
        {drift.workspaceRows > 0
          ? ` · ${formatCount(drift.workspaceRows)} workspace rows left out (workspaces are not subscribers)`
          : ''}
      </p>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-md border border-line bg-surface px-4 py-3">
            <dt className="text-[13px] text-fg-muted">{tile.label}</dt>
            <dd className="text-2xl font-semibold text-fg tabular-nums">{formatCount(tile.value)}</dd>
            <dd className="text-xs text-fg-muted">{tile.hint}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function who(item: DriftItem): { primary: string; secondary: string } {
  // A billed row carries no e-mail: the subscriber ID and the customer are what the report has.
  if (item.kind === 'billedNotAssigned')
    return {
      primary: item.subscriberId || item.userId,
      secondary: `Customer ${item.customerExternalId || item.customerOrgId}`,
    };
  return { primary: item.email, secondary: item.subscriberId };
}

function skus(item: DriftItem): { billed: string; assigned: string } {
  if (item.kind === 'billedNotAssigned') return { billed: item.billedSkus.join(', '), assigned: '—' };
  if (item.kind === 'assignedNotBilled') return { billed: '—', assigned: item.assignedSkus.join(', ') };
  return { billed: item.billedSkus.join(', '), assigned: item.assignedSkus.join(', ') };
}

/** Each difference, worst first (billed but gone, then unbilled, then mismatches). */
export function DriftTable({ drift }: { drift: DriftReport }) {
  if (drift.items.length === 0)
    return (
      <div className="rounded-md border border-line">
        <EmptyState
          variant="empty"
          title="No drift"
          description="Every subscriber is billed exactly for the packages assigned now."
        />
      </div>
    );
  const order: DriftKind[] = ['billedNotAssigned', 'assignedNotBilled', 'packageMismatch'];
  const items = [...drift.items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const cell = 'px-4 py-2 align-top';
  return (
    <div className="overflow-x-auto rounded-md border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Differences between the snapshot and the live subscriber list</caption>
        <thead className="bg-surface-muted text-left text-xs font-semibold tracking-wide whitespace-nowrap text-fg-muted uppercase">
          <tr className="border-b border-line">
            <th scope="col" className="h-9 px-4">
              Difference
            </th>
            <th scope="col" className="px-4">
              Subscriber
            </th>
            <th scope="col" className="px-4">
              Billed
            </th>
            <th scope="col" className="px-4">
              Assigned now
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const person = who(item);
            const packages = skus(item);
            return (
              <tr key={`${item.kind}-${item.subscriberId}-${i}`} className="border-b border-line last:border-0">
                <td className={cell}>
                  <Badge tone={KINDS[item.kind].tone}>{KINDS[item.kind].label}</Badge>
                  {item.kind === 'assignedNotBilled' && item.createdSinceSnapshot ? (
                    <span className="mt-1 block text-xs text-fg-muted">Added after the snapshot: expected</span>
                  ) : null}
                </td>
                <td className={cell}>
                  <span className="block font-mono text-xs break-all text-fg">{person.primary || '—'}</span>
                  <span className="block text-xs break-all text-fg-muted">{person.secondary}</span>
                </td>
                <td className={`${cell} font-mono text-xs`}>{packages.billed}</td>
                <td className={`${cell} font-mono text-xs`}>{packages.assigned}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

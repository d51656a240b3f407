import { useEffect, useState } from 'react';
import { SegmentedProgress } from '@/shared/ui/segmented-progress';
import type { RunnerProgress } from '../lib/provisioning-state';

function useSecondsUntil(until: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? null : Math.max(0, Math.ceil((until - now) / 1000));
}

export function runStatusText(progress: RunnerProgress, waitSeconds: number | null, consent = 0): string {
  const left = progress.pending + progress.running;
  if (waitSeconds !== null && waitSeconds > 0 && !progress.paused)
    return `Webex asked us to slow down: continuing in ${waitSeconds} s.`;
  if (progress.idle && left === 0)
    return progress.failed > 0
      ? `Finished: ${progress.done} created, ${progress.failed} failed. Fix or retry the failed users.`
      : `Finished: all ${progress.done} users created${consent > 0 ? `, ${consent} of them waiting for consent` : ''}.`;
  if (progress.paused)
    return progress.running > 0
      ? `Pausing: waiting for ${progress.running} request(s) in flight.`
      : `Paused with ${progress.pending} user(s) not sent yet.`;
  return `Creating users: ${progress.running} in flight.`;
}

/** Done / failed / in flight / pending as one bar, with the counts beside it. */
/** `consent`: users created but waiting for their consent (pending_user_migration). */
export function RunProgress({ progress, consent }: { progress: RunnerProgress; consent: number }) {
  const waitSeconds = useSecondsUntil(progress.waitingUntil);
  const finished = progress.done + progress.failed;
  const legend = [
    { label: 'Created', value: progress.done - consent, swatch: 'bg-success-soft-fg' },
    ...(consent > 0 ? [{ label: 'Waiting for consent', value: consent, swatch: 'bg-warning-soft-fg' }] : []),
    { label: 'Failed', value: progress.failed, swatch: 'bg-danger' },
    { label: 'In flight', value: progress.running, swatch: 'bg-brand' },
    { label: 'Pending', value: progress.pending, swatch: 'bg-line-strong' },
  ];
  return (
    <div className="flex flex-col gap-2">
      <SegmentedProgress
        label="Users processed"
        total={progress.total}
        finished={finished}
        valueText={`${finished} of ${progress.total} processed: ${progress.done} created${consent > 0 ? ` (${consent} waiting for consent)` : ''}, ${progress.failed} failed, ${progress.pending + progress.running} pending`}
        segments={[
          { value: progress.done - consent, tone: 'bg-success-soft-fg' },
          { value: consent, tone: 'bg-warning-soft-fg' },
          { value: progress.failed, tone: 'bg-danger' },
          { value: progress.running, tone: 'bg-brand' },
        ]}
      />
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 text-[13px]">
        <p role="status" className="font-medium text-fg">
          {runStatusText(progress, waitSeconds, consent)}
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-fg-muted" aria-label="Counts">
          {legend.map((item) => (
            <li key={item.label} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`size-2.5 rounded-full ${item.swatch}`} />
              {item.label} <span className="font-semibold text-fg tabular-nums">{item.value.toLocaleString()}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

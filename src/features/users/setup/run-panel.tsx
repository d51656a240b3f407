import { useState } from 'react';
import { Download, Pause, Play, RotateCcw } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { Checkbox } from '@/shared/ui/checkbox';
import type { LiveRun } from '../lib/run-registry';
import { RUN_ERROR_FILENAME, runErrorCsv } from '../lib/run-error-file';
import { describeRowFailure } from './describe-failure';
import { RunProgress } from './run-progress';
import { RunRows } from './run-rows';
import { useRunSnapshot } from './use-run';
import { saveFile } from '@/shared/lib/save-file';

function startedText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A provisioning run: live progress, pause/resume, retry of the failed rows only, the
 * failed rows as a file, and every row's status. `finish` starts over (another pass, or
 * another file) once nothing is left to send.
 */
export function RunPanel({ run, finish }: { run: LiveRun; finish: { label: string; onClick: () => void } }) {
  const { progress, rows } = useRunSnapshot(run.runner);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const left = progress.pending + progress.running;
  const interrupted = progress.paused && progress.pending > 0 && progress.running === 0;
  const waiting = rows.filter((r) => r.result?.status === 'pending_user_migration').length;
  const shown = problemsOnly
    ? rows.filter((r) => r.status === 'failed' || r.result?.status === 'pending_user_migration')
    : rows;
  return (
    <Card aria-labelledby="run-title">
      <CardHeader
        id="run-title"
        title={`Creating ${progress.total.toLocaleString()} user${progress.total === 1 ? '' : 's'}`}
        description={`${run.meta.source}, started ${startedText(run.meta.startedAt)}. You can leave this page: the run continues, and its result is here when you come back.`}
      />
      <CardContent className="flex flex-col gap-4">
        <RunProgress progress={progress} consent={waiting} />
        {interrupted ? (
          <div role="note" className="rounded-md bg-warning-soft px-3 py-2 text-[13px] text-warning-soft-fg">
            {progress.pending.toLocaleString()} user(s) were not sent yet
            {rows.some((r) => r.needsVerify) ? ' (interrupted requests are looked up first, never sent twice)' : ''}.
            Resume to continue.
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {left > 0 && !progress.paused ? (
            <Button icon={<Pause />} onClick={() => run.runner.pause()}>
              Pause
            </Button>
          ) : null}
          {progress.paused && progress.pending > 0 ? (
            <Button variant="primary" icon={<Play />} onClick={() => void run.runner.resume()}>
              Resume
            </Button>
          ) : null}
          {progress.failed > 0 ? (
            <Button
              variant={left === 0 ? 'primary' : 'secondary'}
              icon={<RotateCcw />}
              onClick={() => void run.runner.retryFailed()}
            >
              Retry {progress.failed.toLocaleString()} failed
            </Button>
          ) : null}
          {progress.failed > 0 ? (
            <Button
              icon={<Download />}
              onClick={() =>
                saveFile(
                  runErrorCsv(rows, (row) => {
                    const d = row.error ? describeRowFailure(row.error) : null;
                    return d ? `${d.code ? `${d.code} ` : ''}${d.title}: ${d.detail}` : '';
                  }),
                  RUN_ERROR_FILENAME,
                )
              }
            >
              Download failed rows
            </Button>
          ) : null}
          {progress.idle && left === 0 ? (
            <Button variant={progress.failed > 0 ? 'subtle' : 'primary'} onClick={finish.onClick}>
              {finish.label}
            </Button>
          ) : null}
        </div>
        {progress.failed > 0 || waiting > 0 ? (
          <Checkbox
            label={`Show only users that need attention (${(progress.failed + waiting).toLocaleString()})`}
            checked={problemsOnly}
            onChange={(event) => setProblemsOnly(event.target.checked)}
          />
        ) : null}
        <RunRows rows={shown} caption="Users of this run" />
      </CardContent>
    </Card>
  );
}

import { useRef, useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { UserPlus } from 'lucide-react';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card, CardContent } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import type { ImportResult } from '../lib/import-validator';
import { parseImportFile } from '../workers/parse-import';
import type { ImportParseProgress } from '../workers/import-parser-protocol';
import { RunPanel } from '../setup/run-panel';
import { SetupSkeleton } from '../setup/setup-skeleton';
import { useRun } from '../setup/use-run';
import { useSetupContext } from '../setup/use-setup-context';
import { ImportColumnsDoc } from './import-columns-doc';
import { ImportPreview } from './import-preview';
import { UploadZone } from './upload-zone';

const route = getRouteApi('/o/$orgId/customers/$customerId/import');

type Stage =
  | { kind: 'choose'; error?: unknown }
  | { kind: 'reading'; fileName: string; progress: ImportParseProgress | null }
  | { kind: 'preview'; fileName: string; result: ImportResult };

/** Bulk import: upload, check every row in a worker, preview the problems, then run like the wizard. */
export function UserImportPage() {
  const { customerId } = route.useParams();
  const org = useActingOrg();
  const setup = useSetupContext(customerId);
  const run = useRun(org.id, customerId, 'import');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [starting, setStarting] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  async function read(file: File) {
    if (!setup.context) return;
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setStage({ kind: 'reading', fileName: file.name, progress: null });
    try {
      const result = await parseImportFile(file, setup.context, {
        signal: controller.signal,
        onProgress: (progress) => setStage({ kind: 'reading', fileName: file.name, progress }),
      });
      setStage({ kind: 'preview', fileName: file.name, result });
    } catch (error) {
      if (!controller.signal.aborted) setStage({ kind: 'choose', error });
    }
  }

  async function create(fileName: string, result: ImportResult) {
    setStarting(true);
    const users = result.rows.flatMap((row) =>
      row.user ? [{ key: `row-${row.row}`, input: { ...row.user, row: row.row } }] : [],
    );
    await run.start(`${users.length.toLocaleString()} user(s) from ${fileName}`, users);
    setStarting(false);
    setStage({ kind: 'choose' });
  }

  const main = setup.locations.data?.find((l) => l.isHeadquarters)?.name;
  return (
    <>
      <PageHeader
        title={`Import users into ${setup.name}`}
        description="Create up to 20,000 users from a CSV file. Each user’s package is billed from the day it is assigned."
        actions={
          <Link
            to="/o/$orgId/customers/$customerId/setup"
            params={{ orgId: org.id, customerId }}
            className={buttonClasses('secondary')}
          >
            <UserPlus aria-hidden="true" />
            Set up in the wizard
          </Link>
        }
      />
      {run.loading || (setup.pending && !run.run) ? (
        <SetupSkeleton />
      ) : run.run ? (
        <RunPanel run={run.run} finish={{ label: 'Import another file', onClick: () => void run.close() }} />
      ) : setup.error || !setup.context ? (
        <ErrorState error={setup.error} title="Could not load the customer" onRetry={setup.retry} />
      ) : (
        <Card>
          <CardContent className="flex flex-col gap-6 py-5">
            {stage.kind === 'preview' ? (
              <ImportPreview
                customerId={customerId}
                fileName={stage.fileName}
                result={stage.result}
                starting={starting}
                onReset={() => setStage({ kind: 'choose' })}
                onCreate={(checked) => void create(stage.fileName, checked)}
              />
            ) : stage.kind === 'reading' ? (
              <div role="status" className="flex flex-col items-center gap-3 py-10 text-center">
                <p className="text-sm font-medium text-fg">Checking {stage.fileName}…</p>
                <p className="text-[13px] text-fg-muted tabular-nums">
                  {stage.progress
                    ? `${Math.max(0, stage.progress.rowsRead - 1).toLocaleString()} rows read (${Math.round((stage.progress.bytesRead / Math.max(1, stage.progress.totalBytes)) * 100)}%)`
                    : 'Starting…'}
                </p>
                <Button
                  variant="subtle"
                  onClick={() => {
                    abortRef.current?.abort();
                    setStage({ kind: 'choose' });
                  }}
                >
                  Cancel
                </Button>
              </div>
            ) : (
              <>
                {stage.error ? <ErrorState compact error={stage.error} title="The file could not be checked" /> : null}
                <UploadZone onFile={(file) => void read(file)} />
                <ImportColumnsDoc locationName={main} />
              </>
            )}
          </CardContent>
        </Card>
      )}
    </>
  );
}

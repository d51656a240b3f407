import { useMemo, useState } from 'react';
import { AlertTriangle, Download, Play } from 'lucide-react';
import { PACKAGE_INFO, type SubscriberPackage } from '@contract/packages';
import { Button } from '@/shared/ui/button';
import { Checkbox } from '@/shared/ui/checkbox';
import { IMPORT_COLUMNS, matchImportColumn, type ImportColumn } from '../lib/import-columns';
import type { ImportError, ImportResult } from '../lib/import-validator';
import { IMPORT_ERROR_FILENAME, importErrorCsv } from '../lib/error-file';
import { NumberCheckBar } from './number-check-bar';
import { PreviewTable } from './preview-table';
import { useImportCheck } from './use-import-check';
import { saveFile } from '@/shared/lib/save-file';

function Stat({ label, value, tone }: { label: string; value: number; tone?: 'danger' | 'success' }) {
  return (
    <div className="rounded-md border border-line px-3 py-2">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd
        className={`text-lg font-semibold tabular-nums ${tone === 'danger' ? 'text-danger' : tone === 'success' ? 'text-success-soft-fg' : 'text-fg'}`}
      >
        {value.toLocaleString()}
      </dd>
    </div>
  );
}

/** What the file holds and every problem in it, before anything is sent. */
export function ImportPreview({
  customerId,
  fileName,
  result: parsed,
  onCreate,
  onReset,
  starting,
}: {
  customerId: string;
  fileName: string;
  result: ImportResult;
  /** Gets the result with Webex's refusals folded in (those rows are left out). */
  onCreate: (result: ImportResult) => void;
  onReset: () => void;
  starting: boolean;
}) {
  const check = useImportCheck(customerId, parsed);
  const { result } = check;
  const [errorsOnly, setErrorsOnly] = useState(parsed.summary.invalidRows > 0);
  const { summary } = result;
  const positions = useMemo(() => {
    const found = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, -1])) as Record<ImportColumn, number>;
    result.header.forEach((cell, index) => {
      const column = matchImportColumn(cell.trim());
      if (column && found[column] === -1) found[column] = index;
    });
    return found;
  }, [result.header]);
  const { errorsByRow, fileErrors } = useMemo(() => {
    const byRow = new Map<number, ImportError[]>();
    const file: ImportError[] = [];
    for (const error of result.errors) {
      if (error.column === null || error.row === 1) file.push(error);
      else byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
    }
    return { errorsByRow: byRow, fileErrors: file };
  }, [result.errors]);
  const rows = useMemo(
    () => (errorsOnly ? result.rows.filter((r) => errorsByRow.has(r.row)) : result.rows),
    [errorsOnly, result.rows, errorsByRow],
  );
  const packages = Object.entries(summary.packages) as [SubscriberPackage, number][];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-fg">Check {fileName}</h2>
          <p className="text-[13px] text-fg-muted">
            Nothing has been sent yet.{' '}
            {packages.length > 0
              ? `Valid rows: ${packages.map(([p, n]) => `${n.toLocaleString()} × ${PACKAGE_INFO[p].label}`).join(', ')}.`
              : ''}
          </p>
        </div>
        <Button variant="subtle" onClick={onReset}>
          Choose another file
        </Button>
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="Rows" value={summary.totalRows} />
        <Stat label="Ready to create" value={summary.validRows} tone="success" />
        <Stat
          label="Rows with problems"
          value={summary.invalidRows}
          tone={summary.invalidRows > 0 ? 'danger' : undefined}
        />
        <Stat label="Problems" value={summary.errorCount} tone={summary.errorCount > 0 ? 'danger' : undefined} />
      </dl>
      {fileErrors.length === 0 ? (
        <NumberCheckBar
          candidates={check.candidates}
          progress={check.progress}
          summary={check.summary}
          onCheck={check.run}
        />
      ) : null}
      {fileErrors.length > 0 ? (
        <div role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger-soft-fg">
          <p className="flex items-center gap-2 font-semibold">
            <AlertTriangle aria-hidden="true" className="size-4" />
            The file cannot be imported as it is
          </p>
          <ul className="mt-1 list-disc pl-6">
            {fileErrors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.ignoredColumns.length > 0 ? (
        <p className="text-[13px] text-fg-muted">
          Ignored columns (not used by the import): {summary.ignoredColumns.join(', ')}.
        </p>
      ) : null}
      {summary.blankRows > 0 ? (
        <p className="text-[13px] text-fg-muted">{summary.blankRows.toLocaleString()} blank row(s) skipped.</p>
      ) : null}
      {result.rows.length > 0 ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Checkbox
              label={`Show only rows with problems (${summary.invalidRows.toLocaleString()})`}
              checked={errorsOnly}
              disabled={summary.invalidRows === 0}
              onChange={(event) => setErrorsOnly(event.target.checked)}
            />
            {summary.errorCount > 0 ? (
              <Button
                size="sm"
                icon={<Download />}
                onClick={() => saveFile(importErrorCsv(result), IMPORT_ERROR_FILENAME)}
              >
                Download rows with problems
              </Button>
            ) : null}
          </div>
          <PreviewTable rows={rows} positions={positions} errorsByRow={errorsByRow} />
        </>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-line pt-4">
        {summary.invalidRows > 0 && summary.validRows > 0 ? (
          <p className="text-[13px] text-fg-muted">
            Rows with problems are skipped: fix them in the downloaded file and import it again.
          </p>
        ) : null}
        <Button
          variant="primary"
          icon={<Play />}
          disabled={summary.validRows === 0 || check.progress.running}
          loading={starting}
          onClick={() => onCreate(result)}
        >
          Create {summary.validRows.toLocaleString()} user{summary.validRows === 1 ? '' : 's'}
        </Button>
      </div>
    </div>
  );
}

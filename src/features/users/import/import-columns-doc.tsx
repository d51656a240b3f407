import { Download } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { IMPORT_COLUMN_SPECS, MAX_IMPORT_ROWS } from '../lib/import-columns';
import { IMPORT_TEMPLATE_FILENAME, importTemplateCsv } from '../lib/import-template';
import { saveFile } from '@/shared/lib/save-file';

const REQUIRED = { yes: 'Required', no: 'Optional', calling: 'Calling packages' } as const;

/** The template download and what every column means. */
export function ImportColumnsDoc({ locationName }: { locationName: string | undefined }) {
  return (
    <section aria-labelledby="import-columns-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="import-columns-title" className="text-sm font-semibold text-fg">
          File format
        </h2>
        <Button
          size="sm"
          icon={<Download />}
          onClick={() => saveFile(importTemplateCsv({ locationName }), IMPORT_TEMPLATE_FILENAME)}
        >
          Download template
        </Button>
      </div>
      <p className="text-[13px] text-fg-muted">
        A CSV file in UTF-8 (Excel: “CSV UTF-8”), a header line first, one user per line, up to{' '}
        {MAX_IMPORT_ROWS.toLocaleString()} users. Columns may come in any order; other columns are ignored. Format the
        phoneNumber column as Text so spreadsheets keep the leading +.
      </p>
      <div className="overflow-x-auto rounded-md border border-line">
        <table className="w-full text-[13px]">
          <caption className="sr-only">Columns of the import file</caption>
          <thead className="bg-surface-muted text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Column
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Needed
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                What it holds
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Example
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMN_SPECS.map((spec) => (
              <tr key={spec.column} className="border-t border-line align-top">
                <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-semibold text-fg">
                  {spec.column}
                </th>
                <td className="px-3 py-2 whitespace-nowrap text-fg">{REQUIRED[spec.required]}</td>
                <td className="px-3 py-2 text-fg-muted">
                  {spec.description} {spec.allowed}
                </td>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap text-fg">{spec.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

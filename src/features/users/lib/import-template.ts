/**
 * The downloadable import template: the header and two example rows, a calling user with
 * a number and an extension and a meetings user without. No comment lines: spreadsheets
 * and CSV parsers would read them as users. The columns are documented in
 * import-columns.ts (IMPORT_COLUMN_SPECS), which the import screen shows beside it.
 */
import { toCsv } from '@/shared/csv/csv-writer';
import { IMPORT_COLUMNS } from './import-columns';

export const IMPORT_TEMPLATE_FILENAME = 'webex-users-import-template.csv';

/** `locationName`: one of the customer's locations, so the example works as is. */
export function importTemplateCsv(options: { locationName?: string } = {}): string {
  const location = options.locationName ?? 'Headquarters';
  return toCsv(
    [
      IMPORT_COLUMNS,
      ['Jane', 'Doe', 'jane.doe@example.com', 'webex_calling', location, '+12405551212', '1001'],
      ['John', 'Smith', 'john.smith@example.com', 'webex_meetings', location, '', ''],
    ],
    { bom: true },
  );
}

/**
 * The body of the import worker, free of worker globals so it runs (and is tested)
 * anywhere: stream the file through the CSV parser, then validate every row. Problems
 * with the file itself (too large, broken quoting) come back as a result with a
 * file-level error, like a missing column does, so the screen has one shape to show.
 */
import { CsvParseError, streamCsvFromResponse } from '@/shared/csv/csv-parser';
import { validateImport, fileProblemResult, type ImportContext, type ImportResult } from '../lib/import-validator';
import type { ImportParseProgress } from './import-parser-protocol';

/** 20,000 users take about 2 MB; anything far larger is not a user list. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export async function readImportFile(
  file: Blob,
  context: ImportContext,
  onProgress?: (progress: ImportParseProgress) => void,
): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return fileProblemResult(
      `The file is ${mb} MB; an import takes at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB (about 20,000 users). Check that it is the user list, or split it.`,
    );
  }
  const records: string[][] = [];
  let bytesRead = 0;
  let reported = 0;
  try {
    await streamCsvFromResponse(
      new Response(file),
      (rows) => {
        for (const row of rows) records.push(row);
        if (records.length - reported >= 2000) {
          reported = records.length;
          onProgress?.({ rowsRead: records.length, bytesRead, totalBytes: file.size });
        }
      },
      {
        batchSize: 2000,
        onBytes: (n) => {
          bytesRead = n;
        },
      },
    );
  } catch (error) {
    if (error instanceof CsvParseError) {
      return fileProblemResult(
        `${error.message} Check the quotes on that row: a field that starts with " must end with ", and a " inside it is written "".`,
      );
    }
    throw error;
  }
  onProgress?.({ rowsRead: records.length, bytesRead, totalBytes: file.size });
  return validateImport(records, context);
}

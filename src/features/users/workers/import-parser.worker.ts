/// <reference lib="webworker" />
/**
 * Reads and validates a user import off the main thread: 20,000 rows of parsing,
 * e-mail checks and duplicate detection would otherwise freeze the page.
 */
import type { ImportParseMessage, ImportParseRequest } from './import-parser-protocol';
import { readImportFile } from './read-import-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportParseMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportParseRequest>) => {
  if (event.data.type !== 'parse') return;
  readImportFile(event.data.file, event.data.context, (progress) => post({ type: 'progress', ...progress })).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) =>
      post({
        type: 'error',
        message: `The file could not be read${error instanceof Error ? `: ${error.message}` : ''}.`,
      }),
  );
};

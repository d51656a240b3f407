/// <reference lib="webworker" />
/**
 * Parses a billing report off the main thread: a 200,000-row CSV is about 100 MB of text,
 * which would freeze the page for seconds if parsed there. One worker serves one load;
 * the client terminates it to cancel.
 */
import { parseReportFromUrl } from './parse-report-stream';
import type { ReportParseRequest } from './report-parser-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ReportParseRequest>) => {
  if (event.data.type !== 'load') return;
  void parseReportFromUrl(event.data.url, (message, transfer) => scope.postMessage(message, transfer), {
    fetch: (url, init) => scope.fetch(url, init),
    now: () => performance.now(),
  });
};

// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { cellText, columnIndex, type ReportTable } from '../lib/report-table';
import { ReportLoadError, loadReport, type ReportWorkerLike } from './load-report';
import { parseReportFromUrl, type ReportParseOptions } from './parse-report-stream';
import type { ReportParseMessage, ReportParseRequest } from './report-parser-protocol';

const HEADER =
  'PARTNER_NAME,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SERVICE_NAME,SKU,DESCRIPTION,QUANTITY,LOCATION_ID,LICENSE_ID';
const CSV = [
  HEADER,
  'P,org-a,"ACME, ""Main""",WEBEX_CALLING,WEBEX_CALLING,Webex Calling,31,loc-1,',
  'P,org-a,"ACME, ""Main""",WEBEX_SUITE,WEBEX_SUITE,Webex Suite,9.5,loc-1,lic-9',
  'P,org-b,B-2,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,0.3333,,',
  'P,org-b,B-2,WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,,,',
].join('\r\n');

/** A body delivered in pieces of `size` bytes, to exercise chunk boundaries in the worker. */
function chunkedResponse(text: string, size: number, init?: ResponseInit): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    }),
    init,
  );
}

/** Runs the worker body in-process, delivering its messages asynchronously like a real worker. */
function inProcessWorker(
  respond: (url: string, init?: RequestInit) => Promise<Response>,
  overrides: Partial<ReportParseOptions> = {},
) {
  const controller = new AbortController();
  const requests: string[] = [];
  const worker: ReportWorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    terminate() {
      this.terminated = true;
      controller.abort();
    },
    postMessage(message: ReportParseRequest) {
      requests.push(message.url);
      void parseReportFromUrl(
        message.url,
        (msg: ReportParseMessage) => {
          setTimeout(() => worker.onmessage?.({ data: msg } as MessageEvent<ReportParseMessage>), 0);
        },
        { fetch: respond, now: () => 0, signal: controller.signal, ...overrides },
      );
    },
  };
  return { worker, requests };
}

function column(table: ReportTable, name: string): string[] {
  const c = columnIndex(table, name);
  return Array.from({ length: table.rowCount }, (_, r) => cellText(table, c, r));
}

describe('loadReport through the parser worker', () => {
  it('builds the columnar table from a streamed CSV cut into 7-byte pieces', async () => {
    const { worker } = inProcessWorker(async () => chunkedResponse(CSV, 7));
    const table = await loadReport('https://sim.example/downloads/r1.csv', { createWorker: () => worker });
    expect(table.rowCount).toBe(4);
    expect(table.columns).toEqual(HEADER.split(','));
    expect(column(table, 'CUSTOMER_EXTERNAL_ID')).toEqual(['ACME, "Main"', 'ACME, "Main"', 'B-2', 'B-2']);
    expect(column(table, 'LICENSE_ID')).toEqual(['', 'lic-9', '', '']);
    expect(column(table, 'QUANTITY')).toEqual(['31', '9.5', '0.3333', '']);
    expect(Array.from(table.quantity)).toEqual([31, 9.5, 0.3333, NaN]);
    // Dictionary encoding: the repeated customer is stored once.
    expect(table.data[columnIndex(table, 'CUSTOMER_ORG_ID')]?.size).toBe(2);
    expect(worker.terminated).toBe(true);
  });

  it('keeps a character split between pieces, a CRLF split between pieces and a quoted line break intact', async () => {
    // "Zürich" has a 2-byte ü; 1-byte pieces cut it, and every CRLF, in half.
    const text = [
      HEADER,
      'P,org-z,"Zürich\r\nHQ",WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2.5,loc-ü,',
      'P,org-z,"say ""hi""",WEBEX_SUITE,WEBEX_SUITE,Webex Suite,1,,',
      '',
    ].join('\r\n');
    const { worker } = inProcessWorker(async () => chunkedResponse(text, 1));
    const table = await loadReport('u', { createWorker: () => worker });
    expect(table.rowCount).toBe(2);
    expect(column(table, 'CUSTOMER_EXTERNAL_ID')).toEqual(['Zürich\r\nHQ', 'say "hi"']);
    expect(column(table, 'LOCATION_ID')).toEqual(['loc-ü', '']);
    expect(column(table, 'LICENSE_ID')).toEqual(['', '']);
    expect(Array.from(table.quantity)).toEqual([2.5, 1]);
  });

  it('sends a small first batch early, then the rest, and reports bytes read', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `P,org-${i},E${i},X,X,X,1,,`);
    const text = [HEADER, ...rows].join('\n') + '\n';
    let clock = 0;
    const { worker } = inProcessWorker(async () => chunkedResponse(text, 40), {
      firstBatchRows: 3,
      batchIntervalMs: 1000,
      now: () => clock++,
    });
    const seen: number[] = [];
    let lastBytes = 0;
    const table = await loadReport('https://sim.example/r.csv', {
      createWorker: () => worker,
      onProgress: ({ table: t, bytesRead }) => {
        seen.push(t.rowCount);
        lastBytes = bytesRead;
      },
    });
    expect(seen[0]).toBeGreaterThanOrEqual(3);
    expect(seen[0]).toBeLessThan(10);
    expect(seen.at(-1)).toBe(50);
    expect(table.rowCount).toBe(50);
    expect(lastBytes).toBe(new TextEncoder().encode(text).byteLength);
    expect(column(table, 'CUSTOMER_EXTERNAL_ID')[49]).toBe('E49');
  });

  it('turns an expired link (410 with a Webex error body) into a ReportLoadError asking for a fresh link', async () => {
    const body = JSON.stringify({
      message: 'Gone',
      errors: [{ description: 'This download link expired at 2026-02-01T10:30:00.000Z.', errorCode: 4010 }],
    });
    const { worker } = inProcessWorker(async () => new Response(body, { status: 410 }));
    const error: unknown = await loadReport('https://sim.example/r.csv', { createWorker: () => worker }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportLoadError);
    expect(error).toMatchObject({ kind: 'http', status: 410, needsFreshLink: true });
    expect((error as Error).message).toBe('This download link expired at 2026-02-01T10:30:00.000Z.');
  });

  it('explains a 404 without a body and a network failure', async () => {
    const notFound = inProcessWorker(async () => new Response('', { status: 404 }));
    await expect(loadReport('u', { createWorker: () => notFound.worker })).rejects.toThrow(/no longer exists/);
    const offline = inProcessWorker(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadReport('u', { createWorker: () => offline.worker })).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('Failed to fetch'),
    });
  });

  it('refuses a file that is not a billing report, and an empty one', async () => {
    const html = inProcessWorker(async () => new Response('<!doctype html>\n<html>'));
    await expect(loadReport('u', { createWorker: () => html.worker })).rejects.toMatchObject({
      kind: 'format',
      message: expect.stringContaining('no SKU or QUANTITY column'),
    });
    const empty = inProcessWorker(async () => new Response(''));
    await expect(loadReport('u', { createWorker: () => empty.worker })).rejects.toThrow(/empty/);
  });

  it('reports a quoted field that never closes as a format error', async () => {
    const { worker } = inProcessWorker(async () => new Response(`${HEADER}\nP,"open,x,x,x,1,,\n`));
    await expect(loadReport('u', { createWorker: () => worker })).rejects.toMatchObject({ kind: 'format' });
  });

  it('cancels: rejects with the abort reason, terminates the worker and stops the download', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(`${HEADER}\n`));
      },
      // Network pacing: each piece arrives in a later task, as from a socket.
      pull: (c) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            if (!cancelled) c.enqueue(new TextEncoder().encode('P,o,e,X,X,X,1,,\n'.repeat(100)));
            resolve();
          }, 0),
        ),
      cancel() {
        cancelled = true;
      },
    });
    const { worker } = inProcessWorker(async () => new Response(endless), { firstBatchRows: 1 });
    const controller = new AbortController();
    const reason = new DOMException('user left the page', 'AbortError');
    const onProgress = vi.fn(() => controller.abort(reason));
    await expect(loadReport('u', { createWorker: () => worker, signal: controller.signal, onProgress })).rejects.toBe(
      reason,
    );
    expect(worker.terminated).toBe(true);
    expect(onProgress).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('rejects at once when the signal is already aborted, without starting a worker', async () => {
    const createWorker = vi.fn();
    const controller = new AbortController();
    controller.abort();
    await expect(loadReport('u', { createWorker, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('resolves relative URLs before handing them to the worker', async () => {
    vi.stubGlobal('location', { href: 'https://hub.example/billing/reports' });
    try {
      const { worker, requests } = inProcessWorker(async () => new Response(`${HEADER}\n`));
      await loadReport('/downloads/r.csv?sig=1', { createWorker: () => worker });
      expect(requests).toEqual(['https://hub.example/downloads/r.csv?sig=1']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

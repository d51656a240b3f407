// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { parseImportFile, ImportParseError, type ImportWorkerLike } from './parse-import';
import type { ImportParseMessage, ImportParseRequest } from './import-parser-protocol';
import { MAX_IMPORT_BYTES, readImportFile } from './read-import-file';

const context = { locations: [{ id: 'loc-1', name: 'HQ' }] };
const HEADER = 'firstName,lastName,email,package,location,phoneNumber,extension';

/** Runs the worker body in-process and delivers its messages in later tasks, like a real worker. */
function inProcessWorker(): ImportWorkerLike & { terminated: boolean } {
  const worker: ImportWorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    terminate() {
      this.terminated = true;
    },
    postMessage({ file, context: ctx }: ImportParseRequest) {
      const deliver = (data: ImportParseMessage) =>
        setTimeout(() => worker.onmessage?.({ data } as MessageEvent<ImportParseMessage>), 0);
      readImportFile(file, ctx, (p) => deliver({ type: 'progress', ...p })).then(
        (result) => deliver({ type: 'result', result }),
        (error: unknown) => deliver({ type: 'error', message: String(error) }),
      );
    },
  };
  return worker;
}

describe('parseImportFile through the import worker', () => {
  it('parses and validates a file of 5,000 users, reporting progress', async () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `U${i},L,user${i}@example.com,webex_calling,HQ,+1240555${String(i).padStart(4, '0')},${1000 + i}`,
    );
    lines[4999] = 'U,L,user0@example.com,webex_calling,HQ,,9999';
    const file = new Blob([`\uFEFF${HEADER}\r\n${lines.join('\r\n')}\r\n`], { type: 'text/csv' });
    const worker = inProcessWorker();
    const progress: number[] = [];
    const result = await parseImportFile(file, context, {
      createWorker: () => worker,
      onProgress: (p) => progress.push(p.rowsRead),
    });
    expect(result.summary).toMatchObject({ totalRows: 5000, validRows: 4999, invalidRows: 1 });
    expect(result.errors).toEqual([
      { row: 5001, column: 'email', message: 'user0@example.com is already on row 2 of this file.' },
    ]);
    expect(progress.at(-1)).toBe(5001);
    expect(progress.length).toBeGreaterThan(1);
    expect(worker.terminated).toBe(true);
  });

  it('turns broken quoting and oversized files into file-level errors', async () => {
    const broken = await readImportFile(new Blob([`${HEADER}\n"Ann,Lee,a@b.c,webex_meetings,,,\n`]), context);
    expect(broken.errors).toEqual([
      {
        row: 1,
        column: null,
        message:
          'Record 2: a quoted field is never closed (a " is missing). Check the quotes on that row: a field that starts with " must end with ", and a " inside it is written "".',
      },
    ]);
    const huge = { size: MAX_IMPORT_BYTES + 1 } as Blob;
    expect((await readImportFile(huge, context)).errors[0]?.message).toBe(
      'The file is 20.0 MB; an import takes at most 20 MB (about 20,000 users). Check that it is the user list, or split it.',
    );
  });

  it('reports a worker fault and cancels on abort', async () => {
    const faulty: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: vi.fn(),
      postMessage() {
        setTimeout(() => this.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent), 0);
      },
    };
    await expect(parseImportFile(new Blob(['x']), context, { createWorker: () => faulty })).rejects.toThrow(
      ImportParseError,
    );
    expect(faulty.terminate).toHaveBeenCalled();

    const silent: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: vi.fn(),
      postMessage: () => undefined,
    };
    const controller = new AbortController();
    const pending = parseImportFile(new Blob(['x']), context, {
      createWorker: () => silent,
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(silent.terminate).toHaveBeenCalled();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CsvParseError, createCsvParser, streamCsvFromResponse } from './csv-parser';

/** Parses `chunks` in order and answers every record, plus the size of each batch delivered. */
function parse(chunks: readonly string[], batchSize?: number): { rows: string[][]; batches: number[] } {
  const rows: string[][] = [];
  const batches: number[] = [];
  const parser = createCsvParser(
    (batch) => {
      batches.push(batch.length);
      rows.push(...batch);
    },
    batchSize === undefined ? {} : { batchSize },
  );
  for (const chunk of chunks) parser.push(chunk);
  parser.finish();
  return { rows, batches };
}

const parseAll = (text: string) => parse([text]).rows;

/** Every way of cutting `text` in two. */
function allSplits(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
}

/** mulberry32: a tiny seeded PRNG so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createCsvParser', () => {
  it('reads plain records with LF, CRLF and no trailing newline', () => {
    expect(parseAll('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseAll('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseAll('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'name,note\r\n"ACME, ""Main""","line 1\r\nline 2\nline 3"\r\nplain,"a,b"\r\n';
    expect(parseAll(text)).toEqual([
      ['name', 'note'],
      ['ACME, "Main"', 'line 1\r\nline 2\nline 3'],
      ['plain', 'a,b'],
    ]);
  });

  it('keeps empty fields, including an empty LICENSE_ID at the end of a line', () => {
    const text = 'CUSTOMER_ORG_ID,QUANTITY,LOCATION_ID,LICENSE_ID\r\norg1,31,,\r\norg2,,loc,\r\n,"",,""\r\n';
    expect(parseAll(text)).toEqual([
      ['CUSTOMER_ORG_ID', 'QUANTITY', 'LOCATION_ID', 'LICENSE_ID'],
      ['org1', '31', '', ''],
      ['org2', '', 'loc', ''],
      ['', '', '', ''],
    ]);
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    expect(parseAll('\uFEFFemail,package\nx@example.com,webex_calling\n')).toEqual([
      ['email', 'package'],
      ['x@example.com', 'webex_calling'],
    ]);
    expect(parse(['\uFEFF', 'a\n\uFEFFb\n']).rows).toEqual([['a'], ['\uFEFFb']]);
  });

  it('skips empty lines and treats a lone CR as a line end', () => {
    expect(parseAll('a\n\n\r\nb\rc\r')).toEqual([['a'], ['b'], ['c']]);
  });

  it('is lenient with stray quotes in unquoted fields and text after a closing quote', () => {
    expect(parseAll('5" screen,"quoted"tail\n')).toEqual([['5" screen', 'quotedtail']]);
  });

  it('refuses a quoted field that never closes, naming the record', () => {
    const parser = createCsvParser(() => undefined);
    parser.push('a,b\nc,"open\nd,e\n');
    expect(() => parser.finish()).toThrow(CsvParseError);
    // push never throws for an open quote: more text may close it
    expect(() => createCsvParser(() => undefined).push('x\ny\n"never')).not.toThrow();
    const second = createCsvParser(() => undefined);
    second.push('h\nv\n"never');
    expect(() => second.finish()).toThrow(/Record 3: a quoted field is never closed/);
  });

  it('gives the same records for every split point of a tricky text (CRLF, "" and quotes split across chunks)', () => {
    const text = '\uFEFFa,"b ""x"", y"\r\n"multi\r\nline",\r\n,last\r\n"q"\r';
    const expected = [['a', 'b "x", y'], ['multi\r\nline', ''], ['', 'last'], ['q']];
    for (const chunks of allSplits(text)) expect(parse(chunks).rows, JSON.stringify(chunks)).toEqual(expected);
    expect(parse(text.split('')).rows).toEqual(expected);
  });

  it('delivers every completed record by the time push returns, in batches of at most batchSize', () => {
    const delivered: string[][] = [];
    const parser = createCsvParser((rows) => delivered.push(...rows), { batchSize: 2 });
    parser.push('1\n2\n3\n4\n5\n6');
    expect(delivered.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    parser.finish();
    expect(delivered.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(parser.rowCount).toBe(6);
    expect(parse(['1\n2\n3\n4\n5\n'], 2).batches).toEqual([2, 2, 1]);
  });

  it('parses a large generated file in random-sized chunks exactly as written (seeded property test)', () => {
    for (const seed of [1, 7, 42, 2024]) {
      const random = prng(seed);
      const alphabet = ['a', 'Z', '9', ' ', ',', '"', '\r', '\n', '\r\n', 'é', '—', '+', '='];
      const field = () => {
        const length = Math.floor(random() * 8);
        let s = '';
        for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
        return s;
      };
      const rows: string[][] = [];
      for (let r = 0; r < 2000; r++) {
        const width = 2 + Math.floor(random() * 5);
        rows.push(Array.from({ length: width }, field));
      }
      // An independent writer: quote when needed, and sometimes when not; mixed line ends.
      const text =
        '\uFEFF' +
        rows
          .map((row) =>
            row.map((v) => (/[",\r\n]/.test(v) || random() < 0.2 ? `"${v.replace(/"/g, '""')}"` : v)).join(','),
          )
          .map((line) => line + (random() < 0.5 ? '\r\n' : '\n'))
          .join('');
      const chunks: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(random() * (random() < 0.3 ? 4 : 300));
        chunks.push(text.slice(at, at + size));
        at += size;
      }
      const oneShot = parseAll(text);
      expect(oneShot).toEqual(rows);
      expect(parse(chunks, 37).rows).toEqual(oneShot);
    }
  });
});

describe('streamCsvFromResponse', () => {
  function responseOf(parts: readonly Uint8Array[]): Response {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    return new Response(stream);
  }

  it('decodes UTF-8 split inside a multi-byte character and reports bytes read', async () => {
    const bytes = new TextEncoder().encode('\uFEFFname,city\r\n"Zoë, Ltd",Zürich\r\n');
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of "ë"
    const rows: string[][] = [];
    const seen: number[] = [];
    const count = await streamCsvFromResponse(
      responseOf([bytes.slice(0, cut), bytes.slice(cut)]),
      (batch) => rows.push(...batch),
      {
        onBytes: (n) => seen.push(n),
      },
    );
    expect(count).toBe(2);
    expect(rows).toEqual([
      ['name', 'city'],
      ['Zoë, Ltd', 'Zürich'],
    ]);
    expect(seen.at(-1)).toBe(bytes.byteLength);
  });

  it('stops with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        c.enqueue(new TextEncoder().encode(`${pulls},x\n`));
      },
    });
    const reason = new DOMException('stopped', 'AbortError');
    const done = streamCsvFromResponse(
      new Response(stream),
      () => {
        if (pulls >= 3) controller.abort(reason);
      },
      { signal: controller.signal },
    );
    await expect(done).rejects.toBe(reason);
  });
});

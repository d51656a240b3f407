import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built bench page, plus CSV files held in memory at /files/<name>. CSVs are
 * streamed in 64 KiB writes without Content-Length, as the simulator's download route
 * does, so the page sees a body that arrives in pieces.
 */
export async function startBenchServer(root: string, files: ReadonlyMap<string, Buffer>): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/files/') ? files.get(path.slice('/files/'.length)) : undefined;
    if (file) {
      res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
      let at = 0;
      const writeMore = () => {
        while (at < file.length) {
          const ok = res.write(file.subarray(at, at + 65_536));
          at += 65_536;
          if (!ok) return void res.once('drain', writeMore);
        }
        res.end();
      };
      writeMore();
      return;
    }
    const target = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!target.startsWith(root)) return void res.writeHead(403).end();
    stat(target).then(
      (s) => {
        if (!s.isFile()) return void res.writeHead(404).end();
        res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
        createReadStream(target).pipe(res);
      },
      () => void res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

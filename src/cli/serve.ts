import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `stackheap serve`: the web page in dist/web, served on 127.0.0.1 with node:http. Static files
 * only; nothing about a run ever reaches the server, the browser does all the work.
 */

export const DEFAULT_PORT = 8080;

/** dist/web beside this file's dist/cli (the page's build output). */
export const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.rs': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export class MissingBuildError extends Error {}

/** Starts serving `root`; port 0 picks a free port. Rejects if the port is taken or the build is missing. */
export async function startStaticServer(options: { root?: string; port?: number; host?: string } = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? WEB_ROOT);
  const host = options.host ?? '127.0.0.1';
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new MissingBuildError(`the web page is not built: ${join(root, 'index.html')} is missing (run \`npm run build\` first)`);
  }
  const server = createServer((request, response) => {
    void respond(root, request.method ?? 'GET', request.url ?? '/', String(request.headers['accept-encoding'] ?? ''), response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? DEFAULT_PORT;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

async function respond(root: string, method: string, url: string, accept: string, response: ServerResponse): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  // Never serve outside the root (`..`, encoded or not).
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  // The build writes a gzipped copy of each large asset beside it (scripts/build.mjs): std's AST
  // is a tenth of its size so, and a browser that accepts gzip gets that copy.
  const gzipped = acceptsGzip(accept) ? await fileSize(`${file}.gz`) : null;
  response.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': gzipped ?? size,
    ...(gzipped !== null ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
    // Hashed assets never change; index.html must be revalidated so a rebuild shows up.
    'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(gzipped !== null ? `${file}.gz` : file).pipe(response);
}

/** Whether an `Accept-Encoding` header takes gzip (not refused with `q=0`). */
function acceptsGzip(accept: string): boolean {
  return accept.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    return coding!.trim().toLowerCase() === 'gzip' && !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
  });
}

async function fileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The `serve` command: runs until interrupted. */
export async function serve(port: number | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let server: StaticServer;
  try {
    server = await startStaticServer({ port: port ?? DEFAULT_PORT });
  } catch (error) {
    if (error instanceof MissingBuildError) {
      err.write(`error: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      err.write(`error: port ${port ?? DEFAULT_PORT} is already in use; choose another with --port N\n`);
      return 2;
    }
    throw error;
  }
  out.write(`stackheap: serving the web page at ${server.url}\n(press Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

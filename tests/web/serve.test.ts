import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MissingBuildError, startStaticServer } from '../../src/cli/serve.js';

const ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/stackheap.js', import.meta.url));

describe('stackheap serve', () => {
  it('serves the page, its assets and the .wasm files with the right types', async () => {
    const server = await startStaticServer({ port: 0, root: ROOT });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await fetch(server.url);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await index.text();
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
      expect((await fetch(server.url + script)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const wasms = readdirSync(join(ROOT, 'assets')).filter((name) => name.endsWith('.wasm'));
      expect(wasms).toHaveLength(2); // tree-sitter's runtime and the Rust grammar, bundled
      for (const wasm of wasms) {
        const response = await fetch(`${server.url}assets/${wasm}`);
        expect(response.status, wasm).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/wasm');
      }
      expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
      expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it("sends the build's gzipped copy of std's AST to a client that accepts gzip, and the file itself to one that does not", async () => {
    const server = await startStaticServer({ port: 0, root: ROOT });
    try {
      const artifact = readdirSync(join(ROOT, 'assets')).find((name) => /^std-ast-.*\.json$/.test(name))!;
      const bytes = readFileSync(join(ROOT, 'assets', artifact));
      const get = (acceptEncoding: string) =>
        new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          httpGet(`${server.url}assets/${artifact}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject);
        });
      const zipped = await get('br, gzip;q=0.8, deflate');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(bytes.length / 4);
      expect(gunzipSync(zipped.body).equals(bytes)).toBe(true);
      for (const refused of ['identity', 'gzip;q=0', '']) {
        const plain = await get(refused);
        expect(plain.headers['content-encoding'], refused).toBeUndefined();
        expect(plain.body.equals(bytes), refused).toBe(true);
      }
    } finally {
      await server.close();
    }
  });

  it('refuses clearly when the page is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'stackheap-noweb-'));
    await expect(startStaticServer({ port: 0, root: empty })).rejects.toThrow(MissingBuildError);
    await expect(startStaticServer({ port: 0, root: empty })).rejects.toThrow(/not built.*npm run build/);
  });

  it('prints its URL from the command line and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('rejects a bad port', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'x'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('`--port` takes a port number');
  });
});

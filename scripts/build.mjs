#!/usr/bin/env node
// The build (`npm run build`, also npm's `prepare`): the library with tsc into dist/ (and the CLI
// bundled by esbuild into dist/cli/stackheap.cjs, with V8's code cache of it), then the web page with Vite into dist/web, and std's AST (dist/std-ast.json from std/*.rs, see src/syntax/ast-artifact.ts). It is skipped when nothing it reads has changed since the
// last build, because `npx stackheap` on a fresh clone installs the checkout into npx's cache
// as a link to this very folder and runs `prepare` again: that second build must cost nothing.
//
// Usage: node scripts/build.mjs [--force]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-inputs');
const inputs = ['src', 'std', 'web', 'bin', 'tsconfig.json', 'package-lock.json', 'scripts/build.mjs'];

function filesUnder(rel) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full)
    .filter((name) => name !== 'node_modules')
    .flatMap((name) => filesUnder(path.join(rel, name)));
}

/** One hash over every input's path and bytes: equal hashes mean dist/ is what a build would make. */
function inputsHash() {
  const hash = createHash('sha256');
  for (const rel of inputs.flatMap(filesUnder).sort()) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(path.join(root, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function run(bin, args) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', bin), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** V8's code cache of the CLI's bundle, made by a process that ran a short program and traced
 *  examples/complex.rs, so that it holds the functions such runs compile (bin/cli-bundle.js). */
function writeCodeCache() {
  const loader = pathToFileURL(path.join(root, 'bin', 'cli-bundle.js')).href;
  const hello = path.join(root, 'dist', '.code-cache-hello.rs');
  writeFileSync(hello, 'fn main() {\n    println!("Hello, world!");\n}\n');
  const script = `
    import { rmSync, writeFileSync } from 'node:fs';
    import { CODE_CACHE, loadCliBundle } from ${JSON.stringify(loader)};
    rmSync(CODE_CACHE, { force: true });
    const { exports, script } = loadCliBundle();
    await exports.main(['run', ${JSON.stringify(hello)}]);
    await exports.main(['trace', 'examples/complex.rs']);
    writeFileSync(CODE_CACHE, script.createCachedData());`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(hello, { force: true });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A gzipped copy beside each large file of the page (FILE.gz), which `stackheap serve` sends to
 *  a browser that accepts gzip: std's AST (dist/std-ast.json) is a tenth of its size so, and the
 *  page's first run waits for it. */
function gzipWebAssets(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) gzipWebAssets(file);
    else if (/\.(js|json|wasm|css|html)$/.test(name) && statSync(file).size >= 16384) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

const wanted = inputsHash();
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (!process.argv.includes('--force') && built === wanted && existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
  process.stdout.write('stackheap: dist/ is up to date with its sources\n');
} else {
  run('typescript/bin/tsc', ['-p', 'tsconfig.json']);
  // The CLI as one CommonJS module in a script (bin/cli-bundle.js loads it through V8's code
  // cache, which node gives only to scripts). `serve` and `mdbook` are in it but run their module's code only
  // for their command; `import.meta.url` is the bundle's own URL.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'dist', 'cli', 'main.js')],
    outfile: path.join(root, 'dist', 'cli', 'stackheap.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // web-tree-sitter's JavaScript is in the bundle too, so that the code cache holds it (as a
    // module of its own node compiled it in every process); its CommonJS build, whose `require`
    // calls esbuild keeps (its ES module declares a `require` of its own, which would shadow them).
    // Its .wasm is found in node_modules (src/syntax/parser.ts).
    alias: { 'web-tree-sitter': createRequire(import.meta.url).resolve('web-tree-sitter') },
    // A function compiled from a code cache cannot run `import()`: esbuild makes them `require`.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__bundle_url' },
    // The file is CommonJS's wrapper around the module, as node's own loader would make it, so
    // that bin/cli-bundle.js compiles the file as it is read. ASCII, without comments or
    // indentation: a one-byte string, and 40% shorter to read and decode.
    banner: { js: '(function (exports, require, module, __filename, __dirname) {\nvar __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    footer: { js: '})' },
    charset: 'ascii',
    minifyWhitespace: true,
    logLevel: 'warning',
  });
  const { Stackheap } = await import(pathToFileURL(path.join(root, 'dist', 'api.js')).href);
  // Replaced by a rename: a process reading the old one keeps reading it (src/api.ts).
  writeFileSync(path.join(root, 'dist', 'std-ast.json.tmp'), await Stackheap.buildStdArtifact());
  renameSync(path.join(root, 'dist', 'std-ast.json.tmp'), path.join(root, 'dist', 'std-ast.json'));
  // The page downloads it in two parts: what loading reads, then the rest when a run first needs
  // it (web/src/assets.ts).
  const { splitArtifact } = await import(pathToFileURL(path.join(root, 'dist', 'syntax', 'ast-artifact.js')).href);
  const parts = splitArtifact(readFileSync(path.join(root, 'dist', 'std-ast.json')));
  writeFileSync(path.join(root, 'dist', 'std-ast-eager.json'), parts.eager);
  writeFileSync(path.join(root, 'dist', 'std-ast-chunks.json'), parts.chunks);
  writeCodeCache();
  run('typescript/bin/tsc', ['-p', 'web/tsconfig.json']);
  run('vite/bin/vite.js', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  gzipWebAssets(path.join(root, 'dist', 'web'));
  writeFileSync(stampFile, `${wanted}\n`);
}

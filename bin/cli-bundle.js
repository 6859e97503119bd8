// Loads the CLI's bundle (dist/cli/stackheap.cjs) through V8's code cache when the build made
// one (dist/cli/stackheap.cjs.cache): compiling the bundle and, as a run goes, each function it
// calls is a large part of a short run's time. The cache holds V8's bytecode of the functions a
// typical run compiled (`npm run build` writes it after running a program, see
// scripts/build.mjs); V8 rejects a cache made by another version or with other flags, and the
// bundle is then compiled as it would be without one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// tree-sitter's WebAssembly parses only the program's own file (std comes parsed, in
// dist/std-ast.json): its functions stay on V8's baseline compiler, Liftoff. Optimizing the hot
// ones with TurboFan, on other threads, cost more CPU than a short run's whole parse, and did not
// make even a 14,000-line file parse faster. Set before anything compiles, so that the code
// cache, which V8 checks against the flags, is made and read under the same ones.
setFlagsFromString('--liftoff-only');

export const BUNDLE = fileURLToPath(new URL('../dist/cli/stackheap.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's exports (`main`), and its compiled script, whose `createCachedData()` makes a
 *  cache of what has run so far. */
export function loadCliBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  // The bundle is CommonJS's wrapper around the CLI's modules, as node's own loader gives a module
  // (scripts/build.mjs), and ASCII. Read as UTF-8, which makes a string on V8's heap: node makes
  // a long Latin-1 one an external string, whose memory set off a full garbage collection later
  // in the run. It has no dynamic `import()` (esbuild turns them into `require`), which a script
  // compiled from a code cache could not run.
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new Script(source, { filename: BUNDLE, cachedData });
  if (process.env.STACKHEAP_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

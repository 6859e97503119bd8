import { fileURLToPath } from 'node:url';
import { defineConfig, type BuildOptions, type Plugin } from 'vite';

/**
 * web-tree-sitter and the parser's Node fallback import Node built-ins on code paths a browser
 * never takes (the page always passes the .wasm URLs). An empty module keeps them out of the
 * bundle without the "externalized for browser compatibility" warnings.
 */
function nodeBuiltinsStub(): Plugin {
  const stubbed = new Set(['node:module', 'module', 'fs/promises', 'node:fs/promises', 'node:fs', 'node:crypto']);
  return {
    name: 'stackheap:node-builtins-stub',
    enforce: 'pre',
    resolveId: (id) => (stubbed.has(id) ? '\0node-builtin-stub' : null),
    load: (id) => (id === '\0node-builtin-stub' ? 'export default {}; export const createRequire = undefined; export const readFile = undefined; export const readFileSync = undefined; export const createHash = undefined; export const openSync = undefined; export const fstatSync = undefined; export const readSync = undefined;' : null),
  };
}

/**
 * Preloads, in index.html, what the interpreter's worker downloads before its first run (its
 * scripts, both .wasm files and the eager part of std's AST): the page's first diagram waits for
 * them, and the worker would ask for them only once its own script runs. Hashed assets are cached
 * for good (`stackheap serve` says so), so the worker's requests find them there.
 */
function preloadWorkerAssets(): Plugin {
  const wanted = /^assets\/(worker-entry-|worker-|tree-sitter-|std-ast-eager-)[^/]*\.(js|wasm|json)$/;
  return {
    name: 'stackheap:preload-worker-assets',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => wanted.test(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' as const })),
    },
  };
}

/**
 * The page is a static site in dist/web. `base: './'` makes every URL relative, so the folder
 * can be hosted under any path (or served by `stackheap serve`) without rebuilding.
 */
/** Emscripten's loader in web-tree-sitter uses eval for its dynamic-linking support; it is theirs, not ours. */
const quietEval: NonNullable<NonNullable<BuildOptions['rollupOptions']>['onwarn']> = (warning, warn) => {
  if (warning.code === 'EVAL' && warning.id?.includes('web-tree-sitter')) return;
  warn(warning);
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The library's sources live outside web/; Vite must be allowed to read them in dev mode.
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The two .wasm files must stay separate assets: inlined as base64 they would grow by a third.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn: quietEval,
      // The page, and the `<stackheap-trace>` embed: one script and one stylesheet at fixed names
      // for other sites to link (the rest keeps hashed names under assets/).
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), embed: fileURLToPath(new URL('./src/embed/stackheap-trace.ts', import.meta.url)) },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? 'stackheap-trace.js' : 'assets/[name]-[hash].js'),
        assetFileNames: (asset) => (asset.names.includes('embed.css') ? 'stackheap-trace.css' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  plugins: [nodeBuiltinsStub(), preloadWorkerAssets()],
  worker: { format: 'es', plugins: () => [nodeBuiltinsStub()] },
});

import type { StdFile } from './std-macros.js';

/**
 * Where stackheap's std comes from: the Rust files in the repository's std/ folder, one per
 * topic, compiled with every program as one text (std-macros.ts expands their own macros).
 * `npm run build` parses that text once into dist/std-ast.json (syntax/ast-artifact.ts), which
 * also carries the text, so a browser never needs the files.
 */

/** std's files, in the order they are compiled: the order their items were always in. */
export const STD_FILES = [
  'core.rs',
  'iter.rs',
  'option.rs',
  'slice.rs',
  'str.rs',
  'ops.rs',
  'string_ops.rs',
  'ranges.rs',
  'convert.rs',
  'collections.rs',
  'hash_map.rs',
  'btree.rs',
  'deque.rs',
  'rc.rs',
  'thread.rs',
  'sync.rs',
  'borrow.rs',
  'num.rs',
  'marker.rs',
  'error.rs',
  'ptr.rs',
  'env.rs',
  'num_types.rs',
  'boxed.rs',
] as const;

/** The std/ folder: src/resolve/ and dist/resolve/ are both two levels below the package root. */
const STD_DIRECTORY = '../../std/';

/** std's files as they are on disk, or null where they cannot be read (a browser). */
export async function readStdFiles(): Promise<StdFile[] | null> {
  // Built from a variable so that Vite does not try to bundle the folder into the page.
  const directory = new URL(STD_DIRECTORY, import.meta.url);
  if (directory.protocol !== 'file:') return null;
  // Imported lazily so that a browser bundle never needs it. Read at once: two dozen small
  // files, which a process reads before anything else can start.
  const { readFileSync } = await import(/* @vite-ignore */ 'node:fs');
  try {
    return STD_FILES.map((name) => ({ name, text: readFileSync(new URL(name, directory), 'utf8') }));
  } catch {
    // An installation without the sources still has the artifact.
    return null;
  }
}

/** The artifact's stamp of the files it was made from: a hash of each file's name and text, so
 *  that any edit shows. Node's own SHA-256 (in C++): every process in Node hashes std's files
 *  before it trusts the artifact, and a browser has no files to hash. */
export async function stdFilesStamp(files: readonly StdFile[]): Promise<string> {
  const { createHash } = await import(/* @vite-ignore */ 'node:crypto');
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update('\0').update(file.text).update('\0');
  return hash.digest('hex');
}

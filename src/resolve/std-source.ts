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
  // Imported lazily so that a browser bundle never needs it.
  const { readFile } = await import(/* @vite-ignore */ 'node:fs/promises');
  try {
    return await Promise.all(STD_FILES.map(async (name) => ({ name, text: await readFile(new URL(name, directory), 'utf8') })));
  } catch {
    // An installation without the sources still has the artifact.
    return null;
  }
}

/** The artifact's stamp of the files it was made from: a hash of each file's name and text, so
 *  that any edit shows. Not for security: it tells an edited std from the one the artifact was
 *  built from. SHA-256 because the platform has it natively (Web Crypto, in Node and in a
 *  browser): every process in Node hashes std's files before it trusts the artifact. */
export async function stdFilesStamp(files: readonly StdFile[]): Promise<string> {
  const key = new TextEncoder().encode(files.map((file) => `${file.name}\0${file.text}`).join('\0'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', key));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}


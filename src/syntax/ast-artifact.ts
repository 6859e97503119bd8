import type { FnItem, ImplItem, Program } from './ast.js';

/**
 * A parsed file's AST as text, so that std's prelude is parsed and lowered once, at build time
 * (`npm run build` writes `dist/std-ast.json`), instead of in every process: tree-sitter and
 * lowering are most of a short run's time.
 *
 * Reading it must cost little too, since every process does it, and most of std is functions a
 * given program never calls. The artifact is one line of JSON, the head, then chunks of JSON
 * text one after the other, then the source's stamp and the text it was parsed from:
 * - The head holds every item, but of each function only its name and whether it has a body:
 *   the rest of the function (signature, span) is a chunk, and its body another; of each impl
 *   only its trait and its items, its generics, self type and associated types being a chunk.
 *   Each is decoded when something first reads one of its fields (they are getters until then),
 *   so a program pays for the std functions and impls it reaches. Collecting items reads names
 *   and impls' traits, and asks `hasBody`; the type checker lowers a std impl when it first
 *   needs its header (types/context.ts).
 * - Each chunk (the head's AST too) is `{"fixups": [...], "value": ...}`: the value is plain JSON,
 *   which `JSON.parse` alone turns into the AST's objects (spans included), and the fixups say
 *   by path where it holds what JSON cannot (bigints, an object shared by two places), so
 *   reading never walks the whole tree.
 * - The trailer, `[stamp, text]`: the stamp is a hash of what the text was made from (std's
 *   files), compared with the reader's own: a mismatch (std edited since the build) means the
 *   artifact is ignored and std is parsed again, so a stale artifact can cost time but never
 *   change an answer. The text serves a reader that has no std files to read (a browser).
 * - It is ASCII (JSON escapes the rest), so a byte's offset is a character's: a reader given the
 *   bytes (`ArtifactSource`) decodes the head and then only the chunks it needs.
 */

const FORMAT = 6;

interface Head {
  readonly format: number;
  /** Each chunk's [start, end) in the text after the head's line. */
  readonly chunks: readonly (readonly [number, number])[];
  /** The key lists of functions' deferred fields. */
  readonly fieldLists: readonly (readonly string[])[];
  /** For each function and impl of the AST, in `deferredItems`' order: the chunk of its deferred
   *  fields, which of `fieldLists` they are, and its body's chunk (-1 for none, and for impls). */
  readonly deferred: readonly (readonly [number, number, number])[];
  /** Where the trailer (`[stamp, text]`) begins in the text after the head's line; it runs to the end. */
  readonly source: number;
  readonly ast: Chunk;
}

type Path = readonly (string | number)[];

/**
 * What the value holds at a path that JSON cannot say:
 * - `int`: the string there is an integer literal's bigint;
 * - `ref`: the object at the first path is also at the second (an AST shares a path type's
 *   `args` with its last segment: written out twice, nested generic types would double in size
 *   at each level).
 */
type Fixup = readonly ['int', Path] | readonly ['ref', Path, Path];

interface Chunk {
  readonly fixups: readonly Fixup[];
  readonly value: unknown;
}

/** Each item whose fields are read lazily: every function (free functions, impls' and traits';
 *  the lowering hoists functions declared in blocks to the items), then every impl. */
function deferredItems(program: Program): (FnItem | ImplItem)[] {
  const fns: FnItem[] = [];
  const impls: ImplItem[] = [];
  for (const item of program.items) {
    if (item.kind === 'fn') fns.push(item);
    else if (item.kind === 'impl' || item.kind === 'trait') fns.push(...item.fns);
    if (item.kind === 'impl') impls.push(item);
  }
  return [...fns, ...impls];
}

/** The fields the head keeps: those read of every std function and impl. A function's body is a
 *  chunk of its own (a signature is often needed without it). */
const EAGER_FIELDS: Readonly<Record<'fn' | 'impl', ReadonlySet<string>>> = {
  fn: new Set<keyof FnItem>(['kind', 'name']),
  impl: new Set<keyof ImplItem>(['kind', 'trait', 'fns', 'consts']),
};

/** A hash of a text (std's files): an artifact's stamp of what it was made from. Not for security:
 *  it tells an edited std from the one the artifact was built from. */
export function sourceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}-${text.length}`;
}

/** A parsed text, as read back from an artifact. */
export interface ParsedText {
  readonly program: Program;
  readonly text: string;
}

/** `program`, parsed from `text`; `source` is what the text was made from (std's files), which
 *  a reader compares with its own. */
export function writeAstArtifact(program: Program, text: string, source: string): string {
  const chunks: string[] = [];
  const fieldLists: string[][] = [];
  const substitutes = new Map<object, object>();
  const deferredList: [number, number, number][] = [];
  for (const item of deferredItems(program)) {
    const eager = EAGER_FIELDS[item.kind];
    const deferred: Record<string, unknown> = {};
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      if (eager.has(key)) kept[key] = value;
      else if (key !== 'body') deferred[key] = value;
    }
    const body = item.kind === 'fn' && item.body !== null ? chunks.push(writeChunk(item.body, new Map())) - 1 : -1;
    const keys = Object.keys(deferred);
    const fields = chunks.push(writeChunk(deferred, new Map())) - 1;
    const listKey = keys.join(',');
    let list = fieldLists.findIndex((l) => l.join(',') === listKey);
    if (list < 0) list = fieldLists.push(keys) - 1;
    deferredList.push([fields, list, body]);
    substitutes.set(item, item.kind === 'fn' ? { ...kept, body: null } : kept);
  }
  const ast = writeChunk(program, substitutes);
  let position = 0;
  const offsets = chunks.map((text): [number, number] => [position, (position += text.length)]);
  const head = ascii(`{"format":${FORMAT},"chunks":${JSON.stringify(offsets)},"fieldLists":${JSON.stringify(fieldLists)},"deferred":${JSON.stringify(deferredList)},"source":${position},"ast":${ast}}`);
  return `${head}\n${chunks.join('')}${ascii(JSON.stringify([sourceHash(source), text]))}`;
}

/** JSON text with its non-ASCII characters escaped, which leaves it the same JSON. */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `root` as a chunk's JSON, each object `substitutes` has (functions) written as its substitute. */
function writeChunk(root: object, substitutes: ReadonlyMap<object, object>): string {
  const shared = sharedObjects(root, substitutes);
  const written = new Map<object, Path>();
  const out: string[] = [];
  const fixups: Fixup[] = [];
  const writer = {
    write(value: unknown, path: Path): void {
      if (typeof value === 'bigint') {
        fixups.push(['int', path]);
        out.push(`"${value.toString()}"`);
        return;
      }
      if (value === null || typeof value !== 'object') {
        out.push(JSON.stringify(value) ?? 'null');
        return;
      }
      const first = written.get(value);
      if (first) {
        fixups.push(['ref', first, path]);
        out.push('null');
        return;
      }
      if (shared.has(value)) written.set(value, path);
      const substitute = substitutes.get(value);
      if (substitute) return writer.write(substitute, path);
      if (Array.isArray(value)) {
        out.push('[');
        value.forEach((element, i) => {
          if (i > 0) out.push(',');
          writer.write(element, [...path, i]);
        });
        out.push(']');
        return;
      }
      out.push('{');
      let comma = false;
      for (const [key, field] of Object.entries(value)) {
        // As JSON.stringify does: such a field is absent.
        if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
        out.push(`${comma ? ',' : ''}${JSON.stringify(key)}:`);
        comma = true;
        writer.write(field, [...path, key]);
      }
      out.push('}');
    },
  };
  writer.write(root, []);
  const value = out.join('');
  return ascii(`{"fixups":${JSON.stringify(fixups)},"value":${value}}`);
}

/** The objects and arrays reached more than once from `root`, as it is written, but empty ones:
 *  a reference to `[]` would cost more than writing it again. */
function sharedObjects(root: object, substitutes: ReadonlyMap<object, unknown>): Set<object> {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const pending: object[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const child of Object.values(node) as unknown[]) {
      if (child === null || typeof child !== 'object' || Object.keys(child).length === 0) continue;
      if (seen.has(child)) {
        shared.add(child);
        continue;
      }
      seen.add(child);
      // A deferred item's other fields are in chunks of their own.
      pending.push(substitutes.get(child) ?? child);
    }
  }
  return shared;
}

/** The artifact's text, or its bytes: then only the parts that are read are decoded; or a reader
 *  of its bytes (a file's): then only those parts are read; or its two parts (the page's). */
export type ArtifactSource = string | Uint8Array | ArtifactReader | SplitArtifact;

/** Reads an artifact kept elsewhere, a part at a time. */
export interface ArtifactReader {
  readonly size: number;
  /** Bytes [start, end), end at most `size`. */
  read(start: number, end: number): Uint8Array;
}

/**
 * The artifact in the two parts the page downloads (`splitArtifact`): `eager`, the head's line
 * and the trailer, which loading reads, and the chunks between them, got when one is first read
 * (a short program reads none).
 */
export interface SplitArtifact {
  readonly eager: Uint8Array;
  readonly chunks: () => Uint8Array;
}

/** `artifact`'s two parts (see `SplitArtifact`); null if it is not an artifact. */
export function splitArtifact(artifact: Uint8Array): { readonly eager: Uint8Array; readonly chunks: Uint8Array } | null {
  const newline = artifact.indexOf(10);
  if (newline < 0) return null;
  const rest = newline + 1;
  let source: unknown;
  try {
    source = (JSON.parse(utf8.decode(artifact.subarray(0, newline))) as Partial<Head>).source;
  } catch {
    return null;
  }
  if (typeof source !== 'number' || rest + source > artifact.length) return null;
  const eager = new Uint8Array(artifact.length - source);
  eager.set(artifact.subarray(0, rest));
  eager.set(artifact.subarray(rest + source), rest);
  return { eager, chunks: artifact.slice(rest, rest + source) };
}

const utf8 = new TextDecoder();

/** How much of a reader's artifact is read at a time while looking for the head's end. */
const HEAD_BLOCK = 1 << 20;

/** An artifact's text by part: offsets are into the text after the head's line. */
interface ArtifactParts {
  /** The head's line; null if there is no newline. */
  readonly head: string | null;
  /** Text [start, end) of the chunks. */
  readonly chunks: (start: number, end: number) => string;
  /** The trailer, which starts at `start`, after the chunks. */
  readonly trailer: (start: number) => string;
}

function artifactParts(artifact: ArtifactSource): ArtifactParts {
  if (typeof artifact === 'string') {
    const newline = artifact.indexOf('\n');
    const rest = newline + 1;
    return { head: newline < 0 ? null : artifact.slice(0, newline), chunks: (start, end) => artifact.slice(rest + start, rest + end), trailer: (start) => artifact.slice(rest + start) };
  }
  if (artifact instanceof Uint8Array) return bytesParts(artifact.indexOf(10), (start, end) => artifact.subarray(start, end), artifact.length);
  if ('eager' in artifact) {
    const { eager } = artifact;
    const newline = eager.indexOf(10);
    let chunks: Uint8Array | undefined;
    return {
      head: newline < 0 ? null : utf8.decode(eager.subarray(0, newline)),
      chunks: (start, end) => utf8.decode((chunks ??= artifact.chunks()).subarray(start, end)),
      trailer: () => utf8.decode(eager.subarray(newline + 1)),
    };
  }
  let newline = -1;
  for (let start = 0; newline < 0 && start < artifact.size; start += HEAD_BLOCK) {
    const at = artifact.read(start, Math.min(start + HEAD_BLOCK, artifact.size)).indexOf(10);
    if (at >= 0) newline = start + at;
  }
  return bytesParts(newline, (start, end) => artifact.read(start, end), artifact.size);
}

/** The parts of an artifact's bytes, `length` of them, whose head's line ends at `newline`. */
function bytesParts(newline: number, bytes: (start: number, end: number) => Uint8Array, length: number): ArtifactParts {
  const rest = newline + 1;
  return {
    head: newline < 0 ? null : utf8.decode(bytes(0, newline)),
    chunks: (start, end) => utf8.decode(bytes(rest + start, rest + end)),
    trailer: (start) => utf8.decode(bytes(rest + start, length)),
  };
}

/** The AST and text in `artifact` if it was made from exactly `source` (and in this format),
 *  else null. A reader with no source to compare (`null`: a browser, which gets the artifact
 *  built with its page) takes it as it is. */
export function readAstArtifact(artifact: ArtifactSource, source: string | null): ParsedText | null {
  const parts = artifactParts(artifact);
  if (parts.head === null) return null;
  let head: Head;
  let trailer: unknown;
  try {
    head = JSON.parse(parts.head) as Head;
    if (head.format !== FORMAT) return null;
    trailer = JSON.parse(parts.trailer(head.source));
  } catch {
    return null;
  }
  if (!Array.isArray(trailer) || typeof trailer[0] !== 'string' || typeof trailer[1] !== 'string') return null;
  if (source !== null && trailer[0] !== sourceHash(source)) return null;
  const reader: ChunkReader = {
    chunk: (n) => {
      const [start, end] = head.chunks[n]!;
      return applyFixups(JSON.parse(parts.chunks(start, end)) as Chunk);
    },
  };
  const program = applyFixups(head.ast) as Program;
  deferredItems(program).forEach((item, i) => {
    const [fields, list, body] = head.deferred[i]!;
    defer(item, head.fieldLists[list]!, fields, reader);
    if (body >= 0) {
      defer(item, ['body'], body, reader);
      deferredBodies.add(item);
    }
  });
  return { program, text: trailer[1] };
}

interface ChunkReader {
  /** Chunk `n`, decoded. */
  chunk(n: number): unknown;
}

function applyFixups(chunk: Chunk): unknown {
  const holder: Record<string | number, unknown> = { value: chunk.value };
  const at = (path: Path): [Record<string | number, unknown>, string | number] => {
    let node = holder;
    let key: string | number = 'value';
    for (const step of path) {
      node = node[key] as Record<string | number, unknown>;
      key = step;
    }
    return [node, key];
  };
  const refs: (readonly ['ref', Path, Path])[] = [];
  for (const fixup of chunk.fixups) {
    if (fixup[0] === 'ref') {
      refs.push(fixup);
      continue;
    }
    const [node, key] = at(fixup[1]);
    node[key] = BigInt(node[key] as string);
  }
  // Last: a shared object's own fixups are made where it is written first.
  for (const [, from, to] of refs) {
    const [source, sourceKey] = at(from);
    const [node, key] = at(to);
    node[key] = source[sourceKey];
  }
  return holder.value;
}

/** A chunk an object's deferred fields are decoded from: it holds the value of the one key
 *  `body`, or an object with the keys of its list. */
interface Deferred {
  readonly keys: readonly string[];
  readonly chunk: number;
  readonly reader: ChunkReader;
}

const deferredOf = new WeakMap<object, Deferred[]>();

/** One getter per key, shared by every object: V8 then gives the objects one shape, where a
 *  getter of their own would give each its own (and make reading std's items slow). */
const deferredGetters = new Map<string, PropertyDescriptor>();

function defer(node: object, keys: readonly string[], chunk: number, reader: ChunkReader): void {
  const list = deferredOf.get(node);
  const deferred: Deferred = { keys, chunk, reader };
  if (list) list.push(deferred);
  else deferredOf.set(node, [deferred]);
  for (const key of keys) {
    let getter = deferredGetters.get(key);
    if (!getter) {
      getter = { configurable: true, enumerable: true, get: function (this: Record<string, unknown>) { return decodeDeferred(this, key); } };
      deferredGetters.set(key, getter);
    }
    Object.defineProperty(node, key, getter);
  }
}

function decodeDeferred(node: Record<string, unknown>, key: string): unknown {
  const { keys, chunk, reader } = deferredOf.get(node)!.find((d) => d.keys.includes(key))!;
  const decoded = reader.chunk(chunk);
  const single = keys.length === 1 && keys[0] === 'body';
  for (const k of keys) Object.defineProperty(node, k, { value: single ? decoded : (decoded as Record<string, unknown>)[k], configurable: true, enumerable: true, writable: true });
  return node[key];
}

/** Whether a function item has a body, without decoding one the artifact has not decoded yet
 *  (collecting items and checking impls against traits ask this of every std function). */
export function hasBody(fn: FnItem): boolean {
  return deferredBodies.has(fn) || fn.body !== null;
}

/** The functions whose body is a chunk (decoded or not). */
const deferredBodies = new WeakSet<object>();

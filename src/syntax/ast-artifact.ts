import type { Block, ConstItem, FnItem, Generics, Ident, ImplItem, Item, Param, Program, SelfParam, TraitItem, TypeExpr, TypePath } from './ast.js';
import type { Span } from '../diagnostics/span.js';

/**
 * A parsed file's AST as text, so that std's prelude is parsed and lowered once, at build time
 * (`npm run build` writes `dist/std-ast.json`), instead of in every process: tree-sitter and
 * lowering are most of a short run's time.
 *
 * Reading it must cost little too, since every process does it, and most of std is functions a
 * given program never calls. The artifact is one line of JSON, the head, then chunks of JSON
 * text one after the other, then the text it was parsed from:
 * - The head holds every item, but of each function only its name: the rest of the function
 *   (signature, span) is a chunk, and its body another; of each impl only its functions,
 *   constants and its trait's name, its trait, generics, self type and associated types being a
 *   chunk. A function or impl read back is an object of a class (`ArtifactFn`, `ArtifactImpl`)
 *   that decodes a chunk when one of its fields is first read, so a program pays for the std
 *   functions and impls it reaches. Collecting items reads names, asks `hasBody` and
 *   `implTraitName`; the type checker lowers a std impl when it first needs its header
 *   (types/context.ts). A copy or walk of an item's keys sees its decoded fields through
 *   `plainItem` only.
 * - Each chunk (the head's AST too) is `{"fixups": [...], "value": ...}`: the value is plain JSON,
 *   which `JSON.parse` alone turns into the AST's objects (spans included), and the fixups say
 *   by path where it holds what JSON cannot (bigints, an object shared by two places), so
 *   reading never walks the whole tree.
 * - The head's stamp names what the text was made from (a hash of std's files,
 *   resolve/std-source.ts), compared with the reader's own: a mismatch (std edited since the
 *   build) means the artifact is ignored and std is parsed again, so a stale artifact can cost
 *   time but never change an answer.
 * - The trailer, the text as a JSON string, is decoded when first read: only a diagnostic inside
 *   std quotes it, and a reader that has no std files to read (a browser) has it from here.
 * - It is ASCII (JSON escapes the rest), so a byte's offset is a character's: a reader given the
 *   bytes (`ArtifactSource`) decodes the head and then only the chunks it needs.
 */

const FORMAT = 10;

interface Head {
  readonly format: number;
  /** Where each chunk ends in the text after the head's line; it starts where the one before it
   *  ends (the first at 0). */
  readonly chunkEnds: readonly number[];
  /** For each function of the AST, in `deferredItems`' order, `FN_ENTRY` numbers: the chunk of
   *  its other fields, its body's chunk (-1 for none), its name and its name's span (`SPAN_KEYS`).
   *  The AST holds a 0 in its place. Flat arrays of numbers: JSON.parse makes them far faster
   *  than as many small objects, and every process reads this. */
  readonly fns: readonly (number | string)[];
  /** For each impl, in the AST's order, two entries: the chunk of its other fields and its
   *  trait's name (null for an inherent impl), which filing the impl needs before anything else
   *  of it. */
  readonly impls: readonly (number | string | null)[];
  /** What the text was made from (see `readAstArtifact`). */
  readonly stamp: string;
  /** Where the trailer (the text, a JSON string) begins in the text after the head's line. */
  readonly source: number;
  /** The length of the text after the head's line: a file cut short is no artifact. */
  readonly length: number;
  readonly ast: Chunk;
}

const SPAN_KEYS = ['start', 'end', 'line', 'col', 'endLine', 'endCol'] as const satisfies readonly (keyof Span)[];
const FN_ENTRY = 3 + SPAN_KEYS.length;

type Path = readonly (string | number)[];

/**
 * What the value holds at a path that JSON cannot say:
 * - `int`: the string there is an integer literal's bigint;
 * - `set`: the array there is a Set's elements (a block function's `outerLocals`);
 * - `ref`: the object at the first path is also at the second (an AST shares a path type's
 *   `args` with its last segment: written out twice, nested generic types would double in size
 *   at each level).
 */
type Fixup = readonly ['int', Path] | readonly ['set', Path] | readonly ['ref', Path, Path];

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

/** The fields the head keeps: those read of every std function and impl. A function keeps its
 *  name (in `Head.fns`); its body is a chunk of its own (a signature is often needed without
 *  it). An impl's trait is a chunk's too, its name being in the head. */
const EAGER_FIELDS: Readonly<Record<'fn' | 'impl', ReadonlySet<string>>> = {
  fn: new Set<keyof FnItem>(['kind', 'name']),
  impl: new Set<keyof ImplItem>(['kind', 'fns', 'consts']),
};

/** A parsed text, as read back from an artifact. */
export interface ParsedText {
  readonly program: Program;
  readonly text: string;
}

/** `program`, parsed from `text`; `stamp` names what the text was made from (a hash of std's
 *  files), which a reader compares with its own. */
export function writeAstArtifact(program: Program, text: string, stamp: string): string {
  const chunks: string[] = [];
  const substitutes = new Map<object, unknown>();
  const fns: (number | string)[] = [];
  const impls: (number | string | null)[] = [];
  for (const item of deferredItems(program)) {
    const eager = EAGER_FIELDS[item.kind];
    const deferred: Record<string, unknown> = {};
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      if (eager.has(key)) kept[key] = value;
      else if (key !== 'body') deferred[key] = value;
    }
    const fields = chunks.push(writeChunk(deferred, new Map())) - 1;
    if (item.kind === 'fn') {
      const body = item.body === null ? -1 : chunks.push(writeChunk(item.body, new Map())) - 1;
      fns.push(fields, body, item.name.name, ...SPAN_KEYS.map((key) => item.name.span[key]));
      substitutes.set(item, 0);
    } else {
      impls.push(fields, item.trait ? item.trait.segments[item.trait.segments.length - 1]!.name : null);
      substitutes.set(item, kept);
    }
  }
  const ast = writeChunk(program, substitutes);
  let position = 0;
  const chunkEnds = chunks.map((text) => (position += text.length));
  const trailer = ascii(JSON.stringify(text));
  const head = ascii(`{"format":${FORMAT},"stamp":${JSON.stringify(stamp)},"chunkEnds":${JSON.stringify(chunkEnds)},"fns":${JSON.stringify(fns)},"impls":${JSON.stringify(impls)},"source":${position},"length":${position + trailer.length},"ast":${ast}}`);
  return `${head}\n${chunks.join('')}${trailer}`;
}

/** JSON text with its non-ASCII characters escaped, which leaves it the same JSON. */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `root` as a chunk's JSON, each object `substitutes` has (functions and impls) written as its
 *  substitute. */
function writeChunk(root: object, substitutes: ReadonlyMap<object, unknown>): string {
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
      if (substitutes.has(value)) return writer.write(substitutes.get(value), path);
      if (value instanceof Set) {
        fixups.push(['set', path]);
        return writer.write([...value], path);
      }
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
      const written = substitutes.has(child) ? substitutes.get(child) : child;
      if (written !== null && typeof written === 'object') pending.push(written);
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
 * The artifact in the two parts the page downloads (`splitArtifact`): `eager`, the head's line,
 * which loading reads, and the rest (the chunks and the trailer), got when one is first read (a
 * short program reads none).
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
  return { eager: artifact.slice(0, rest), chunks: artifact.slice(rest) };
}

const utf8 = new TextDecoder();

/** How much of a reader's artifact is read at a time while looking for the head's end. */
const HEAD_BLOCK = 1 << 20;

/** An artifact's text by part: offsets are into the text after the head's line. */
interface ArtifactParts {
  /** The head's line; null if there is no newline. */
  readonly head: string | null;
  /** The length of the text after the head's line, where it is known before it is read. */
  readonly length: number | null;
  /** Text [start, end) of the chunks. */
  readonly chunks: (start: number, end: number) => string;
  /** The trailer, which starts at `start`, after the chunks, and runs to the end. */
  readonly trailer: (start: number) => string;
}

function artifactParts(artifact: ArtifactSource): ArtifactParts {
  if (typeof artifact === 'string') {
    const newline = artifact.indexOf('\n');
    const rest = newline + 1;
    return { head: newline < 0 ? null : artifact.slice(0, newline), length: artifact.length - rest, chunks: (start, end) => artifact.slice(rest + start, rest + end), trailer: (start) => artifact.slice(rest + start) };
  }
  if (artifact instanceof Uint8Array) return bytesParts(artifact.indexOf(10), (start, end) => artifact.subarray(start, end), artifact.length);
  if ('eager' in artifact) {
    const { eager } = artifact;
    const newline = eager.indexOf(10);
    let chunks: Uint8Array | undefined;
    return {
      head: newline < 0 ? null : utf8.decode(eager.subarray(0, newline)),
      length: null,
      chunks: (start, end) => utf8.decode((chunks ??= artifact.chunks()).subarray(start, end)),
      trailer: (start) => utf8.decode((chunks ??= artifact.chunks()).subarray(start)),
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
    length: length - rest,
    chunks: (start, end) => utf8.decode(bytes(rest + start, rest + end)),
    trailer: (start) => utf8.decode(bytes(rest + start, length)),
  };
}

/** The AST and text in `artifact` if it was made from what `stamp` names (and in this format),
 *  else null. A reader with no stamp to compare (`null`: a browser, which gets the artifact
 *  built with its page) takes it as it is. */
export function readAstArtifact(artifact: ArtifactSource, stamp: string | null): ParsedText | null {
  const parts = artifactParts(artifact);
  if (parts.head === null) return null;
  let head: Head;
  try {
    head = JSON.parse(parts.head) as Head;
  } catch {
    return null;
  }
  if (head.format !== FORMAT || (parts.length !== null && parts.length !== head.length)) return null;
  if (stamp !== null && head.stamp !== stamp) return null;
  const reader: ChunkReader = {
    chunk: (n) => applyFixups(JSON.parse(parts.chunks(n === 0 ? 0 : head.chunkEnds[n - 1]!, head.chunkEnds[n]!)) as Chunk),
  };
  const program = applyFixups(head.ast) as { items: (Item | 0)[] };
  // The head's functions are a 0 each, its impls their eager fields only: each becomes the object
  // that decodes the rest when first read, numbered as `deferredItems` numbers them.
  let fn = 0;
  let impl = 0;
  const lazyFn = (): ArtifactFn => {
    const at = FN_ENTRY * fn++;
    const entry = head.fns;
    const span = { start: entry[at + 3], end: entry[at + 4], line: entry[at + 5], col: entry[at + 6], endLine: entry[at + 7], endCol: entry[at + 8] } as Span;
    return new ArtifactFn({ name: entry[at + 2] as string, span }, reader, entry[at] as number, entry[at + 1] as number);
  };
  const items = program.items.map((item): Item => {
    if (item === 0) return lazyFn();
    if (item.kind === 'trait') return { ...item, fns: item.fns.map(lazyFn) };
    if (item.kind !== 'impl') return item;
    const fns = item.fns.map(lazyFn);
    const at = 2 * impl++;
    return new ArtifactImpl(fns, item.consts, head.impls[at + 1] as string | null, reader, head.impls[at] as number);
  });
  let text: string | undefined;
  return {
    program: { ...program, items },
    get text(): string {
      return (text ??= JSON.parse(parts.trailer(head.source)) as string);
    },
  };
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
    node[key] = fixup[0] === 'set' ? new Set(node[key] as unknown[]) : BigInt(node[key] as string);
  }
  // Last: a shared object's own fixups are made where it is written first.
  for (const [, from, to] of refs) {
    const [source, sourceKey] = at(from);
    const [node, key] = at(to);
    node[key] = source[sourceKey];
  }
  return holder.value;
}

/**
 * A function of an artifact: its name at once, its other fields (a chunk) and its body (another)
 * when one is first read. A class, its getters shared on its prototype: giving each of std's
 * thousands of functions getters of its own was a large part of every process's start.
 */
class ArtifactFn implements FnItem {
  readonly kind = 'fn';
  readonly #reader: ChunkReader;
  readonly #fieldsChunk: number;
  readonly #bodyChunk: number;
  #fields: Partial<FnItem> | undefined;
  #body: Block | null | undefined;

  constructor(
    readonly name: Ident,
    reader: ChunkReader,
    fieldsChunk: number,
    bodyChunk: number,
  ) {
    this.#reader = reader;
    this.#fieldsChunk = fieldsChunk;
    this.#bodyChunk = bodyChunk;
  }

  #decoded(): Partial<FnItem> {
    return (this.#fields ??= this.#reader.chunk(this.#fieldsChunk) as Partial<FnItem>);
  }
  get generics(): Generics { return this.#decoded().generics!; }
  get selfParam(): SelfParam | null { return this.#decoded().selfParam!; }
  get params(): readonly Param[] { return this.#decoded().params!; }
  get ret(): TypeExpr | null { return this.#decoded().ret!; }
  get span(): Span { return this.#decoded().span!; }
  get module(): readonly string[] | undefined { return this.#decoded().module; }
  get isPub(): boolean | undefined { return this.#decoded().isPub; }
  get unsafe(): true | undefined { return this.#decoded().unsafe; }
  get outerLocals(): ReadonlySet<string> | undefined { return this.#decoded().outerLocals; }
  get body(): Block | null {
    if (this.#body === undefined) this.#body = this.#bodyChunk < 0 ? null : (this.#reader.chunk(this.#bodyChunk) as Block);
    return this.#body;
  }

  static hasBody(fn: ArtifactFn): boolean {
    return fn.#bodyChunk >= 0;
  }

  mapped(map: ItemMap): ArtifactFn {
    return new ArtifactFn(map(this.name) as Ident, mappedReader(this.#reader, map), this.#fieldsChunk, this.#bodyChunk);
  }

  /** The function as a plain object of all its fields. */
  static plain(fn: ArtifactFn): FnItem {
    return { kind: 'fn', name: fn.name, ...fn.#decoded(), body: fn.body } as FnItem;
  }
}

/** An impl of an artifact: its functions, constants and trait's name at once, its other fields
 *  (a chunk) when one is first read. */
class ArtifactImpl implements ImplItem {
  readonly kind = 'impl';
  readonly #traitName: string | null;
  readonly #reader: ChunkReader;
  readonly #fieldsChunk: number;
  #fields: Partial<ImplItem> | undefined;

  constructor(
    readonly fns: readonly FnItem[],
    readonly consts: readonly ConstItem[],
    traitName: string | null,
    reader: ChunkReader,
    fieldsChunk: number,
  ) {
    this.#traitName = traitName;
    this.#reader = reader;
    this.#fieldsChunk = fieldsChunk;
  }

  #decoded(): Partial<ImplItem> {
    return (this.#fields ??= this.#reader.chunk(this.#fieldsChunk) as Partial<ImplItem>);
  }
  get unsafe(): boolean { return this.#decoded().unsafe!; }
  get negative(): boolean { return this.#decoded().negative!; }
  get generics(): Generics { return this.#decoded().generics!; }
  get trait(): TypePath | null { return this.#decoded().trait!; }
  get selfTy(): TypeExpr { return this.#decoded().selfTy!; }
  get types(): ImplItem['types'] { return this.#decoded().types!; }
  get span(): Span { return this.#decoded().span!; }

  static traitName(impl: ArtifactImpl): string | null {
    return impl.#traitName;
  }

  mapped(map: ItemMap): ArtifactImpl {
    const reader = mappedReader(this.#reader, map);
    return new ArtifactImpl(this.fns.map((fn) => mapItem(fn, map) as FnItem), map(this.consts) as readonly ConstItem[], map(this.#traitName) as string | null, reader, this.#fieldsChunk);
  }

  static plain(impl: ArtifactImpl): ImplItem {
    return { kind: 'impl', ...impl.#decoded(), fns: impl.fns.map(plainFn), consts: impl.consts } as ImplItem;
  }
}

function plainFn(fn: FnItem): FnItem {
  return fn instanceof ArtifactFn ? ArtifactFn.plain(fn) : fn;
}

/** A change made to an item's fields, each given whole: it returns what it is given when it changes
 *  nothing in it. */
export type ItemMap = (value: unknown) => unknown;

function mappedReader(reader: ChunkReader, map: ItemMap): ChunkReader {
  return { chunk: (n) => map(reader.chunk(n)) };
}

/** `item` with `map` applied to its fields; an artifact's function or impl applies it to the
 *  fields it decodes when it decodes them, so that nothing is decoded here. */
export function mapItem(item: Item, map: ItemMap): Item {
  if (item instanceof ArtifactFn || item instanceof ArtifactImpl) return item.mapped(map);
  if (item.kind !== 'trait') return map(item) as Item;
  // A trait's functions may be an artifact's, which `map` does not look into.
  return { ...(map({ ...item, fns: [] }) as TraitItem), fns: item.fns.map((fn) => mapItem(fn, map) as FnItem) };
}

/** Whether a function item has a body, without decoding one the artifact has not decoded yet
 *  (collecting items and checking impls against traits ask this of every std function). */
export function hasBody(fn: FnItem): boolean {
  return fn instanceof ArtifactFn ? ArtifactFn.hasBody(fn) : fn.body !== null;
}

/** The name of the trait an impl implements (null for an inherent impl), without decoding the
 *  rest of an impl the artifact has not decoded yet (filing std's impls asks it of each). */
export function implTraitName(impl: ImplItem): string | null {
  if (impl instanceof ArtifactImpl) return ArtifactImpl.traitName(impl);
  return impl.trait ? impl.trait.segments[impl.trait.segments.length - 1]!.name : null;
}

/** An item as a plain object of all its fields, its functions' too: an artifact's items decode
 *  their fields when first read, from getters that a copy of the object (`{...item}`) or a walk
 *  of its keys does not see. */
export function plainItem(item: Item): Item {
  if (item instanceof ArtifactFn) return ArtifactFn.plain(item);
  if (item instanceof ArtifactImpl) return ArtifactImpl.plain(item);
  if (item.kind === 'trait') return { ...item, fns: item.fns.map(plainFn) };
  return item;
}

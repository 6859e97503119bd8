import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { FormatArg, FormatCountRef, FormatSink, Instance, LoweredFormat, PanicMessage, Place, RuntimeTrait } from '../mir/ir.js';
import { intFromNumber, type Scalar } from '../memory/memory.js';
import { isUnsized } from '../memory/target.js';
import { intBits, showTy, type Ty, knownLen } from '../types/ty.js';
import { debugCharChunks, debugStrChunks, formatFloatChunks, formatIntChunks, padChunks, padIntegralChunks, type ResolvedSpec } from './fmt.js';
import type { Machine, Value } from './machine.js';
import { stdBuffer, valueSize, type PlaceRef } from './places.js';
import { asInt, fatValue, asNumber } from './values.js';
import { UndefinedBehavior } from './unchecked.js';
import { isNullPointer } from './raw-pointers.js';
import { readVariant } from '../memory/tags.js';
import { FormatError, Panic, RUSTC_LIBRARY } from './signals.js';

/**
 * Formatting values of every type for `print` statements and panic messages, as std's
 * `Display` and `Debug` impls do, and the `Formatter`s that user `fmt` impls write into.
 *
 * Output is streamed to a `Write` as the pieces std's formatting machinery writes (each literal
 * piece, each fill char, the sign, the digits, ...): when the destination is a `String`, each
 * write is a `push_str` that may grow its buffer, and the growth must follow the real writes.
 */

/** Where formatted text goes, one `write_str` (or `write_char`) at a time. */
export type Write = (text: string) => void;

/** The real state of a prelude `Formatter { id }`: where it writes, and the spec. */
export interface FormatterState {
  readonly write: Write;
  readonly spec: ResolvedSpec;
  /** `DebugStruct` and friends in `{:#?}`: writes go through a fresh PadAdapter until `padEnd`. */
  padBegin(): void;
  padEnd(): void;
}

function formatterState(write: Write, spec: ResolvedSpec): FormatterState {
  const outer: Write[] = [];
  let current = write;
  return {
    write: (text) => current(text),
    spec,
    padBegin: () => {
      outer.push(current);
      current = padAdapter(current);
    },
    padEnd: () => {
      current = outer.pop() ?? write;
    },
  };
}

const DEBUG: ResolvedSpec = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null };

/** Runs `f` with a writer that collects what it writes. */
export function collect(f: (w: Write) => void): string {
  let out = '';
  f((text) => {
    out += text;
  });
  return out;
}

/** `fmt::write`: each literal piece, then each argument through a formatter with its spec.
 *  `newline` (the `ln` macros) ends the last literal piece with `\n`, or adds one. */
export function writeArgs(m: Machine, f: LoweredFormat, span: Span, w: Write, newline = false): void {
  const count = (c: FormatCountRef | null): number | null => {
    if (c === null) return null;
    if (c.kind === 'literal') return c.value;
    const place = resolveArg(m, f.args[c.index]!);
    const value = asNumber(m.readScalar(place.addr));
    // std's `fmt::Arguments` holds widths and precisions as u16: a larger one panics when the
    // arguments are made, at the macro's call, before anything is written.
    if (value > 0xffff) throw new Panic('Formatting argument out of range', span);
    return value;
  };
  const segments = f.segments;
  const specs = segments.map((segment): ResolvedSpec | null =>
    segment.kind === 'arg' ? { ...segment.spec, width: count(segment.spec.width), precision: count(segment.spec.precision) } : null,
  );
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'text') {
      const text = newline && i === segments.length - 1 ? `${segment.text}\n` : segment.text;
      if (text !== '') w(text);
      continue;
    }
    if (segment.kind === 'location') {
      w(`${m.file.path}:${segment.line}:${segment.col}`);
      continue;
    }
    writeValue(m, w, resolveArg(m, f.args[segment.index]!), specs[i]!, span);
  }
  if (newline && (segments.length === 0 || segments[segments.length - 1]!.kind !== 'text')) w('\n');
}

export function formatArgs(m: Machine, f: LoweredFormat, span: Span, newline = false): string {
  return collect((w) => writeArgs(m, f, span, w, newline));
}

function resolveArg(m: Machine, arg: FormatArg): PlaceRef {
  // `--unchecked`: undefined behaviour while formatting the argument is reported at it.
  if (m.ub !== null) m.ub.span = arg.span;
  const place = m.place(arg.place);
  if (m.ub !== null) m.ub.read(place.addr, m.layout(arg.ty).size, m.ub.through(arg.place));
  return place.ty === arg.ty ? place : { ...place, ty: arg.ty };
}

/** A `print` statement: formats into stdout, stderr, the `Formatter` or the `String` at a place. */
export function printToSink(m: Machine, sink: FormatSink, format: LoweredFormat, newline: boolean, span: Span): void {
  switch (sink.kind) {
    case 'stdout':
    case 'stderr': {
      const write = m.beginPrint(sink.kind, span);
      try {
        writeArgs(m, format, span, write, newline);
      } catch (signal) {
        // A run stopped at undefined behaviour shows the output of the statements before it:
        // what the binary would print from there on is anyone's guess.
        m.endPrint(!(signal instanceof UndefinedBehavior));
        // What was written stays written; std's `io::Write::write_fmt` then panics.
        if (signal instanceof FormatError) throw new Panic('a formatting trait implementation returned an error when the underlying stream did not', span, `${RUSTC_LIBRARY}/std/src/io/mod.rs:648:17`);
        throw signal;
      }
      return m.endPrint(true);
    }
    case 'formatter':
      return writeOrFail(m, sink.result, span, () => writeArgs(m, format, span, formatterAt(m, m.place(sink.place)).write, newline));
    case 'string': {
      let place = m.place(sink.place);
      while (place.ty.k === 'ref' || place.ty.k === 'ptr') place = derefPlace(m, place);
      const string = place;
      return writeOrFail(m, sink.result, span, () => writeArgs(m, format, span, m.stringWriter(string.addr, string.ty, span), newline));
    }
  }
}

/** Formats into a `Formatter` or a `String`, what was written before a failing `fmt` impl
 *  staying written: `write!` then returns `Err(fmt::Error)` in `result`, and `format!` (no
 *  `result`) panics as std's `alloc::fmt::format` does. */
function writeOrFail(m: Machine, result: Place | null, span: Span, write: () => void): void {
  try {
    write();
  } catch (signal) {
    if (!(signal instanceof FormatError)) throw signal;
    if (result === null) throw new Panic('a formatting trait implementation returned an error when the underlying stream did not: Error', span, `${RUSTC_LIBRARY}/alloc/src/fmt.rs:655:14`);
    const place = m.place(result);
    writeFmtResult(m, place.addr, place.ty, false);
  }
}

/** Writes `Ok(())` or `Err(fmt::Error)` at `addr`, a `fmt::Result`. */
export function writeFmtResult(m: Machine, addr: number, ty: Ty, ok: boolean): void {
  const variants = ty.k === 'adt' ? ty.def.variants : [];
  m.writeAggregate(addr, ty, variants.findIndex((v) => v.name === (ok ? 'Ok' : 'Err')), [null]);
}

/** Whether a `fmt` impl's returned `fmt::Result` is `Err`. */
function isFmtErr(m: Machine, ty: Ty, value: Value): boolean {
  const layout = m.layout(ty);
  const tag = value !== null && value.kind === 'cells' ? value.raw[layout.tagOffset] : value;
  const err = ty.k === 'adt' ? ty.def.variants.findIndex((v) => v.name === 'Err') : -1;
  return tag !== undefined && tag !== null && typeof tag !== 'string' && tag.kind === 'int' && tag.value === BigInt(err);
}

/** The state of the formatter a `&mut Formatter` place points to (or a `Formatter` place). */
export function formatterAt(m: Machine, place: PlaceRef): FormatterState {
  let addr = place.addr;
  let ty = place.ty;
  while (ty.k === 'ref' || ty.k === 'ptr') {
    const ptr = m.readScalar(addr);
    if (ptr.kind !== 'ptr') throw new Error('internal error: a Formatter sink that is not a pointer');
    addr = ptr.addr;
    ty = ty.inner;
  }
  const field = m.layout(ty).variants[0]?.fields[0];
  const id = asNumber(m.readScalar(addr + (field?.offset ?? 0)));
  const state = m.formatters.get(id);
  if (!state) throw new Error(`internal error: no formatter with id ${id}`);
  return state;
}

/** The program's (or the prelude's) impl of a runtime trait for a type, cached per machine. */
export function userImpl(m: Machine, trait: RuntimeTrait, ty: Ty): Instance | null {
  let cache = m.implCache.get(trait);
  if (!cache) m.implCache.set(trait, (cache = new WeakMap()));
  let inst = cache.get(ty);
  if (inst === undefined) cache.set(ty, (inst = m.program.traitMethod(trait, ty)));
  return inst;
}

/** Formats the value at `place` with `spec` (its `trait` picks Display, Debug, hex, ...). */
export function formatValue(m: Machine, place: PlaceRef, spec: ResolvedSpec, span: Span): string {
  return collect((w) => writeValue(m, w, place, spec, span));
}

const writeAll = (w: Write, chunks: readonly string[]): void => {
  for (const c of chunks) w(c);
};

/** `Pointer::fmt` of the reference, raw pointer, box or function pointer at `place`: its address
 *  in hex with `0x` (`{:#p}` zero-padded to 18). The book model's addresses are not rustc's, so
 *  only a null pointer prints there. */
function writePointer(m: Machine, w: Write, place: PlaceRef, spec: ResolvedSpec, span: Span): void {
  const ptr = m.readScalar(place.addr);
  if (m.target.name === 'book' && !isNullPointer(m, ptr)) throw unsupported("a pointer's address in the book model (`--model real` has rustc's)", span);
  const addr = (ptr.kind === 'ptr' ? ptr.addr : 0).toString(16);
  const pointerSpec: ResolvedSpec = spec.alternate ? { ...spec, zeroPad: true, width: spec.width ?? 18 } : spec;
  writeAll(w, padIntegralChunks({ ...pointerSpec, alternate: true }, true, '0x', addr));
}

/** Writes the value at `place` formatted with `spec`, as std's impls write it. */
export function writeValue(m: Machine, w: Write, place: PlaceRef, spec: ResolvedSpec, span: Span): void {
  const ty = place.ty;
  if (spec.trait === 'p') return writePointer(m, w, place, spec, span);
  switch (ty.k) {
    case 'ref':
    case 'box':
      return writeValue(m, w, derefPlace(m, place), spec, span);
    case 'ptr':
      // A raw pointer's `Debug` is its `Pointer`.
      return writePointer(m, w, place, spec, span);
    case 'int': {
      const v = m.readScalar(place.addr);
      return writeAll(w, formatIntChunks(asInt(v), intBits(ty.int), spec));
    }
    case 'float': {
      const v = m.readScalar(place.addr);
      const x = v.kind === 'float' ? v.value : asNumber(v);
      return writeAll(w, formatFloatChunks(x, ty.float, spec));
    }
    case 'bool':
      return writeAll(w, padChunks(spec, asInt(m.readScalar(place.addr)) !== 0n ? 'true' : 'false'));
    case 'char': {
      const cp = asNumber(m.readScalar(place.addr));
      return writeAll(w, spec.trait === '?' ? debugCharChunks(cp) : padChunks(spec, String.fromCodePoint(cp)));
    }
    case 'str': {
      const text = readStr(m, place.addr, place.len);
      return writeAll(w, spec.trait === '?' ? debugStrChunks(text) : padChunks(spec, text));
    }
    case 'tuple': {
      if (ty.elems.length === 0) return writeAll(w, padChunks(spec, '()'));
      const fields = m.layout(ty).variants[0]!.fields;
      return debugTuple(w, '', fields.map((f) => (fw: Write) => writeValue(m, fw, fieldPlace(place, f.offset, f.ty), spec, span)), spec.alternate);
    }
    case 'array':
    case 'slice': {
      const layout = m.layout(ty);
      const n = ty.k === 'array' ? knownLen(ty) : place.len;
      const entries: ((w: Write) => void)[] = [];
      for (let i = 0; i < n; i++) entries.push((ew) => writeValue(m, ew, fieldPlace(place, i * layout.stride, ty.elem), spec, span));
      return debugList(w, entries, spec.alternate);
    }
    case 'dynFn':
      throw unsupported('formatting a closure', span);
    case 'dyn':
      if (!place.dyn) throw new Error('internal error: a trait object without its type');
      return writeValue(m, w, { ...place, ty: place.dyn, dyn: null }, spec, span);
    case 'adt': {
      if (spec.trait === '?' && ty.def.std && MAPS.has(ty.def.name)) return writeMap(m, w, place, ty, spec, span);
      // `Vec<T>` formats as its slice (`Debug` only), `String` as its `str`.
      const buffer = stdBuffer(m, place.addr, ty);
      if (buffer && (buffer.ty.k === 'str' || spec.trait === '?')) return writeValue(m, w, buffer, spec, span);
      return writeAdt(m, w, place, ty, spec, span);
    }
    case 'fnPtr':
      // `{:?}` of a function pointer prints its address in the binary, which stackheap does not have.
      throw unsupported('formatting a function pointer', span);
    default:
      throw new Error(`internal error: cannot format a value of type ${showTy(ty)}`);
  }
}

/** The prelude's hashed maps and sets, formatted as std's `debug_map` / `debug_set`: `{k: v, ...}`
 *  and `{x, ...}`, a hashbrown table read in bucket order (hashTableEntries); the B-tree's have
 *  `Debug` impls in std/btree.rs. */
const MAPS = new Set(['HashMap', 'HashSet']);

function writeMap(m: Machine, w: Write, place: PlaceRef, ty: Ty & { k: 'adt' }, spec: ResolvedSpec, span: Span): void {
  const isSet = ty.def.name.endsWith('Set');
  // A set holds a map.
  let mapPlace = place;
  if (isSet) {
    const f = m.layout(ty).variants[0]!.fields[0]!;
    mapPlace = fieldPlace(place, f.offset, f.ty);
  }
  const pairs = hashTableEntries(m, mapPlace);
  // rustc's binary prints a hashed map or set of several entries in an order its random seed
  // decides: no one order is its output.
  if (pairs.addrs.length > 1) throw unsupported(`printing a \`${ty.def.name}\` of several entries with \`{:?}\` (rustc's binary prints them in a random order)`, span);
  const pairLayout = m.layout(pairs.pair);
  const [keyField, valueField] = pairLayout.variants[0]!.fields as [{ offset: number; ty: Ty }, { offset: number; ty: Ty }];
  const entries: Entry[] = [];
  for (const addr of pairs.addrs) {
    const entry: PlaceRef = { addr, ty: pairs.pair, len: -1, dyn: null, variant: -1 };
    const key = (ew: Write) => writeValue(m, ew, fieldPlace(entry, keyField.offset, keyField.ty), spec, span);
    if (isSet) entries.push(key);
    else {
      entries.push((ew) => {
        key(ew);
        ew(': ');
        writeValue(m, ew, fieldPlace(entry, valueField.offset, valueField.ty), spec, span);
      });
    }
  }
  w('{');
  entries.forEach((entry, i) => {
    if (spec.alternate) {
      if (i === 0) w('\n');
      const pw = padAdapter(w);
      entry(pw);
      pw(',\n');
    } else {
      if (i > 0) w(', ');
      entry(w);
    }
  });
  w('}');
}

/** The addresses of a map's `(K, V)` entries, in its order. */
interface MapEntries {
  readonly pair: Ty;
  readonly addrs: readonly number[];
}

/** A hash map's full buckets (std/hash_map.rs: `table: __RawTable { bucket_mask, ctrl, .. }`),
 *  bucket i lying i + 1 entries below the control bytes. */
function hashTableEntries(m: Machine, map: PlaceRef): MapEntries {
  const tableField = fieldNamed(m, map.ty, 'table');
  const table = map.addr + tableField.offset;
  const mask = Number(asInt(m.readScalar(table + fieldNamed(m, tableField.ty, 'bucket_mask').offset)));
  const ctrl = m.readScalar(table + fieldNamed(m, tableField.ty, 'ctrl').offset);
  const pair = (tableField.ty as Ty & { k: 'adt' }).args.length === 2 ? ({ k: 'tuple', elems: (tableField.ty as Ty & { k: 'adt' }).args } as Ty) : null;
  if (ctrl.kind !== 'ptr' || pair === null) throw new Error('internal error: a hash map without its table');
  const addrs: number[] = [];
  if (mask === 0) return { pair, addrs };
  const size = m.layout(pair).size;
  for (let i = 0; i <= mask; i++) {
    if (Number(asInt(m.readScalar(ctrl.addr + i))) < 0x80) addrs.push(ctrl.addr - (i + 1) * size);
  }
  return { pair, addrs };
}

function fieldNamed(m: Machine, ty: Ty, name: string): { offset: number; ty: Ty } {
  const fields = m.layout(ty).variants[0]!.fields;
  const index = ty.k === 'adt' ? ty.def.variants[0]!.fields.findIndex((f) => f.name === name) : -1;
  if (index < 0) throw new Error(`internal error: \`${showTy(ty)}\` has no field \`${name}\``);
  return fields[index]!;
}

function writeAdt(m: Machine, w: Write, place: PlaceRef, ty: Ty & { k: 'adt' }, spec: ResolvedSpec, span: Span): void {
  const trait: RuntimeTrait | null = spec.trait === '' ? 'Display' : spec.trait === '?' ? 'Debug' : null;
  const inst = trait ? userImpl(m, trait, ty) : null;
  if (inst) return callUserFmt(m, inst, place, spec, span, w);
  if (trait !== 'Debug' || !ty.def.derives.has('Debug')) {
    throw new Error(`internal error: \`${showTy(ty)}\` has no ${trait ?? spec.trait} implementation the machine can run`);
  }
  // `#[derive(Debug)]`
  const layout = m.layout(ty);
  let v = 0;
  if (layout.shape === 'enum') v = readVariant(m.memory, place.addr, layout);
  const variant = ty.def.variants[v]!;
  const fields = layout.variants[v]?.fields ?? [];
  const parts = fields.map((f) => (fw: Write) => writeValue(m, fw, fieldPlace(place, f.offset, f.ty), spec, span));
  if (variant.shape === 'named') return debugStruct(w, variant.name, variant.fields.map((f, i) => [f.name, parts[i]!] as const), spec.alternate);
  return debugTuple(w, variant.name, parts, spec.alternate);
}

/**
 * Runs a program's (or the prelude's) `fmt(&self, f: &mut Formatter)`: a `Formatter` is made in
 * scratch memory, its real state (spec, destination) kept in the machine under its id.
 */
export function callUserFmt(m: Machine, inst: Instance, place: PlaceRef, spec: ResolvedSpec, span: Span, w: Write): void {
  const info = m.bodyInfo(inst);
  const fmtRef = info.tys[2];
  const fmtTy = fmtRef && (fmtRef.k === 'ref' || fmtRef.k === 'ptr') ? fmtRef.inner : null;
  const size = fmtTy ? m.layout(fmtTy).size : 1;
  const addr = m.allocScratch(size);
  const id = m.nextFormatterId++;
  const field = fmtTy ? m.layout(fmtTy).variants[0]?.fields[0] : undefined;
  m.memory.write(addr + (field?.offset ?? 0), intFromNumber(id));
  m.formatters.set(id, formatterState(w, spec));
  let result: Value;
  try {
    result = m.callNested(inst, [pointerTo(place, m.target.pointerSize), { kind: 'ptr', addr, alloc: 0 }], span);
  } finally {
    m.formatters.delete(id);
  }
  m.freeScratch(addr, size);
  if (isFmtErr(m, info.tys[0]!, result)) throw new FormatError();
}

/** A pointer to the place: fat when the place is unsized. */
export function pointerTo(place: PlaceRef, pointerSize = 1): Value {
  const ptr: Scalar = { kind: 'ptr', addr: place.addr, alloc: 0 };
  if (place.len >= 0) return fatValue(ptr, intFromNumber(place.len), pointerSize);
  if (place.dyn) return fatValue(ptr, { kind: 'vtable', ty: place.dyn }, pointerSize);
  return ptr;
}

/** The place a reference, raw pointer or box at `place` points to. */
export function derefPlace(m: Machine, place: PlaceRef): PlaceRef {
  const ty = place.ty as Ty & { k: 'ref' | 'ptr' | 'box' };
  const ptr = m.readScalar(place.addr);
  if (ptr.kind !== 'ptr') throw new Error(`internal error: dereferenced a ${ptr.kind}`);
  let len = -1;
  let dyn: Ty | null = null;
  if (isUnsized(ty.inner)) {
    const meta = m.readScalar(place.addr + m.target.pointerSize);
    if (meta.kind === 'vtable') dyn = meta.ty;
    else len = asNumber(meta);
  }
  const pointee: PlaceRef = { addr: ptr.addr, ty: ty.inner, len, dyn, variant: -1 };
  if (m.ub !== null) m.ub.deref(ptr, place.addr, valueSize(m, pointee));
  return pointee;
}

function fieldPlace(place: PlaceRef, offset: number, ty: Ty): PlaceRef {
  return { addr: place.addr + offset, ty, len: -1, dyn: null, variant: -1 };
}

/** The `str` of `len` bytes at `addr`, decoded as UTF-8. */
export function readStr(m: Machine, addr: number, len: number): string {
  const bytes = new Uint8Array(Math.max(len, 0));
  for (let i = 0; i < len; i++) bytes[i] = asNumber(m.readScalar(addr + i));
  return UTF8.decode(bytes);
}

/** Decoding keeps no state between calls (no `stream`): one decoder serves every read. */
const UTF8 = new TextDecoder();

// ---- std's DebugStruct, DebugTuple and DebugList ---------------------------------------------

type Entry = (w: Write) => void;

/** std's PadAdapter: four spaces at the start of every line written through it. */
function padAdapter(w: Write): Write {
  let onNewline = true;
  return (text) => {
    for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
      if (onNewline) w('    ');
      onNewline = line.endsWith('\n');
      w(line);
    }
  };
}

export function debugStruct(w: Write, name: string, entries: readonly (readonly [string, Entry])[], pretty: boolean): void {
  w(name);
  if (entries.length === 0) return;
  entries.forEach(([key, value], i) => {
    if (pretty) {
      if (i === 0) w(' {\n');
      const pw = padAdapter(w);
      pw(key);
      pw(': ');
      value(pw);
      pw(',\n');
    } else {
      w(i === 0 ? ' { ' : ', ');
      w(key);
      w(': ');
      value(w);
    }
  });
  w(pretty ? '}' : ' }');
}

/** `name` is empty for tuples, which print a trailing comma after a single element. */
export function debugTuple(w: Write, name: string, fields: readonly Entry[], pretty: boolean): void {
  if (name !== '') w(name);
  if (fields.length === 0) return;
  fields.forEach((value, i) => {
    if (pretty) {
      if (i === 0) w('(\n');
      const pw = padAdapter(w);
      value(pw);
      pw(',\n');
    } else {
      w(i === 0 ? '(' : ', ');
      value(w);
    }
  });
  if (fields.length === 1 && name === '' && !pretty) w(',');
  w(')');
}

export function debugList(w: Write, entries: readonly Entry[], pretty: boolean): void {
  w('[');
  entries.forEach((value, i) => {
    if (pretty) {
      if (i === 0) w('\n');
      const pw = padAdapter(w);
      value(pw);
      pw(',\n');
    } else {
      if (i > 0) w(', ');
      value(w);
    }
  });
  w(']');
}

// ---- panics -----------------------------------------------------------------------------------

/** A panic's message, written piece by piece as std's panic handler formats it: a failing
 *  `fmt` impl ends it there. */
export function panicMessage(m: Machine, message: PanicMessage, span: Span): string {
  let written = '';
  const w: Write = (text) => {
    written += text;
  };
  try {
    switch (message.kind) {
      case 'format':
        writeArgs(m, message.format, span, w);
        break;
      case 'text':
        w(message.text);
        break;
      case 'prefixed':
        w(message.prefix);
        if (message.format) {
          w(': ');
          writeArgs(m, message.format, span, w);
        }
        break;
      case 'assertCmp': {
        w(`assertion \`left ${message.op} right\` failed`);
        if (message.custom) {
          w(': ');
          writeArgs(m, message.custom, span, w);
        }
        w('\n  left: ');
        writeValue(m, w, resolveArg(m, message.left), DEBUG, span);
        w('\n right: ');
        writeValue(m, w, resolveArg(m, message.right), DEBUG, span);
        break;
      }
    }
  } catch (signal) {
    if (!(signal instanceof FormatError)) throw signal;
  }
  return written;
}

import type { Span } from '../diagnostics/span.js';
import type { FormatArg, FormatCountRef, FormatSink, Instance, LoweredFormat, PanicMessage, RuntimeTrait } from '../mir/ir.js';
import type { Scalar } from '../memory/memory.js';
import { isUnsized } from '../memory/target.js';
import { intBits, showTy, type Ty } from '../types/ty.js';
import { formatChar, formatFloat, formatInt, formatStr, padStr, type ResolvedSpec } from './fmt.js';
import type { Machine } from './machine.js';
import type { PlaceRef } from './places.js';
import { asInt } from './values.js';

/**
 * Formatting values of every type for `print` statements and panic messages, as std's
 * `Display` and `Debug` impls do, and the `Formatter`s that user `fmt` impls write into.
 */

/** The real state of a prelude `Formatter { id }`: what has been written, and the spec. */
export interface FormatterState {
  out: string;
  readonly spec: ResolvedSpec;
}

const DEBUG: ResolvedSpec = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null };

export function formatArgs(m: Machine, f: LoweredFormat, span: Span): string {
  const count = (c: FormatCountRef | null): number | null => {
    if (c === null) return null;
    if (c.kind === 'literal') return c.value;
    const place = resolveArg(m, f.args[c.index]!);
    return Number(asInt(m.readScalar(place.addr)));
  };
  let out = '';
  for (const segment of f.segments) {
    if (segment.kind === 'text') {
      out += segment.text;
      continue;
    }
    const spec: ResolvedSpec = { ...segment.spec, width: count(segment.spec.width), precision: count(segment.spec.precision) };
    out += formatValue(m, resolveArg(m, f.args[segment.index]!), spec, span);
  }
  return out;
}

function resolveArg(m: Machine, arg: FormatArg): PlaceRef {
  const place = m.place(arg.place);
  return place.ty === arg.ty ? place : { ...place, ty: arg.ty };
}

/** Where `print` statements go: stdout, stderr, or the buffer of the `Formatter` at a place. */
export function printToSink(m: Machine, sink: FormatSink, text: string, span: Span): void {
  switch (sink.kind) {
    case 'stdout':
    case 'stderr':
      return m.output(sink.kind, text, span);
    case 'formatter': {
      formatterAt(m, m.place(sink.place)).out += text;
      return;
    }
    case 'string':
      throw new Error('internal error: formatting into a String (format!, write! to a String) is not supported by the machine yet');
  }
}

/** The state of the formatter a `&mut Formatter` place points to (or a `Formatter` place). */
export function formatterAt(m: Machine, place: PlaceRef): FormatterState {
  let addr = place.addr;
  let ty = place.ty;
  if (ty.k === 'ref' || ty.k === 'ptr') {
    const ptr = m.readScalar(addr);
    if (ptr.kind !== 'ptr') throw new Error('internal error: a Formatter sink that is not a pointer');
    addr = ptr.addr;
    ty = ty.inner;
  }
  const field = m.layout(ty).variants[0]?.fields[0];
  const id = Number(asInt(m.readScalar(addr + (field?.offset ?? 0))));
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
  const ty = place.ty;
  switch (ty.k) {
    case 'ref':
    case 'box':
      return formatValue(m, derefPlace(m, place), spec, span);
    case 'ptr': {
      // `{:?}` and `{:p}` of a raw pointer print its address.
      const ptr = m.readScalar(place.addr);
      return padStr(spec, `0x${(ptr.kind === 'ptr' ? ptr.addr : 0).toString(16)}`);
    }
    case 'int': {
      const v = m.readScalar(place.addr);
      return formatInt(asInt(v), intBits(ty.int), spec);
    }
    case 'float': {
      const v = m.readScalar(place.addr);
      return formatFloat(v.kind === 'float' ? v.value : Number(asInt(v)), ty.float, spec);
    }
    case 'bool':
      return padStr(spec, asInt(m.readScalar(place.addr)) !== 0n ? 'true' : 'false');
    case 'char':
      return formatChar(Number(asInt(m.readScalar(place.addr))), spec);
    case 'str':
      return formatStr(readStr(m, place.addr, place.len), spec);
    case 'tuple': {
      if (ty.elems.length === 0) return padStr(spec, '()');
      const fields = m.layout(ty).variants[0]!.fields;
      const parts = fields.map((f) => formatValue(m, fieldPlace(place, f.offset, f.ty), spec, span));
      return debugTuple('', parts, spec.alternate);
    }
    case 'array':
    case 'slice': {
      const layout = m.layout(ty);
      const n = ty.k === 'array' ? ty.len : place.len;
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(formatValue(m, fieldPlace(place, i * layout.stride, ty.elem), spec, span));
      return debugList(parts, spec.alternate);
    }
    case 'dyn':
      if (!place.dyn) throw new Error('internal error: a trait object without its type');
      return formatValue(m, { ...place, ty: place.dyn, dyn: null }, spec, span);
    case 'adt':
      return formatAdt(m, place, ty, spec, span);
    default:
      throw new Error(`internal error: cannot format a value of type ${showTy(ty)}`);
  }
}

function formatAdt(m: Machine, place: PlaceRef, ty: Ty & { k: 'adt' }, spec: ResolvedSpec, span: Span): string {
  const trait: RuntimeTrait | null = spec.trait === '' ? 'Display' : spec.trait === '?' ? 'Debug' : null;
  const inst = trait ? userImpl(m, trait, ty) : null;
  if (inst) return callUserFmt(m, inst, place, spec, span);
  if (trait !== 'Debug' || !ty.def.derives.has('Debug')) {
    throw new Error(`internal error: \`${showTy(ty)}\` has no ${trait ?? spec.trait} implementation the machine can run`);
  }
  // `#[derive(Debug)]`
  const layout = m.layout(ty);
  let v = 0;
  if (layout.shape === 'enum') v = Number(asInt(m.readScalar(place.addr + layout.tagOffset)));
  const variant = ty.def.variants[v]!;
  const fields = layout.variants[v]?.fields ?? [];
  const parts = fields.map((f) => formatValue(m, fieldPlace(place, f.offset, f.ty), spec, span));
  if (variant.shape === 'named') return debugStruct(variant.name, variant.fields.map((f, i) => [f.name, parts[i]!]), spec.alternate);
  return debugTuple(variant.name, parts, spec.alternate);
}

/**
 * Runs a program's (or the prelude's) `fmt(&self, f: &mut Formatter)`: a `Formatter` is made in
 * scratch memory, its real state (spec, output) kept in the machine under its id.
 */
export function callUserFmt(m: Machine, inst: Instance, place: PlaceRef, spec: ResolvedSpec, span: Span): string {
  const info = m.bodyInfo(inst);
  const fmtRef = info.tys[2];
  const fmtTy = fmtRef && (fmtRef.k === 'ref' || fmtRef.k === 'ptr') ? fmtRef.inner : null;
  const size = fmtTy ? m.layout(fmtTy).size : 1;
  const addr = m.allocScratch(size);
  const id = m.nextFormatterId++;
  const field = fmtTy ? m.layout(fmtTy).variants[0]?.fields[0] : undefined;
  m.memory.write(addr + (field?.offset ?? 0), { kind: 'int', value: BigInt(id) });
  const state: FormatterState = { out: '', spec };
  m.formatters.set(id, state);
  try {
    m.callNested(inst, [pointerTo(place), { kind: 'ptr', addr, alloc: 0 }], span);
  } finally {
    m.formatters.delete(id);
  }
  m.freeScratch(addr, size);
  return state.out;
}

/** A pointer to the place: fat when the place is unsized. */
export function pointerTo(place: PlaceRef): Scalar | { kind: 'cells'; raw: Scalar[]; zst: null } {
  const ptr: Scalar = { kind: 'ptr', addr: place.addr, alloc: 0 };
  if (place.len >= 0) return { kind: 'cells', raw: [ptr, { kind: 'int', value: BigInt(place.len) }], zst: null };
  if (place.dyn) return { kind: 'cells', raw: [ptr, { kind: 'vtable', ty: place.dyn }], zst: null };
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
    else len = Number(asInt(meta));
  }
  return { addr: ptr.addr, ty: ty.inner, len, dyn, variant: -1 };
}

function fieldPlace(place: PlaceRef, offset: number, ty: Ty): PlaceRef {
  return { addr: place.addr + offset, ty, len: -1, dyn: null, variant: -1 };
}

/** The `str` of `len` bytes at `addr`, decoded as UTF-8. */
export function readStr(m: Machine, addr: number, len: number): string {
  const bytes = new Uint8Array(Math.max(len, 0));
  for (let i = 0; i < len; i++) bytes[i] = Number(asInt(m.readScalar(addr + i)));
  return new TextDecoder().decode(bytes);
}

// ---- std's DebugStruct, DebugTuple and DebugList ---------------------------------------------

/** std's PadAdapter: four spaces at the start of every line of a nested value. */
function indent(text: string): string {
  return text.replace(/[^\n]*\n|[^\n]+$/g, (line) => `    ${line}`);
}

export function debugStruct(name: string, entries: readonly (readonly [string, string])[], pretty: boolean): string {
  if (entries.length === 0) return name;
  if (!pretty) return `${name} { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  return `${name} {\n${entries.map(([k, v]) => indent(`${k}: ${v},\n`)).join('')}}`;
}

/** `name` is empty for tuples, which print a trailing comma after a single element. */
export function debugTuple(name: string, parts: readonly string[], pretty: boolean): string {
  if (parts.length === 0) return name;
  if (!pretty) return `${name}(${parts.join(', ')}${name === '' && parts.length === 1 ? ',' : ''})`;
  return `${name}(\n${parts.map((p) => indent(`${p},\n`)).join('')})`;
}

export function debugList(parts: readonly string[], pretty: boolean): string {
  if (parts.length === 0) return '[]';
  if (!pretty) return `[${parts.join(', ')}]`;
  return `[\n${parts.map((p) => indent(`${p},\n`)).join('')}]`;
}

// ---- panics -----------------------------------------------------------------------------------

export function panicMessage(m: Machine, message: PanicMessage, span: Span): string {
  switch (message.kind) {
    case 'format':
      return formatArgs(m, message.format, span);
    case 'text':
      return message.text;
    case 'prefixed':
      return message.format ? `${message.prefix}: ${formatArgs(m, message.format, span)}` : message.prefix;
    case 'assertCmp': {
      const left = formatValue(m, resolveArg(m, message.left), DEBUG, span);
      const right = formatValue(m, resolveArg(m, message.right), DEBUG, span);
      const custom = message.custom ? `: ${formatArgs(m, message.custom, span)}` : '';
      return `assertion \`left ${message.op} right\` failed${custom}\n  left: ${left}\n right: ${right}`;
    }
  }
}

import type { Span } from '../src/diagnostics/span.js';
import { DEFAULT_MAX_STEPS, Machine } from '../src/machine/machine.js';
import { BOOK_TARGET } from '../src/memory/book.js';
import type {
  BasicBlock,
  Body,
  Callee,
  FormatArg,
  FormatSegment,
  Instance,
  LocalDecl,
  LoweredFormat,
  MirProgram,
  StaticItem,
  VtableSlot,
  Operand,
  Place,
  Projection,
  Rvalue,
  RuntimeTrait,
  Statement,
  Terminator,
} from '../src/mir/ir.js';
import type { FnDef } from '../src/resolve/items.js';
import { Recorder } from '../src/trace/recorder.js';
import type { StopKind, Trace } from '../src/trace/types.js';
import { typeKey, variantFields, type AdtDef, type Ty, type VariantInfo } from '../src/types/ty.js';

/** A tiny hand-written MIR world for testing the machine without a front end. */

export const sp = (line = 1, col = 1): Span => ({ start: 0, end: 0, line, col, endLine: line, endCol: col + 1 });

export const I32: Ty = { k: 'int', int: 'i32' };
export const U8: Ty = { k: 'int', int: 'u8' };
export const U32: Ty = { k: 'int', int: 'u32' };
export const I64: Ty = { k: 'int', int: 'i64' };
export const USIZE: Ty = { k: 'int', int: 'usize' };
export const F64: Ty = { k: 'float', float: 'f64' };
export const F32: Ty = { k: 'float', float: 'f32' };
export const BOOL: Ty = { k: 'bool' };
export const CHAR: Ty = { k: 'char' };
export const UNIT: Ty = { k: 'tuple', elems: [] };
export const STR: Ty = { k: 'str' };
export const STR_REF: Ty = { k: 'ref', mutable: false, inner: STR };
export const ref = (inner: Ty, mutable = false): Ty => ({ k: 'ref', mutable, inner });
export const box = (inner: Ty): Ty => ({ k: 'box', inner });
export const tuple = (...elems: Ty[]): Ty => ({ k: 'tuple', elems });
export const array = (elem: Ty, len: number): Ty => ({ k: 'array', elem, len });
export const slice = (elem: Ty): Ty => ({ k: 'slice', elem });

let nextId = 1000;

export function adt(name: string, kind: 'struct' | 'enum', variants: { name: string; shape?: VariantInfo['shape']; fields?: [string, Ty][] }[], derives: string[] = ['Debug'], params: string[] = []): AdtDef {
  return {
    id: nextId++,
    name,
    kind,
    params,
    variants: variants.map((v, i) => ({
      name: v.name,
      shape: v.shape ?? (v.fields && v.fields.length > 0 ? (/^\d/.test(v.fields[0]![0]) ? 'tuple' : 'named') : 'unit'),
      fields: (v.fields ?? []).map(([n, ty]) => ({ name: n, ty })),
      discriminant: BigInt(i),
    })),
    derives: new Set(derives),
    repr: [],
    item: null,
    span: sp(),
    std: false,
    trackCaller: false,
  };
}

export const adtTy = (def: AdtDef, args: Ty[] = []): Ty & { k: 'adt' } => ({ k: 'adt', def, args });

export const place = (local: number, ...projection: Projection[]): Place => ({ local, projection });
export const deref: Projection = { kind: 'deref' };
export const field = (index: number): Projection => ({ kind: 'field', index });
export const downcast = (variant: number): Projection => ({ kind: 'downcast', variant });
export const index = (local: number): Projection => ({ kind: 'index', local });

const asPlace = (p: Place | number): Place => (typeof p === 'number' ? place(p) : p);
export const copy = (p: Place | number): Operand => ({ kind: 'copy', place: asPlace(p) });
export const move = (p: Place | number): Operand => ({ kind: 'move', place: asPlace(p) });
export const int = (v: number | bigint, ty: Ty = I32): Operand => ({ kind: 'const', value: { kind: 'int', value: BigInt(v) }, ty });
export const float = (v: number, ty: Ty = F64): Operand => ({ kind: 'const', value: { kind: 'float', value: v }, ty });
export const bool = (v: boolean): Operand => ({ kind: 'const', value: { kind: 'bool', value: v }, ty: BOOL });
export const char = (c: string): Operand => ({ kind: 'const', value: { kind: 'char', value: c.codePointAt(0)! }, ty: CHAR });
export const str = (s: string): Operand => ({ kind: 'const', value: { kind: 'str', value: s, bytes: false }, ty: STR_REF });
export const zst = (ty: Ty = UNIT): Operand => ({ kind: 'const', value: { kind: 'zst' }, ty });

export const use = (operand: Operand): Rvalue => ({ kind: 'use', operand });
export const bin = (op: Rvalue & { kind: 'binary' } extends { op: infer O } ? O : never, left: Operand, right: Operand, ty: Ty = I32, checked = true): Rvalue => ({ kind: 'binary', op, checked, left, right, ty });
export const aggregate = (ty: Ty, operands: Operand[], variant = 0): Rvalue => ({
  kind: 'aggregate',
  aggregate: ty.k === 'tuple' ? { kind: 'tuple' } : ty.k === 'array' ? { kind: 'array' } : ty.k === 'closure' ? { kind: 'closure' } : { kind: 'adt', variant },
  ty,
  operands,
});
export const refOf = (p: Place | number, mutable = false): Rvalue => ({ kind: 'ref', mutable, place: asPlace(p) });

export const assign = (p: Place | number, rvalue: Rvalue, line = 1): Statement => ({ kind: 'assign', place: asPlace(p), rvalue, span: sp(line) });
export const mark = (line = 1, m: 'statementEnd' | 'functionExit' = 'statementEnd'): Statement => ({ kind: 'mark', mark: m, span: sp(line) });
export const dead = (local: number): Statement => ({ kind: 'storageDead', local, span: sp() });

export const SPEC = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '' as const, debugHex: null };
export type Spec = FormatSegment & { kind: 'arg' } extends { spec: infer S } ? S : never;

/** `print!`-style format: text pieces and `{}` holes as `[argIndex, spec overrides]`. */
export function fmt(pieces: (string | [number, Partial<Spec>?])[], args: [Place | number, Ty][]): LoweredFormat {
  const segments: FormatSegment[] = pieces.map((p) => (typeof p === 'string' ? { kind: 'text', text: p } : { kind: 'arg', index: p[0], spec: { ...SPEC, ...(p[1] ?? {}) } }));
  const fargs: FormatArg[] = args.map(([p, ty]) => ({ place: asPlace(p), ty }));
  return { segments, args: fargs };
}

export const println = (format: LoweredFormat, line = 1): Statement => ({ kind: 'print', sink: { kind: 'stdout' }, format, newline: true, span: sp(line) });
export const write = (sinkPlace: Place | number, format: LoweredFormat, line = 1): Statement => ({ kind: 'print', sink: { kind: 'formatter', place: asPlace(sinkPlace) }, format, newline: false, span: sp(line) });

export const goto = (target: number, line = 1): Terminator => ({ kind: 'goto', target, span: sp(line) });
export const ret = (line = 1): Terminator => ({ kind: 'return', span: sp(line) });
export const drop = (p: Place | number, target: number, line = 1): Terminator => ({ kind: 'drop', place: asPlace(p), target, span: sp(line) });
export const call = (callee: Instance | Callee, args: Operand[], dest: Place | number, target: number | null, line = 1, col = 1): Terminator => ({
  kind: 'call',
  callee: 'key' in callee ? { kind: 'fn', instance: callee } : callee,
  args,
  dest: asPlace(dest),
  target,
  span: sp(line, col),
});
export const intrinsic = (name: string, typeArgs: Ty[] = []): Callee => ({ kind: 'intrinsic', name: name as never, typeArgs });

export const block = (statements: Statement[], terminator: Terminator): BasicBlock => ({ statements, terminator });

export interface FnSpec {
  args?: [string, Ty][];
  vars?: [string, Ty][];
  temps?: Ty[];
  ret?: Ty;
  std?: boolean;
}

/** A function: locals are `_0` (return), the args, the vars, then the temps, in that order. */
export class TestProgram implements MirProgram {
  readonly bodies = new Map<string, Body>();
  readonly impls = new Map<string, Instance>();
  readonly statics: readonly StaticItem[] = [];
  entry!: Instance;

  fn(name: string, spec: FnSpec, blocks: (BasicBlock | ((self: Instance) => BasicBlock))[]): Instance {
    const def = { id: nextId++, name, item: { span: sp() }, owner: { kind: 'free' }, std: spec.std ?? false } as unknown as FnDef;
    const instance: Instance = { def, args: [], key: `${name}#${def.id}` };
    const locals: LocalDecl[] = [
      { name: null, ty: spec.ret ?? UNIT, kind: 'return', mutable: true, span: sp() },
      ...(spec.args ?? []).map(([n, ty]): LocalDecl => ({ name: n, ty, kind: 'arg', mutable: false, span: sp() })),
      ...(spec.vars ?? []).map(([n, ty]): LocalDecl => ({ name: n, ty, kind: 'var', mutable: true, span: sp() })),
      ...(spec.temps ?? []).map((ty): LocalDecl => ({ name: null, ty, kind: 'temp', mutable: true, span: sp() })),
    ];
    this.bodies.set(instance.key, {
      name,
      instance,
      argCount: spec.args?.length ?? 0,
      locals,
      // Test bodies have no scopes: a panic drops their locals last declared first.
      unwindOrder: locals.map((_, id) => id).filter((id) => id > 0).reverse(),
      blocks: blocks.map((b) => (typeof b === 'function' ? b(instance) : b)),
      span: sp(),
      std: spec.std ?? false,
      trackCaller: spec.std ?? false,
      stdLocation: null,
    });
    if (name === 'main') this.entry = instance;
    return instance;
  }

  impl(trait: RuntimeTrait, ty: Ty, instance: Instance): void {
    this.impls.set(`${trait}:${typeKey(ty)}`, instance);
  }

  body(instance: Instance): Body {
    const body = this.bodies.get(instance.key);
    if (!body) throw new Error(`no body for ${instance.key}`);
    return body;
  }

  traitMethod(trait: RuntimeTrait, ty: Ty): Instance | null {
    return this.impls.get(`${trait}:${typeKey(ty)}`) ?? null;
  }

  vtableSlots(): readonly VtableSlot[] | null {
    return null;
  }

  isCopy(ty: Ty): boolean {
    switch (ty.k) {
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'never':
      case 'ptr':
      case 'fnDef':
        return true;
      case 'ref':
        return !ty.mutable;
      case 'tuple':
        return ty.elems.every((e) => this.isCopy(e));
      case 'array':
        return this.isCopy(ty.elem);
      case 'adt':
        return ty.def.derives.has('Copy');
      default:
        return false;
    }
  }

  /** Test programs' types are Clone when they derive it (the machine clones them field by field). */
  isClone(ty: Ty): boolean {
    return ty.k !== 'adt' || ty.def.derives.has('Clone') || ty.def.derives.has('Copy');
  }

  needsDrop(ty: Ty): boolean {
    switch (ty.k) {
      case 'box':
        return true;
      case 'tuple':
        return ty.elems.some((e) => this.needsDrop(e));
      case 'array':
      case 'slice':
        return this.needsDrop(ty.elem);
      case 'closure':
        return ty.captures.some((e) => this.needsDrop(e));
      case 'dyn':
        return true;
      case 'adt':
        return this.traitMethod('Drop', ty) !== null || ty.def.variants.some((_, v) => variantFields(ty, v).some((f) => this.needsDrop(f)));
      default:
        return false;
    }
  }
}

export interface RunOptions {
  at?: StopKind[];
  maxSteps?: number;
  stackSize?: number;
  path?: string;
  events?: boolean;
}

export function runProgram(program: MirProgram, options: RunOptions = {}): Trace {
  const recorder = new Recorder({ keep: new Set(options.at ?? ['call', 'return']), events: options.events ?? true });
  const file = { path: options.path ?? 'test.rs', text: 'fn main() {}\n' };
  const machine = new Machine(program, BOOK_TARGET, file, recorder, {
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    ...(options.stackSize !== undefined ? { stackSize: options.stackSize } : {}),
  });
  const { outcome, stdout, stderr, steps } = machine.run();
  return { version: 3, file: file.path, model: 'book', stops: recorder.stops, events: recorder.events, stdout, stderr, outcome, steps };
}

import type { Span } from '../diagnostics/span.js';
import type { Instance, Operand, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';
import type { Memory, Scalar } from '../memory/memory.js';
import { isUnsized, pointee, type Layout, type Target } from '../memory/target.js';
import type { Recorder } from '../trace/recorder.js';
import type { StopKind } from '../trace/types.js';
import { intRange, wrapInt, type Ty } from '../types/ty.js';
import { isPromotedBorrow } from '../mir/promote.js';
import type { BodyInfo, CompiledBlock, Frame, Op, Value } from './frame.js';
import { asInt, FALSE, intScalar, TRUE } from './values.js';

/**
 * The compiled machine: each body's MIR is turned once, on the body's first use, into closures
 * that hold every decision that does not depend on run-time values (where a local or field is,
 * whether an operand moves, which arithmetic an operator is, whether a stop is recorded). The
 * machine's loop then only calls the op of the frame's next statement.
 *
 * What is not compiled specially (aggregates, formatting, intrinsics, drops that run code,
 * places through a `Vec` or to unsized values) runs the interpreter's general case, which the
 * host provides. Under `--unchecked` every op is the general case with the checker's hooks.
 */

/** What compiled code needs of the machine it runs on. */
export interface CompileHost {
  readonly memory: Memory;
  readonly target: Target;
  readonly recorder: Recorder;
  readonly options: { readonly maxSteps: number };
  /** Non-null under `--unchecked`: then every op is the interpreter's, with the checker's hooks. */
  readonly ub: { span: Span } | null;
  steps: number;
  isCopy(ty: Ty): boolean;
  needsDrop(ty: Ty): boolean;
  readScalar(addr: number): Scalar;
  readValue(addr: number, ty: Ty): Value;
  writeValue(addr: number, ty: Ty, value: Value): void;
  markMoved(addr: number, ty: Ty): void;
  constant(op: Operand & { kind: 'const' }, std: boolean): Value;
  cast(value: Value, from: Ty, to: Ty, span: Span): Value;
  binary(r: Rvalue & { kind: 'binary' }, a: Scalar, b: Scalar, span: Span): Value;
  panic(message: string, span: Span): never;
  recordStop(kind: StopKind, caption: string, span: Span): void;
  statementCaption(span: Span): string;
  bodyInfo(instance: Instance): BodyInfo;
  /** The `call` stop and event, then a frame pushed for the callee. */
  callFunction(info: BodyInfo, args: readonly Value[], dest: number, destTy: Ty, target: number | null, span: Span): void;
  returnFrom(frame: Frame, span: Span): void;
  /** The interpreter's general cases. */
  statement(s: Statement, frame: Frame): void;
  terminator(t: Terminator, frame: Frame): void;
  rvalue(r: Rvalue, frame: Frame, span: Span): Value;
  operand(op: Operand, frame: Frame): Value;
}

/** The info of a body being compiled: everything but its code. */
export type BodyFacts = Omit<BodyInfo, 'code'>;

export function compileBody(host: CompileHost, info: BodyFacts): CompiledBlock[] {
  const unchecked = host.ub;
  if (unchecked !== null) {
    return info.body.blocks.map((block) => ({
      statements: block.statements.map((s): Op => (frame) => {
        unchecked.span = s.span;
        host.statement(s, frame);
      }),
      terminator: (frame) => {
        unchecked.span = block.terminator!.span;
        host.terminator(block.terminator!, frame);
      },
    }));
  }
  const c = new BodyCompiler(host, info);
  return info.body.blocks.map((block) => ({
    statements: block.statements.map((s) => c.statement(s)),
    terminator: c.terminator(block.terminator!),
  }));
}

/** A place whose address compiled code computes: its type is known once and it is sized. */
interface CompiledPlace {
  readonly ty: Ty;
  readonly layout: Layout;
  /** Set when the place is a local itself. */
  readonly local: number | null;
  readonly addr: (frame: Frame) => number;
}

type ValueOp = (frame: Frame) => Value;

const COMPARISON = { eq: true, ne: true, lt: true, le: true, gt: true, ge: true } as const;

class BodyCompiler {
  private readonly memory: Memory;
  private readonly target: Target;

  constructor(
    private readonly host: CompileHost,
    private readonly info: BodyFacts,
  ) {
    this.memory = host.memory;
    this.target = host.target;
  }

  // ---- statements -------------------------------------------------------------------------------

  statement(s: Statement): Op {
    const host = this.host;
    switch (s.kind) {
      case 'storageLive':
      case 'storageDead':
        return this.storage(s);
      case 'mark': {
        const kind: StopKind = s.mark === 'functionExit' ? 'return' : 'statement';
        if (this.info.std || !host.recorder.keeps(kind)) return NOTHING;
        const span = s.span;
        if (kind === 'return') {
          const caption = `${this.info.name}() returns`;
          return () => host.recordStop('return', caption, span);
        }
        return () => host.recordStop('statement', host.statementCaption(span), span);
      }
      case 'assign':
        return this.assign(s) ?? ((frame) => host.statement(s, frame));
      case 'print':
        return (frame) => host.statement(s, frame);
    }
  }

  /** A dead local's cells are emptied; zero-sized values' drop flags are left alone (see
   *  `storageDead`). A live one needs nothing: its cells are empty since the last dead. */
  private storage(s: Statement & { kind: 'storageLive' | 'storageDead' }): Op {
    const size = s.kind === 'storageDead' ? this.info.layouts[s.local]!.size : 0;
    if (size === 0) return NOTHING;
    const memory = this.memory;
    const local = s.local;
    return (frame) => memory.clear(frame.addrs[local]!, size);
  }

  private assign(s: Statement & { kind: 'assign' }): Op | null {
    const r = s.rvalue;
    if (r.kind === 'aggregate' || r.kind === 'repeat') return null;
    const dest = this.place(s.place);
    if (dest === null) return null;
    const value = this.rvalue(r, s.span);
    const host = this.host;
    const memory = this.memory;
    const ty = dest.ty;
    if (dest.local !== null) {
      const local = dest.local;
      return (frame) => {
        const v = value(frame);
        const addr = frame.addrs[local]!;
        if (v !== null && v.kind !== 'cells') memory.write(addr, v);
        else host.writeValue(addr, ty, v);
      };
    }
    const addrOf = dest.addr;
    return (frame) => {
      const v = value(frame);
      host.writeValue(addrOf(frame), ty, v);
    };
  }

  // ---- values -----------------------------------------------------------------------------------

  private rvalue(r: Rvalue, span: Span): ValueOp {
    const host = this.host;
    switch (r.kind) {
      case 'use':
        return this.operand(r.operand);
      case 'binary':
        return this.binary(r, span);
      case 'cast': {
        const operand = this.operand(r.operand);
        const { from, to } = r;
        return (frame) => host.cast(operand(frame), from, to, span);
      }
      case 'ref': {
        const promoted = this.info.promoted;
        const place = promoted !== null && isPromotedBorrow(this.info.body, promoted, r) ? null : this.place(r.place);
        if (place === null) break;
        const addrOf = place.addr;
        return (frame): Scalar => ({ kind: 'ptr', addr: addrOf(frame), alloc: 0 });
      }
      default:
        break;
    }
    return (frame) => host.rvalue(r, frame, span);
  }

  private binary(r: Rvalue & { kind: 'binary' }, span: Span): ValueOp {
    const host = this.host;
    const left = this.operand(r.left);
    const right = this.operand(r.right);
    const general: ValueOp = (frame) => host.binary(r, left(frame) as Scalar, right(frame) as Scalar, span);
    const ty = r.ty;
    if (ty.k !== 'int' && ty.k !== 'bool' && ty.k !== 'char') return general;
    const op = r.op;
    if (op in COMPARISON) {
      // Two int scalars (bools and chars are ints too); anything else takes the general case.
      const compare = (test: (a: bigint, b: bigint) => boolean): ValueOp => (frame) => {
        const a = left(frame) as Scalar;
        const b = right(frame) as Scalar;
        if (a.kind !== 'int' || b.kind !== 'int') return host.binary(r, a, b, span);
        return test(a.value, b.value) ? TRUE : FALSE;
      };
      switch (op) {
        case 'eq': return compare((a, b) => a === b);
        case 'ne': return compare((a, b) => a !== b);
        case 'lt': return compare((a, b) => a < b);
        case 'le': return compare((a, b) => a <= b);
        case 'gt': return compare((a, b) => a > b);
        case 'ge': return compare((a, b) => a >= b);
      }
    }
    if (ty.k !== 'int' || (op !== 'add' && op !== 'sub' && op !== 'mul')) return general;
    const int = ty.int;
    const { min, max } = intRange(int);
    const checked = r.checked;
    const message = `attempt to ${op === 'add' ? 'add' : op === 'sub' ? 'subtract' : 'multiply'} with overflow`;
    const result = (v: bigint): Scalar => {
      if (v >= min && v <= max) return intScalar(v);
      if (checked) host.panic(message, span);
      return intScalar(wrapInt(v, int));
    };
    const arithmetic = (apply: (a: bigint, b: bigint) => bigint): ValueOp => (frame) => {
      const a = left(frame) as Scalar;
      const b = right(frame) as Scalar;
      if (a.kind !== 'int' || b.kind !== 'int') return host.binary(r, a, b, span);
      return result(apply(a.value, b.value));
    };
    if (op === 'add') return arithmetic((a, b) => a + b);
    if (op === 'sub') return arithmetic((a, b) => a - b);
    return arithmetic((a, b) => a * b);
  }

  private operand(op: Operand): ValueOp {
    const host = this.host;
    if (op.kind === 'const') {
      // Evaluated on first use, not now: a literal's place in static memory depends on the order
      // the program reaches literals in.
      const hides = this.info.hidesLiterals;
      let known = false;
      let value: Value = null;
      return () => {
        if (!known) {
          value = host.constant(op, hides);
          known = true;
        }
        return value;
      };
    }
    const place = this.place(op.place);
    if (place === null) return (frame) => host.operand(op, frame);
    const moves = op.kind === 'move' && !host.isCopy(place.ty);
    const ty = place.ty;
    const memory = this.memory;
    if (place.local !== null && place.layout.shape === 'scalar') {
      const local = place.local;
      if (!moves) return (frame) => host.readScalar(frame.addrs[local]!);
      return (frame) => {
        const addr = frame.addrs[local]!;
        const v = host.readScalar(addr);
        memory.clear(addr, 1, 'moved');
        return v;
      };
    }
    const addrOf = place.addr;
    if (!moves) return (frame) => host.readValue(addrOf(frame), ty);
    return (frame) => {
      const addr = addrOf(frame);
      const v = host.readValue(addr, ty);
      host.markMoved(addr, ty);
      return v;
    };
  }

  /**
   * A place whose projections compile to address arithmetic: fields at constant offsets,
   * dereferences of thin pointers, indexes by a local. Null for the rest (a `Vec`'s buffer, an
   * unsized result, patterns' constant indexes and subslices), which `resolvePlace` walks.
   */
  private place(place: Place): CompiledPlace | null {
    const local = place.local;
    let ty = this.info.tys[local]!;
    const projection = place.projection;
    if (projection.length === 0) return { ty, layout: this.info.layouts[local]!, local, addr: (frame) => frame.addrs[local]! };
    const memory = this.memory;
    const host = this.host;
    let variant = -1;
    let addr: (frame: Frame) => number = (frame) => frame.addrs[local]!;
    for (let k = 0; k < projection.length; k++) {
      const p = projection[k]!;
      switch (p.kind) {
        case 'deref': {
          const inner = pointee(ty);
          if (inner === null || (isUnsized(inner) && projection[k + 1]?.kind !== 'index')) return null;
          const base = addr;
          addr = (frame) => {
            const at = base(frame);
            const ptr = memory.read(at);
            if (typeof ptr === 'string' || ptr.kind !== 'ptr') throw new Error(`internal error: dereferenced a non-pointer (${typeof ptr === 'string' ? ptr : ptr.kind}) at ${at}`);
            return ptr.addr;
          };
          ty = inner;
          variant = -1;
          break;
        }
        case 'field': {
          const field = this.target.layout(ty).variants[variant >= 0 ? variant : 0]?.fields[p.index];
          if (!field) return null;
          const offset = field.offset;
          const base = addr;
          if (offset !== 0) addr = (frame) => base(frame) + offset;
          ty = field.ty;
          variant = -1;
          break;
        }
        case 'downcast':
          variant = p.variant;
          break;
        case 'index': {
          const layout = this.target.layout(ty);
          if (!layout.elem) return null;
          const stride = layout.stride;
          const index = p.local;
          const base = addr;
          addr = (frame) => base(frame) + Number(asInt(host.readScalar(frame.addrs[index]!))) * stride;
          ty = layout.elem;
          break;
        }
        default:
          return null;
      }
    }
    if (variant >= 0 || isUnsized(ty)) return null;
    return { ty, layout: this.target.layout(ty), local: null, addr };
  }

  // ---- terminators ------------------------------------------------------------------------------

  terminator(t: Terminator): Op {
    const host = this.host;
    const general: Op = (frame) => host.terminator(t, frame);
    switch (t.kind) {
      case 'goto': {
        const target = t.target;
        return (frame) => {
          frame.block = target;
          frame.statement = 0;
        };
      }
      case 'switchBool': {
        const cond = this.operand(t.cond);
        const { ifTrue, ifFalse } = t;
        return (frame) => {
          frame.block = asInt(cond(frame) as Scalar) !== 0n ? ifTrue : ifFalse;
          frame.statement = 0;
        };
      }
      case 'switchInt': {
        const discr = this.operand(t.discr);
        const targets = new Map<bigint, number>();
        t.values.forEach((v, i) => {
          if (!targets.has(v)) targets.set(v, t.targets[i]!);
        });
        const otherwise = t.otherwise;
        return (frame) => {
          frame.block = targets.get(asInt(discr(frame) as Scalar)) ?? otherwise;
          frame.statement = 0;
        };
      }
      case 'assert': {
        const cond = this.operand(t.cond);
        const target = t.target;
        return (frame) => {
          // A failed assert panics in the general case, which reads its operands again.
          if (asInt(cond(frame) as Scalar) === 0n) return general(frame);
          frame.block = target;
          frame.statement = 0;
        };
      }
      case 'call':
        return this.call(t) ?? general;
      case 'drop': {
        const place = this.place(t.place);
        if (place === null || host.needsDrop(place.ty)) return general;
        const target = t.target;
        return (frame) => {
          frame.block = target;
          frame.statement = 0;
        };
      }
      case 'return': {
        const span = t.span;
        return (frame) => host.returnFrom(frame, span);
      }
      default:
        return general;
    }
  }

  private call(t: Terminator & { kind: 'call' }): Op | null {
    const callee = t.callee;
    if (callee.kind !== 'fn') return null;
    const dest = this.place(t.dest);
    if (dest === null) return null;
    const host = this.host;
    const args = t.args.map((a) => this.operand(a));
    const n = args.length;
    const instance = callee.instance;
    const destAddr = dest.addr;
    const destTy = dest.ty;
    const { target, span } = t;
    let info: BodyInfo | null = null;
    return (frame) => {
      const values: Value[] = new Array(n);
      for (let i = 0; i < n; i++) values[i] = args[i]!(frame);
      const addr = destAddr(frame);
      host.callFunction((info ??= host.bodyInfo(instance)), values, addr, destTy, target, span);
    };
  }
}

const NOTHING: Op = () => {};

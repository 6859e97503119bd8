import type { Span } from '../diagnostics/span.js';
import type { BasicBlock, Instance, Operand, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';
import { intFromNumber, type Memory, type Scalar } from '../memory/memory.js';
import { isUnsized, pointee, type Layout, type Target } from '../memory/target.js';
import type { Recorder } from '../trace/recorder.js';
import type { StopKind } from '../trace/types.js';
import { intRange, STR, typeKey, type Ty, knownLen } from '../types/ty.js';
import { writeVariant } from '../memory/tags.js';
import { isPromotedBorrow } from '../mir/promote.js';
import type { BodyInfo, CompiledBlock, Frame, Op, Value } from './frame.js';
import type { PlaceRef } from './places.js';
import { asNumber, FALSE, fatValue, intKey, isTrue, TRUE } from './values.js';
import { comparisonMask, fusedBinary, fusedCompareBranch, fusedCopy, IntOperator, ordering, type ScalarDest, type ScalarSource } from './compile-scalar.js';

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
  recordStop(kind: StopKind, caption: string, span: Span, dropBegan?: number, site?: number): void;
  statementCaption(span: Span): string;
  bodyInfo(instance: Instance): BodyInfo;
  /** Whether a call of `info` has a `call` stop or event (decided by the recorder, once). */
  announcesCall(info: BodyInfo): boolean;
  /** The `call` stop and event, then a frame pushed for the callee. `site`: the recorder's
   *  `eventSite` of the call, when the call's caller is known (-1: not known). */
  callFunction(info: BodyInfo, args: readonly Value[], dest: number, destTy: Ty, target: number | null, span: Span, site?: number): void;
  /** A frame pushed for the callee, for a call that `announcesCall` says has no stop or event. */
  pushCall(info: BodyInfo, args: readonly Value[], dest: number, destTy: Ty, target: number | null, span: Span): void;
  returnFrom(frame: Frame, span: Span, site?: number): void;
  /** The handler of the intrinsic `t` calls, bound to the machine. */
  intrinsic(t: Terminator & { kind: 'call' }): (args: readonly Value[], dest: PlaceRef, frame: Frame) => void;
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
    return info.body.blocks.map((block) =>
      compiledBlock(
        block.statements.map((s): Op => (frame) => {
          unchecked.span = s.span;
          host.statement(s, frame);
        }),
        (frame) => {
          unchecked.span = block.terminator!.span;
          host.terminator(block.terminator!, frame);
        },
      ),
    );
  }
  const c = new BodyCompiler(host, info);
  return info.body.blocks.map((block) => c.block(block));
}

function compiledBlock(statements: Op[], terminator: Op, fusedLast = false): CompiledBlock {
  const effectAt: number[] = [];
  statements.forEach((op, i) => {
    if (op !== NOTHING) effectAt.push(i);
  });
  // A last statement the terminator runs itself is no effect of the block's loop (one step at
  // a time, the loop runs it too: a comparison, which the terminator then makes again).
  if (fusedLast) effectAt.pop();
  return { statements, effects: effectAt.map((i) => statements[i]!), effectAt, terminator };
}

/** A place whose address compiled code computes: its type is known once and it is sized. */
interface CompiledPlace {
  readonly ty: Ty;
  readonly layout: Layout;
  /** Set when the place is a local itself. */
  readonly local: number | null;
  readonly addr: (frame: Frame) => number;
  /** A slice's or str's length (elements, bytes for str); null for sized places. */
  readonly len: ((frame: Frame) => number) | null;
}

type ValueOp = (frame: Frame) => Value;

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

  block(block: BasicBlock): CompiledBlock {
    const statements = block.statements.map((s) => this.statement(s));
    const terminator = this.terminator(block.terminator!);
    let last = statements.length - 1;
    while (last >= 0 && statements[last] === NOTHING) last--;
    const fused = last < 0 ? null : this.compareAndBranch(block.statements[last]!, statements[last]!, block.terminator!, terminator);
    return fused === null ? compiledBlock(statements, terminator) : compiledBlock(statements, fused, true);
  }

  /** A block's last statement with an effect, `_t = a CMP b` on scalar locals or constants, and
   *  its terminator branching on `_t`, as one op (`fusedCompareBranch`); null otherwise. */
  private compareAndBranch(s: Statement, statement: Op, t: Terminator, branch: Op): Op | null {
    if (s.kind !== 'assign' || s.place.projection.length !== 0 || s.rvalue.kind !== 'binary') return null;
    if (t.kind !== 'switchBool' && t.kind !== 'assert') return null;
    const local = s.place.local;
    if (t.cond.kind === 'const' || t.cond.place.local !== local || t.cond.place.projection.length !== 0) return null;
    const r = s.rvalue;
    if (r.ty.k !== 'int' && r.ty.k !== 'bool' && r.ty.k !== 'char') return null;
    if (this.info.layouts[local]!.shape !== 'scalar') return null;
    const left = this.scalarSource(r.left);
    const right = this.scalarSource(r.right);
    // The comparison is made again after the statement's op ran it (one step at a time): its
    // operands must not be what it writes.
    if (left === null || right === null || [r.left, r.right].some((o) => o.kind !== 'const' && o.place.local === local)) return null;
    const dest = { inStack: this.info.inStack[local]!, offset: this.info.offsets[local]! };
    return t.kind === 'switchBool'
      ? fusedCompareBranch(this.memory, r.op, left, right, dest, statement, branch, t.ifTrue, t.ifFalse)
      : fusedCompareBranch(this.memory, r.op, left, right, dest, statement, branch, t.target, null);
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
        // The stop's caption and its site in the recorder's log are the mark's, found once.
        let caption: string | null = null;
        let site = -1;
        return () => {
          if (caption === null) {
            caption = kind === 'return' ? `${this.info.name}() returns` : host.statementCaption(span);
            site = host.recorder.stopSite(caption, span);
          }
          host.recordStop(kind, caption, span, undefined, site);
        };
      }
      case 'assign':
        return this.assign(s) ?? ((frame) => host.statement(s, frame));
      case 'print':
        return (frame) => host.statement(s, frame);
    }
  }

  /** A dead local's cells are emptied; zero-sized values' drop flags are left alone (see
   *  `storageDead`). A live one needs nothing: its cells are empty since the last dead.
   *  When no stop takes a snapshot, only drops look at a dead local's cells (whether it holds a
   *  value): the cells of a type without drop glue may keep their stale value until the frame
   *  is popped, which empties them all. */
  private storage(s: Statement & { kind: 'storageLive' | 'storageDead' }): Op {
    const size = s.kind === 'storageDead' ? this.info.layouts[s.local]!.size : 0;
    if (size === 0) return NOTHING;
    if (!this.host.recorder.keepsAny && !this.host.needsDrop(this.info.tys[s.local]!)) return NOTHING;
    const memory = this.memory;
    const offset = this.info.offsets[s.local]!;
    if (this.info.inStack[s.local]) return size === 1 ? (frame) => memory.clear(frame.stackBase + offset, 1) : (frame) => memory.clear(frame.stackBase + offset, size);
    return size === 1 ? (frame) => memory.clear(frame.scratchBase + offset, 1) : (frame) => memory.clear(frame.scratchBase + offset, size);
  }

  private assign(s: Statement & { kind: 'assign' }): Op | null {
    const r = s.rvalue;
    if (r.kind === 'repeat') return null;
    const dest = this.place(s.place);
    if (dest === null) return null;
    if (r.kind === 'aggregate') return this.aggregate(r, dest);
    if (r.kind === 'use' && r.operand.kind !== 'const') {
      const copy = this.copyCells(r.operand, dest);
      if (copy !== null) return copy;
    }
    const value = this.rvalue(r, s.span);
    const host = this.host;
    const memory = this.memory;
    const ty = dest.ty;
    // A zero-sized value without drop glue leaves no trace in memory: only its rvalue runs, and
    // a zero-sized constant (`_2 = const zst` after every `if` without `else`) does nothing.
    if (dest.layout.size === 0 && !host.needsDrop(ty)) {
      if (r.kind === 'use' && r.operand.kind === 'const' && r.operand.value.kind === 'zst') return NOTHING;
      return (frame) => void value(frame);
    }
    if (dest.local !== null) {
      // The local's region is decided here, so that the op reads one field of the frame.
      const offset = this.info.offsets[dest.local]!;
      const inStack = this.info.inStack[dest.local]!;
      const general: Op = inStack
        ? (frame) => {
            const v = value(frame);
            if (v !== null && v.kind !== 'cells') memory.write(frame.stackBase + offset, v);
            else host.writeValue(frame.stackBase + offset, ty, v);
          }
        : (frame) => {
            const v = value(frame);
            if (v !== null && v.kind !== 'cells') memory.write(frame.scratchBase + offset, v);
            else host.writeValue(frame.scratchBase + offset, ty, v);
          };
      return dest.layout.shape === 'scalar' ? (this.fusedScalar(r, { inStack, offset }, general) ?? general) : general;
    }
    const addrOf = dest.addr;
    if (dest.layout.shape === 'scalar') {
      // A scalar (an element of a slice, a field through a pointer) is one cell written.
      return (frame) => {
        const v = value(frame);
        const addr = addrOf(frame);
        if (v !== null && v.kind !== 'cells') memory.write(addr, v);
        else host.writeValue(addr, ty, v);
      };
    }
    return (frame) => {
      const v = value(frame);
      host.writeValue(addrOf(frame), ty, v);
    };
  }

  /** A scalar local's statement as one closure (compile-scalar.ts), when its operands are
   *  scalar locals or constants; null otherwise. */
  private fusedScalar(r: Rvalue, dest: ScalarDest, general: Op): Op | null {
    if (r.kind === 'use') {
      const source = this.scalarSource(r.operand);
      return source === null ? null : fusedCopy(this.memory, source, dest, general);
    }
    if (r.kind !== 'binary') return null;
    const left = this.scalarSource(r.left);
    const right = this.scalarSource(r.right);
    if (left === null || right === null) return null;
    return fusedBinary(this.memory, r, left, right, dest, general);
  }

  /** An operand read as one scalar: a number's constant, or a local holding a scalar that the
   *  operand copies (a move of a `Copy` value is a copy). */
  private scalarSource(op: Operand): ScalarSource | null {
    if (op.kind === 'const') {
      const kind = op.value.kind;
      // These constants are pure values (no static memory), so they are made now.
      if (kind !== 'int' && kind !== 'bool' && kind !== 'char') return null;
      const value = this.host.constant(op, this.info.hidesLiterals);
      return value === null || value.kind === 'cells' ? null : { kind: 'const', value };
    }
    const place = op.place;
    if (place.projection.length !== 0) return null;
    const local = place.local;
    if (this.info.layouts[local]!.shape !== 'scalar') return null;
    if (op.kind === 'move' && !this.host.isCopy(this.info.tys[local]!)) return null;
    return { kind: 'local', inStack: this.info.inStack[local]!, offset: this.info.offsets[local]! };
  }

  /** An aggregate copied or moved from place to place, cell by cell, without a value in
   *  between; null for scalars and zero-sized or unsized values. While zero-sized values have
   *  drop flags, the flags travel with the value: then the general case runs. */
  private copyCells(operand: Operand & { kind: 'copy' | 'move' }, dest: CompiledPlace): Op | null {
    const source = this.place(operand.place);
    if (source === null || source.len !== null || dest.len !== null) return null;
    const layout = source.layout;
    const size = layout.size;
    if (layout.shape === 'scalar' || size === 0 || size !== dest.layout.size) return null;
    const host = this.host;
    const memory = this.memory;
    const ty = source.ty;
    const moves = operand.kind === 'move' && !host.isCopy(ty);
    const sourceAddr = source.addr;
    const destAddr = dest.addr;
    return (frame) => {
      const from = sourceAddr(frame);
      const to = destAddr(frame);
      if (memory.hasZstFlags || (from < to + size && to < from + size)) {
        const value = host.readValue(from, ty);
        if (moves) host.markMoved(from, ty);
        host.writeValue(to, dest.ty, value);
        return;
      }
      memory.copy(from, to, size);
      if (moves) memory.clear(from, size, 'moved');
    };
  }

  /** Writes every field of a struct, tuple, closure or enum variant (and the enum's tag), as
   *  `writeAggregate` does, with the fields' places decided once. */
  private aggregate(r: Rvalue & { kind: 'aggregate' }, dest: CompiledPlace): Op | null {
    const layout = this.target.layout(r.ty);
    if (r.aggregate.kind === 'array') return null;
    const host = this.host;
    const memory = this.memory;
    const operands = r.operands.map((o) => this.operand(o));
    const n = operands.length;
    const variant = r.aggregate.kind === 'adt' ? r.aggregate.variant : 0;
    const fields = layout.variants[variant]?.fields ?? [];
    const offsets = fields.map((f) => f.offset);
    const tys = fields.map((f) => f.ty);
    const tagged = layout.shape === 'enum';
    const zst = layout.size === 0 && host.needsDrop(r.ty) ? typeKey(r.ty) : null;
    const addrOf = dest.addr;
    return (frame) => {
      const values: Value[] = new Array(n);
      for (let i = 0; i < n; i++) values[i] = operands[i]!(frame);
      const addr = addrOf(frame);
      if (tagged) writeVariant(memory, addr, layout, variant);
      for (let i = 0; i < n; i++) host.writeValue(addr + offsets[i]!, tys[i]!, values[i]!);
      if (zst !== null) memory.setZst(addr, zst, true);
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
        const general: ValueOp = (frame) => host.cast(operand(frame), from, to, span);
        if (to.k !== 'int' || (from.k !== 'int' && from.k !== 'bool' && from.k !== 'char')) return general;
        // An integer that fits the target type is the same scalar (scalars are immutable); a
        // wide one (`num` NaN) takes the general case.
        const { min, max } = intRange(to.int);
        const low = Number(min);
        const high = Number(max);
        return (frame) => {
          const v = operand(frame) as Scalar;
          if (v.kind === 'int' && v.num >= low && v.num <= high) return v;
          return host.cast(v, from, to, span);
        };
      }
      case 'ref': {
        const promoted = this.info.promoted;
        const place = promoted !== null && isPromotedBorrow(this.info.body, promoted, r) ? null : this.place(r.place);
        if (place === null) break;
        const addrOf = place.addr;
        const len = place.len;
        if (len === null) {
          // Scalars are immutable: a borrow of the place it borrowed last time (a loop's) is
          // the same pointer, made once.
          let last: (Scalar & { kind: 'ptr' }) | null = null;
          return (frame): Scalar => {
            const addr = addrOf(frame);
            return last !== null && last.addr === addr ? last : (last = { kind: 'ptr', addr, alloc: 0 });
          };
        }
        const size = this.target.pointerSize;
        return (frame) => {
          const ptr: Scalar = { kind: 'ptr', addr: addrOf(frame), alloc: 0 };
          const n = len(frame);
          return n < 0 ? ptr : fatValue(ptr, intFromNumber(n), size);
        };
      }
      case 'len': {
        const place = this.place(r.place);
        if (place === null) break;
        if (place.ty.k === 'array') {
          const n = intFromNumber(knownLen(place.ty));
          return () => n;
        }
        const len = place.len;
        if (len === null) break;
        return (frame) => intFromNumber(len(frame));
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
    const comparison = comparisonMask(op);
    if (comparison !== null) {
      // Two int scalars (bools and chars are ints too); anything else takes the general case.
      return (frame) => {
        const a = left(frame) as Scalar;
        const b = right(frame) as Scalar;
        if (a.kind !== 'int' || b.kind !== 'int') return host.binary(r, a, b, span);
        return (comparison & ordering(a, b)) !== 0 ? TRUE : FALSE;
      };
    }
    if (ty.k !== 'int') return general;
    const operator = IntOperator.of(op, ty.int);
    if (operator === null) return general;
    return (frame) => {
      const a = left(frame) as Scalar;
      const b = right(frame) as Scalar;
      if (a.kind !== 'int' || b.kind !== 'int') return host.binary(r, a, b, span);
      const v = operator.apply(a.num, b.num);
      return Number.isNaN(v) ? host.binary(r, a, b, span) : intFromNumber(v);
    };
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
      const offset = this.info.offsets[place.local]!;
      if (!moves) return this.info.inStack[place.local] ? (frame) => host.readScalar(frame.stackBase + offset) : (frame) => host.readScalar(frame.scratchBase + offset);
      const at = this.localAt(place.local);
      return (frame) => {
        const addr = at(frame);
        const v = host.readScalar(addr);
        memory.clear(addr, 1, 'moved');
        return v;
      };
    }
    const addrOf = place.addr;
    if (!moves) return place.layout.shape === 'scalar' ? (frame) => host.readScalar(addrOf(frame)) : (frame) => host.readValue(addrOf(frame), ty);
    return (frame) => {
      const addr = addrOf(frame);
      const v = host.readValue(addr, ty);
      host.markMoved(addr, ty);
      return v;
    };
  }

  /** A terminator's scalar operand: a scalar local's cell read in the closure itself (the
   *  machine's `readScalar`, with its errors, only for an empty cell), else `operand`'s. */
  private scalarOperand(op: Operand): (frame: Frame) => Scalar {
    const source = this.scalarSource(op);
    if (source === null || source.kind === 'const') return this.operand(op) as (frame: Frame) => Scalar;
    const { inStack, offset } = source;
    const memory = this.memory;
    const host = this.host;
    return inStack
      ? (frame) => {
          const v = memory.read(frame.stackBase + offset);
          return typeof v === 'string' ? host.readScalar(frame.stackBase + offset) : v;
        }
      : (frame) => {
          const v = memory.read(frame.scratchBase + offset);
          return typeof v === 'string' ? host.readScalar(frame.scratchBase + offset) : v;
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
    if (projection.length === 0) return { ty, layout: this.info.layouts[local]!, local, addr: this.localAt(local), len: null };
    const host = this.host;
    let variant = -1;
    // The address so far: `base` (a local's when null) plus the constant `offset` that fields
    // add up to, so that `a.b.c` is one addition and `(*p).f` one read and one addition.
    let base: ((frame: Frame) => number) | null = null;
    let inStack = this.info.inStack[local]!;
    let offset = this.info.offsets[local]!;
    // The length of the slice or str the place is at, while it is one.
    let len: ((frame: Frame) => number) | null = null;
    for (let k = 0; k < projection.length; k++) {
      const p = projection[k]!;
      switch (p.kind) {
        case 'deref': {
          const inner = pointee(ty);
          const at = this.address(base, inStack, offset);
          if (inner === null) {
            // A `Vec`'s or `String`'s buffer, as `stdBuffer` finds it.
            const buffer = bufferFields(this.target, ty);
            if (buffer === null) return null;
            const { ptr, length } = buffer;
            base = (frame) => this.pointerAt(at(frame) + ptr);
            len = (frame) => this.intAt(at(frame) + length);
            ty = buffer.ty;
          } else if (isUnsized(inner)) {
            if (inner.k !== 'slice' && inner.k !== 'str') return null;
            const size = this.target.pointerSize;
            base = (frame) => this.pointerAt(at(frame));
            len = (frame) => this.metaAt(at(frame) + size);
            ty = inner;
          } else {
            base = this.pointerThrough(base, inStack, offset);
            len = null;
            ty = inner;
          }
          offset = 0;
          variant = -1;
          break;
        }
        case 'field': {
          const field = this.target.layout(ty).variants[variant >= 0 ? variant : 0]?.fields[p.index];
          if (!field) return null;
          offset += field.offset;
          ty = field.ty;
          variant = -1;
          len = null;
          break;
        }
        case 'downcast':
          variant = p.variant;
          break;
        case 'index': {
          const layout = this.target.layout(ty);
          if (!layout.elem) return null;
          const stride = layout.stride;
          const index = this.localAt(p.local);
          const at = this.address(base, inStack, offset);
          base = (frame) => at(frame) + asNumber(host.readScalar(index(frame))) * stride;
          offset = 0;
          ty = layout.elem;
          len = null;
          break;
        }
        default:
          return null;
      }
    }
    if (variant >= 0 || (isUnsized(ty) && len === null)) return null;
    return { ty, layout: this.target.layout(ty), local: null, addr: this.address(base, inStack, offset), len };
  }

  /** The address `offset` past `base`'s, or past the start of the frame's stack or scratch part
   *  (`inStack`) when `base` is null: one closure. */
  private address(base: ((frame: Frame) => number) | null, inStack: boolean, offset: number): (frame: Frame) => number {
    if (base !== null) return offset === 0 ? base : (frame) => base(frame) + offset;
    return inStack ? (frame) => frame.stackBase + offset : (frame) => frame.scratchBase + offset;
  }

  /** The address the thin pointer at `address(base, inStack, offset)` holds, in one closure
   *  when the pointer is a local's. */
  private pointerThrough(base: ((frame: Frame) => number) | null, inStack: boolean, offset: number): (frame: Frame) => number {
    if (base === null) return inStack ? (frame) => this.pointerAt(frame.stackBase + offset) : (frame) => this.pointerAt(frame.scratchBase + offset);
    return offset === 0 ? (frame) => this.pointerAt(base(frame)) : (frame) => this.pointerAt(base(frame) + offset);
  }

  /** A local's address: a constant offset from the frame's stack or scratch part. */
  private localAt(local: number): (frame: Frame) => number {
    const offset = this.info.offsets[local]!;
    return this.info.inStack[local] ? (frame) => frame.stackBase + offset : (frame) => frame.scratchBase + offset;
  }

  private pointerAt(addr: number): number {
    const ptr = this.memory.read(addr);
    if (typeof ptr === 'string' || ptr.kind !== 'ptr') throw new Error(`internal error: dereferenced a non-pointer (${typeof ptr === 'string' ? ptr : ptr.kind}) at ${addr} in ${this.info.name}`);
    return ptr.addr;
  }

  /** A fat pointer's length, -1 when it holds none (as `resolvePlace` reads it). */
  private metaAt(addr: number): number {
    const meta = this.memory.read(addr);
    return typeof meta === 'string' || meta.kind === 'vtable' ? -1 : asNumber(meta);
  }

  private intAt(addr: number): number {
    return asNumber(this.host.readScalar(addr));
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
        const cond = this.scalarOperand(t.cond);
        const { ifTrue, ifFalse } = t;
        return (frame) => {
          frame.block = isTrue(cond(frame)) ? ifTrue : ifFalse;
          frame.statement = 0;
        };
      }
      case 'switchInt': {
        const discr = this.scalarOperand(t.discr);
        const otherwise = t.otherwise;
        if (t.values.length === 1) {
          // An `if let`, a test of one variant: one comparison rather than a map's hash.
          const value = intKey(t.values[0]!);
          const target = t.targets[0]!;
          return (frame) => {
            frame.block = intKey(discr(frame)) === value ? target : otherwise;
            frame.statement = 0;
          };
        }
        const targets = new Map<number | bigint, number>();
        t.values.forEach((v, i) => {
          const key = intKey(v);
          if (!targets.has(key)) targets.set(key, t.targets[i]!);
        });
        return (frame) => {
          frame.block = targets.get(intKey(discr(frame))) ?? otherwise;
          frame.statement = 0;
        };
      }
      case 'assert': {
        const cond = this.scalarOperand(t.cond);
        const target = t.target;
        return (frame) => {
          // A failed assert panics in the general case, which reads its operands again.
          if (!isTrue(cond(frame))) return general(frame);
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
        // The return's event site (a function returning at one place) is known once.
        let site: number | null = null;
        const { name, std } = this.info;
        return (frame) => host.returnFrom(frame, span, (site ??= host.recorder.eventSite(name, null, std, span)));
      }
      default:
        return general;
    }
  }

  private call(t: Terminator & { kind: 'call' }): Op | null {
    const callee = t.callee;
    if (callee.kind === 'intrinsic') return this.intrinsicCall(t);
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
    // The callee is compiled on the call's first run (a body compiled now could recurse into
    // compiling itself); then whether the call is announced is known for good, and in a program's
    // body, whose frame is the caller that the call's event names, so is the event's site.
    let info: BodyInfo | null = null;
    let announced = true;
    let site = -1;
    const caller = this.info.std ? null : this.info.name;
    // One array per call site: the callee's frame takes the values before any code runs that
    // could reach this call again (an intrinsic's handler may: its arguments are its own).
    const values: Value[] = new Array(n);
    return (frame) => {
      for (let i = 0; i < n; i++) values[i] = args[i]!(frame);
      const addr = destAddr(frame);
      if (info === null) {
        info = host.bodyInfo(instance);
        announced = host.announcesCall(info);
        if (announced && caller !== null) site = host.recorder.eventSite(info.name, caller, info.std, span);
      }
      if (announced) host.callFunction(info, values, addr, destTy, target, span, site);
      else host.pushCall(info, values, addr, destTy, target, span);
    };
  }

  /** An intrinsic's handler, bound once; the caller continues at the call's target. */
  private intrinsicCall(t: Terminator & { kind: 'call' }): Op | null {
    const dest = this.place(t.dest);
    if (dest === null) return null;
    const args = t.args.map((a) => this.operand(a));
    const n = args.length;
    const handler = this.host.intrinsic(t);
    const destAddr = dest.addr;
    const ty = dest.ty;
    const target = t.target;
    return (frame) => {
      const values: Value[] = new Array(n);
      for (let i = 0; i < n; i++) values[i] = args[i]!(frame);
      handler(values, { addr: destAddr(frame), ty, len: -1, dyn: null, variant: -1 }, frame);
      if (target !== null) {
        frame.block = target;
        frame.statement = 0;
      }
    };
  }
}

const NOTHING: Op = () => {};

/** Where a std `Vec` or `String` keeps its buffer's pointer and its length, and the slice (or
 *  `str`) type of what it holds; null for other types. */
export function bufferFields(target: Target, ty: Ty): { ptr: number; length: number; ty: Ty } | null {
  if (ty.k !== 'adt' || !ty.def.std) return null;
  if (ty.def.name === 'String') {
    const vec = target.layout(ty).variants[0]!.fields[0]!;
    const inner = bufferFields(target, vec.ty);
    return inner && { ptr: vec.offset + inner.ptr, length: vec.offset + inner.length, ty: STR };
  }
  if (ty.def.name !== 'Vec') return null;
  const fields = target.layout(ty).variants[0]!.fields;
  const buf = fields[0]!;
  const ptr = target.layout(buf.ty).variants[0]!.fields[0]!;
  return { ptr: buf.offset + ptr.offset, length: fields[1]!.offset, ty: { k: 'slice', elem: ty.args[0]! } };
}

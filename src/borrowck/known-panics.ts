import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { successors } from '../mir/cfg.js';
import type { BinOp, BlockId, Body, Callee, Instance, LocalId, Operand, Place, Rvalue, Terminator } from '../mir/ir.js';
import { intBits, intRange, intSigned, wrapInt, type IntKind, type Ty, knownLen } from '../types/ty.js';

/**
 * rustc's deny-by-default `arithmetic_overflow` and `unconditional_panic` lints (its
 * KnownPanicsLint MIR pass): arithmetic and indexing whose operands are known constants and
 * that would panic make the program fail to compile.
 *
 * Values are propagated as rustc does: a local assigned once and never borrowed is known
 * everywhere after its assignment; a local assigned more than once is known only inside the
 * basic block that assigned it; a borrowed local is never known. Only integers (and tuples of
 * them, by field) are tracked. Missing a case lets the program run into its run-time panic;
 * the propagation never guesses a value, so no correct program is rejected.
 */
export function findKnownPanic(body: Body, consts: ConstValues): Diagnostic | null {
  const { errors } = new KnownPanics(body, consts, false).run();
  if (errors.length === 0) return null;
  return errors.sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col)[0]!;
}

/**
 * The values of the program's `const` items, as far as this propagation computes them from
 * their bodies (rustc evaluates every const: a use of one is a known value, in any local). A
 * const of a fieldless enum is its discriminant, which an `as` cast reads: rustc's propagation
 * knows a constant enum as a value, where a variable built from a variant stays unknown.
 */
export class ConstValues {
  private readonly values = new Map<string, bigint | null>();

  constructor(private readonly bodyOf: (instance: Instance) => Body) {}

  /** The value a call evaluates to, if it is a `const` item's whose value is known. */
  of(callee: Callee): bigint | null {
    if (callee.kind !== 'fn' || !callee.instance.def.constant) return null;
    const key = callee.instance.key;
    const cached = this.values.get(key);
    if (cached !== undefined) return cached;
    // A const that names itself is rustc's E0391 before this runs; stop the recursion anyway.
    this.values.set(key, null);
    const value = new KnownPanics(this.bodyOf(callee.instance), this, true).returned();
    this.values.set(key, value);
    return value;
  }
}

/** Known values by place key (`placeKey`). */
interface Known {
  get(key: string): bigint | undefined;
  set(key: string, value: bigint): void;
  delete(key: string): void;
}

/** What a block knows: the values known everywhere, and what the block itself learned or
 *  forgot (a deletion hides a global value). Copying the global values into each block would
 *  cost the number of locals per block: quadratic in a long function. */
class BlockKnown implements Known {
  private readonly own = new Map<string, bigint | null>();

  constructor(private readonly global: ReadonlyMap<string, bigint>) {}

  get(key: string): bigint | undefined {
    const own = this.own.get(key);
    return own === undefined ? this.global.get(key) : (own ?? undefined);
  }

  set(key: string, value: bigint): void {
    this.own.set(key, value);
  }

  delete(key: string): void {
    this.own.set(key, null);
  }
}

const OVERFLOW = 'this arithmetic operation will overflow';
const PANIC = 'this operation will panic at runtime';
const SYMBOL: Partial<Record<BinOp, string>> = { add: '+', sub: '-', mul: '*', div: '/', rem: '%' };

class KnownPanics {
  private readonly assignments = new Map<LocalId, number>();
  private readonly borrowed = new Set<LocalId>();
  /** The field keys ever given a value, by local: what forgetting the local deletes. */
  private readonly fieldKeys = new Map<LocalId, Set<string>>();
  private readonly errors: Diagnostic[] = [];

  /** `inConst`: the body is a `const` item's, whose enum value is known as a constant's is. */
  constructor(private readonly body: Body, private readonly consts: ConstValues, private readonly inConst: boolean) {}

  /** The value the body returns, when known everywhere after its one assignment. */
  returned(): bigint | null {
    return this.run().global.get('0') ?? null;
  }

  run(): { readonly errors: Diagnostic[]; readonly global: ReadonlyMap<string, bigint> } {
    this.countAssignments();
    const global = new Map<string, bigint>();
    // As rustc, from the entry, skipping the branch a known condition never takes: the division
    // in `z != 0 && 100 / z > 1` is not reached when `z` is 0.
    const worklist: BlockId[] = [0];
    const visited = new Set<BlockId>();
    while (worklist.length > 0) {
      const id = worklist.pop()!;
      if (visited.has(id)) continue;
      visited.add(id);
      const block = this.body.blocks[id]!;
      // What the block learns about a local assigned more than once dies with the block.
      const known = new BlockKnown(global);
      for (const s of block.statements) {
        if (s.kind !== 'assign') continue;
        this.assign(s.place, s.rvalue, s.span, known, global);
      }
      const t = block.terminator;
      if (t?.kind === 'assert' && t.assert.kind === 'bounds') {
        const [len, index] = [this.value(t.assert.len, known), this.value(t.assert.index, known)];
        if (len !== null && index !== null && index >= len) this.report(PANIC, t.span, `index out of bounds: the length is ${len} but the index is ${index}`);
      }
      if (t?.kind === 'call') {
        this.forget(t.dest.local, known, global);
        const value = this.consts.of(t.callee);
        if (value !== null && !this.borrowed.has(t.dest.local) && t.dest.projection.length === 0) this.learn(t.dest.local, `${t.dest.local}`, value, known, global);
      }
      if (t) worklist.push(...this.reachable(t, known));
    }
    return { errors: this.errors, global };
  }

  /** The successors, but only the taken branch of a switch on a known value. */
  private reachable(t: Terminator, known: Known): BlockId[] {
    if (t.kind === 'switchBool') {
      const cond = this.value(t.cond, known);
      if (cond !== null) return [cond !== 0n ? t.ifTrue : t.ifFalse];
    }
    if (t.kind === 'switchInt') {
      const discr = this.value(t.discr, known);
      const i = discr === null ? -1 : t.values.indexOf(discr);
      if (discr !== null) return [i < 0 ? t.otherwise : t.targets[i]!];
    }
    return successors(t);
  }


  private countAssignments(): void {
    const note = (local: LocalId) => this.assignments.set(local, (this.assignments.get(local) ?? 0) + 1);
    for (let arg = 1; arg <= this.body.argCount; arg++) this.borrowed.add(arg);
    for (const block of this.body.blocks) {
      for (const s of block.statements) {
        // Formatting takes its arguments by reference, which stops rustc's propagation.
        if (s.kind === 'print') for (const arg of s.format.args) this.borrowed.add(arg.place.local);
        if (s.kind !== 'assign') continue;
        note(s.place.local);
        if (s.rvalue.kind === 'ref') this.borrowed.add(s.rvalue.place.local);
      }
      if (block.terminator?.kind === 'call') note(block.terminator.dest.local);
    }
  }

  private assign(place: Place, r: Rvalue, span: Span, known: Known, global: Known): void {
    const local = place.local;
    if (this.borrowed.has(local)) {
      this.evaluate(r, span, known);
      return;
    }
    const set = (key: string, v: bigint) => this.learn(local, key, v, known, global);
    const key = placeKey(place);
    if (key === null) {
      this.forget(local, known, global);
      return;
    }
    if (r.kind === 'aggregate' && r.aggregate.kind === 'tuple' && place.projection.length === 0) {
      this.forget(local, known, global);
      r.operands.forEach((op, i) => {
        const v = this.value(op, known);
        if (v !== null) set(`${local}.${i}`, v);
      });
      return;
    }
    const value = this.evaluate(r, span, known);
    if (place.projection.length === 0) this.forget(local, known, global);
    else known.delete(key);
    if (value !== null) set(key, value);
  }

  /** The value of `key`, a place of `local`: a local assigned once keeps it in every later block. */
  private learn(local: LocalId, key: string, value: bigint, known: Known, global: Known): void {
    if (key !== `${local}`) this.fieldKeys.set(local, (this.fieldKeys.get(local) ?? new Set()).add(key));
    known.set(key, value);
    if (this.assignments.get(local) === 1) global.set(key, value);
  }

  private forget(local: LocalId, known: Known, global: Known): void {
    const keys = [`${local}`, ...(this.fieldKeys.get(local) ?? [])];
    for (const map of [known, global]) for (const key of keys) map.delete(key);
  }

  private value(op: Operand, known: Known): bigint | null {
    if (op.kind === 'const') {
      if (op.value.kind === 'bool') return op.value.value ? 1n : 0n;
      return op.value.kind === 'int' && op.ty.k === 'int' ? wrapInt(op.value.value, op.ty.int) : null;
    }
    const key = placeKey(op.place);
    return key === null ? null : (known.get(key) ?? null);
  }

  private evaluate(r: Rvalue, span: Span, known: Known): bigint | null {
    switch (r.kind) {
      case 'use':
        return this.value(r.operand, known);
      case 'cast':
        // A known value of an enum is a constant's: its discriminant.
        if ((r.from.k !== 'int' && !isFieldlessEnum(r.from)) || r.to.k !== 'int') return null;
        return mapNull(this.value(r.operand, known), (v) => wrapInt(v, (r.to as Ty & { k: 'int' }).int));
      case 'aggregate':
        if (!this.inConst || r.aggregate.kind !== 'adt' || !isFieldlessEnum(r.ty)) return null;
        return (r.ty as Ty & { k: 'adt' }).def.variants[r.aggregate.variant]!.discriminant;
      case 'neg': {
        if (r.ty.k !== 'int') return null;
        const v = this.value(r.operand, known);
        if (v === null) return null;
        if (intSigned(r.ty.int) && v === intRange(r.ty.int).min) {
          this.report(OVERFLOW, span, `attempt to negate \`${showConst(v, r.ty.int)}\`, which would overflow`);
          return null;
        }
        return wrapInt(-v, r.ty.int);
      }
      case 'not':
        return r.ty.k === 'bool' ? mapNull(this.value(r.operand, known), (v) => 1n - v) : null;
      case 'binary':
        return r.ty.k === 'int' || r.ty.k === 'bool' ? this.binary(r, r.ty, span, known) : null;
      case 'len': {
        const ty = this.placeTy(r.place);
        return ty?.k === 'array' ? BigInt(knownLen(ty)) : null;
      }
      default:
        return null;
    }
  }

  private binary(r: Rvalue & { kind: 'binary' }, ty: Ty & { k: 'int' | 'bool' }, span: Span, known: Known): bigint | null {
    const left = this.value(r.left, known);
    const right = this.value(r.right, known);
    if (COMPARISONS.has(r.op)) return left === null || right === null ? null : compare(r.op, left, right);
    if (ty.k === 'bool') return null;
    const int = ty.int;
    const { min, max } = intRange(int);
    const shown = (v: bigint | null) => (v === null ? '_' : showConst(v, int));
    if (r.op === 'div' || r.op === 'rem') {
      if (right === 0n) {
        this.report(PANIC, span, r.op === 'div' ? `attempt to divide \`${shown(left)}\` by zero` : `attempt to calculate the remainder of \`${shown(left)}\` with a divisor of zero`);
        return null;
      }
      if (left !== null && right !== null && intSigned(int) && left === min && right === -1n) {
        const what = r.op === 'div' ? 'compute' : 'compute the remainder of';
        this.report(PANIC, span, `attempt to ${what} \`${shown(left)} ${SYMBOL[r.op]} ${shown(right)}\`, which would overflow`);
        return null;
      }
    }
    const rightTy = r.right.kind === 'const' ? r.right.ty : this.placeTy(r.right.place);
    if ((r.op === 'shl' || r.op === 'shr') && right !== null && rightTy?.k === 'int') {
      // Checked even when the left operand is not known, as rustc does.
      if (right < 0n || right >= BigInt(intBits(int))) {
        if (r.checked) this.report(OVERFLOW, span, `attempt to shift ${r.op === 'shl' ? 'left' : 'right'} by \`${showConst(right, rightTy.int)}\`, which would overflow`);
        return null;
      }
    }
    if (left === null || right === null) return null;
    let exact: bigint;
    switch (r.op) {
      case 'add': exact = left + right; break;
      case 'sub': exact = left - right; break;
      case 'mul': exact = left * right; break;
      // BigInt division truncates toward zero, as Rust's does.
      case 'div': exact = left / right; break;
      case 'rem': exact = left % right; break;
      default: return null;
    }
    if (exact < min || exact > max) {
      if (r.checked) this.report(OVERFLOW, span, `attempt to compute \`${shown(left)} ${SYMBOL[r.op]} ${shown(right)}\`, which would overflow`);
      return null;
    }
    return exact;
  }

  /** The type of a place reached through references, tuple fields and indexing, else null. */
  private placeTy(place: Place): Ty | null {
    let ty: Ty | null = this.body.locals[place.local]!.ty;
    for (const p of place.projection) {
      if (ty === null) return null;
      if (p.kind === 'deref') ty = ty.k === 'ref' || ty.k === 'box' ? ty.inner : null;
      else if (p.kind === 'field') ty = ty.k === 'tuple' ? (ty.elems[p.index] ?? null) : null;
      else if (p.kind === 'index' || p.kind === 'constantIndex') ty = ty.k === 'array' || ty.k === 'slice' ? ty.elem : null;
      else return null;
    }
    return ty;
  }

  private report(headline: string, span: Span, label: string): void {
    // rustc says which deny-by-default lint this is, the first time it fires.
    const lint = headline === OVERFLOW ? 'arithmetic_overflow' : 'unconditional_panic';
    this.errors.push(compileError(undefined, headline, span, label).withNote('note', `\`#[deny(${lint})]\` on by default`));
  }
}

/** `local` or `local.field` (a tuple's field): the places whose values are tracked. */
function placeKey(place: Place): string | null {
  if (place.projection.length === 0) return `${place.local}`;
  const [first] = place.projection;
  if (place.projection.length === 1 && first!.kind === 'field') return `${place.local}.${first!.index}`;
  return null;
}

const COMPARISONS: ReadonlySet<BinOp> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** A comparison's result as 0 or 1. */
function compare(op: BinOp, left: bigint, right: bigint): bigint {
  const holds = op === 'eq' ? left === right : op === 'ne' ? left !== right : op === 'lt' ? left < right : op === 'le' ? left <= right : op === 'gt' ? left > right : left >= right;
  return holds ? 1n : 0n;
}

/** An enum none of whose variants has fields: `as` casts it to its discriminant. */
function isFieldlessEnum(ty: Ty): boolean {
  return ty.k === 'adt' && ty.def.kind === 'enum' && ty.def.variants.length > 0 && ty.def.variants.every((v) => v.fields.length === 0);
}

function mapNull<T, U>(v: T | null, f: (v: T) => U): U | null {
  return v === null ? null : f(v);
}

/** A constant as rustc shows it in these lints: `u8::MAX`, `i32::MIN`, else `5_i32`. */
function showConst(v: bigint, int: IntKind): string {
  const { min, max } = intRange(int);
  if (v === max) return `${int}::MAX`;
  if (intSigned(int) && v === min) return `${int}::MIN`;
  return `${v}_${int}`;
}

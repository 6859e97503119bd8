import { compileError, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { ResolvedProgram } from '../resolve/resolve.js';
import type { Block, Expr, FnItem, FormatArgs, FormatSpec, Stmt, TypeExpr } from '../syntax/ast.js';
import { stripParens } from '../syntax/expr.js';
import { InferenceTable } from './infer.js';
import {
  BOOL, CHAR, NEVER, UNIT, boxTy, intRange, intSigned, intTy, isIntKind, refTy, showTy, type Ty,
} from './ty.js';

export interface FnSig {
  readonly params: readonly Ty[];
  readonly ret: Ty;
}

/**
 * A coercion rustc inserts where a value meets an expected type: `&Box<T>` or `&&T` to `&T`
 * (deref coercion, `derefs` extra dereferences then a reborrow), and `&mut T` to `&T`.
 */
export interface RefCoercion {
  readonly derefs: number;
  readonly mutable: boolean;
}

export interface TypedProgram {
  readonly resolved: ResolvedProgram;
  readonly sigs: ReadonlyMap<string, FnSig>;
  readonly exprTypes: ReadonlyMap<number, Ty>;
  readonly bindingTypes: ReadonlyMap<number, Ty>;
  readonly coercions: ReadonlyMap<number, RefCoercion>;
}

interface LoopContext {
  readonly kind: 'loop' | 'while' | 'for' | 'block';
  readonly label: string | null;
  /** The type of `break` values, for `loop` only; `while` and `for` only break with `()`. */
  readonly breakTy: Ty | null;
  broken: boolean;
}

interface FnContext {
  readonly ret: Ty;
  readonly loops: LoopContext[];
}

const mismatch = (span: Span, expected: string, found: string) =>
  compileError('E0308', 'mismatched types', span, `expected \`${expected}\`, found \`${found}\``);

export function lowerTypeExpr(t: TypeExpr): Ty {
  switch (t.kind) {
    case 'path':
      if (t.args.length === 0) {
        if (isIntKind(t.name)) return intTy(t.name);
        if (t.name === 'bool') return BOOL;
        if (t.name === 'char') return CHAR;
      }
      if (t.name === 'Box' && t.args.length === 1) return boxTy(lowerTypeExpr(t.args[0]!));
      throw unsupported(`the type \`${t.name}\``, t.span);
    case 'ref':
      return refTy(lowerTypeExpr(t.inner), t.mutable);
    case 'tuple':
      if (t.elems.length === 0) return UNIT;
      throw unsupported('tuple types', t.span);
    case 'never':
      return NEVER;
  }
}

export function checkProgram(resolved: ResolvedProgram): TypedProgram {
  const table = new InferenceTable();
  const exprTypes = new Map<number, Ty>();
  const bindingTypes = new Map<number, Ty>();
  const coercions = new Map<number, RefCoercion>();
  const sigs = new Map<string, FnSig>();
  /** Checks that can only run once integer variables are defaulted. */
  const deferred: (() => void)[] = [];
  const negatedLiterals = new Set<number>();

  for (const [name, item] of resolved.fns) {
    sigs.set(name, { params: item.params.map((p) => lowerTypeExpr(p.ty)), ret: item.ret ? lowerTypeExpr(item.ret) : UNIT });
  }

  const record = (e: Expr, ty: Ty): Ty => {
    exprTypes.set(e.id, ty);
    return ty;
  };

  const show = (ty: Ty) => showTy(table.deep(ty));

  /** Dereferences one level of `&` or `Box`, or returns null. */
  const derefTarget = (ty: Ty): Ty | null => {
    const t = table.shallow(ty);
    return t.k === 'ref' || t.k === 'box' ? t.inner : null;
  };

  /** Checks `e` where a value of type `expected` is wanted, applying rustc's coercions. */
  const coerce = (e: Expr, expected: Ty, fn: FnContext): Ty => {
    const actual = infer(e, fn, expected);
    coerceTy(e, actual, expected);
    return expected;
  };

  const coerceTy = (e: Expr, actual: Ty, expected: Ty): void => {
    const a = table.shallow(actual);
    const x = table.shallow(expected);
    if (a.k === 'never') return;
    if (a.k === 'ref' && x.k === 'ref') {
      if (x.mutable && !a.mutable) throw mismatch(e.span, show(x), show(a));
      let pointee = a.inner;
      for (let derefs = 0; derefs < 16; derefs++) {
        const probe = table.deep(pointee);
        if (probeUnifies(probe, x.inner)) {
          table.unify(pointee, x.inner);
          if (derefs > 0 || a.mutable !== x.mutable) coercions.set(e.id, { derefs, mutable: x.mutable });
          return;
        }
        const next = derefTarget(pointee);
        if (!next) break;
        pointee = next;
      }
      throw mismatch(e.span, show(x), show(a));
    }
    if (!table.unify(a, x)) throw mismatch(e.span, show(x), show(a));
  };

  /** Whether unifying would succeed, tried on a copy so a failed attempt binds nothing. */
  const probeUnifies = (a: Ty, b: Ty): boolean => {
    const x = table.shallow(a);
    const y = table.shallow(b);
    if (x.k === 'var' || y.k === 'var') {
      const other = x.k === 'var' ? y : x;
      const v = (x.k === 'var' ? x : y) as Ty & { k: 'var' };
      return !v.int || other.k === 'int' || (other.k === 'var');
    }
    if (x.k !== y.k) return false;
    if (x.k === 'int') return x.int === (y as typeof x).int;
    if (x.k === 'ref') return x.mutable === (y as typeof x).mutable && probeUnifies(x.inner, (y as typeof x).inner);
    if (x.k === 'box') return probeUnifies(x.inner, (y as typeof x).inner);
    return true;
  };

  const expectInt = (e: Expr, ty: Ty): void => {
    const t = table.shallow(ty);
    if (t.k === 'int' || (t.k === 'var' && t.int)) return;
    if (t.k === 'var') {
      table.unify(t, table.fresh(true));
      return;
    }
    throw compileError('E0369', `cannot apply this operator to type \`${show(t)}\``, e.span);
  };

  /** Arithmetic works on integers and on one level of reference to them, as std's impls do. */
  const arithOperand = (ty: Ty): Ty => {
    const t = table.shallow(ty);
    return t.k === 'ref' && !t.mutable ? t.inner : t;
  };

  const unifyOrMismatch = (span: Span, expected: Ty, found: Ty): void => {
    if (table.shallow(found).k === 'never' || table.shallow(expected).k === 'never') return;
    if (!table.unify(expected, found)) throw mismatch(span, show(expected), show(found));
  };

  const placeRoot = (e: Expr): boolean => {
    if (e.kind === 'paren') return placeRoot(e.inner);
    if (e.kind === 'path') return resolved.paths.get(e.id)?.kind === 'local';
    return e.kind === 'unary' && e.op === '*';
  };

  const infer = (e: Expr, fn: FnContext, expected: Ty | null = null): Ty => record(e, inferKind(e, fn, expected));

  const inferKind = (e: Expr, fn: FnContext, expected: Ty | null): Ty => {
    switch (e.kind) {
      case 'int': {
        if (e.suffix) {
          if (!isIntKind(e.suffix)) throw unsupported(`the literal suffix \`${e.suffix}\``, e.span);
          const ty = intTy(e.suffix);
          deferred.push(() => checkLiteralRange(e, ty));
          return ty;
        }
        const ty = table.fresh(true);
        deferred.push(() => checkLiteralRange(e, table.deep(ty)));
        return ty;
      }
      case 'bool':
        return BOOL;
      case 'unit':
        return UNIT;
      case 'paren':
        return infer(e.inner, fn, expected);
      case 'path':
      case 'qualified': {
        const r = resolved.paths.get(e.id);
        if (!r) throw unsupported('this path', e.span);
        if (r.kind === 'local') {
          const ty = bindingTypes.get(r.binding.id);
          if (!ty) throw unsupported('a binding used before its type is known', e.span);
          return ty;
        }
        if (r.kind === 'intConst') return intTy(r.int);
        throw unsupported('functions used as values', e.span);
      }
      case 'binary':
        return inferBinary(e as Expr & { kind: 'binary' }, fn, expected);
      case 'unary': {
        if (e.op === '*') {
          const inner = infer(e.operand, fn);
          const target = derefTarget(inner);
          if (!target) {
            const t = table.shallow(inner);
            if (t.k === 'var' && !t.int) throw compileError('E0282', 'type annotations needed', e.operand.span);
            throw compileError('E0614', `type \`${show(t)}\` cannot be dereferenced`, e.span);
          }
          return target;
        }
        if (e.op === '-' && e.operand.kind === 'int') negatedLiterals.add(e.operand.id);
        const t = arithOperand(infer(e.operand, fn, expected));
        const resolvedOperand = table.shallow(t);
        if (e.op === '!' && resolvedOperand.k === 'bool') return BOOL;
        if (resolvedOperand.k !== 'int' && resolvedOperand.k !== 'var') {
          throw compileError('E0600', `cannot apply unary operator \`${e.op}\` to type \`${show(resolvedOperand)}\``, e.span, `cannot apply unary operator \`${e.op}\``);
        }
        expectInt(e, t);
        if (e.op === '!') return t;
        deferred.push(() => {
          const r = table.deep(t);
          if (r.k === 'int' && !intSigned(r.int)) throw compileError('E0600', `cannot apply unary operator \`-\` to type \`${r.int}\``, e.span, 'cannot apply unary operator `-`');
        });
        return t;
      }
      case 'ref': {
        const expectedInner = expected && table.shallow(expected).k === 'ref' ? (table.shallow(expected) as Ty & { k: 'ref' }).inner : null;
        const inner = infer(e.operand, fn, expectedInner);
        if (e.mutable && placeRoot(e.operand)) requireMutablePlace(e.operand);
        return refTy(inner, e.mutable);
      }
      case 'assign': {
        if (!placeRoot(e.target)) throw compileError('E0070', 'invalid left-hand side of assignment', e.span, 'cannot assign to this expression');
        const target = infer(e.target, fn);
        coerce(e.value, target, fn);
        return UNIT;
      }
      case 'compoundAssign': {
        if (!placeRoot(e.target)) throw compileError('E0067', 'invalid left-hand side of assignment', e.span, 'cannot assign to this expression');
        const target = infer(e.target, fn);
        expectInt(e.target, target);
        const value = arithOperand(infer(e.value, fn, e.op === '<<' || e.op === '>>' ? null : target));
        if (e.op === '<<' || e.op === '>>') expectInt(e.value, value);
        else unifyOrMismatch(e.value.span, target, value);
        return UNIT;
      }
      case 'call':
        return inferCall(e as Expr & { kind: 'call' }, fn);
      case 'cast': {
        const target = lowerTypeExpr(e.ty);
        const source = e.operand.kind === 'int' && !e.operand.suffix && target.k === 'int' ? infer(e.operand, fn, target) : infer(e.operand, fn);
        if (e.operand.kind === 'int' && !e.operand.suffix && target.k === 'int') table.unify(source, target);
        deferred.push(() => checkCast(e, table.deep(source), target));
        return target;
      }
      case 'macro':
        return inferMacro(e as Expr & { kind: 'macro' }, fn);
      case 'block':
        if (e.label) {
          const ctx: LoopContext = { kind: 'block', label: e.label, breakTy: table.fresh(false), broken: false };
          const ty = withLoop(fn, ctx, () => inferBlock(e.block, fn, expected));
          if (!ctx.broken) return ty;
          unifyOrMismatch(e.block.span, ctx.breakTy!, ty);
          return ctx.breakTy!;
        }
        return inferBlock(e.block, fn, expected);
      case 'if': {
        coerce(e.cond, BOOL, fn);
        const thenTy = inferBlock(e.then, fn, expected);
        if (!e.else) {
          unifyOrMismatch(e.then.tail?.span ?? e.then.span, UNIT, thenTy);
          return UNIT;
        }
        const elseTy = infer(e.else, fn, expected);
        if (table.shallow(thenTy).k === 'never') return elseTy;
        if (table.shallow(elseTy).k === 'never') return thenTy;
        if (!table.unify(thenTy, elseTy)) {
          throw compileError('E0308', '`if` and `else` have incompatible types', e.else.span, `expected \`${show(thenTy)}\`, found \`${show(elseTy)}\``);
        }
        return thenTy;
      }
      case 'while':
        coerce(e.cond, BOOL, fn);
        withLoop(fn, { kind: 'while', label: e.label, breakTy: null, broken: false }, () => unifyOrMismatch(e.body.span, UNIT, inferBlock(e.body, fn, UNIT)));
        return UNIT;
      case 'loop': {
        const breakTy = table.fresh(false);
        const ctx: LoopContext = { kind: 'loop', label: e.label, breakTy, broken: false };
        withLoop(fn, ctx, () => unifyOrMismatch(e.body.span, UNIT, inferBlock(e.body, fn, UNIT)));
        return ctx.broken ? breakTy : NEVER;
      }
      case 'for': {
        const range = stripParens(e.iter);
        if (range.kind !== 'range' || !range.start || !range.end) throw unsupported('`for` over anything but a bounded range `a..b` or `a..=b`', e.iter.span);
        const elem = infer(range.start, fn);
        unifyOrMismatch(range.end.span, elem, infer(range.end, fn, elem));
        expectInt(range, elem);
        record(range, elem);
        bindingTypes.set(e.pattern.id, elem);
        withLoop(fn, { kind: 'for', label: e.label, breakTy: null, broken: false }, () => unifyOrMismatch(e.body.span, UNIT, inferBlock(e.body, fn, UNIT)));
        return UNIT;
      }
      case 'range':
        throw unsupported('ranges outside `for` loops', e.span);
      case 'break': {
        const ctx = findLoop(fn, e.label, e.span);
        ctx.broken = true;
        if (e.value) {
          if (!ctx.breakTy) throw compileError('E0571', '`break` with value from a `while` or `for` loop', e.span);
          coerce(e.value, ctx.breakTy, fn);
        } else if (ctx.breakTy) {
          unifyOrMismatch(e.span, ctx.breakTy, UNIT);
        }
        return NEVER;
      }
      case 'continue':
        findLoop(fn, e.label, e.span);
        return NEVER;
      case 'return':
        if (e.value) coerce(e.value, fn.ret, fn);
        else if (!table.unify(fn.ret, UNIT)) throw compileError('E0069', '`return;` in a function whose return type is not `()`', e.span, 'return type is not `()`');
        return NEVER;
    }
  };

  const requireMutablePlace = (place: Expr): void => {
    if (place.kind === 'paren') return requireMutablePlace(place.inner);
    if (place.kind !== 'path') return;
    const r = resolved.paths.get(place.id);
    if (r?.kind === 'local' && !r.binding.mutable) {
      throw compileError('E0596', `cannot borrow \`${r.binding.name.name}\` as mutable, as it is not declared as mutable`, place.span, 'cannot borrow as mutable');
    }
  };

  const withLoop = <T>(fn: FnContext, ctx: LoopContext, body: () => T): T => {
    fn.loops.push(ctx);
    try {
      return body();
    } finally {
      fn.loops.pop();
    }
  };

  const findLoop = (fn: FnContext, label: string | null, span: Span): LoopContext => {
    for (let i = fn.loops.length - 1; i >= 0; i--) {
      const ctx = fn.loops[i]!;
      // An unlabelled `break` never targets a labelled block, only loops.
      if (label === null ? ctx.kind !== 'block' : ctx.label === label) return ctx;
    }
    if (label) throw compileError('E0426', `use of undeclared label \`'${label}\``, span, `undeclared label \`'${label}\``);
    throw compileError('E0268', '`break` outside of a loop or labeled block', span, 'cannot `break` outside of a loop or labeled block');
  };

  const inferBinary = (e: Expr & { kind: 'binary' }, fn: FnContext, expected: Ty | null): Ty => {
    switch (e.op) {
      case '&&':
      case '||':
        coerce(e.left, BOOL, fn);
        coerce(e.right, BOOL, fn);
        return BOOL;
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const l = infer(e.left, fn);
        const r = infer(e.right, fn, l);
        unifyOrMismatch(e.right.span, l, r);
        deferred.push(() => {
          const t = table.deep(l);
          let base = t;
          while (base.k === 'ref') base = base.inner;
          if (base.k !== 'int' && base.k !== 'bool' && base.k !== 'char' && base.k !== 'unit') {
            throw unsupported(`comparing values of type \`${showTy(t)}\``, e.span);
          }
        });
        return BOOL;
      }
      case '<<':
      case '>>': {
        const l = arithOperand(infer(e.left, fn, expected));
        const r = arithOperand(infer(e.right, fn));
        expectInt(e.left, l);
        expectInt(e.right, r);
        return l;
      }
      default: {
        const l = arithOperand(infer(e.left, fn, expected));
        const lt = table.shallow(l);
        if (lt.k === 'bool' && (e.op === '&' || e.op === '|' || e.op === '^')) {
          coerce(e.right, BOOL, fn);
          return BOOL;
        }
        const r = arithOperand(infer(e.right, fn, l));
        expectInt(e.left, l);
        if (!table.unify(l, r)) {
          throw compileError('E0308', 'mismatched types', e.right.span, `expected \`${show(l)}\`, found \`${show(r)}\``);
        }
        return l;
      }
    }
  };

  const inferCall = (e: Expr & { kind: 'call' }, fn: FnContext): Ty => {
    const callee = e.callee.kind === 'paren' ? e.callee.inner : e.callee;
    const r = callee.kind === 'path' || callee.kind === 'qualified' ? resolved.paths.get(callee.id) : undefined;
    if (!r) throw unsupported('calling anything but a function by name', e.callee.span);
    const argCount = (n: number, what: string) => {
      if (e.args.length !== n) {
        const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
        throw compileError('E0061', `this ${what} takes ${plural(n)} but ${plural(e.args.length)} ${e.args.length === 1 ? 'was' : 'were'} supplied`, e.callee.span);
      }
    };
    switch (r.kind) {
      case 'fn': {
        const sig = sigs.get(r.item.name.name)!;
        argCount(sig.params.length, 'function');
        e.args.forEach((arg, i) => coerce(arg, sig.params[i]!, fn));
        return sig.ret;
      }
      case 'intrinsic':
        switch (r.name) {
          case 'box_new':
            argCount(1, 'function');
            return boxTy(infer(e.args[0]!, fn));
          case 'process_exit':
            argCount(1, 'function');
            coerce(e.args[0]!, intTy('i32'), fn);
            return NEVER;
          case 'drop':
            argCount(1, 'function');
            infer(e.args[0]!, fn);
            return UNIT;
        }
      // falls through: exhaustive above
      default:
        throw compileError('E0618', 'expected function, found local variable', e.callee.span);
    }
  };

  const inferMacro = (e: Expr & { kind: 'macro' }, fn: FnContext): Ty => {
    switch (e.name) {
      case 'assert':
        coerce(e.args[0]!, BOOL, fn);
        break;
      case 'assert_eq':
      case 'assert_ne': {
        const l = infer(e.args[0]!, fn);
        const r = infer(e.args[1]!, fn, l);
        unifyOrMismatch(e.args[1]!.span, l, r);
        deferred.push(() => requireFormattable(table.deep(l), '?', e.args[0]!.span));
        break;
      }
      default:
        break;
    }
    if (e.format) inferFormat(e.format, fn);
    const diverges = e.name === 'panic' || e.name === 'unreachable' || e.name === 'todo' || e.name === 'unimplemented';
    return diverges ? NEVER : UNIT;
  };

  const inferFormat = (format: FormatArgs, fn: FnContext): void => {
    const positional = format.positional.map((arg) => infer(arg, fn));
    const named = new Map(format.named.map((n) => [n.name, infer(n.value, fn)]));
    let next = 0;
    for (const piece of format.pieces) {
      if (piece.kind !== 'arg') continue;
      const spec = piece.spec;
      const countTy = (count: FormatSpec['width']) => {
        if (count?.kind !== 'arg') return;
        const ty = count.arg.kind === 'name' ? named.get(count.arg.name) : positional[count.arg.kind === 'index' ? count.arg.index : next++];
        if (ty && !table.unify(ty, intTy('usize'))) throw mismatch(format.span, 'usize', show(ty));
      };
      countTy(spec.width);
      countTy(spec.precision);
      const ty = piece.arg.kind === 'name' ? named.get(piece.arg.name) : positional[piece.arg.kind === 'index' ? piece.arg.index : next++];
      if (!ty) throw compileError(undefined, 'invalid reference to a format argument', format.span);
      deferred.push(() => requireFormattable(table.deep(ty), spec.trait, format.span));
    }
  };

  const requireFormattable = (ty: Ty, trait: FormatSpec['trait'], span: Span): void => {
    let base = ty;
    while (base.k === 'ref' || base.k === 'box') base = base.inner;
    const traitName = { '': 'std::fmt::Display', '?': 'Debug', x: 'LowerHex', X: 'UpperHex', o: 'Octal', b: 'Binary', e: 'LowerExp', E: 'UpperExp' }[trait];
    const ok =
      trait === '?' ? base.k !== 'never' && base.k !== 'var' :
      trait === '' ? base.k === 'int' || base.k === 'bool' || base.k === 'char' :
      trait === 'e' || trait === 'E' ? base.k === 'int' :
      base.k === 'int';
    if (!ok) {
      if (trait === '') throw compileError('E0277', `\`${showTy(ty)}\` doesn't implement \`${traitName}\``, span);
      throw compileError('E0277', `the trait bound \`${showTy(base)}: ${traitName}\` is not satisfied`, span);
    }
  };

  const inferBlock = (b: Block, fn: FnContext, expected: Ty | null): Ty => {
    let diverges = false;
    for (const s of b.stmts) if (inferStmt(s, fn)) diverges = true;
    if (b.tail) {
      const t = infer(b.tail, fn, expected);
      return diverges && table.shallow(t).k === 'unit' ? NEVER : t;
    }
    return diverges ? NEVER : UNIT;
  };

  /** Returns whether the statement diverges. */
  const inferStmt = (s: Stmt, fn: FnContext): boolean => {
    switch (s.kind) {
      case 'let': {
        const declared = s.ty ? lowerTypeExpr(s.ty) : null;
        let ty: Ty;
        if (s.init && declared) ty = coerce(s.init, declared, fn);
        else if (s.init) ty = infer(s.init, fn);
        else ty = declared ?? table.fresh(false);
        const diverges = s.init !== null && table.shallow(exprTypes.get(s.init.id)!).k === 'never';
        // rustc gives a binding initialised by a diverging expression the fallback type `()`.
        bindingTypes.set(s.pattern.id, diverges && !declared ? UNIT : ty);
        return diverges;
      }
      case 'expr': {
        const ty = infer(s.expr, fn, s.semi ? null : UNIT);
        const t = table.shallow(ty);
        if (!s.semi && t.k !== 'never') unifyOrMismatch(s.expr.span, UNIT, ty);
        return t.k === 'never';
      }
      case 'item':
        throw unsupported('items inside a block', s.span);
    }
  };

  const checkLiteralRange = (e: Expr & { kind: 'int' }, ty: Ty): void => {
    if (ty.k !== 'int') return;
    const { max } = intRange(ty.int);
    const limit = negatedLiterals.has(e.id) && intSigned(ty.int) ? max + 1n : max;
    if (e.value > limit) throw compileError(undefined, `literal out of range for \`${ty.int}\``, e.span);
  };

  const checkCast = (e: Expr & { kind: 'cast' }, source: Ty, target: Ty): void => {
    const castable =
      (target.k === 'int' && (source.k === 'int' || source.k === 'bool' || source.k === 'char')) ||
      (target.k === 'char' && source.k === 'int' && source.int === 'u8') ||
      (target.k === 'bool' && source.k === 'bool');
    if (castable) return;
    if (source.k === 'box') throw compileError('E0605', `non-primitive cast: \`${showTy(source)}\` as \`${showTy(target)}\``, e.span, 'an `as` expression can only be used to convert between primitive types');
    throw compileError('E0606', `casting \`${showTy(source)}\` as \`${showTy(target)}\` is invalid`, e.span);
  };

  const checkFn = (item: FnItem): void => {
    const sig = sigs.get(item.name.name)!;
    item.params.forEach((p, i) => bindingTypes.set(p.pattern.id, sig.params[i]!));
    const fn: FnContext = { ret: sig.ret, loops: [] };
    const bodyTy = inferBlock(item.body, fn, sig.ret);
    if (item.body.tail) coerceTy(item.body.tail, bodyTy, sig.ret);
    else if (table.shallow(bodyTy).k !== 'never' && !table.unify(sig.ret, UNIT)) {
      throw mismatch(item.ret?.span ?? item.name.span, showTy(sig.ret), '()');
    }
  };

  for (const item of resolved.fns.values()) checkFn(item);

  for (const [id, ty] of exprTypes) exprTypes.set(id, table.defaultIntVars(ty));
  for (const [id, ty] of bindingTypes) bindingTypes.set(id, table.defaultIntVars(ty));
  for (const check of deferred) check();
  for (const [id, ty] of bindingTypes) {
    if (containsVar(ty)) {
      const binding = findBinding(resolved, id);
      throw compileError('E0282', 'type annotations needed', binding ?? resolved.main.name.span);
    }
  }
  for (const [id, ty] of exprTypes) if (containsVar(ty)) exprTypes.set(id, UNIT);
  return { resolved, sigs, exprTypes, bindingTypes, coercions };

  function containsVar(ty: Ty): boolean {
    if (ty.k === 'var') return true;
    if (ty.k === 'ref' || ty.k === 'box') return containsVar(ty.inner);
    return false;
  }
}

function findBinding(resolved: ResolvedProgram, id: number): Span | null {
  for (const r of resolved.paths.values()) if (r.kind === 'local' && r.binding.id === id) return r.binding.span;
  return null;
}

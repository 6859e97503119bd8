import { compileError, Diagnostic, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { isProgramCode, type ConstDef, type FnDef, type ImplDef, type TraitInfo } from '../resolve/items.js';
import { stdTraitModule } from '../resolve/module-scopes.js';
import { preludeFn } from '../resolve/late-resolution.js';
import { calledWhat, isStdRoot, stdTypePath, RUST_PRELUDE_TRAITS, stdAdtNamed, stdItemIndex, stdItemName, stdPathName, unresolvedStdPath } from '../resolve/std-modules.js';
import type { BindingPattern, Block, Expr, ExprPath, FormatArgs, FormatSpec, MacroHygiene, Pattern, Stmt, TypeExpr } from '../syntax/ast.js';
import { hasBody } from '../syntax/ast-artifact.js';
import { collectBindings, stripParens } from '../syntax/expr.js';
import { constructorFnName, HYGIENE_MARK, qualifiedShownName } from '../diagnostics/names.js';
import { prettyType } from '../syntax/pretty.js';
import { STD_TYPES, requireModuleInScope, stdNameInScope, type FnBound, type FnSig, type TypeContext, type TypeScope, type WherePredicateSig } from './context.js';
import { isUndecided, variantTys } from './context.js';
import { InferenceTable, containsGeneralVar, containsLiteralVar, containsVar, mapTy, someTy } from './infer.js';
import { hasUnimplementedMessage, preludeImplsComplete, unimplementedMessage } from './unimplemented.js';
import { isAutoTrait } from './auto-traits.js';
import { autoTraitError, showAsRustc, type AutoTraitSite } from './auto-trait-errors.js';

/** The function a call's bounds come from, and its path or method name in the call. */
interface BoundCallee {
  readonly fn: FnDef;
  readonly span: Span;
}

/** A call's callee and the argument of each bounded type parameter. */
interface BoundCallSite extends BoundCallee {
  readonly argOf: (param: string) => Expr | null;
}
import type { BuiltinMethod, Coercion, FieldAccess, FnTypeck, MethodRes, PathRes, PatternInfo } from './results.js';
import {
  BOOL, CHAR, NEVER, STR, UNIT, USIZE, adtName, boxTy, builtinDeref, smartPointerData, floatTy, intRange, intSigned, intTy, isIntKind, isUnit, knownLen, refTy, sameTy, showTy, substitute, tailKeptLast, typeKey, type ArrayLen,
  type AdtDef, type ClosureDef, type Ty,
} from './ty.js';

/** Checks every function body of the program and its prelude. */
/**
 * `mutability: false` (`--unchecked`) skips the mutability errors rustc's borrow checker reports
 * (E0594 assigning through `&` or to an immutable binding, E0596 borrowing one as mutable):
 * such a program runs, and the machine reports a write through a shared reference as it happens.
 */
export function checkBodies(ctx: TypeContext, options: { readonly mutability: boolean } = { mutability: true }): Map<FnDef, FnTypeck> {
  const results = new Map<FnDef, FnTypeck>();
  const inProgress = new Set<FnDef>();
  ctx.checkOnDemand = (fn) => {
    if (results.has(fn) || inProgress.has(fn)) return;
    inProgress.add(fn);
    results.set(fn, new FnChecker(ctx, fn, options.mutability).check());
  };
  const all: FnDef[] = [...ctx.items.fns.values()];
  for (const impl of ctx.items.impls) all.push(...impl.fns.values());
  for (const trait of ctx.items.traits.values()) for (const f of trait.fns.values()) if (hasBody(f.item)) all.push(f);
  for (const f of ctx.items.constFns.values()) if (hasBody(f.item)) all.push(f);
  // The program's functions (and its constants' values) are checked now, in source order as
  // rustc checks its bodies, so its errors come before it runs and in rustc's order; std's are
  // checked when first used (LazyMirProgram asks), which keeps a small program's start fast.
  const program = all.filter(isProgramCode).sort((a, b) => a.item.span.start - b.item.span.start);
  for (const fn of program) ctx.checkOnDemand(fn);
  return results;
}

interface LoopContext {
  readonly kind: 'loop' | 'while' | 'for' | 'block';
  readonly label: string | null;
  readonly breakTy: Ty | null;
  broken: boolean;
}

const mismatch = (span: Span, expected: string, found: string) =>
  compileError('E0308', 'mismatched types', span, `expected ${sortString(expected)}, found ${sortString(found)}`);

/** How rustc's "expected X, found Y" names a type: a number whose type is still to be inferred
 *  by its kind, any other type in backticks. */
function sortString(shown: string): string {
  if (shown === '{integer}') return 'integer';
  if (shown === '{float}') return 'floating-point number';
  return `\`${shown}\``;
}

/** E0596 of a binding not declared `mut`, with the binding: the borrow-check phase reports one
 *  per binding (`FnChecker.immutableBorrow`). */
const IMMUTABLE_BINDING = new WeakMap<Diagnostic, BindingPattern>();

/** Borrow-check errors reported at once, since the MIR builder cannot build their body. */
const BUILD_BLOCKING = new WeakSet<Diagnostic>();

function buildBlocking(error: Diagnostic): Diagnostic {
  BUILD_BLOCKING.add(error);
  return error;
}

/** The methods of the traits `#[derive]` implements (std's traits the checker knows natively). */
const DERIVED_METHODS: Readonly<Record<string, readonly string[]>> = {
  Clone: ['clone', 'clone_from'],
  PartialEq: ['eq', 'ne'],
  PartialOrd: ['partial_cmp', 'lt', 'le', 'gt', 'ge'],
  Ord: ['cmp', 'max', 'min', 'clamp'],
  Hash: ['hash'],
};

/** Builtin methods taking `&self`. */
/** std's smart pointers whose pointee may unsize (`CoerceUnsized` impls). */
const UNSIZING_POINTERS: ReadonlySet<string> = new Set(['Rc', 'Arc', 'Weak']);

const BY_REF_BUILTINS = new Set(['clone', 'cmp', 'partial_cmp', 'eq', 'ne']);
/** The binary operators whose operands are taken by reference (`PartialEq`, `PartialOrd`). */
const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

const BINARY_MESSAGES: Readonly<Record<string, (l: string, r: string) => string>> = {
  Add: (l, r) => `cannot add \`${r}\` to \`${l}\``,
  Sub: (l, r) => `cannot subtract \`${r}\` from \`${l}\``,
  Mul: (l, r) => `cannot multiply \`${l}\` by \`${r}\``,
  Div: (l, r) => `cannot divide \`${l}\` by \`${r}\``,
  Rem: (l, r) => `cannot calculate the remainder of \`${l}\` divided by \`${r}\``,
};

/**
 * std's `impl PartialEq<R> for L` between sequences, once the reference impls (`&A == &B`, and
 * with `&mut` on either side) have peeled the references both sides share: core's
 * array/equality.rs and slice impl, alloc's vec/partial_eq.rs. Each needs `T: PartialEq<U>` of
 * the elements (and the same length for two arrays). `&[T]` is `&[T]` or `&mut [T]`, and so on.
 */
const SEQUENCE_EQ: ReadonlySet<string> = new Set([
  '[T; N] == [U; N]', '[T; N] == [U]', '[T] == [U; N]', '[T] == [U]', '[T; N] == &[U]', '&[T] == [U; N]',
  'Vec == Vec', 'Vec == &[U]', '&[T] == Vec', 'Vec == [U]', '[T] == Vec', 'Vec == [U; N]', 'Vec == &[U; N]',
].map((pair) => pair.replace(/\b[TU]\b/g, 'E')));

/** The shape a type has in `SEQUENCE_EQ`, with its element type. */
function sequenceShape(t: Ty): { shape: string; elem: Ty; len: number | null } | null {
  if (t.k === 'array') return { shape: '[E; N]', elem: t.elem, len: typeof t.len === 'number' ? t.len : null };
  if (t.k === 'slice') return { shape: '[E]', elem: t.elem, len: null };
  if (t.k === 'adt' && t.def.std && t.def.name === 'Vec') return { shape: 'Vec', elem: t.args[0]!, len: null };
  if (t.k === 'ref' && (t.inner.k === 'array' || t.inner.k === 'slice')) {
    const inner = sequenceShape(t.inner)!;
    return { ...inner, shape: `&${inner.shape}` };
  }
  return null;
}

const ASSIGN_MESSAGES: Readonly<Record<string, (l: string, r: string) => string>> = {
  Add: (l, r) => `cannot add-assign \`${r}\` to \`${l}\``,
  Sub: (l, r) => `cannot subtract-assign \`${r}\` from \`${l}\``,
  Mul: (l, r) => `cannot multiply-assign \`${l}\` by \`${r}\``,
  Div: (l, r) => `cannot divide-assign \`${l}\` by \`${r}\``,
  Rem: (l, r) => `cannot calculate and assign the remainder of \`${l}\` divided by \`${r}\``,
};

/** rustc points at a binary operator: just after the left operand and its space. */
function operatorSpan(left: Span, op: string): Span {
  return { start: left.end + 1, end: left.end + 1 + op.length, line: left.endLine, col: left.endCol + 1, endLine: left.endLine, endCol: left.endCol + 1 + op.length };
}

const OP_TRAITS: Readonly<Record<string, { trait: string; method: string; output: true }>> = {
  '+': { trait: 'Add', method: 'add', output: true },
  '-': { trait: 'Sub', method: 'sub', output: true },
  '*': { trait: 'Mul', method: 'mul', output: true },
  '/': { trait: 'Div', method: 'div', output: true },
  '%': { trait: 'Rem', method: 'rem', output: true },
  '&': { trait: 'BitAnd', method: 'bitand', output: true },
  '|': { trait: 'BitOr', method: 'bitor', output: true },
  '^': { trait: 'BitXor', method: 'bitxor', output: true },
  '<<': { trait: 'Shl', method: 'shl', output: true },
  '>>': { trait: 'Shr', method: 'shr', output: true },
};

class FnChecker {
  private readonly table = new InferenceTable();
  private readonly sig: FnSig;
  private readonly scope: TypeScope;
  private readonly exprTypes = new Map<number, Ty>();
  private readonly bindingTypes = new Map<number, Ty>();
  private readonly bindingModes = new Map<number, 'move' | 'ref' | 'refMut'>();
  private readonly patterns = new Map<Pattern, PatternInfo>();
  private readonly patternPaths = new Map<Pattern, PathRes>();
  private readonly paths = new Map<number, PathRes>();
  private readonly methods = new Map<number, MethodRes>();
  /** A trait implemented for the receiver of the method call being resolved whose method is
   *  not found because the trait is not in scope (rustc's E0599 names it). */
  private hiddenTrait: TraitInfo | null = null;
  private readonly fields = new Map<number, FieldAccess>();
  private readonly indexes = new Map<number, number>();
  private readonly coercions = new Map<number, Coercion>();
  private readonly structLits = new Map<number, { ty: Ty & { k: 'adt' }; variant: number }>();
  private readonly closures = new Map<number, ClosureDef>();
  private readonly opCalls = new Map<number, { fn: FnDef; args: Ty[] }>();
  /** `==`/`!=` between two different types (see `crossTypeEq`). */
  private readonly crossEq = new Set<number>();
  /** `?` expressions whose error converts with `From::from` (the instance's arguments). */
  private readonly errorConversions = new Map<number, { fn: FnDef; args: Ty[] }>();
  /** Index expressions on types with an `IndexMut` impl too. */
  private readonly indexMut = new Set<number>();
  private readonly scopes: Map<string, BindingPattern>[] = [];
  /** Each binding a later one of its name hides in its scope (`let x = 1; let x = x + 1;`),
   *  which a macro defined in between still sees (`localOf`). */
  private readonly shadowed = new Map<BindingPattern, BindingPattern>();
  private readonly loops: LoopContext[] = [];
  /** The variables from outside each closure being checked (innermost last): what it captures. */
  private readonly closureOuters: ReadonlySet<number>[] = [];
  private readonly deferred: (() => void)[] = [];
  /** Format arguments whose type inference left open: rustc's obligation `Vec<_>: Debug` is
   *  ambiguous, not unmet, and ends as E0282 (at the binding of that type, if there is one). */
  private readonly ambiguousFormats: Span[] = [];
  private readonly pendingSelections: { readonly trait: TraitInfo; readonly self: Ty; readonly traitArgs: readonly Ty[] }[] = [];
  /** The errors rustc's borrow checker reports that this checker finds (E0594, E0596): kept for
   *  the borrow-check phase, which comes once every body type-checks (FnTypeck.borrowErrors).
   *  Those on closures' captures are thrown at once: the closure's kind rests on them. */
  private readonly borrowErrors: Diagnostic[] = [];
  /** Mutable borrows of a binding not declared `mut`, by binding: rustc reports them once, at
   *  the binding when there are several (`immutableBorrow`). */
  private readonly immutableBorrows = new Map<number, { readonly error: number; readonly calls: Span[] }>();
  private readonly negatedLiterals = new Set<number>();
  /** E0133: kept for the unsafety check, which rustc runs on a body once every body
   *  type-checks, just before borrow-checking it (FnTypeck.unsafetyErrors). */
  private readonly unsafetyErrors: Diagnostic[] = [];
  /** The errors of rustc's late lints (`overflowing_literals`, `static_mut_refs`): reported only
   *  when the whole program has no other error (FnTypeck.lints). */
  private readonly lints: Diagnostic[] = [];
  private ret: Ty;
  /** The return type as the function writes it, while checking its body (not a closure's). */
  private retDeclared: Span | null = null;
  /** How many `unsafe` blocks enclose the expression being checked. */
  private unsafeDepth = 0;
  /** The path expression `&raw const`/`&raw mut` takes the address of, when it names a
   *  `static`: taking a `static mut`'s address is safe, only using it is not. */
  private rawBorrowedPath: Expr | null = null;
  /** Signatures that closures passed as arguments must have, from the callee's `Fn` bounds. */
  /** The signature a closure passed for a `F: Fn(..)` bound must have, and the call that asks
   *  for it (where rustc reports E0631, a closure parameter of another type). */
  private readonly closureSigs = new Map<number, { readonly bound: FnBound; readonly site: Span }>();
  private nextClosure = 0;

  constructor(
    private readonly ctx: TypeContext,
    private readonly fn: FnDef,
    /** Whether E0594/E0596 are reported (not under `--unchecked`). */
    private readonly mutability: boolean,
  ) {
    this.sig = ctx.sig(fn);
    // An `impl Trait` return type is whatever the body returns.
    this.ret = this.sig.ret.k === 'opaque' ? this.table.fresh() : this.sig.ret;
    this.scope = { generics: new Set(this.sig.generics), ...(this.sig.constParams ? { constParams: this.sig.constParams } : {}), selfTy: this.sig.selfTy, infer: () => this.table.fresh(), bounds: this.sig.bounds, ...(isProgramCode(fn) ? { stdImports: ctx.items.stdImports } : {}) };
    this.table.normalizer = (t) => ctx.normalize(t, this.table, this.sig.assocBindings);
  }

  check(): FnTypeck {
    // Checking a std body on demand happens in the middle of another body's check.
    const outerBounds = this.ctx.paramTraits;
    const outerAssumed = this.ctx.assumedTraits;
    this.ctx.paramTraits = (param) => this.boundNames(param);
    const predicates = this.sig.predicates ?? [];
    this.ctx.assumedTraits = predicates.length === 0 ? null : (ty) => {
      const key = typeKey(this.table.deep(ty));
      return predicates.filter((p) => typeKey(p.ty) === key).flatMap((p) => p.traits);
    };
    try {
      return this.checkBody();
    } finally {
      this.ctx.paramTraits = outerBounds;
      this.ctx.assumedTraits = outerAssumed;
    }
  }

  private checkBody(): FnTypeck {
    const item = this.fn.item;
    this.scopes.push(new Map());
    if (item.selfParam) {
      const self: BindingPattern = { kind: 'binding', id: -1 - this.fn.id, name: { name: 'self', span: item.selfParam.span }, mutable: item.selfParam.mutable, byRef: null, subpattern: null, span: item.selfParam.span };
      this.bind(self, this.sig.params[0]!);
      this.selfBinding = self;
      this.selfMark = item.selfParam.mark ?? 0;
    }
    item.params.forEach((p, i) => this.checkPattern(p.pattern, this.sig.params[i + (item.selfParam ? 1 : 0)]!, 'irrefutable'));
    const body = item.body!;
    this.retDeclared = this.fn.closure || this.fn.constant ? null : (item.ret?.span ?? null);
    const bodyTy = this.inferBlock(body, this.ret);
    if (body.tail) {
      const tail = body.tail;
      this.becauseOfReturnType(tail, () => this.coerceTy(tail, bodyTy, this.ret));
    }
    else if (this.table.shallow(bodyTy).k !== 'never' && !this.table.unify(this.ret, UNIT)) {
      throw mismatch(item.ret?.span ?? item.name.span, showTy(this.ret), '()');
    }
    this.scopes.pop();
    return this.finish();
  }

  /** The `self` binding of a method, as a pattern the MIR builder gives a local. */
  selfBinding: BindingPattern | null = null;
  /** The expansion whose macro wrote the method's `self` parameter (0: the program). */
  private selfMark = 0;

  /** The literals and range bounds of patterns (`-1` in `match n { -1 => .. }`). */
  private readonly patternLiterals = new Set<number>();

  /** An operator's `Output` whose impl waits for a literal's type (`overloaded`), and where. */
  private readonly undecidedOutputs: { readonly output: Ty; readonly span: Span }[] = [];

  /** rustc's E0271 for an associated type that turned out other than a type it was equated
   *  with: at the operator whose `Output` it is, else at the function. */
  private projectionMismatch(assoc: Ty, other: Ty): Diagnostic {
    const key = typeKey(this.table.deep(assoc));
    const at = this.undecidedOutputs.find((u) => typeKey(this.table.deep(u.output)) === key);
    const expected = this.show(other);
    if (!at || at.output.k !== 'assoc') return compileError('E0271', `type mismatch resolving \`${showTy(assoc)} == ${expected}\``, this.fn.item.span);
    const { self, args, trait, name } = at.output;
    const found = this.show(this.table.deep(assoc));
    // rustc leaves out a trait argument that is its default, `Rhs = Self`.
    const shownArgs = args.length === 1 && typeKey(this.table.deep(args[0]!)) === typeKey(this.table.deep(self)) ? '' : `<${args.map((a) => this.show(a)).join(', ')}>`;
    return compileError('E0271', `type mismatch resolving \`<${this.show(self)} as ${trait.name}${shownArgs}>::${name} == ${expected}\``, at.span, `expected \`${expected}\`, found \`${found}\``);
  }

  /** Retries equalities with associated types that inference has since made decidable; before
   *  the literals' fallback (`afterFallback` false), not those an undecided literal's type holds. */
  private settlePending(afterFallback = false): void {
    for (let progress = true, rounds = 0; progress && rounds < 100; rounds++) {
      progress = false;
      const pending = this.table.pending.splice(0);
      for (const [assoc, other] of pending) {
        const n = this.table.deep(assoc);
        if (n.k === 'assoc' && (this.table.deep(n.self).k === 'var' || (!afterFallback && containsLiteralVar(this.table.deep(n.self))))) {
          this.table.pending.push([assoc, other]);
          continue;
        }
        progress = true;
        if (!this.table.unify(n, other) && n.k !== 'assoc') throw this.projectionMismatch(assoc, other);
      }
    }
  }

  /** Trait arguments a call left to inference (`Even::try_from(5)`), and a literal's type a
   *  bound leaves open (`selectForLiterals`), are those of the one impl that applies, when one
   *  does, before integer literals fall back to `i32`: rustc's selection fixes them so. */
  private selectPendingImpls(): void {
    for (const { trait, self, traitArgs } of this.pendingSelections.splice(0)) {
      const args = traitArgs.map((a) => this.table.deep(a));
      const selfTy = this.table.deep(self);
      if (args.some(containsVar) || containsVar(selfTy)) this.ctx.selectUniqueImpl(trait, selfTy, this.table, args);
    }
  }

  private finish(): FnTypeck {
    this.selectPendingImpls();
    this.settlePending();
    if (this.sig.ret.k === 'opaque') this.ctx.hidden.set(this.fn, this.table.defaulted(this.ret));
    const resolve = (ty: Ty) => this.table.defaulted(ty);
    // E0282 shows a binding's type as inference left it, before the literals' fallback binds
    // their variables (shown `_` too).
    const inferred = new Map([...this.bindingTypes].map(([id, ty]) => [id, this.table.deep(ty)]));
    for (const [id, ty] of this.exprTypes) this.exprTypes.set(id, resolve(ty));
    for (const [id, ty] of this.bindingTypes) this.bindingTypes.set(id, resolve(ty));
    for (const [p, info] of this.patterns) this.patterns.set(p, { ...info, ty: resolve(info.ty) });
    for (const { output } of this.undecidedOutputs) resolve(output);
    this.settlePending(true);
    for (const check of this.deferred) check();
    const fix = <T extends { args: readonly Ty[] }>(x: T): T => ({ ...x, args: x.args.map(resolve) });
    for (const [id, m] of this.methods) this.methods.set(id, m.kind === 'fn' ? fix(m) : { ...m, selfTy: resolve(m.selfTy) });
    // A coercion's target may hold a variable inference decided later (a generic struct's field
    // `Box<T>` made a `Box<dyn Shape>`).
    for (const [id, c] of this.coercions) {
      if (c.toDyn || c.toRawPtr || c.toFnPtr || c.unsizeTo) this.coercions.set(id, { ...c, ...(c.toDyn ? { toDyn: resolve(c.toDyn) } : {}), ...(c.toRawPtr ? { toRawPtr: resolve(c.toRawPtr) } : {}), ...(c.toFnPtr ? { toFnPtr: resolve(c.toFnPtr) } : {}), ...(c.unsizeTo ? { unsizeTo: resolve(c.unsizeTo) } : {}) });
    }
    const fixPath = (r: PathRes): PathRes => {
      if (r.kind === 'fn') return fix(r);
      if (r.kind === 'ctor') return { ...r, ty: resolve(r.ty) as Ty & { k: 'adt' } };
      if (r.kind === 'intrinsic') return { ...r, typeArgs: r.typeArgs.map(resolve) };
      if (r.kind === 'const' && r.args) return { ...r, ty: resolve(r.ty), args: r.args.map(resolve) };
      return r;
    };
    for (const [id, r] of this.paths) this.paths.set(id, fixPath(r));
    for (const [p, r] of this.patternPaths) this.patternPaths.set(p, fixPath(r));
    for (const [id, c] of this.coercions) if (c.toRawPtr) this.coercions.set(id, { ...c, toRawPtr: resolve(c.toRawPtr) });
    for (const [id, s] of this.structLits) this.structLits.set(id, { ...s, ty: resolve(s.ty) as Ty & { k: 'adt' } });
    for (const [id, ty] of this.bindingTypes) {
      if (!containsVar(ty)) continue;
      const span = this.bindingSpans.get(id) ?? this.fn.item.name.span;
      // rustc reports an uninferred const argument as E0284, with its own wording.
      if (constArgumentUninferred(ty)) throw unsupported('a const generic argument that is not inferred', span);
      // rustc shows every variable as `_` here, a literal's too.
      const deep = mapTy(inferred.get(id) ?? ty, (t): Ty => (t.k === 'var' ? { k: 'var', id: -1, kind: 'general' } : t));
      throw compileError('E0282', deep.k === 'var' ? 'type annotations needed' : `type annotations needed for \`${this.show(deep)}\``, span);
    }
    const ambiguous = this.ambiguousFormats[0];
    if (ambiguous) throw compileError('E0282', 'type annotations needed', ambiguous);
    for (const [id, ty] of this.exprTypes) if (containsVar(ty)) this.exprTypes.set(id, mapTy(ty, (t) => (t.k === 'var' ? UNIT : t)));
    return {
      fn: this.fn,
      sig: this.sig,
      exprTypes: this.exprTypes,
      bindingTypes: this.bindingTypes,
      bindingModes: this.bindingModes,
      patterns: this.patterns,
      patternPaths: this.patternPaths,
      paths: this.paths,
      methods: this.methods,
      fields: this.fields,
      indexes: this.indexes,
      coercions: this.coercions,
      structLits: this.structLits,
      closures: this.closures,
      indexMut: this.indexMut,
      crossEq: this.crossEq,
      errorConversions: new Map([...this.errorConversions].map(([id, c]) => [id, { fn: c.fn, args: c.args.map((a) => this.table.defaulted(a)) }])),
      borrowErrors: this.borrowErrors,
      unsafetyErrors: this.unsafetyErrors,
      lints: this.lints,
      opCalls: new Map([...this.opCalls].map(([id, c]) => [id, { fn: c.fn, args: c.args.map((a) => this.table.defaulted(a)) }])),
    };
  }

  private readonly bindingSpans = new Map<number, Span>();

  // ---- helpers ------------------------------------------------------------------------------

  private show(ty: Ty): string {
    return showTy(this.table.deep(ty));
  }

  private shallow(ty: Ty): Ty {
    return this.table.shallow(ty);
  }

  private record(e: Expr, ty: Ty): Ty {
    this.exprTypes.set(e.id, ty);
    return ty;
  }

  private lookup(name: string): BindingPattern | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const found = this.scopes[i]!.get(name);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The local a lone name in an expression stands for (`self` included). A name a macro's own
   * tokens write is resolved as rustc's hygiene does (`MacroHygiene`): a binding the same
   * expansion's tokens made, or one in scope where the macro is defined, never the caller's.
   */
  private localOf(x: { readonly name: string; readonly hygiene?: MacroHygiene }): BindingPattern | undefined {
    const hygiene = x.hygiene;
    if (x.name === 'self') {
      const self = this.selfBinding ?? undefined;
      if (hygiene === undefined || self === undefined) return self;
      return this.selfMark === hygiene.mark || self.span.start < hygiene.defSite ? self : undefined;
    }
    if (hygiene === undefined) return this.lookup(x.name);
    const own = this.lookup(`${x.name}${HYGIENE_MARK}${hygiene.mark}`);
    if (own !== undefined) return own;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      for (let b = this.scopes[i]!.get(x.name); b !== undefined; b = this.shadowed.get(b)) if (b.span.start < hygiene.defSite) return b;
    }
    return undefined;
  }

  private bind(pattern: BindingPattern, ty: Ty): void {
    const scope = this.scopes[this.scopes.length - 1]!;
    const hidden = scope.get(pattern.name.name);
    if (hidden !== undefined && hidden !== pattern) this.shadowed.set(pattern, hidden);
    scope.set(pattern.name.name, pattern);
    this.bindingTypes.set(pattern.id, ty);
    this.bindingSpans.set(pattern.id, pattern.span);
  }

  private withScope<T>(body: () => T): T {
    this.scopes.push(new Map());
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  /** `let x: T = init`: a mismatch of the initialiser itself points at `T` too, as rustc's does. */
  private coerceToAnnotation(init: Expr, declared: Ty, annotation: Span): Ty {
    try {
      return this.coerce(init, declared);
    } catch (error) {
      if (error instanceof Diagnostic && error.code === 'E0308' && error.headline === 'mismatched types' && error.span.start === init.span.start && error.span.end === init.span.end) error.withLabel(annotation, 'expected due to this');
      throw error;
    }
  }

  /** A returned value (the body's tail, `return v`) whose own mismatch points at the written
   *  return type too, as rustc's does. */
  private becauseOfReturnType(value: Expr, check: () => void): void {
    try {
      check();
    } catch (error) {
      if (this.retDeclared && error instanceof Diagnostic && error.code === 'E0308' && error.headline === 'mismatched types' && error.span.start === value.span.start && error.span.end === value.span.end) {
        error.withLabel(this.retDeclared, `expected \`${this.show(this.ret)}\` because of return type`);
      }
      throw error;
    }
  }

  /** E0069, with the value rustc offers for the few types it has one for here. */
  private returnWithoutValue(span: Span): Diagnostic {
    const error = compileError('E0069', '`return;` in a function whose return type is not `()`', span, 'return type is not `()`');
    if (!this.retDeclared) return error;
    const ret = this.table.deep(this.ret);
    error.withLabel(this.retDeclared, `expected \`${this.show(ret)}\` because of this return type`);
    const value = ret.k === 'int' ? '42' : ret.k === 'bool' ? 'false' : null;
    if (value) error.withSuggestion('give the `return` a value of the expected type', [{ span: { ...span, start: span.end, col: span.endCol, line: span.endLine }, text: ` ${value}` }]);
    return error;
  }

  /** An argument of a call of `fn` (its `index`-th parameter, the receiver not counted): a
   *  mismatch of the argument itself points at the callee, and at the program's declaration of
   *  the parameter, as rustc does. */
  private coerceArgument(arg: Expr, param: Ty, fn: FnDef, index: number, callee: Span): void {
    try {
      this.coerce(arg, param);
    } catch (error) {
      if (error instanceof Diagnostic && error.code === 'E0308' && error.headline === 'mismatched types' && error.span.start === arg.span.start && error.span.end === arg.span.end && !fn.std && !fn.closure) {
        const method = fn.item.selfParam !== null;
        error.withLabel(callee, `arguments to this ${method ? 'method' : 'function'} are incorrect`);
        const declared = fn.item.params[index];
        if (declared) error.notes.push({ kind: 'note', message: `${method ? 'method' : 'function'} defined here`, span: fn.item.name.span, labels: [{ span: declared.span, message: '' }] });
      }
      throw error;
    }
  }

  private unifyOrMismatch(span: Span, expected: Ty, found: Ty): void {
    if (this.shallow(found).k === 'never' || this.shallow(expected).k === 'never') return;
    if (!this.table.unify(expected, found)) throw this.typeMismatch(span, expected, found);
  }

  /** E0308 labelled as rustc labels it: two arrays of one element type by their sizes, and two
   *  instances of one type that differ first in a const argument by those values. */
  private typeMismatch(span: Span, expected: Ty, found: Ty): Diagnostic {
    const x = this.table.deep(expected);
    const a = this.table.deep(found);
    const shownLen = (len: ArrayLen): string => (typeof len === 'number' ? `${len}` : showTy(len));
    if (x.k === 'array' && a.k === 'array' && this.table.probe(x.elem, a.elem)) {
      return compileError('E0308', 'mismatched types', span, `expected an array with a size of ${shownLen(x.len)}, found one with a size of ${shownLen(a.len)}`);
    }
    if (x.k === 'adt' && a.k === 'adt' && x.def === a.def) {
      const i = x.args.findIndex((arg, k) => !this.table.probe(arg, a.args[k]!));
      const [want, got] = [x.args[i], a.args[i]];
      if (want?.k === 'const' && got?.k === 'const') return compileError('E0308', 'mismatched types', span, `expected \`${want.value}\`, found \`${got.value}\``);
    }
    return mismatch(span, this.show(expected), this.show(found));
  }

  private derefTarget(ty: Ty): Ty | null {
    return this.ctx.derefTarget(this.shallow(ty), this.table);
  }

  /** A step of autoderef (method calls, fields, coercions), which never goes through a raw
   *  pointer: only an explicit `*p` does. */
  private autoderefTarget(ty: Ty): Ty | null {
    const t = this.shallow(ty);
    return t.k === 'ptr' ? null : this.ctx.derefTarget(t, this.table);
  }

  // ---- coercions ----------------------------------------------------------------------------

  private coerce(e: Expr, expected: Ty): Ty {
    const actual = this.infer(e, expected);
    this.coerceTy(e, actual, expected);
    return expected;
  }

  /** The auto traits a trait object adds (`Box<dyn Fn() + Send>`) are required of the value
   *  made into it, once inference is done (a closure's captures are then rustc's). */
  private requireAutoTraits(e: Expr, source: Ty, target: Ty & { k: 'dyn' | 'dynFn' }, from: Ty, to: Ty): void {
    for (const name of target.autoTraits ?? []) {
      const trait = this.ctx.trait(name);
      if (!trait) continue;
      this.deferred.push(() => {
        const failure = this.ctx.autoTraitFailure(trait, this.table.deep(source));
        if (!failure) return;
        const site = this.autoTraitSite('', source, trait, e.span);
        throw autoTraitError(source, trait, failure, { ...site, derefs: 0, cast: { from, to } });
      });
    }
  }

  /** A closure, function or function pointer made a `dyn Fn(..)`: its signature must be the
   *  trait object's, and a closure that mutates what it captures is only `FnMut`. */
  private callableAs(e: Expr, source: Ty, target: Ty & { k: 'dynFn' }): void {
    const sig = source.k === 'closure' ? source.sig : source.k === 'fnDef' ? this.fnDefSig(source) : source.k === 'fnPtr' ? source : null;
    if (!sig || sig.params.length !== target.params.length) {
      throw compileError('E0277', `expected a \`${target.kind}(${target.params.map((p) => this.show(p)).join(', ')})\` closure, found \`${this.show(source)}\``, e.span);
    }
    sig.params.forEach((p, i) => this.unifyOrMismatch(e.span, target.params[i]!, p));
    this.unifyOrMismatch(e.span, target.ret, sig.ret);
    if (source.k === 'closure') this.closureKindMeets(source.def, target.kind);
  }

  /** E0525: a closure whose body needs more than the trait it is used as (one that moves out of
   *  its captures used as `FnMut`). */
  /** Whether taking the expected type as a hint for a call's return would make an argument
   *  passed by value unsized (`Rc::new(Circle)` expected as `Rc<dyn Shape>`): rustc's hint never
   *  asks an argument to be unsized (`rvalue_hint`), and the call's result coerces instead. */
  private hintUnsizesArgument(ret: Ty, expected: Ty, params: readonly Ty[]): boolean {
    const unsizedVars: Ty[] = [];
    const walk = (r: Ty, x: Ty): void => {
      const a = this.shallow(r);
      const b = this.shallow(x);
      if (a.k === 'var') {
        if (b.k === 'dyn' || b.k === 'dynFn' || b.k === 'slice' || b.k === 'str') unsizedVars.push(a);
        return;
      }
      if (a.k === 'adt' && b.k === 'adt' && a.def === b.def) a.args.forEach((arg, i) => walk(arg, b.args[i]!));
      else if (a.k === 'box' && b.k === 'box') walk(a.inner, b.inner);
    };
    walk(ret, expected);
    return unsizedVars.length > 0 && params.some((p) => {
      const param = this.shallow(p);
      return param.k === 'var' && unsizedVars.some((v) => sameTy(v, param));
    });
  }

  /** `CoerceUnsized` beyond `&[T; N]`→`&[T]` and `Box<T>`→`Box<dyn Trait>`: a reference or box
   *  to a struct whose tail unsizes (`&Wrapper<[i32; 3]>`→`&Wrapper<[i32]>`), and std's `Rc`,
   *  `Arc` and `Weak` of a pointee that unsizes (`Rc<Circle>`→`Rc<dyn Shape>`). */
  private unsizesPointer(e: Expr, a: Ty, x: Ty): boolean {
    if ((a.k === 'ref' && x.k === 'ref' && (a.mutable || !x.mutable)) || (a.k === 'box' && x.k === 'box')) {
      const source = this.shallow(a.inner);
      const target = this.shallow(x.inner);
      return source.k === 'adt' && target.k === 'adt' && this.unsizes(e, source, target);
    }
    if (a.k === 'adt' && x.k === 'adt' && a.def === x.def && a.def.std && UNSIZING_POINTERS.has(adtName(a.def))) {
      return this.unsizes(e, this.shallow(a.args[0]!), this.shallow(x.args[0]!));
    }
    return false;
  }

  /** Whether `source` unsizes to `target` (unifying what else they hold): an array to a slice, a
   *  sized type to a trait object it implements, a struct to the same struct with its tail
   *  unsized. False when no unsizing applies (then plain unification decides). */
  private unsizes(e: Expr, source: Ty, target: Ty): boolean {
    if (source.k === 'var' || source.k === 'param') return false;
    if (source.k === 'array' && target.k === 'slice') return this.table.unify(source.elem, target.elem);
    if (target.k === 'dyn' && source.k !== 'dyn' && source.k !== 'dynFn') {
      const trait = this.ctx.items.traits.get(target.trait.name)!;
      if (!this.ctx.selectImpl(trait, source, this.table, true)) {
        throw compileError('E0277', `the trait bound \`${this.show(source)}: ${trait.def.name}\` is not satisfied`, e.span, `the trait \`${trait.def.name}\` is not implemented for \`${this.show(source)}\``);
      }
      return true;
    }
    if (source.k !== 'adt' || target.k !== 'adt' || source.def !== target.def || !tailKeptLast(source.def)) return false;
    const tail = source.def.variants[0]!.fields.at(-1)!.ty;
    const tailParam = tail.k === 'param' ? source.def.params.indexOf(tail.name) : -1;
    if (tailParam < 0) return false;
    const from = this.shallow(source.args[tailParam]!);
    const to = this.shallow(target.args[tailParam]!);
    if (!this.unsizes(e, from, to)) return false;
    return source.args.every((arg, i) => i === tailParam || this.table.unify(arg, target.args[i]!));
  }

  private closureKindMeets(def: ClosureDef, wanted: FnBound['kind']): void {
    const rank = { Fn: 0, FnMut: 1, FnOnce: 2 } as const;
    if (rank[def.kind] > rank[wanted]) {
      throw compileError('E0525', `expected a closure that implements the \`${wanted}\` trait, but this closure only implements \`${def.kind}\``, def.span);
    }
  }

  private coerceTy(e: Expr, actual: Ty, expected: Ty): void {
    const a = this.shallow(actual);
    const x = this.shallow(expected);
    if (a.k === 'never') return;
    // `Box<T>` to `Box<dyn Trait>`, `&T` to `&dyn Trait`: T must implement the trait.
    if ((a.k === 'box' && x.k === 'box') || (a.k === 'ref' && x.k === 'ref')) {
      const target = this.shallow(x.inner);
      const source = this.shallow(this.ctx.reveal(this.shallow(a.inner)));
      // `Box<dyn Fn() + Send>` to `Box<dyn Fn()>`: a trait object may drop its auto traits.
      if ((target.k === 'dyn' || target.k === 'dynFn') && source.k === target.k && (a.k === 'box' || a.mutable === (x as typeof a).mutable) && (target.autoTraits ?? []).every((t) => (source.autoTraits as readonly string[] | undefined)?.includes(t))) {
        if (this.table.unify({ ...source, autoTraits: target.autoTraits ?? [] } as Ty, { ...target, autoTraits: target.autoTraits ?? [] } as Ty)) {
          return;
        }
      }
      if ((target.k === 'dynFn' && source.k !== 'dynFn') || (target.k === 'dyn' && source.k !== 'dyn')) this.requireAutoTraits(e, source, target, a, x);
      if (target.k === 'dynFn' && source.k !== 'dynFn') {
        this.callableAs(e, source, target);
        if (a.k === 'ref' && x.k === 'ref' && x.mutable && !a.mutable) throw mismatch(e.span, this.show(x), this.show(a));
        this.coercions.set(e.id, { derefs: 0, mutable: x.k === 'ref' && x.mutable, unsize: false, toDyn: x });
        return;
      }
      if (target.k === 'dyn' && source.k !== 'dyn') {
        const trait = this.ctx.items.traits.get(target.trait.name)!;
        if (source.k === 'var') throw compileError('E0282', 'type annotations needed', e.span);
        if (source.k !== 'param' && !this.ctx.selectImpl(trait, source, this.table, true)) {
          throw compileError('E0277', `the trait bound \`${this.show(source)}: ${trait.def.name}\` is not satisfied`, e.span, `the trait \`${trait.def.name}\` is not implemented for \`${this.show(source)}\``);
        }
        if (a.k === 'ref' && x.k === 'ref' && x.mutable && !a.mutable) throw mismatch(e.span, this.show(x), this.show(a));
        this.coercions.set(e.id, { derefs: 0, mutable: x.k === 'ref' && x.mutable, unsize: false, toDyn: x });
        return;
      }
    }
    if (this.unsizesPointer(e, a, x)) {
      this.coercions.set(e.id, { derefs: 0, mutable: x.k === 'ref' && x.mutable, unsize: false, unsizeTo: x });
      return;
    }
    if (a.k === 'ref' && x.k === 'ref') {
      if (x.mutable && !a.mutable) throw mismatch(e.span, this.show(x), this.show(a));
      let pointee = a.inner;
      for (let derefs = 0; derefs < 16; derefs++) {
        if (this.table.probe(pointee, x.inner)) {
          this.table.unify(pointee, x.inner);
          if (derefs > 0 || a.mutable !== x.mutable) this.coercions.set(e.id, { derefs, mutable: x.mutable, unsize: false });
          return;
        }
        const p = this.shallow(pointee);
        const target = this.shallow(x.inner);
        if (p.k === 'array' && target.k === 'slice' && this.table.unify(p.elem, target.elem)) {
          this.coercions.set(e.id, { derefs, mutable: x.mutable, unsize: true });
          return;
        }
        const next = this.autoderefTarget(pointee);
        if (!next) break;
        pointee = next;
      }
      throw mismatch(e.span, this.show(x), this.show(a));
    }
    // `&T` to `*const T`, `&mut T` to `*mut T` or `*const T`, `*mut T` to `*const T`.
    if (x.k === 'ptr' && (a.k === 'ref' || a.k === 'ptr')) {
      if (x.mutable && !a.mutable) throw mismatch(e.span, this.show(x), this.show(a));
      this.unifyOrMismatch(e.span, x.inner, a.inner);
      if (a.k === 'ref' || a.mutable !== x.mutable) this.coercions.set(e.id, { derefs: 0, mutable: x.mutable, unsize: false, toRawPtr: x });
      return;
    }
    // A function item, or a closure that captures nothing, becomes a function pointer.
    if (x.k === 'fnPtr' && (a.k === 'fnDef' || a.k === 'closure')) {
      const sig = a.k === 'fnDef' ? this.fnDefSig(a) : a.sig;
      if ((a.k === 'closure' && a.captures.length > 0) || sig.params.length !== x.params.length) throw mismatch(e.span, this.show(x), this.show(a));
      sig.params.forEach((p, i) => this.unifyOrMismatch(e.span, x.params[i]!, p));
      this.unifyOrMismatch(e.span, x.ret, sig.ret);
      this.coercions.set(e.id, { derefs: 0, mutable: false, unsize: false, toFnPtr: x });
      return;
    }
    if (!this.table.unify(a, x)) {
      const error = this.typeMismatch(e.span, x, a);
      // An integer literal where a float is expected: rustc suggests writing it with `.0`.
      const lit = stripParens(e);
      if (lit.kind === 'int' && lit.suffix === null && x.k === 'float' && lit.span.line === lit.span.endLine) {
        error.withSuggestion('use a float literal', [{ span: { ...lit.span, start: lit.span.end, col: lit.span.endCol, line: lit.span.endLine }, text: '.0' }]);
      }
      throw error;
    }
  }

  // ---- expressions ----------------------------------------------------------------------------

  private infer(e: Expr, expected: Ty | null = null): Ty {
    return this.record(e, this.inferKind(e, expected));
  }

  private inferKind(e: Expr, expected: Ty | null): Ty {
    switch (e.kind) {
      case 'int': {
        if (e.suffix) {
          if (e.suffix === 'f32' || e.suffix === 'f64') return floatTy(e.suffix);
          if (!isIntKind(e.suffix)) throw unsupported(`the literal suffix \`${e.suffix}\``, e.span);
          const ty = intTy(e.suffix);
          this.deferred.push(() => this.checkLiteralRange(e, ty));
          return ty;
        }
        const ty = this.table.fresh('int');
        this.deferred.push(() => this.checkLiteralRange(e, this.table.deep(ty)));
        return ty;
      }
      case 'float':
        return e.suffix ? floatTy(e.suffix) : this.table.fresh('float');
      case 'bool':
        return BOOL;
      case 'char':
        return CHAR;
      case 'byte':
        return intTy('u8');
      case 'str':
        if (e.byte) return refTy({ k: 'array', elem: intTy('u8'), len: new TextEncoder().encode(e.value).length });
        return refTy(STR);
      case 'unit':
        return UNIT;
      case 'paren':
        return this.infer(e.inner, expected);
      case 'tuple': {
        const exp = expected ? this.shallow(expected) : null;
        // A tuple of a known type is a coercion site for each element (`("add", |a, b| a + b)` as
        // `(&str, fn(i32, i32) -> i32)`).
        if (exp?.k === 'tuple' && exp.elems.length === e.elems.length) return { k: 'tuple', elems: e.elems.map((el, i) => this.coerce(el, exp.elems[i]!)) };
        return { k: 'tuple', elems: e.elems.map((el) => this.infer(el, null)) };
      }
      case 'array': {
        const exp = expected ? this.shallow(expected) : null;
        // `&[&c, &s]` passed as `&[&dyn Shape]`: the slice's element type is the elements' too.
        const elem = exp?.k === 'array' || exp?.k === 'slice' ? exp.elem : this.table.fresh();
        for (const el of e.elems) this.coerce(el, elem);
        return { k: 'array', elem, len: e.elems.length };
      }
      case 'arrayRepeat': {
        const exp = expected ? this.shallow(expected) : null;
        const elem = this.infer(e.value, exp?.k === 'array' ? exp.elem : null);
        this.coerce(e.count, USIZE);
        const len = this.ctx.arrayLength(e.count, this.scope, e.span);
        this.deferred.push(() => {
          // A const generic length may be more than one: the element must be `Copy`, as for `[x; 2]`.
          if ((typeof len !== 'number' || len > 1) && !this.ctx.isCopy(this.table.deep(elem))) {
            throw compileError('E0277', `the trait bound \`${this.show(elem)}: Copy\` is not satisfied`, e.value.span);
          }
        });
        return { k: 'array', elem, len };
      }
      case 'path':
      case 'qualified':
        return this.inferPath(e);
      case 'qualifiedType': {
        const res = this.resolveQualified(e as Expr & { kind: 'qualifiedType' });
        this.paths.set(e.id, res);
        return this.pathType(res, e.span);
      }
      case 'binary':
        return this.inferBinary(e as Expr & { kind: 'binary' });
      case 'unary':
        return this.inferUnary(e as Expr & { kind: 'unary' }, expected);
      case 'ref': {
        if (e.raw) return this.inferRawBorrow(e as Expr & { kind: 'ref' });
        const exp = expected ? this.shallow(expected) : null;
        const inner = this.infer(e.operand, exp?.k === 'ref' ? exp.inner : null);
        if (e.mutable) {
          this.borrowChecked(() => {
            this.requireMutablePlace(e.operand, e.span, true);
            this.requireDerefMut(e.operand, false);
          });
        }
        this.forbidStaticMutRef(e.operand, e.mutable, e.span);
        return refTy(inner, e.mutable);
      }
      case 'assign': {
        const target0 = stripParens(e.target);
        if (target0.kind === 'tuple') {
          // Destructuring assignment `(a, b) = (b, a)`: each element is a place (or `_`).
          const tys = target0.elems.map((el) => {
            const x = stripParens(el);
            if (x.kind === 'path' && x.name === '_') return this.record(x, this.table.fresh());
            if (!this.isPlace(x)) throw compileError('E0070', 'invalid left-hand side of assignment', x.span, 'cannot assign to this expression');
            const t = this.infer(x);
            this.borrowChecked(() => this.requireAssignable(x));
            return t;
          });
          this.record(target0, { k: 'tuple', elems: tys });
          this.coerce(e.value, { k: 'tuple', elems: tys });
          return UNIT;
        }
        if (!this.isPlace(e.target)) throw this.notAPlace(e, 'E0070');
        const target = this.infer(e.target);
        this.coerce(e.value, target);
        this.borrowChecked(() => this.requireAssignable(e.target, e.span));
        return UNIT;
      }
      case 'compoundAssign': {
        if (!this.isPlace(e.target)) throw this.notAPlace(e, 'E0067');
        const target = this.infer(e.target);
        const tt = this.shallow(target);
        if (tt.k === 'adt' || tt.k === 'param') {
          const op = OP_TRAITS[e.op]!;
          this.overloaded(e, { trait: `${op.trait}Assign`, method: `${op.method}_assign`, output: false }, target, [this.infer(e.value)], e.span);
          return UNIT;
        }
        this.expectNumeric(e.target, target);
        const shift = e.op === '<<' || e.op === '>>';
        const value = this.arithOperand(this.infer(e.value, shift ? null : target));
        if (shift) this.expectInt(e.value, value);
        else if (!this.table.probe(target, value) || this.literalKindsDiffer(target, value)) throw this.operandMismatch(e.op, target, value, e.target.span, e.value.span, true);
        else this.unifyOrMismatch(e.value.span, target, value);
        this.borrowChecked(() => this.requireAssignable(e.target, e.span));
        return UNIT;
      }
      case 'index':
        return this.inferIndex(e as Expr & { kind: 'index' });
      case 'field':
        return this.inferField(e as Expr & { kind: 'field' });
      case 'call':
        return this.inferCall(e as Expr & { kind: 'call' }, expected);
      case 'methodCall': {
        const ty = this.inferMethodCall(e as Expr & { kind: 'methodCall' }, expected);
        const receiver = this.methods.get(e.id)?.receiver;
        if (receiver && receiver.derefs === 0 && receiver.autoref) this.forbidStaticMutRef(e.receiver, receiver.autoref === 'refMut', e.span);
        return ty;
      }
      case 'structLit':
        return this.inferStructLit(e as Expr & { kind: 'structLit' }, expected);
      case 'cast': {
        const target = this.ctx.lowerType(e.ty, this.scope);
        const literal = stripParens(e.operand);
        const t = this.shallow(target);
        // `Box::new(x) as Box<dyn Trait>`, `&x as &dyn Trait`: a coercion, written as a cast.
        if ((t.k === 'box' || t.k === 'ref') && ['dyn', 'dynFn'].includes(this.shallow(t.inner).k)) return this.coerce(e.operand, target);
        // `f as fn(i32) -> i32`: the function item is coerced, the cast itself changes nothing.
        const source =
          t.k === 'fnPtr' ? this.coerce(e.operand, target) : literal.kind === 'int' && !literal.suffix && (t.k === 'int' || t.k === 'float') ? this.infer(e.operand, target) : this.infer(e.operand);
        if (literal.kind === 'int' && !literal.suffix && t.k === 'int') this.table.unify(source, target);
        this.deferred.push(() => this.checkCast(e as Expr & { kind: 'cast' }, this.table.deep(source), this.table.deep(target)));
        return target;
      }
      case 'macro':
        return this.inferMacro(e as Expr & { kind: 'macro' }, expected);
      case 'block':
        if (e.label) {
          const ctx: LoopContext = { kind: 'block', label: e.label, breakTy: expected ?? this.table.fresh(), broken: false };
          const ty = this.withLoop(ctx, () => this.inferBlock(e.block, expected));
          if (!ctx.broken) return ty;
          this.unifyOrMismatch(e.block.span, ctx.breakTy!, ty);
          return ctx.breakTy!;
        }
        if (e.unsafe) {
          this.unsafeDepth++;
          try {
            return this.inferBlock(e.block, expected);
          } finally {
            this.unsafeDepth--;
          }
        }
        return this.inferBlock(e.block, expected);
      case 'if':
        return this.inferIf(e as Expr & { kind: 'if' }, expected);
      case 'let':
        // A `let` condition on its own: the bindings are scoped by `inferCondition`.
        throw unsupported('`let` expressions outside `if` and `while` conditions', e.span);
      case 'match':
        return this.inferMatch(e as Expr & { kind: 'match' }, expected);
      case 'while':
        return this.withScope(() => {
          this.inferCondition(e.cond);
          this.withLoop({ kind: 'while', label: e.label, breakTy: null, broken: false }, () => this.unifyOrMismatch(e.body.span, UNIT, this.inferBlock(e.body, UNIT)));
          return UNIT;
        });
      case 'loop': {
        const breakTy = expected ?? this.table.fresh();
        const ctx: LoopContext = { kind: 'loop', label: e.label, breakTy, broken: false };
        this.withLoop(ctx, () => this.unifyOrMismatch(e.body.span, UNIT, this.inferBlock(e.body, UNIT)));
        return ctx.broken ? breakTy : NEVER;
      }
      case 'for':
        return this.inferFor(e as Expr & { kind: 'for' });
      case 'range': {
        if (!e.start && !e.end) return this.stdAdt('RangeFull', []);
        const name = !e.start ? (e.inclusive ? 'RangeToInclusive' : 'RangeTo') : !e.end ? 'RangeFrom' : e.inclusive ? 'RangeInclusive' : 'Range';
        const exp = expected ? this.shallow(expected) : null;
        const idx = exp?.k === 'adt' && exp.def.name === name ? exp.args[0]! : this.table.fresh();
        if (e.start) this.coerce(e.start, idx);
        if (e.end) this.coerce(e.end, idx);
        return this.stdAdt(name, [idx]);
      }
      case 'break': {
        const ctx = this.findLoop(e.label, e.span);
        ctx.broken = true;
        if (e.value) {
          if (!ctx.breakTy) throw compileError('E0571', '`break` with value from a `while` loop', e.span, 'can only break with a value inside `loop` or breakable block');
          this.coerce(e.value, ctx.breakTy);
        } else if (ctx.breakTy) {
          this.unifyOrMismatch(e.span, ctx.breakTy, UNIT);
        }
        return NEVER;
      }
      case 'continue':
        this.findLoop(e.label, e.span);
        return NEVER;
      case 'return':
        if (e.value) {
          const value = e.value;
          this.becauseOfReturnType(value, () => this.coerce(value, this.ret));
        } else if (!this.table.unify(this.ret, UNIT)) throw this.returnWithoutValue(e.span);
        return NEVER;
      case 'closure':
        return this.inferClosure(e as Expr & { kind: 'closure' }, expected);
      case 'try':
        return this.inferTry(e as Expr & { kind: 'try' });
    }
  }

  // ---- paths --------------------------------------------------------------------------------

  private inferPath(e: Expr & ({ kind: 'path' } | { kind: 'qualified' })): Ty {
    const res = this.resolveValuePath(e);
    this.paths.set(e.id, res);
    if (res.kind === 'static' && e === this.rawBorrowedPath) return res.ty;
    return this.pathType(res, e.span);
  }

  private pathType(res: PathRes, span: Span): Ty {
    switch (res.kind) {
      case 'local':
        return this.bindingTypes.get(res.binding.id)!;
      case 'intConst':
      case 'constParam':
        return res.kind === 'intConst' ? intTy(res.int) : USIZE;
      case 'floatConst':
        return floatTy(res.float);
      case 'static':
        if (res.def.item.mutable) this.requireUnsafe(span, 'use of mutable static', 'mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior');
        return res.ty;
      case 'const':
        return res.ty;
      case 'ctor': {
        const variant = res.ty.def.variants[res.variant]!;
        if (variant.shape === 'unit') return res.ty;
        if (variant.shape === 'named') throw compileError('E0533', `expected value, found struct variant \`${variant.name}\``, span);
        // As a value, a tuple constructor is its function (made by the lowering), of its own fn-item type.
        const fn = this.ctx.items.fns.get(constructorFnName(res.ty.def.name, res.ty.def.kind === 'enum' ? variant.name : null));
        if (!fn) throw unsupported('tuple constructors of types with lifetime parameters used as values', span);
        return { k: 'fnDef', fn, args: res.ty.args };
      }
      case 'fn': {
        // A function item as a value: a zero-sized value of its own type, callable like a closure.
        const sig = this.ctx.sig(res.fn);
        if (res.args.length !== sig.generics.length) throw unsupported('methods used as values', span);
        return { k: 'fnDef', fn: res.fn, args: res.args };
      }
      case 'intrinsic':
        throw unsupported('std functions used as values', span);
    }
  }

  private fnDefSig(ty: Ty & { k: 'fnDef' }): { params: readonly Ty[]; ret: Ty } {
    return this.ctx.fnItemSig(ty);
  }

  private segmentsOf(e: Expr & ({ kind: 'path' } | { kind: 'qualified' })): ExprPath['segments'] {
    if (e.kind === 'qualified') return e.path.segments;
    return [{ name: e.name, args: [], span: e.span }];
  }

  /** `<T as Trait>::f` (the trait's `f` with `Self = T`, which must implement it) and `<T>::f`
   *  (as `T::f`). */
  private resolveQualified(e: Expr & { kind: 'qualifiedType' }): PathRes {
    if (e.rest.length !== 1) throw unsupported('qualified paths with more than one segment after `<...>`', e.span);
    const selfTy = this.ctx.lowerType(e.selfTy, this.scope);
    const member = e.rest[0]!;
    if (!e.trait) return this.resolveAssoc(selfTy, member, e.span);
    const traitName = e.trait.segments[e.trait.segments.length - 1]!.name;
    const trait = this.ctx.trait(traitName);
    if (!trait) {
      // std's native traits (`<T as Clone>::clone`, `<T as Default>::default`) resolve as `T::f`.
      if (traitName === 'Clone' || traitName === 'Default') return this.resolveAssoc(selfTy, member, e.span);
      throw unsupported(`qualified paths through the trait \`${traitName}\``, e.trait.span);
    }
    const decl = trait.fns.get(member.name);
    const constant = trait.consts.get(member.name);
    if (!decl && !constant) throw compileError('E0576', `cannot find method or associated constant \`${member.name}\` in trait \`${traitName}\``, member.span, `not found in \`${traitName}\``);
    const self = this.shallow(selfTy);
    const traitArgs = e.trait.segments[e.trait.segments.length - 1]!.args.map((a) => this.ctx.lowerType(a, this.scope));
    const implemented = self.k === 'param' ? this.paramHasTrait(self.name, trait) : this.ctx.selectImpl(trait, selfTy, this.table, true, traitArgs.length ? traitArgs : undefined) !== null;
    if (!implemented) {
      throw compileError('E0277', `the trait bound \`${this.show(selfTy)}: ${traitName}\` is not satisfied`, e.span, `the trait \`${traitName}\` is not implemented for \`${this.show(selfTy)}\``);
    }
    const params = trait.def.params.map((_, i) => traitArgs[i] ?? this.table.fresh());
    if (!decl) return this.assocConst(constant!, [selfTy, ...params]);
    return { kind: 'fn', fn: decl, args: [selfTy, ...params, ...this.ownArgs(decl, member.args.map((a) => this.ctx.lowerType(a, this.scope)))] };
  }

  /** Resolves a path in value position: locals, functions, constructors, constants, associated
   *  functions (`Type::f`), enum variants (`Enum::V`), and a few std paths. */
  private resolveValuePath(e: Expr & ({ kind: 'path' } | { kind: 'qualified' }), called = false): PathRes {
    const written = this.segmentsOf(e);
    const segments = this.throughStdModule(written);
    const names = segments.map((s) => s.name);
    const joined = names.join('::');
    if (segments.length > 1) requireModuleInScope(segments[0]!, this.scope.stdImports);
    if (segments.length === 1) {
      const name = names[0]!;
      const hygiene = e.kind === 'path' ? e.hygiene : undefined;
      const local = e.kind === 'path' ? this.localOf(e) : this.lookup(name);
      if (local) return { kind: 'local', binding: local };
      if (name === 'self') {
        if (hygiene !== undefined && this.selfBinding !== null) {
          const error = compileError('E0424', 'expected value, found module `self`', e.span, '`self` value is a keyword only available in methods with a `self` parameter');
          throw error.withLabel(this.fn.item.span, 'this function has a `self` parameter, but a macro invocation can only access identifiers it receives from parameters');
        }
        throw compileError('E0424', 'expected value, found module `self`', e.span, '`self` value is a keyword only available in methods with a `self` parameter');
      }
      if (constParamsOf(this.fn).has(name)) return { kind: 'constParam', name };
      const blockPath = e.kind === 'path' ? e.blockPath : undefined;
      if (blockPath) return this.resolveValuePath(pathExpr(e, blockPath, segments[0]!.args), called);
      const r = this.resolveItemValue(name, segments[0]!.args, e.span);
      if (r && !(e.kind === 'path' && !e.viaModule && r.kind === 'fn' && !this.fnInScope(r.fn))) return r;
      // `use std::thread::spawn;` then `spawn(..)`: the std path it stands for.
      const imported = this.scope.stdImports?.pathOf(name);
      if (imported) return this.resolveValuePath(pathExpr(e, imported, segments[0]!.args), called);
      if (this.fn.item.outerLocals?.has(name)) {
        if (this.fn.constant) throw compileError('E0435', 'attempt to use a non-constant value in a constant', e.span, 'non-constant value');
        throw compileError('E0434', "can't capture dynamic environment in a fn item", e.span);
      }
      if (hygiene !== undefined) {
        const error = compileError('E0425', `cannot find ${called ? calledWhat(name) : 'value'} \`${name}\` in this scope`, e.span, 'not found in this scope');
        const hidden = this.lookup(name);
        if (hidden !== undefined) error.withNote('help', 'an identifier with the same name exists, but is not accessible due to macro hygiene', hidden.name.span);
        throw error;
      }
      throw compileError('E0425', `cannot find ${called ? calledWhat(name) : 'value'} \`${name}\` in this scope`, e.span, 'not found in this scope');
    }
    // `Default::default()`: the type comes from the context.
    if (names.length === 2 && names[0] === 'Drop' && names[1] === 'drop' && !this.ctx.items.adts.has('Drop')) throw explicitDestructor(e.span);
    if (names.length === 2 && names[0] === 'Default' && names[1] === 'default') return { kind: 'intrinsic', name: 'default', typeArgs: [this.table.fresh()] };
    const std = STD_VALUE_PATHS.get(joined) ?? STD_VALUE_PATHS.get(names.slice(-2).join('::'));
    const stdFn = STD_FN_PATHS.get(names.filter((n, i) => i > 0 || n !== 'std').join('::'));
    const preludeFn = stdFn ? this.ctx.items.fns.get(stdFn) : undefined;
    if (preludeFn) return { kind: 'fn', fn: preludeFn, args: this.ownArgs(preludeFn, segments[segments.length - 1]!.args.map((a) => this.ctx.lowerType(a, this.scope))) };
    if (std) return { kind: 'intrinsic', name: std, typeArgs: segments[segments.length - 1]!.args.map((a) => this.ctx.lowerType(a, this.scope)) };
    // `Num::MAX` through `type Num = i64;` is the primitive's constant.
    const aliased = segments.length === 2 ? this.aliasedType(names[0]!, [], segments[0]!.span) : null;
    const primitive = aliased?.k === 'int' ? aliased.int : aliased?.k === 'float' ? aliased.float : null;
    const [typeName, member] = [primitive ?? names[names.length - 2]!, names[names.length - 1]!];
    if (isIntKind(typeName) && (member === 'MAX' || member === 'MIN' || member === 'BITS')) {
      const range = intRange(typeName);
      if (member === 'BITS') return { kind: 'intConst', int: 'u32', value: BigInt(Number(typeName.slice(1)) || 64) };
      return { kind: 'intConst', int: typeName, value: member === 'MAX' ? range.max : range.min };
    }
    if ((typeName === 'f64' || typeName === 'f32') && FLOAT_CONSTS[member] !== undefined) {
      return { kind: 'floatConst', float: typeName, value: FLOAT_CONSTS[member]!(typeName) };
    }
    if (names[0] === 'std' && names[1] === 'f64' && names[2] === 'consts') {
      const value = MATH_CONSTS[member];
      if (value !== undefined) return { kind: 'floatConst', float: 'f64', value };
    }
    const stdItem = stdItemIndex(names);
    const stdAdt = stdItem > 0 ? stdAdtNamed(this.ctx.items.adts, stdItemName(names, stdItem)) : undefined;
    if (stdAdt && stdItem === names.length - 1 && stdAdt.kind === 'struct') return { kind: 'ctor', ty: { k: 'adt', def: stdAdt, args: this.structCtorArgs(stdAdt, segments[stdItem]!.args, e.span) }, variant: 0 };
    const stdAliased = stdItem > 0 && stdItem === names.length - 2 ? this.ctx.stdAliasType(names.slice(0, stdItem + 1), [], e.span, () => this.table.fresh()) : null;
    if (stdAliased) return this.resolveAssoc(stdAliased, segments[stdItem + 1]!, e.span);
    if (stdAdt && stdItem === names.length - 2) return this.resolveAssoc(this.typeOfPathSegment({ ...segments[stdItem]!, name: stdAdt.name }, false), segments[stdItem + 1]!, e.span);
    if (isStdRoot(names[0])) {
      const found = stdPathName(names);
      if (found.kind === 'missing') throw unresolvedStdPath(written, names, found, called ? 'called' : 'value');
      throw unsupported(`the std path \`${joined}\``, e.span);
    }
    // `Trait::method(&x)`: the trait's method, `Self` inferred from the arguments.
    const trait = segments.length === 2 && !this.ctx.items.adts.has(names[0]!) ? this.ctx.trait(names[0]!) : undefined;
    if (trait?.consts.has(names[1]!)) {
      throw compileError('E0790', 'cannot refer to the associated constant on trait without specifying the corresponding `impl` type', e.span, 'cannot refer to the associated constant of trait');
    }
    const traitFn = trait?.fns.get(names[1]!);
    if (trait && traitFn) {
      if (!traitFn.item.selfParam && !signatureMentionsSelf(this.ctx.sig(traitFn))) {
        throw compileError('E0790', 'cannot call associated function on trait without specifying the corresponding `impl` type', e.span, 'cannot call associated function of trait');
      }
      // `Into::<i64>::into(x)`: the trait's arguments as written, else inferred.
      const written = segments[0]!.args.map((a) => this.ctx.lowerType(a, this.scope));
      if (written.length > 0 && written.length !== trait.def.params.length) throw unsupported('this number of generic arguments on a trait', segments[0]!.span);
      const traitArgs = written.length > 0 ? written : trait.def.params.map(() => this.table.fresh());
      const args = [this.table.fresh(), ...traitArgs, ...this.ownArgs(traitFn, segments[1]!.args.map((a) => this.ctx.lowerType(a, this.scope)))];
      this.recheckImpl(trait.def.name, args, e.span);
      return { kind: 'fn', fn: traitFn, args };
    }
    // `Type::member`: resolve the type (with its generic arguments), then the member.
    const typeSeg = segments[segments.length - 2]!;
    const selfTy = this.typeOfPathSegment(typeSeg, segments.length === 2);
    return this.resolveAssoc(selfTy, segments[segments.length - 1]!, e.span, typeSeg.span);
  }

  /** A path that starts with a std module the program imported (`thread::spawn` after `use
   *  std::thread;`), from `std` on; any other path as written. */
  private throughStdModule(written: ExprPath['segments']): ExprPath['segments'] {
    const first = written[0]!;
    const imported = written.length > 1 ? this.scope.stdImports?.pathOf(first.name) : undefined;
    if (!imported) return written;
    const found = stdPathName(imported);
    if (found.kind !== 'item' || !found.module) return written;
    return [...imported.map((name) => ({ name, args: [], span: first.span })), ...written.slice(1)];
  }

  /** `bare`: the segment starts the path, so it is named in the program's own scope. */
  private typeOfPathSegment(seg: ExprPath['segments'][number], bare: boolean): Ty {
    const args = seg.args.map((a) => this.ctx.lowerType(a, this.scope));
    if (seg.name === 'Self') {
      if (!this.sig.selfTy) throw compileError('E0433', 'cannot find `Self` in this scope', seg.span, '`Self` is only available in impls, traits, and type definitions');
      return this.sig.selfTy;
    }
    if (this.scope.generics.has(seg.name)) return { k: 'param', name: seg.name };
    const aliased = bare ? this.aliasedType(seg.name, args, seg.span) : null;
    if (aliased) return aliased;
    const imported = bare ? this.scope.stdImports?.pathOf(seg.name) : undefined;
    const stdAliased = imported ? this.ctx.stdAliasType(imported, args, seg.span, () => this.table.fresh()) : null;
    if (stdAliased) return stdAliased;
    const adt = imported ? this.ctx.stdType(imported, seg.span) : this.ctx.items.adts.get(seg.name);
    if (adt?.std && bare && !stdNameInScope(seg.name, this.scope.stdImports)) {
      throw compileError('E0433', `cannot find type \`${seg.name}\` in this scope`, seg.span, `use of undeclared type \`${seg.name}\``);
    }
    if (adt) return { k: 'adt', def: adt, args: args.length ? args : adt.params.map(() => this.table.fresh()) };
    if (isIntKind(seg.name)) return intTy(seg.name);
    if (seg.name === 'f32' || seg.name === 'f64') return floatTy(seg.name);
    if (seg.name === 'bool') return BOOL;
    if (seg.name === 'char') return CHAR;
    if (seg.name === 'str') return STR;
    if (seg.name === 'Box') return boxTy(args[0] ?? this.table.fresh());
    if (STD_TYPES.has(seg.name)) throw unsupported(`the std type \`${seg.name}\``, seg.span);
    if (bare && RUST_PRELUDE_TRAITS.has(seg.name)) throw unsupported(`calling the std trait \`${seg.name}\`'s functions by path`, seg.span);
    throw compileError('E0433', `cannot find type \`${seg.name}\` in this scope`, seg.span, `use of undeclared type \`${seg.name}\``);
  }

  /** The type a program's `type` alias names (`type Ops = Operations;` makes `Ops::Add` a
   *  variant), or null when `name` is no alias in scope (std's code sees none). */
  private aliasedType(name: string, args: readonly Ty[], span: Span): Ty | null {
    const alias = this.scope.stdImports !== undefined ? this.ctx.items.typeAliases.get(name) : undefined;
    return alias ? this.ctx.aliasType(alias, args, span, () => this.table.fresh()) : null;
  }

  /** `selfSpan`: where the path names the type, which rustc's E0277 for a missing impl points at. */
  private resolveAssoc(selfTy: Ty, member: ExprPath['segments'][number], span: Span, selfSpan?: Span): PathRes {
    const t = this.shallow(selfTy);
    if (t.k === 'adt' && t.def.kind === 'enum') {
      const variant = t.def.variants.findIndex((v) => v.name === member.name);
      if (variant >= 0) return { kind: 'ctor', ty: t, variant };
    }
    if (t.k === 'box' && member.name === 'new') return { kind: 'intrinsic', name: 'box_new', typeArgs: [t.inner] };
    if (t.k === 'box' && member.name === 'leak') return { kind: 'intrinsic', name: 'box_leak', typeArgs: [t.inner] };
    // A derived `Default` on a type whose arguments are not inferred yet (`G::default()`) holds
    // if they implement it, which the call's deferred check sees once they are.
    const derivedPending = t.k === 'adt' && t.def.derives.has('Default') && containsVar(this.table.deep(t));
    const defaultable = t.k === 'param' ? this.boundNames(t.name).includes('Default') : derivedPending || this.ctx.implements('Default', t);
    if (member.name === 'default' && defaultable && !this.findAssocFn(t, 'default', member.span)) {
      return { kind: 'intrinsic', name: 'default', typeArgs: [t] };
    }
    const assocConst = this.findAssocConst(t, member.name);
    if (assocConst) return assocConst;
    const found = this.findAssocFn(t, member.name, member.span, selfSpan);
    if (!found && member.name === 'drop' && this.ctx.hasDropImpl(t)) throw explicitDestructor(span);
    if (found) return { kind: 'fn', fn: found.fn, args: found.args(member.args.map((a) => this.ctx.lowerType(a, this.scope))) };
    // `Rc::clone(&a)`: Clone is native (derived or the type's own impl, which the machine calls).
    if (member.name === 'clone' && t.k !== 'var' && (t.k === 'param' ? this.boundNames(t.name).includes('Clone') : this.ctx.implements('Clone', t))) {
      return { kind: 'intrinsic', name: 'clone', typeArgs: [t] };
    }
    if (t.k === 'adt' && !t.def.std) {
      throw compileError('E0599', `no function or associated item named \`${member.name}\` found for ${t.def.kind} \`${this.show(t)}\` in the current scope`, member.span, `${t.def.kind === 'enum' ? 'variant or associated item' : 'function or associated item'} not found in \`${this.show(t)}\``);
    }
    throw unsupported(`the path \`${this.show(t)}::${member.name}\``, span);
  }

  /** An associated const of a type: an inherent impl's whose self type can be `ty`, else a
   *  trait's the type implements (a parameter's bound's), the impl's value or the trait's default. */
  private findAssocConst(ty: Ty, name: string): (PathRes & { kind: 'const' }) | null {
    for (const header of this.ctx.inherentImpls(ty)) {
      const c = header.def.consts.get(name);
      if (!c) continue;
      const implArgs = header.generics.map(() => this.table.fresh());
      const selfTy = substitute(header.selfTy, new Map(header.generics.map((g, i) => [g, implArgs[i]!])));
      if (!this.table.probe(selfTy, ty)) continue;
      this.table.unify(selfTy, ty);
      return this.assocConst(c, implArgs);
    }
    const t = this.shallow(ty);
    for (const trait of this.ctx.items.traits.values()) {
      const c = trait.consts.get(name);
      if (!c) continue;
      if (t.k === 'param') {
        if (this.paramHasTrait(t.name, trait)) return this.assocConst(c, [t, ...this.paramTraitArgs(t.name, trait)]);
        continue;
      }
      if (!this.ctx.selectImpl(trait, t, this.table, true)) continue;
      return this.assocConst(c, [t, ...trait.def.params.map(() => this.table.fresh())]);
    }
    return null;
  }

  private assocConst(def: ConstDef, args: readonly Ty[]): PathRes & { kind: 'const' } {
    const sig = this.ctx.sig(this.ctx.items.constFns.get(def)!);
    const ty = substitute(sig.ret, new Map(sig.generics.map((g, i) => [g, args[i]!])));
    return { kind: 'const', def, ty, args };
  }

  /** An associated function of a type (inherent first, then trait impls), with a way to build its
   *  instance arguments from the turbofish. */
  private findAssocFn(ty: Ty, name: string, span: Span, selfSpan?: Span): { fn: FnDef; args: (turbofish: Ty[]) => Ty[] } | null {
    // The inherent impls with the function whose self type can be `ty` (`impl Grid<u8>` and
    // `impl Grid<i64>` may both have a `new`): one is the function, several are ambiguous.
    const viable = this.ctx.inherentImpls(ty).flatMap((header) => {
      const fn = header.def.fns.get(name);
      if (!fn) return [];
      const implArgs = new Map(header.generics.map((g) => [g, this.table.fresh()]));
      const selfTy = substitute(header.selfTy, implArgs);
      return this.table.probe(selfTy, ty) ? [{ fn, implArgs, selfTy, header }] : [];
    });
    if (viable.length > 1) throw unsupported(`the associated function \`${name}\` of several impls of \`${this.show(ty)}\`, before its type arguments are known`, span);
    for (const { fn, implArgs, selfTy, header } of viable) {
      this.table.unify(selfTy, ty);
      return { fn, args: (turbofish) => [...header.generics.map((g) => implArgs.get(g)!), ...this.ownArgs(fn, turbofish)] };
    }
    for (const trait of this.ctx.items.traits.values()) {
      const decl = trait.fns.get(name);
      if (!decl) continue;
      const t = this.shallow(ty);
      if (t.k === 'param') {
        if (!this.paramHasTrait(t.name, trait)) continue;
        return { fn: decl, args: (turbofish) => [t, ...this.paramTraitArgs(t.name, trait), ...this.ownArgs(decl, turbofish)] };
      }
      // `Box::from(x)` names `Box<_>`: the argument and the expected type choose among
      // `From<&str> for Box<str>` and `From<&str> for Box<dyn Error>`, not the first impl.
      const undecidedTraitArgs = trait.def.params.length > 0 && containsVar(this.table.deep(ty));
      const found = this.ctx.selectImpl(trait, ty, this.table, !undecidedTraitArgs);
      if (!found) continue;
      const traitArgs = trait.def.params.map(() => this.table.fresh());
      if (undecidedTraitArgs) {
        // `BTreeMap::from([(1, 'a')])`: the argument's type leaves one impl (not `From<T> for T`).
        this.pendingSelections.push({ trait, self: ty, traitArgs });
        this.recheckImpl(trait.def.name, [ty, ...traitArgs], span);
      } else if (traitArgs.length > 0) {
        this.pendingSelections.push({ trait, self: ty, traitArgs });
        this.recheckImpl(trait.def.name, [ty, ...traitArgs], span, selfSpan);
      }
      return { fn: decl, args: (turbofish) => [ty, ...traitArgs, ...this.ownArgs(decl, turbofish)] };
    }
    return null;
  }

  /** `fn`'s own generic arguments: the turbofish's, or fresh variables. With `span`, a const
   *  parameter left uninferred is rustc's E0284 there. */
  private ownArgs(fn: FnDef, turbofish: Ty[], span?: Span): Ty[] {
    const own = fn.item.generics.params;
    if (turbofish.length > 0 && turbofish.length !== own.length) {
      throw compileError('E0107', `function takes ${own.length} generic argument${own.length === 1 ? '' : 's'} but ${turbofish.length} generic argument${turbofish.length === 1 ? ' was' : 's were'} supplied`, fn.item.name.span);
    }
    const anonymous = this.ctx.sig(fn).generics.filter((g) => g.startsWith('impl#'));
    const args = own.map((_, i) => turbofish[i] ?? this.table.fresh());
    own.forEach((param, i) => {
      if (param.constTy === undefined || span === undefined) return;
      this.deferred.push(() => {
        const value = this.table.deep(args[i]!);
        if (value.k !== 'const' && value.k !== 'param') {
          throw compileError('E0284', 'type annotations needed', span, `cannot infer the value of the const parameter \`${param.name.name}\` declared on the function \`${fn.name}\``);
        }
      });
    });
    return [...args, ...anonymous.map(() => this.table.fresh())];
  }

  private supertraits(trait: TraitInfo): TraitInfo[] {
    const out: TraitInfo[] = [];
    const visit = (t: TraitInfo) => {
      for (const s of t.item.supertraits) {
        const sup = this.ctx.trait(s.segments[s.segments.length - 1]!.name);
        if (sup && !out.includes(sup)) {
          out.push(sup);
          visit(sup);
        }
      }
    };
    visit(trait);
    return out;
  }

  /** The trait's arguments in a call through a parameter's bound: as the bound writes them
   *  (`T: TryInto<Even>`), else left to inference. */
  private paramTraitArgs(param: string, trait: TraitInfo): Ty[] {
    return [...(this.sig.boundArgs.get(param)?.get(trait) ?? trait.def.params.map(() => this.table.fresh()))];
  }

  private paramHasTrait(param: string, trait: TraitInfo): boolean {
    const seen = new Set<TraitInfo>();
    const visit = (t: TraitInfo): boolean => {
      if (t === trait) return true;
      if (seen.has(t)) return false;
      seen.add(t);
      return t.item.supertraits.some((s) => {
        const sup = this.ctx.trait(s.segments[s.segments.length - 1]!.name);
        return sup ? visit(sup) : false;
      });
    };
    return (this.sig.bounds.get(param) ?? []).some(visit);
  }

  private resolveItemValue(name: string, turbofish: readonly import('../syntax/ast.js').TypeExpr[], span: Span): PathRes | null {
    const fn = this.ctx.items.fns.get(name);
    if (fn) {
      const sig = this.ctx.sig(fn);
      const args = this.ownArgs(fn, turbofish.map((t) => this.ctx.lowerType(t, this.scope)), span);
      void sig;
      return { kind: 'fn', fn, args };
    }
    const c = this.ctx.items.consts.get(name);
    if (c) return { kind: 'const', def: c, ty: this.ctx.constType(c) };
    const s = this.ctx.items.statics.get(name);
    if (s) return { kind: 'static', def: s, ty: this.ctx.constType(s) };
    const adt = this.ctx.items.adts.get(name);
    // A std tuple struct outside Rust's prelude (`Reverse`) needs its `use`, as its type does.
    const inScope = !adt?.std || stdNameInScope(name, this.scope.stdImports);
    if (adt && adt.kind === 'struct' && inScope) return { kind: 'ctor', ty: { k: 'adt', def: adt, args: this.structCtorArgs(adt, turbofish, span) }, variant: 0 };
    const variant = this.preludeVariant(name);
    if (variant) return variant;
    const intrinsic = preludeFn(name);
    if (intrinsic) return { kind: 'intrinsic', name: intrinsic, typeArgs: turbofish.map((t) => this.ctx.lowerType(t, this.scope)) };
    void span;
    return null;
  }

  /** A struct constructor's type arguments: its turbofish's (`PhantomData::<u8>`), or new
   *  variables to infer. */
  private structCtorArgs(adt: AdtDef, turbofish: readonly import('../syntax/ast.js').TypeExpr[], span: Span): Ty[] {
    if (turbofish.length === 0) return adt.params.map(() => this.table.fresh());
    if (turbofish.length !== adt.params.length) throw unsupported('a struct constructor\'s turbofish with another number of arguments than the struct\'s parameters', span);
    return turbofish.map((t) => this.ctx.lowerType(t, this.scope));
  }

  /** Variants in scope by their own name: those imported with `use Enum::..`, and `Some`,
   *  `None`, `Ok`, `Err` from the prelude. */
  private preludeVariant(name: string): PathRes | null {
    const imported = this.ctx.items.importedVariants.get(name);
    const owner = imported?.adt ?? (name === 'Some' || name === 'None' ? 'Option' : name === 'Ok' || name === 'Err' ? 'Result' : null);
    const adt = owner ? this.ctx.items.adts.get(owner) : undefined;
    if (!adt) return null;
    const variant = adt.variants.findIndex((v) => v.name === (imported?.variant ?? name));
    return { kind: 'ctor', ty: { k: 'adt', def: adt, args: adt.params.map(() => this.table.fresh()) }, variant };
  }

  // ---- operators ------------------------------------------------------------------------------

  private expectInt(e: Expr, ty: Ty): void {
    const t = this.shallow(ty);
    if (t.k === 'int' || (t.k === 'var' && t.kind === 'int')) return;
    if (t.k === 'var' && t.kind === 'general') {
      this.table.unify(t, this.table.fresh('int'));
      return;
    }
    throw compileError('E0369', `no implementation for \`${this.show(t)}\` with this operator`, e.span);
  }

  private expectNumeric(e: Expr, ty: Ty): void {
    const t = this.shallow(ty);
    if (t.k === 'int' || t.k === 'float' || (t.k === 'var' && t.kind !== 'general')) return;
    if (t.k === 'var') return this.expectInt(e, t);
    throw compileError('E0368', `binary assignment operation cannot be applied to type \`${this.show(t)}\``, e.span);
  }

  /** Arithmetic works on numbers and on one level of reference to them, as std's impls do. */
  private arithOperand(ty: Ty): Ty {
    const t = this.shallow(ty);
    return t.k === 'ref' && !t.mutable ? t.inner : t;
  }

  private inferUnary(e: Expr & { kind: 'unary' }, expected: Ty | null): Ty {
    if (e.op === '*') {
      const inner = this.infer(e.operand);
      const target = this.derefTarget(inner);
      if (!target) {
        const t = this.shallow(inner);
        if (t.k === 'var' && t.kind === 'general') throw compileError('E0282', 'type annotations needed', e.operand.span);
        throw compileError('E0614', `type \`${this.show(t)}\` cannot be dereferenced`, e.span);
      }
      if (this.shallow(inner).k === 'ptr') {
        this.requireUnsafe(e.span, 'dereference of raw pointer', 'raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior');
      }
      return target;
    }
    if (e.op === '-' && stripParens(e.operand).kind === 'int') this.negatedLiterals.add(stripParens(e.operand).id);
    const t = this.arithOperand(this.infer(e.operand, expected));
    const r = this.shallow(t);
    if (e.op === '!' && r.k === 'bool') return BOOL;
    if (r.k === 'adt' || r.k === 'param') return this.overloaded(e, e.op === '-' ? { trait: 'Neg', method: 'neg', output: true } : { trait: 'Not', method: 'not', output: true }, r, [], e.span);
    if ((r.k === 'float' || (r.k === 'var' && r.kind === 'float')) && e.op === '-') return t;
    if (r.k !== 'int' && (r.k !== 'var' || r.kind === 'float')) {
      throw compileError('E0600', `cannot apply unary operator \`${e.op}\` to type \`${this.show(r)}\``, e.span, `cannot apply unary operator \`${e.op}\``);
    }
    this.expectInt(e, t);
    if (e.op === '-') {
      this.deferred.push(() => {
        const d = this.table.deep(t);
        if (d.k !== 'int' || intSigned(d.int)) return;
        // In a pattern, `-1` is a literal whose type must implement `Neg` (rustc's E0277 there).
        if (this.patternLiterals.has(e.id)) throw compileError('E0277', `the trait bound \`${d.int}: Neg\` is not satisfied`, e.span, `the trait \`Neg\` is not implemented for \`${d.int}\``);
        throw compileError('E0600', `cannot apply unary operator \`-\` to type \`${d.int}\``, e.span, 'cannot apply unary operator `-`');
      });
    }
    return t;
  }

  private inferBinary(e: Expr & { kind: 'binary' }): Ty {
    switch (e.op) {
      case '&&':
      case '||':
        this.coerce(e.left, BOOL);
        this.coerce(e.right, BOOL);
        return BOOL;
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const l = this.infer(e.left);
        const r = this.infer(e.right, l);
        if ((e.op === '==' || e.op === '!=') && !this.table.probe(l, r)) {
          if (this.crossTypeEq(l, r, e.span)) {
            this.crossEq.add(e.id);
            return BOOL;
          }
          this.requireSequenceImpl(l, r, operatorSpan(e.left.span, e.op));
        }
        if (this.comparisonHasSeveralImpls(l, r, e.op)) {
          throw compileError('E0277', `can't compare \`${this.show(l)}\` with \`${this.show(r)}\``, operatorSpan(e.left.span, e.op), `no implementation for \`${this.show(l)} ${e.op} ${this.show(r)}\``);
        }
        this.unifyOrMismatch(e.right.span, l, r);
        const trait = e.op === '==' || e.op === '!=' ? 'PartialEq' : 'PartialOrd';
        this.deferred.push(() => {
          const t = this.table.deep(l);
          if (!this.comparable(t, trait)) {
            throw compileError('E0369', `binary operation \`${e.op}\` cannot be applied to type \`${showTy(t)}\``, e.span);
          }
        });
        return BOOL;
      }
      case '<<':
      case '>>': {
        // As rustc, the left operand is checked without the expected type: the result is the
        // operator trait's `Output`, tied to the left operand only by a built-in operator (so
        // `let x: Saturating<i8> = Saturating(100) + Saturating(100)` falls back to `i32`).
        const l = this.arithOperand(this.infer(e.left));
        const lt = this.shallow(l);
        if (lt.k === 'adt' || lt.k === 'param') return this.overloaded(e, OP_TRAITS[e.op]!, lt, [this.infer(e.right)], e.span);
        const r = this.arithOperand(this.infer(e.right));
        this.expectInt(e.left, l);
        this.expectInt(e.right, r);
        return l;
      }
      default: {
        const rawL = this.infer(e.left);
        const l = this.arithOperand(rawL);
        const lt = this.shallow(l);
        if (lt.k === 'bool' && (e.op === '&' || e.op === '|' || e.op === '^')) {
          this.coerce(e.right, BOOL);
          return BOOL;
        }
        if (lt.k === 'adt' || lt.k === 'param' || lt.k === 'tuple') return this.overloaded(e, OP_TRAITS[e.op]!, lt, [this.infer(e.right)], e.span);
        const rawR = this.infer(e.right, l);
        const r = this.arithOperand(rawR);
        // A number by a program's or std's type (`100u32 / nonzero`): core's impl for the pair.
        if ((lt.k === 'int' || lt.k === 'float') && this.shallow(r).k === 'adt' && this.primitiveOperatorImpl(OP_TRAITS[e.op]!.trait, lt, r)) return this.overloaded(e, OP_TRAITS[e.op]!, lt, [r], e.span);
        const bitwise = e.op === '&' || e.op === '|' || e.op === '^';
        const isFloat = lt.k === 'float' || (lt.k === 'var' && lt.kind === 'float');
        const isInt = lt.k === 'int' || (lt.k === 'var' && lt.kind !== 'float');
        if ((isFloat && bitwise) || (!isFloat && !isInt)) {
          const [ls, rs] = [this.show(rawL), this.show(rawR)];
          const message = (!bitwise && BINARY_MESSAGES[OP_TRAITS[e.op]!.trait]?.(ls, rs)) || `no implementation for \`${ls} ${e.op} ${rs}\``;
          throw compileError('E0369', message, operatorSpan(e.left.span, e.op)).withLabel(e.left.span, ls).withLabel(e.right.span, rs);
        }
        if (lt.k === 'var' && lt.kind === 'general') this.expectInt(e.left, l);
        if (!this.table.unify(l, r)) throw this.operandMismatch(e.op, rawL, rawR, e.left.span, e.right.span, false);
        return l;
      }
    }
  }

  /** Whether an impl of the operator's trait takes the number `lhs` by `rhs`. */
  private primitiveOperatorImpl(traitName: string, lhs: Ty, rhs: Ty): boolean {
    const trait = this.ctx.trait(traitName);
    return trait !== undefined && trait !== null && this.ctx.selectImpl(trait, lhs, this.table, false, [rhs]) !== null;
  }

  /**
   * Primitive operands of two types: rustc's built-in operators demand equal types when both
   * are integers or both floats (E0308 at the right operand); otherwise no impl of the operator
   * trait takes the right operand (E0277 at the operator).
   */
  private operandMismatch(op: string, l: Ty, r: Ty, left: Span, right: Span, assign: boolean): Diagnostic {
    const family = (ty: Ty): 'int' | 'float' | null => {
      const t = this.shallow(ty);
      if (t.k === 'int' || (t.k === 'var' && t.kind === 'int')) return 'int';
      if (t.k === 'float' || (t.k === 'var' && t.kind === 'float')) return 'float';
      return null;
    };
    const [ls, rs] = [this.show(l), this.show(r)];
    if (family(l) !== null && family(l) === family(r)) return mismatch(right, ls, rs);
    const trait = OP_TRAITS[op]!.trait;
    const message = (assign ? ASSIGN_MESSAGES : BINARY_MESSAGES)[trait]?.(ls, rs) ?? `no implementation for \`${ls} ${op}${assign ? '=' : ''} ${rs}\``;
    return compileError('E0277', message, operatorSpan(left, op), `no implementation for \`${ls} ${op}${assign ? '=' : ''} ${rs}\``);
  }

  /** An integer literal's type and a float literal's, neither fixed yet (`probe` lets two
   *  variables through). */
  private literalKindsDiffer(l: Ty, r: Ty): boolean {
    const [a, b] = [this.shallow(l), this.shallow(r)];
    return a.k === 'var' && b.k === 'var' && a.kind !== 'general' && b.kind !== 'general' && a.kind !== b.kind;
  }

  /** Comparisons whose left operand's type std compares with several types (`String` with
   *  `str` and `&str`, `Vec` with slices and arrays), or of a float and an integer literal: the
   *  right operand's type is not taken from the left one, and a missing impl is E0277. Only
   *  `PartialEq` has such impls: std orders each of these types only with itself (`v < ["a"]`
   *  is a mismatch, E0308). */
  private comparisonHasSeveralImpls(l: Ty, r: Ty, op: string): boolean {
    if (this.literalKindsDiffer(l, r)) return true;
    if (op !== '==' && op !== '!=') return false;
    const [a, b] = [this.shallow(l), this.shallow(r)];
    if (this.table.probe(a, b)) return false;
    return a.k === 'str' || a.k === 'slice' || a.k === 'array' || (a.k === 'adt' && a.def.std && (a.def.name === 'String' || a.def.name === 'Vec'));
  }

  /**
   * An operator on a type that is not a primitive: a call of the operator trait's method
   * (`Add::add`, `Neg::neg`, `Index::index`, ...), resolved through the type's impl or, for a
   * type parameter, its bound. Returns the trait's `Output`.
   */
  private overloaded(e: Expr, op: { trait: string; method: string; output: boolean }, self: Ty, rhsTys: Ty[], span: Span): Ty {
    let rhs = rhsTys;
    const trait = this.ctx.trait(op.trait);
    if (!trait) throw unsupported(`the \`${op.trait}\` trait`, span);
    const args = [self, ...rhs];
    const t = this.shallow(self);
    let ok = t.k === 'param' ? this.paramHasTrait(t.name, trait) : this.ctx.selectImpl(trait, t, this.table, false, rhs) !== null;
    if (!ok && t.k !== 'param' && rhs.length === 1 && (e.kind === 'binary' || e.kind === 'compoundAssign')) {
      // The right operand is a coercion site when the impl is unique: `String + &String` uses
      // `Add<&str>` through deref coercion.
      const r = this.shallow(rhs[0]!);
      let pointee = r.k === 'ref' ? r.inner : null;
      for (let derefs = 1; pointee && derefs < 8; derefs++) {
        const next = builtinDeref(this.shallow(pointee));
        if (!next) break;
        const candidate = refTy(next, false);
        if (this.ctx.selectImpl(trait, t, this.table, false, [candidate])) {
          this.coercions.set((e.kind === 'binary' ? e.right : e.value).id, { derefs, mutable: false, unsize: false });
          rhs = [candidate];
          args[1] = candidate;
          ok = true;
          break;
        }
        pointee = next;
      }
    }
    // A left operand of a literal's type not yet fixed (`Saturating(100) + Saturating(100)`) is
    // decided by the impl only when one applies, as rustc's selection does; otherwise the literal
    // falls back to `i32` before the impl is chosen, and the `Output` is that impl's.
    const undecided = ok && t.k !== 'param' && [this.table.deep(t), ...rhs.map((r) => this.table.deep(r))].some(containsLiteralVar);
    if (undecided) this.ctx.selectUniqueImpl(trait, t, this.table, rhs);
    else if (ok && t.k !== 'param') this.ctx.selectImpl(trait, t, this.table, true, rhs);
    if (!ok && t.k !== 'param' && rhs.length === 1 && (e.kind === 'binary' || e.kind === 'compoundAssign')) {
      // One impl for the left operand's type decides the right operand's type, as rustc's
      // selection does: `s + 1` on a `String` expects the `&str` of `Add<&str>`.
      const impls = this.ctx.implHeaders.filter((h) => h.trait === trait && h.generics.length === 0 && this.table.probe(h.selfTy, t));
      const only = impls.length === 1 && this.ctx.implHeaders.filter((h) => h.trait === trait && this.table.probe(h.selfTy, t)).length === 1 ? impls[0]!.traitArgs[0] : undefined;
      if (only) throw mismatch((e.kind === 'binary' ? e.right : e.value).span, this.show(only), this.show(rhs[0]!));
    }
    if (!ok) {
      if (op.trait === 'Neg' || op.trait === 'Not') {
        throw compileError('E0600', `cannot apply unary operator \`${op.trait === 'Neg' ? '-' : '!'}\` to type \`${this.show(t)}\``, span);
      }
      const [l, r] = [this.show(t), rhs[0] ? this.show(rhs[0]) : this.show(t)];
      const message = BINARY_MESSAGES[op.trait]?.(l, r) ?? `binary operation cannot be applied to type \`${l}\``;
      const left = e.kind === 'binary' || e.kind === 'compoundAssign' ? (e.kind === 'binary' ? e.left : e.target).span : span;
      const error = compileError(op.output ? 'E0369' : 'E0368', message, operatorSpan(left, ' '));
      // A binary operator's operands are labelled with their types.
      if (e.kind === 'binary' && op.output) error.withLabel(e.left.span, l).withLabel(e.right.span, r);
      throw error;
    }
    this.opCalls.set(e.id, { fn: trait.fns.get(op.method)!, args });
    if (!op.output) return UNIT;
    const output: Ty = { k: 'assoc', trait: trait.def, self, args: rhs, name: 'Output' };
    if (undecided && (e.kind === 'binary' || e.kind === 'compoundAssign')) this.undecidedOutputs.push({ output, span: operatorSpan((e.kind === 'binary' ? e.left : e.target).span, e.kind === 'binary' ? e.op : ' ') });
    return output;
  }

  /** `==` between different types that std (or the program) allows: `String` with `&str`/`str`
   *  either way round, sequences (`SEQUENCE_EQ`), and the program's `impl PartialEq<R> for L`. */
  private crossTypeEq(l: Ty, r: Ty, span: Span): boolean {
    const textual = (t: Ty): boolean => {
      const x = this.table.deep(t);
      return x.k === 'str' || (x.k === 'ref' && textual(x.inner)) || (x.k === 'adt' && x.def.std && x.def.name === 'String');
    };
    if (textual(l) && textual(r)) return true;
    const [a, b] = [this.table.deep(l), this.table.deep(r)];
    if (this.sequenceEq(a, b, span)) return true;
    const header = this.ctx.implHeaders.find((h) => h.trait === null && h.def.item.trait?.segments.at(-1)?.name === 'PartialEq' && this.table.probe(h.selfTy, a) && h.traitArgs[0] !== undefined && this.table.probe(h.traitArgs[0], b));
    if (!header) return false;
    // The impl fixes the right operand's type (`version == 2` makes the literal a `u32`).
    if (header.generics.length === 0) this.table.unify(header.traitArgs[0]!, b);
    return true;
  }

  /** `==` between two sequences std compares elementwise (`SEQUENCE_EQ`); an element type
   *  the right side leaves open takes the left's (`v == [1, 2]`). */
  private sequenceEq(l: Ty, r: Ty, span: Span): boolean {
    let [a, b] = [l, r];
    while (a.k === 'ref' && b.k === 'ref') [a, b] = [this.table.deep(a.inner), this.table.deep(b.inner)];
    const [left, right] = [sequenceShape(a), sequenceShape(b)];
    if (!left || !right || !SEQUENCE_EQ.has(`${left.shape} == ${right.shape}`)) return false;
    if (left.len !== null && right.len !== null && left.shape === '[E; N]' && right.shape === '[E; N]' && left.len !== right.len) return false;
    const [x, y] = [this.table.deep(left.elem), this.table.deep(right.elem)];
    if (this.table.probe(x, y)) {
      this.table.unify(x, y);
      this.deferred.push(() => {
        const t = this.table.deep(x);
        if (!this.comparable(t, 'PartialEq')) throw compileError('E0369', `binary operation \`==\` cannot be applied to type \`${showTy(this.table.deep(l))}\``, span);
      });
      return true;
    }
    return this.crossTypeEq(x, y, span);
  }

  /** Two sequences std has no `PartialEq` impl between (`[T; 2] == [U; 3]`, `[T; N] == Vec<U>`):
   *  with impls for several right-hand types, rustc reports the missing one (E0277) rather than
   *  a mismatch. */
  private requireSequenceImpl(l: Ty, r: Ty, span: Span): void {
    let [a, b] = [this.table.deep(l), this.table.deep(r)];
    while (a.k === 'ref' && b.k === 'ref') [a, b] = [this.table.deep(a.inner), this.table.deep(b.inner)];
    const [left, right] = [sequenceShape(a), sequenceShape(b)];
    if (!left || !right) return;
    const sameLength = left.shape !== '[E; N]' || right.shape !== '[E; N]' || left.len === right.len;
    // An impl exists for the sequences: what rustc reports missing is the elements' `PartialEq`.
    if (SEQUENCE_EQ.has(`${left.shape} == ${right.shape}`) && sameLength) [a, b] = [this.table.deep(left.elem), this.table.deep(right.elem)];
    const [x, y] = [this.show(a), this.show(b)];
    throw compileError('E0277', `can't compare \`${x}\` with \`${y}\``, span, `no implementation for \`${x} == ${y}\``);
  }

  /** Whether `==`/`<` work on the type: numbers, bools, chars, str, references to comparable
   *  types, tuples/arrays of them, and ADTs deriving the trait. */
  private comparable(t: Ty, trait: 'PartialEq' | 'PartialOrd'): boolean {
    switch (t.k) {
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'str':
      case 'ptr':
        return true;
      case 'tuple':
        return t.elems.every((x) => this.comparable(x, trait));
      case 'array':
      case 'slice':
        return this.comparable(t.elem, trait);
      case 'ref':
      case 'box':
        return this.comparable(t.inner, trait);
      case 'adt':
        return this.ctx.implements(trait, t);
      case 'param':
        return this.boundNames(t.name).includes(trait) || (trait === 'PartialEq' && this.boundNames(t.name).includes('Eq')) || (trait === 'PartialOrd' && this.boundNames(t.name).includes('Ord'));
      default:
        return false;
    }
  }

  // ---- places -------------------------------------------------------------------------------

  private isPlace(e: Expr): boolean {
    const x = stripParens(e);
    if (x.kind === 'path') return this.localOf(x) !== undefined || this.staticNamed(x) !== null;
    return (x.kind === 'unary' && x.op === '*') || x.kind === 'field' || x.kind === 'index';
  }

  /** `&raw const place` / `&raw mut place`: a raw pointer to a place, which needs no `unsafe`
   *  even for a `static mut` (only reading or writing through the pointer does). */
  private inferRawBorrow(e: Expr & { kind: 'ref' }): Ty {
    let root = stripParens(e.operand);
    if (!this.isPlace(root)) throw compileError('E0745', 'cannot take address of a temporary', e.operand.span, 'temporary value');
    while (root.kind === 'field') root = stripParens(root.base);
    const saved = this.rawBorrowedPath;
    this.rawBorrowedPath = root;
    let inner: Ty;
    try {
      inner = this.infer(e.operand);
    } finally {
      this.rawBorrowedPath = saved;
    }
    if (e.mutable) {
      this.borrowChecked(() => {
        this.requireMutablePlace(e.operand, e.span);
        this.requireDerefMut(e.operand, false);
      });
    }
    return { k: 'ptr', mutable: e.mutable, inner };
  }

  /** E0133 for an unsafe operation outside an `unsafe` block. An `unsafe fn`'s body may do them
   *  (edition 2024 only warns, `unsafe_op_in_unsafe_fn`), and so does std's own code. */
  private requireUnsafe(span: Span, what: string, note: string, label = what): void {
    if (this.unsafeDepth > 0 || this.fn.std || this.fn.item.unsafe || this.fn.closure?.parent.item.unsafe) return;
    this.unsafetyErrors.push(compileError('E0133', `${what} is unsafe and requires unsafe block`, span, label).withNote('note', note));
  }

  /** A call of an `unsafe fn` (`callSpan`: the whole call, as rustc marks it). */
  private requireUnsafeCall(fn: FnDef, callSpan: Span): void {
    if (!fn.item.unsafe) return;
    this.requireUnsafe(callSpan, `call to unsafe function \`${unsafeFnName(fn)}\``, "consult the function's documentation for information on how to avoid undefined behavior", 'call to unsafe function');
  }

  /**
   * rustc's `static_mut_refs` lint, deny-by-default in edition 2024: a reference to a `static mut`
   * (or to a field or element of one) is an error, whether the program writes it (`&X`), a method
   * call's auto-borrow makes it, or a macro does (`println!` and `assert_eq!` borrow their
   * arguments). Reading, writing and copying the static are allowed.
   */
  private forbidStaticMutRef(place: Expr, mutable: boolean, span: Span): void {
    let root = stripParens(place);
    while (root.kind === 'field' || root.kind === 'index') {
      // Through a pointer the reference is to what it points to, not to the static.
      const derefs = root.kind === 'field' ? this.fields.get(root.id)?.derefs : this.indexes.get(root.id);
      if ((derefs ?? 0) > 0) return;
      root = stripParens(root.base);
    }
    if (this.staticNamed(root)?.item.mutable !== true) return;
    const kind = mutable ? 'mutable' : 'shared';
    this.lints.push(compileError(undefined, `creating a ${kind} reference to mutable static`, span, `${kind} reference to mutable static`));
  }

  /** The `static` a path expression names (not a local of that name). */
  private staticNamed(e: Expr): ConstDef | null {
    const x = stripParens(e);
    if (x.kind !== 'path' || x.name.includes('::') || this.localOf(x) !== undefined) return null;
    const name = x.blockPath?.length === 1 ? x.blockPath[0]! : x.name;
    return this.ctx.items.statics.get(name) ?? null;
  }

  /** Runs a mutability check, keeping its error for the borrow-check phase. */
  private borrowChecked(check: () => void): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof Diagnostic) || (error.code !== 'E0594' && error.code !== 'E0596') || BUILD_BLOCKING.has(error)) throw error;
      const binding = IMMUTABLE_BINDING.get(error);
      if (binding) this.immutableBorrow(binding, error.span);
      else this.borrowErrors.push(error);
    }
  }

  /** `borrow` is where the mutable borrow is written (`&mut x`), if it is. */
  /** `written`: the program wrote this `&mut` (`&mut c`), which borrows `c` itself even when it
   *  holds a `&mut` (E0596 unless `c` is `mut`); a borrow the checker makes for a use reborrows
   *  what such a `c` points to instead. */
  private requireMutablePlace(place: Expr, borrow: Span = place.span, written = false): void {
    if (!this.mutability) return;
    const x = stripParens(place);
    if (x.kind === 'field' || x.kind === 'index') return this.requireMutableProjection(x, borrow);
    if (x.kind !== 'path') return;
    const item = this.staticNamed(x);
    if (item && !item.item.mutable) throw compileError('E0596', `cannot borrow immutable static item \`${item.name}\` as mutable`, borrow, 'cannot borrow as mutable').withLabel(staticHead(item), 'this `static` cannot be borrowed as mutable');
    const binding = this.localOf(x);
    if (binding && !binding.mutable && binding.byRef === null) {
      const ty = this.shallow(this.bindingTypes.get(binding.id)!);
      if (ty.k === 'ref' && ty.mutable && !written) return;
      const error = withMutSuggestion(compileError('E0596', `cannot borrow \`${binding.name.name}\` as mutable, as it is not declared as mutable`, borrow, 'cannot borrow as mutable'), binding, 'consider changing this to be mutable');
      IMMUTABLE_BINDING.set(error, binding);
      throw error;
    }
  }

  /** `&mut p.x` (or `&mut a[0]` of an array) borrows a part of `p` in place: `p` must be declared
   *  `mut` unless a reference is on the way. */
  private requireMutableProjection(place: Expr & { kind: 'field' | 'index' }, borrow: Span): void {
    let root: Expr = place;
    for (let r = stripParens(root); r.kind === 'field' || r.kind === 'index'; r = stripParens(root)) {
      // `a[1..]` is `*index_mut(&mut a, 1..)`: the base itself is borrowed, where it is written.
      // Through a reference, the borrow checker decides (E0596 on `*r`).
      if (r.kind === 'index' && stripParens(r.index).kind === 'range') return this.indexes.get(r.id) === 0 ? this.requireMutablePlace(r.base, r.base.span) : undefined;
      if (r.kind === 'field' && (this.fields.get(r.id)?.derefs ?? 1) > 0) return;
      if (r.kind === 'index' && (this.indexes.get(r.id) !== 0 || this.shallow(this.exprTypes.get(stripParens(r.base).id) ?? UNIT).k !== 'array')) return;
      root = r.base;
    }
    const r = stripParens(root);
    if (r.kind !== 'path' || this.staticNamed(r)) return;
    const binding = this.localOf(r);
    if (!binding || binding.mutable || binding.byRef !== null || this.shallow(this.bindingTypes.get(binding.id)!).k === 'ref') return;
    throw withMutSuggestion(compileError('E0596', `cannot borrow \`${prettyPlace(place)}\` as mutable, as \`${binding.name.name}\` is not declared as mutable`, borrow, 'cannot borrow as mutable'), binding, 'consider changing this to be mutable');
  }

  /** `*b = 1` or `b.push(1)` through a `Box` writes inside the box, which its owner must allow. */
  private requireMutableBoxOwner(base: Expr, span: Span, assign: boolean): void {
    if (!this.mutability) return;
    const x = stripParens(base);
    if (x.kind !== 'path' || this.staticNamed(x)) return;
    const binding = this.localOf(x);
    if (!binding || binding.mutable || binding.byRef !== null) return;
    const why = `as \`${binding.name.name}\` is not declared as mutable`;
    if (assign) throw withMutSuggestion(compileError('E0594', `cannot assign to \`*${binding.name.name}\`, ${why}`, span, 'cannot assign'), binding, 'consider changing this to be mutable');
    throw withMutSuggestion(compileError('E0596', `cannot borrow \`*${binding.name.name}\` as mutable, ${why}`, span, 'cannot borrow as mutable'), binding, 'consider changing this to be mutable');
  }

  /** A place written or mutably borrowed through an overloaded deref needs the type's `DerefMut`:
   *  `*rc = 1` or `rc.push(1)` on an `Rc` is E0594/E0596, as rustc's borrow checker says. */
  private requireDerefMut(place: Expr, assign: boolean, span: Span = place.span): void {
    let x = stripParens(place);
    while (true) {
      if (x.kind === 'field' || x.kind === 'index') {
        const derefs = x.kind === 'field' ? (this.fields.get(x.id)?.derefs ?? 0) : (this.indexes.get(x.id) ?? 0);
        if (!this.derefStepsMutable(x.base, this.exprTypes.get(stripParens(x.base).id), derefs, span, assign)) return;
        x = stripParens(x.base);
      } else if (x.kind === 'unary' && x.op === '*') {
        if (!this.derefStepsMutable(x.operand, this.exprTypes.get(stripParens(x.operand).id), 1, span, assign)) return;
        x = stripParens(x.operand);
      } else return;
    }
  }

  /** Checks `derefs` autoderef steps from `base` (of type `ty`) for a mutable use; false once a
   *  step goes through a shared reference (that error is the reference's, reported elsewhere).
   *  `DerefMut::deref_mut` borrows its operand mutably, so a first overloaded step needs `base`
   *  to be mutable. */
  private derefStepsMutable(base: Expr, ty: Ty | undefined, derefs: number, span: Span, assign: boolean): boolean {
    let t = ty;
    for (let i = 0; i < derefs && t; i++) {
      const s = this.shallow(t);
      const builtin = builtinDeref(s);
      if (builtin) {
        if (s.k === 'ref' && !s.mutable) return false;
        // Vec's and String's derefs are std's `DerefMut` impls, modelled as built in: a mutable
        // use borrows the operand mutably, as any overloaded deref does.
        if (s.k === 'adt' && i === 0) this.requireMutablePlace(base);
        if (s.k === 'box' && i === 0) this.requireMutableBoxOwner(base, span, assign);
        t = builtin;
        continue;
      }
      // Not a deref at all: method lookup's last step, an array seen as a slice, borrowed in place.
      if (s.k !== 'adt') {
        if (s.k === 'array' && i === 0) this.requireMutablePlace(base);
        return true;
      }
      if (!this.ctx.implementsDerefMut(s, this.table)) {
        const pointer = this.table.deep(s);
        const what = smartPointerData(pointer);
        // Reported while inferring: a literal's type is shown as it will default, as rustc's
        // borrow checker, which runs after inference, shows it.
        const help = `trait \`DerefMut\` is required to modify through a dereference, but it is not implemented for \`${showTy(this.table.defaulted(pointer))}\``;
        // The MIR builder needs the `DerefMut` impl: this error cannot wait for borrow checking.
        if (assign) throw buildBlocking(compileError('E0594', `cannot assign to data in ${what}`, span, 'cannot assign').withNote('help', help));
        throw buildBlocking(compileError('E0596', `cannot borrow data in ${what} as mutable`, span, 'cannot borrow as mutable').withNote('help', help));
      }
      if (i === 0) this.requireMutablePlace(base);
      t = this.ctx.overloadedDerefTarget(s, this.table) ?? undefined;
    }
    return true;
  }

  /** Assigning through a shared reference is E0594; the move checker handles whole locals,
   *  except a closure's captured variable, which its body assigns through its capture. `span` is
   *  the assignment's, where rustc reports it. */
  private requireAssignable(target: Expr, span: Span = target.span): void {
    this.requireDerefMut(target, true, span);
    if (!this.mutability) return;
    const x = stripParens(target);
    if (x.kind === 'path') {
      const r = this.paths.get(x.id);
      const binding = r?.kind === 'local' ? r.binding : null;
      if (binding && !binding.mutable && binding.byRef === null && this.closureOuters.at(-1)?.has(binding.id)) {
        throw withMutSuggestion(compileError('E0594', `cannot assign to \`${binding.name.name}\`, as it is not declared as mutable`, span, 'cannot assign'), binding, 'consider changing this to be mutable');
      }
    }
    // An immutable static, or a field or element of one.
    let root: Expr = x;
    while (stripParens(root).kind === 'field' || stripParens(root).kind === 'index') root = (stripParens(root) as Expr & { kind: 'field' | 'index' }).base;
    const item = this.staticNamed(root);
    if (item && !item.item.mutable) {
      const headline = root === x ? `cannot assign to immutable static item \`${item.name}\`` : `cannot assign to \`${prettyPlace(x)}\`, as \`${item.name}\` is an immutable static item`;
      throw compileError('E0594', headline, span, 'cannot assign').withLabel(staticHead(item), 'this `static` cannot be written to');
    }
    // `p.x = 1` or `a[0] = 1` needs `p`/`a` declared `mut` (unless reached through `&mut`).
    if (x.kind === 'field' || x.kind === 'index') {
      let root: Expr = x;
      let throughRef = false;
      while (true) {
        const r = stripParens(root);
        if (r.kind === 'field' || r.kind === 'index') {
          const access = r.kind === 'field' ? this.fields.get(r.id)?.derefs : this.indexes.get(r.id);
          if ((access ?? 0) > 0) throughRef = true;
          root = r.base;
        } else break;
      }
      const r = stripParens(root);
      if (!throughRef && r.kind === 'path') {
        const binding = this.localOf(r);
        if (binding && !binding.mutable) {
          const ty = this.shallow(this.bindingTypes.get(binding.id)!);
          if (ty.k !== 'ref') {
            throw withMutSuggestion(compileError('E0594', `cannot assign to \`${prettyPlace(x)}\`, as \`${binding.name.name}\` is not declared as mutable`, span, 'cannot assign'), binding, 'consider changing this to be mutable');
          }
        }
      }
    }
    if (x.kind === 'unary' && x.op === '*') {
      const t = this.shallow(this.exprTypes.get(stripParens(x.operand).id) ?? UNIT);
      if (t.k === 'ref' && !t.mutable) {
        throw compileError('E0594', `cannot assign to \`${prettyPlace(x)}\`, which is behind a \`&\` reference`, span, `\`${prettyPlace(x.operand)}\` is a \`&\` reference, so it cannot be written to`);
      }
    }
  }

  /** An assignment to what is not a place (E0070, E0067 for a compound one), located at its
   *  operator as rustc does; a name either side
   *  that does not resolve is reported first, as rustc's name resolution runs before its type
   *  checking. */
  private notAPlace(e: Expr & { kind: 'assign' | 'compoundAssign' }, code: 'E0070' | 'E0067'): Diagnostic {
    this.infer(e.target);
    this.infer(e.value);
    return compileError(code, 'invalid left-hand side of assignment', operatorSpan(e.target.span, e.kind === 'assign' ? '=' : `${e.op}=`), 'cannot assign to this expression');
  }

  private inferIndex(e: Expr & { kind: 'index' }): Ty {
    const baseTy = this.infer(e.base);
    const idx = stripParens(e.index);
    let t = baseTy;
    let derefs = 0;
    for (; derefs < 8; derefs++) {
      const s = this.shallow(t);
      if (s.k === 'array' || s.k === 'slice' || s.k === 'str') break;
      const next = this.autoderefTarget(s);
      if (!next) break;
      t = next;
    }
    const s = this.shallow(t);
    this.indexes.set(e.id, derefs);
    if ((s.k === 'adt' && !(s.def.std && (s.def.name === 'Vec' || s.def.name === 'String'))) || s.k === 'param') {
      const output = this.overloaded(e, { trait: 'Index', method: 'index', output: true }, s, [this.infer(e.index)], e.span);
      const mutTrait = this.ctx.trait('IndexMut');
      if (mutTrait && (s.k === 'param' ? this.paramHasTrait(s.name, mutTrait) : this.ctx.selectImpl(mutTrait, s, this.table, false, [this.exprTypes.get(e.index.id)!]))) {
        this.indexMut.add(e.id);
      }
      return output;
    }
    if (s.k === 'str' && idx.kind !== 'range') {
      throw compileError('E0277', `the type \`str\` cannot be indexed by \`${this.show(this.infer(e.index))}\``, e.index.span, 'string indices are ranges of `usize`');
    }
    if (idx.kind === 'range') {
      if (idx.start) this.coerce(idx.start, USIZE);
      if (idx.end) this.coerce(idx.end, USIZE);
      this.record(idx, UNIT);
      if (s.k === 'array' || s.k === 'slice') return { k: 'slice', elem: s.elem };
      if (s.k === 'str') return STR;
    } else if (s.k === 'array' || s.k === 'slice') {
      const index = this.infer(e.index, USIZE);
      if (!this.table.probe(index, USIZE)) {
        throw compileError('E0277', `the type \`[${this.show(s.elem)}]\` cannot be indexed by \`${this.show(index)}\``, e.index.span, 'slice indices are of type `usize` or ranges of `usize`');
      }
      this.coerceTy(e.index, index, USIZE);
      return s.elem;
    }
    throw compileError('E0608', `cannot index into a value of type \`${this.show(baseTy)}\``, e.span);
  }

  /** rustc's privacy: a field without `pub` is visible in its struct's module and the modules
   *  inside it; std's private fields only to std. */
  /** rustc's privacy for a program's inherent method: a private one is callable in its module
   *  and the modules inside it (E0624). */
  private checkMethodVisible(fn: FnDef, name: string, at: Span): void {
    const item = fn.item;
    if (fn.std || item.isPub !== false || fn.owner.kind !== 'impl' || fn.owner.impl.item.trait !== null) return;
    const module = this.fn.item.module ?? [];
    if ((item.module ?? []).every((m, i) => module[i] === m)) return;
    // rustc points at the signature: up to its return type, or to the `)` before the body.
    const end = item.ret?.span ?? (item.body !== null && item.body.span.line === item.span.line ? { ...item.body.span, end: item.body.span.start - 1, endLine: item.body.span.line, endCol: item.body.span.col - 1 } : item.name.span);
    const signature = { ...item.span, end: end.end, endLine: end.endLine, endCol: end.endCol };
    throw compileError('E0624', `method \`${name}\` is private`, at, 'private method').withLabel(signature, 'private method defined here');
  }

  private fieldVisible(def: AdtDef, index: number): boolean {
    const item = def.item;
    if (item?.kind !== 'struct' || item.fields[index]?.isPub !== false) return true;
    if (def.std) return this.fn.std;
    const module = this.fn.item.module ?? [];
    return (item.module ?? []).every((m, i) => module[i] === m);
  }

  private inferField(e: Expr & { kind: 'field' }): Ty {
    const baseTy = this.infer(e.base);
    let t = baseTy;
    for (let derefs = 0; derefs < 8; derefs++) {
      const s = this.shallow(t);
      if (s.k === 'tuple' && /^\d+$/.test(e.name)) {
        const index = Number(e.name);
        if (index < s.elems.length) {
          this.fields.set(e.id, { derefs, index });
          return s.elems[index]!;
        }
      }
      if (s.k === 'adt' && s.def.kind === 'struct') {
        const index = s.def.variants[0]!.fields.findIndex((f) => f.name === e.name);
        if (index >= 0) {
          if (!this.fieldVisible(s.def, index)) throw compileError('E0616', `field \`${e.name}\` of struct \`${adtName(s.def)}\` is private`, e.nameSpan, 'private field');
          this.fields.set(e.id, { derefs, index });
          return variantTys(s, 0)[index]!;
        }
      }
      const next = this.autoderefTarget(s);
      if (!next) break;
      t = next;
    }
    const s = this.shallow(t);
    if (s.k === 'var' && s.kind === 'general') throw compileError('E0282', 'type annotations needed', e.base.span);
    if (s.k === 'adt' || s.k === 'tuple') {
      const what = s.k === 'tuple' ? 'unknown field' : `unknown field`;
      throw compileError('E0609', `no field \`${e.name}\` on type \`${this.show(baseTy)}\``, e.nameSpan, what);
    }
    throw compileError('E0610', `\`${this.show(s)}\` is a primitive type and therefore doesn't have fields`, e.nameSpan);
  }

  // ---- calls --------------------------------------------------------------------------------

  private argCount(e: Expr & { kind: 'call' | 'methodCall' }, expected: number, span: Span, what = 'function'): void {
    if (e.args.length !== expected) {
      const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
      throw compileError('E0061', `this ${what} takes ${plural(expected)} but ${plural(e.args.length)} ${e.args.length === 1 ? 'was' : 'were'} supplied`, span);
    }
  }

  private inferCall(e: Expr & { kind: 'call' }, expected: Ty | null): Ty {
    const callee = stripParens(e.callee);
    if (callee.kind !== 'path' && callee.kind !== 'qualified' && callee.kind !== 'qualifiedType') {
      // `(self.f)(x)`: calling a closure held in a field or returned by an expression.
      return this.callClosureValue(e, this.infer(callee), null, expected);
    }
    const res = callee.kind === 'qualifiedType' ? this.resolveQualified(callee) : this.resolveValuePath(callee, callee === e.callee);
    if (res.kind === 'local') {
      this.paths.set(callee.id, res);
      return this.callClosureValue(e, this.record(callee, this.bindingTypes.get(res.binding.id)!), res.binding, expected);
    }
    this.paths.set(callee.id, res);
    switch (res.kind) {
      case 'fn': {
        const sig = this.ctx.sig(res.fn);
        const subst = new Map(sig.generics.map((g, i) => [g, res.args[i] ?? this.table.fresh()]));
        const fullArgs = sig.generics.map((g) => subst.get(g)!);
        // Associated functions found through an impl carry the impl's arguments first.
        const args = res.args.length === sig.generics.length ? res.args : [...sig.generics.slice(0, sig.generics.length - res.args.length).map(() => this.table.fresh()), ...res.args];
        args.forEach((a, i) => subst.set(sig.generics[i]!, a));
        this.paths.set(callee.id, { ...res, args: sig.generics.map((g) => subst.get(g)!) });
        void fullArgs;
        this.argCount(e, sig.params.length, e.callee.span);
        this.requireUnsafeCall(res.fn, e.span);
        const ret = this.ctx.reveal(substitute(sig.ret, subst));
        if (expected && !this.hintUnsizesArgument(ret, expected, sig.params.map((p) => substitute(p, subst)))) this.table.probe(ret, expected) && this.table.unify(ret, expected);
        this.expectClosures(e.args, sig, subst, 0, e.span);
        e.args.forEach((arg, i) => this.coerceArgument(arg, substitute(sig.params[i]!, subst), res.fn, i, e.callee.span));
        this.fnItemArgs(e.args, sig, subst, 0);
        this.checkBounds(sig, subst, e.span, e.span, e.args, 0, { fn: res.fn, span: e.callee.span });
        return ret;
      }
      case 'ctor': {
        const variant = res.ty.def.variants[res.variant]!;
        if (variant.shape !== 'tuple') {
          throw compileError('E0618', `expected function, found \`${this.show(res.ty)}\``, e.callee.span);
        }
        if (expected) this.table.probe(res.ty, expected) && this.table.unify(res.ty, expected);
        const fields = variantTys(res.ty, res.variant);
        this.argCount(e, fields.length, e.callee.span, res.ty.def.kind === 'enum' ? 'enum variant' : 'struct');
        e.args.forEach((arg, i) => this.coerce(arg, fields[i]!));
        return res.ty;
      }
      case 'intrinsic':
        return this.inferIntrinsicCall(e, res.name, res.typeArgs, callee.id, expected);
      default:
        throw compileError('E0618', 'expected function, found constant', e.callee.span);
    }
  }

  private inferIntrinsicCall(e: Expr & { kind: 'call' }, name: string, typeArgs: readonly Ty[], calleeId: number, expected: Ty | null): Ty {
    switch (name) {
      case 'box_new': {
        this.argCount(e, 1, e.callee.span);
        // `Box::new(|x| ..)` where a `Box<dyn Fn(..)>` is expected: the closure is that `Fn`.
        const exp = expected ? this.shallow(expected) : null;
        const object = exp?.k === 'box' && this.shallow(exp.inner).k === 'dynFn' && stripParens(e.args[0]!).kind === 'closure' ? this.shallow(exp.inner) : null;
        const inner = this.infer(e.args[0]!, object ?? typeArgs[0] ?? null);
        if (typeArgs[0]) this.unifyOrMismatch(e.args[0]!.span, typeArgs[0], inner);
        this.paths.set(calleeId, { kind: 'intrinsic', name: 'box_new', typeArgs: [inner] });
        return boxTy(inner);
      }
      case 'process_exit':
        this.argCount(e, 1, e.callee.span);
        this.coerce(e.args[0]!, intTy('i32'));
        return NEVER;
      case 'drop':
      case 'forget':
        this.argCount(e, 1, e.callee.span);
        this.paths.set(calleeId, { kind: 'intrinsic', name, typeArgs: [this.infer(e.args[0]!)] });
        return UNIT;
      case 'box_leak': {
        this.argCount(e, 1, e.callee.span);
        const inner = typeArgs[0] ?? this.table.fresh();
        this.coerce(e.args[0]!, boxTy(inner));
        this.paths.set(calleeId, { kind: 'intrinsic', name: 'box_leak', typeArgs: [inner] });
        return { k: 'ref', mutable: true, inner };
      }
      case 'default': {
        this.argCount(e, 0, e.callee.span);
        const ty = typeArgs[0]!;
        this.deferred.push(() => {
          const t = this.table.deep(ty);
          if (t.k !== 'param' && !this.ctx.implements('Default', t)) throw compileError('E0277', `the trait bound \`${showTy(t)}: Default\` is not satisfied`, e.span, `the trait \`Default\` is not implemented for \`${showTy(t)}\``);
        });
        return ty;
      }
      case 'clone':
        this.argCount(e, 1, e.callee.span);
        this.coerce(e.args[0]!, refTy(typeArgs[0]!));
        return typeArgs[0]!;
      case 'size_of':
      case 'align_of':
        this.argCount(e, 0, e.callee.span);
        if (typeArgs.length !== 1) throw compileError('E0282', 'type annotations needed', e.callee.span);
        return USIZE;
      case 'size_of_val':
      case 'align_of_val': {
        // `fn size_of_val<T: ?Sized>(val: &T) -> usize`: T may be `str`, a slice or `dyn Trait`.
        this.argCount(e, 1, e.callee.span);
        const inner = typeArgs[0] ?? this.table.fresh();
        this.coerce(e.args[0]!, refTy(inner));
        this.paths.set(calleeId, { kind: 'intrinsic', name, typeArgs: [inner] });
        return USIZE;
      }
      default:
        throw unsupported(`calling \`${name}\``, e.span);
    }
  }

  /** Checks the where-bounds of a call once the types are known (`nameSpan`: the method's name,
   *  where rustc reports the traits with messages of their own). */
  /** `args` are the call's arguments for the signature's parameters from `firstParam` on: a
   *  bound's error points at the argument of the bounded type, as rustc's does. */
  private checkBounds(sig: FnSig, subst: Map<string, Ty>, span: Span, nameSpan: Span, args: readonly Expr[], firstParam: number, callee?: BoundCallee): void {
    const argOf = (param: string): Expr | null => {
      const i = sig.params.findIndex((p, k) => k >= firstParam && (p.k === 'param' ? p : p.k === 'ref' && p.inner.k === 'param' ? p.inner : null)?.name === param);
      return i < 0 ? null : (args[i - firstParam] ?? null);
    };
    const argSpanOf = (param: string): Span | null => argOf(param)?.span ?? null;
    // A bound with trait arguments (`S: Sum<&i32>`) on a known type picks its impl now, which
    // can decide inference variables in those arguments, as rustc's selection does.
    // One bound's impl can decide another's type (`R: RangeBounds<T>` fixes `T`, then
    // `T: __KeyOf<K>` fixes `K`), so each is taken once its type is known, in any order.
    const selected = new Set<string>();
    for (let progress = true; progress; ) {
      progress = false;
      for (const [param, byTrait] of sig.boundArgs) {
        const ty = this.table.deep(subst.get(param) ?? UNIT);
        if (selected.has(param) || ty.k === 'var' || ty.k === 'param') continue;
        selected.add(param);
        progress = true;
        // As rustc's selection: an impl decides inference variables only when it is the one
        // that applies (`str: __KeyOf<K>` with `K` unknown is ambiguous, as `Borrow` is).
        for (const [trait, args] of byTrait) this.ctx.selectUniqueImpl(trait, ty, this.table, args.map((a) => substitute(a, subst)));
      }
    }
    // A binding (`I: IntoIterator<Item = A>`) on a known type fixes the binding's type to the
    // argument's associated type (rustc's projection predicates): `v.extend(&w)` has `A = &T`.
    for (const [param, bindings] of sig.assocBindings) {
      const ty = this.table.deep(subst.get(param) ?? UNIT);
      if (ty.k === 'var') continue;
      for (const [name, bound] of bindings) {
        const trait = sig.bounds.get(param)?.find((t) => t.item.types.some((x) => x.name.name === name));
        if (!trait) continue;
        const args = sig.boundArgs.get(param)?.get(trait)?.map((a) => substitute(a, subst)) ?? trait.def.params.map(() => ty);
        const projected = this.table.deep(this.ctx.normalize({ k: 'assoc', trait: trait.def, self: ty, args, name }, this.table, this.sig.assocBindings));
        const wanted = substitute(bound, subst);
        if (projected.k === 'assoc' || this.table.unify(projected, wanted)) continue;
        const at = argSpanOf(param) ?? span;
        const [shownTy, shownWanted, shownProjected] = [ty, wanted, projected].map((t) => this.show(t));
        if (trait.def.name === 'Iterator' && name === 'Item') {
          throw compileError('E0271', `expected \`${shownTy}\` to be an iterator that yields \`${shownWanted}\`, but it yields \`${shownProjected}\``, at, `expected \`${shownWanted}\`, found \`${shownProjected}\``);
        }
        const mismatch = `type mismatch resolving \`<${shownTy} as ${trait.def.name}>::${name} == ${shownWanted}\``;
        throw compileError('E0271', mismatch, at, mismatch);
      }
    }
    // The iterator traits' bounds, once their type is known, are checked now: rustc's message
    // then shows an integer literal's type as it does (`{integer}`), before it defaults to i32.
    // Auto traits are decided now too: rustc names an integer literal's type `{integer}` there.
    const site = callee ? { ...callee, argOf } : undefined;
    this.selectForLiterals(sig, subst);
    this.unsatisfiedBounds(sig, subst, span, nameSpan, (ty, trait) => ty.k !== 'var' && (hasUnimplementedMessage(trait.def.name) || isAutoTrait(trait)), site, true);
    this.deferred.push(() => this.unsatisfiedBounds(sig, subst, span, nameSpan, () => true, site, false));
    if (sig.predicates) this.deferred.push(() => this.unsatisfiedPredicates(sig.predicates!, subst, span));
  }

  /** A callee's `where` clauses on other types, with the call's types put in. rustc's error for
   *  one not satisfied is not modelled: refused. */
  private unsatisfiedPredicates(predicates: readonly WherePredicateSig[], subst: Map<string, Ty>, span: Span): void {
    for (const p of predicates) {
      const ty = this.table.deep(this.ctx.normalize(substitute(p.ty, subst), this.table, this.sig.assocBindings));
      for (const trait of p.traits) {
        if (!this.ctx.implements(trait, ty)) throw unsupported(`a call whose types do not satisfy its callee's \`where\` clause (\`${showTy(ty)}: ${trait}\`)`, span);
      }
    }
  }

  /** Reports the first bound of a call not satisfied, among those `ready` accepts. */
  /** A bound whose type is still an integer or float literal's, with known trait arguments
   *  (`m.get(&0)` on a map of `u64` keys: `Q: Borrow<u64>`), takes the one impl that applies
   *  before the literal falls back to `i32`, as rustc's selection does. */
  private selectForLiterals(sig: FnSig, subst: Map<string, Ty>): void {
    for (const [param, traits] of sig.bounds) {
      if (param === 'Self') continue;
      const ty = this.table.deep(subst.get(param) ?? UNIT);
      if (ty.k !== 'var' || ty.kind === 'general') continue;
      for (const trait of traits) {
        if (trait.def.params.length === 0 && trait.def.std) continue;
        const args = trait.def.params.length === 0 ? [] : this.boundArguments(sig, subst, param, trait);
        if (args !== null) this.pendingSelections.push({ trait, self: ty, traitArgs: args });
      }
    }
  }

  private unsatisfiedBounds(sig: FnSig, subst: Map<string, Ty>, span: Span, nameSpan: Span, ready: (ty: Ty, trait: TraitInfo) => boolean, site?: BoundCallSite, eager = false): void {
    // Every type parameter but `T: ?Sized` has an implicit `Sized` bound.
    for (const param of sig.sizedParams) {
      const ty = this.table.deep(subst.get(param) ?? UNIT);
      if (ty.k !== 'str' && ty.k !== 'slice' && ty.k !== 'dyn' && ty.k !== 'dynFn') continue;
      const at = site?.argOf(param)?.span ?? span;
      throw compileError('E0277', `the size for values of type \`${this.show(ty)}\` cannot be known at compilation time`, at, "doesn't have a size known at compile-time");
    }
    for (const [param, traits] of sig.bounds) {
      if (param === 'Self') continue;
      const ty = this.table.deep(subst.get(param) ?? UNIT);
      for (const trait of traits) {
        if (isAutoTrait(trait)) {
          if (!ready(ty, trait)) continue;
          const failure = this.ctx.autoTraitFailure(trait, ty);
          // A closure's captured types are rustc's only after integer fallback: reported then.
          if (failure && eager && failure.causes.some((c) => c.kind === 'closure')) continue;
          if (failure) throw autoTraitError(ty, trait, failure, this.autoTraitSite(param, ty, trait, span, site));
          continue;
        }
        if (ty.k === 'param' || !ready(ty, trait)) continue;
        const args = this.boundArguments(sig, subst, param, trait);
        const holds = args === null ? this.ctx.implements(trait.def.name, ty) : this.ctx.selectImpl(trait, ty, this.table, false, args) !== null;
        if (holds) continue;
        // std implements its traits for more of its own types than the prelude does.
        const userType = (t: Ty): boolean => (t.k === 'ref' ? userType(t.inner) : t.k === 'adt' && !t.def.std);
        const shown = args === null ? trait.def.name : `${trait.def.name}<${args.map((a) => this.show(a)).join(', ')}>`;
        const ownMessage = args !== null && args.length === 1 ? unimplementedMessage(trait.def.name, this.show(ty), this.show(args[0]!)) : null;
        if (trait.def.std && !userType(ty) && !(ownMessage && preludeImplsComplete(trait.def.name, ty))) throw unsupported(`\`${showTy(ty)}: ${shown}\` (std's impl is not modelled)`, span);
        if (ownMessage) throw compileError('E0277', ownMessage.headline, nameSpan, ownMessage.label);
        throw compileError('E0277', `the trait bound \`${this.show(ty)}: ${shown}\` is not satisfied`, span, `the trait \`${shown}\` is not implemented for \`${this.show(ty)}\``);
      }
    }
  }

  /** Where an unmet auto-trait bound of a call is reported: the argument, the callee and the
   *  bound as written in its signature. */
  private autoTraitSite(param: string, ty: Ty, trait: TraitInfo, span: Span, site?: BoundCallSite): AutoTraitSite {
    const boundIn = site ? [...(site.fn.owner.kind === 'impl' ? site.fn.owner.impl.item.generics.params : []), ...site.fn.item.generics.params].find((p) => p.name.name === param) : undefined;
    const written = boundIn?.bounds.find((b) => b.segments[b.segments.length - 1]!.name === trait.def.name);
    const own = this.fn.closure ? this.fn.closure.parent.item : this.fn.item;
    // `need_send(&c)` with `T = &Cell<_>`: rustc blames the borrowed expression.
    const arg = site?.argOf(param) ?? null;
    return {
      argSpan: (arg?.kind === 'ref' && ty.k === 'ref' ? arg.operand.span : arg?.span) ?? span,
      calleeSpan: site?.span ?? null,
      // A std function's bound is in std's sources, not the program's: named, not shown.
      bound: site && written ? { span: site.fn.std ? null : written.span, fnName: site.fn.std ? site.fn.name.replace(/^__std_[a-z]+_/, '') : site.fn.name } : null,
      paramToRestrict: (name) => {
        const p = own.generics.params.find((g) => g.name.name === name);
        if (!p) return null;
        const last = p.bounds[p.bounds.length - 1];
        const end = last ?? p.name;
        return { at: { ...end.span, start: end.span.end, col: end.span.endCol, line: end.span.endLine }, bounded: last !== undefined };
      },
      show: (t) => showAsRustc(this.table.deep(t), this.ctx.items.programPath),
      resolve: (t) => this.table.deep(t),
      derefs: arg && ty.k !== 'ref' ? this.derefsToMeet(trait, ty) : 0,
    };
  }

  /** How many dereferences of a value make a `Copy` value with the auto trait (`*rc` of an
   *  `Rc<i32>`): rustc suggests writing them. 0 when none does. */
  private derefsToMeet(trait: TraitInfo, ty: Ty): number {
    let current = ty;
    for (let n = 1; n <= 4; n++) {
      const next = this.autoderefTarget(current);
      if (!next) return 0;
      current = this.table.deep(next);
      if (this.ctx.isCopy(current) && this.ctx.autoTraitFailure(trait, current) === null) return n;
    }
    return 0;
  }

  /** A bound's trait arguments at a call (`B: FromIterator<Self::Item>`: the item type), once
   *  known; null for a trait without parameters or arguments still unknown. */
  private boundArguments(sig: FnSig, subst: Map<string, Ty>, param: string, trait: TraitInfo): Ty[] | null {
    const written = sig.boundArgs.get(param)?.get(trait);
    if (written === undefined || trait.def.params.length === 0) return null;
    const args = written.map((a) => this.table.deep(this.ctx.normalize(substitute(a, subst), this.table, this.sig.assocBindings)));
    return args.some((a) => a.k === 'param' || a.k === 'assoc' || (a.k === 'var' && a.kind === 'general')) ? null : args;
  }

  private inferMethodCall(e: Expr & { kind: 'methodCall' }, expected: Ty | null): Ty {
    const receiverTy = this.infer(e.receiver);
    const name = e.method.name;
    const turbofish = e.turbofish.map((t) => this.ctx.lowerType(t, this.scope));
    let t = receiverTy;
    let unsize = false;
    const steps: Ty[] = [];
    this.hiddenTrait = null;
    for (let derefs = 0; derefs < 8; derefs++) {
      const s = this.shallow(t);
      steps.push(s);
      if (s.k === 'var' && s.kind !== 'general' && !this.findMethod(s, name, true)) {
        // `3.cmp(&5)`: the std traits every number has work before the literal's type is known;
        // inherent methods (`pow`, `abs`) need it.
        const builtin = this.builtinMethod(s, name);
        if (!builtin && this.hiddenTrait) throw this.traitNotInScope(this.hiddenTrait, name, receiverTy, e.method.span);
        if (!builtin) throw compileError('E0689', `can't call method \`${name}\` on ambiguous numeric type \`${this.show(s)}\``, e.method.span);
        this.argCount(e, builtin.args.length, e.method.span, 'method');
        e.args.forEach((arg, i) => this.coerce(arg, builtin.args[i]!));
        const byValue = builtin.name === 'max' || builtin.name === 'min';
        this.methods.set(e.id, { kind: 'builtin', name: builtin.name, receiver: { derefs, autoref: byValue ? null : 'ref' }, selfTy: s });
        return builtin.ret;
      }
      if (s.k === 'var' && s.kind === 'general') throw compileError('E0282', 'type annotations needed', e.receiver.span);
      // On `&U`, a `&self` method of `U` takes the reference itself (rustc's by-value step):
      // `"a".cmp("b")` is `str::cmp`, not `<&str>::cmp`.
      if (s.k === 'ref' && !s.mutable && BY_REF_BUILTINS.has(name)) {
        const inner = this.shallow(s.inner);
        const builtin = inner.k !== 'var' && !this.findMethod(inner, name, true) ? this.builtinMethod(inner, name) : null;
        if (builtin) {
          this.argCount(e, builtin.args.length, e.method.span, 'method');
          e.args.forEach((arg, i) => this.coerce(arg, builtin.args[i]!));
          this.methods.set(e.id, { kind: 'builtin', name: builtin.name, receiver: { derefs: derefs + 1, autoref: 'ref' }, selfTy: inner });
          return builtin.ret;
        }
      }
      // rustc's by-value step on `&U` (`&mut U`) also takes `U`'s `&self` (`&mut self`) methods,
      // whose receiver type is exactly `s`: `(&fruit).clone()` is `Fruit::clone`, not `<&Fruit>::clone`.
      const referent = s.k === 'ref' ? this.shallow(s.inner) : null;
      const viaRef = referent && referent.k !== 'var' ? this.findMethod(referent, name) : null;
      const byValueRef = viaRef && viaRef.fn.item.selfParam?.kind === (s.k === 'ref' && s.mutable ? 'refMut' : 'ref') ? viaRef : null;
      if (byValueRef) derefs++;
      const found = byValueRef ?? this.findMethod(s, name);
      if (found) {
        const sig = this.ctx.sig(found.fn);
        const args = [...found.outerArgs, ...this.ownArgs(found.fn, turbofish)];
        const subst = new Map(sig.generics.map((g, i) => [g, args[i]!]));
        const selfParam = found.fn.item.selfParam!;
        const autoref = selfParam.kind === 'value' ? null : selfParam.kind === 'ref' ? 'ref' : 'refMut';
        if (autoref === 'refMut') this.borrowChecked(() => this.requireMutableReceiver(e.receiver, derefs, receiverTy));
        this.methods.set(e.id, { kind: 'fn', fn: found.fn, args, receiver: { derefs: unsize ? derefs - 1 : derefs, autoref, unsize } });
        this.argCount(e, sig.params.length - 1, e.method.span, 'method');
        this.requireUnsafeCall(found.fn, e.span);
        const ret = this.ctx.reveal(substitute(sig.ret, subst));
        if (expected) this.table.probe(ret, expected) && this.table.unify(ret, expected);
        this.expectClosures(e.args, sig, subst, 1, e.method.span);
        e.args.forEach((arg, i) => this.coerceArgument(arg, substitute(sig.params[i + 1]!, subst), found.fn, i, e.method.span));
        this.fnItemArgs(e.args, sig, subst, 1);
        this.checkBounds(sig, subst, e.span, e.method.span, e.args, 1, { fn: found.fn, span: e.method.span });
        if (found.fn.owner.kind === 'impl') this.recheckImplBounds(found.fn.owner.impl, name, s, e.method.span);
        this.checkMethodVisible(found.fn, name, e.method.span);
        if (found.fn.owner.kind === 'trait' && s.k !== 'dyn' && s.k !== 'param') {
          const trait = this.ctx.trait(found.fn.owner.trait.name);
          // A literal's receiver (`5.f()`) takes the one impl of the program's trait that applies
          // to it, as rustc's selection does (std's impls for the numbers are not all modelled).
          if (trait && (s.k === 'var' ? !trait.def.std : trait.def.params.length > 0)) this.ctx.selectUniqueImpl(trait, args[0]!, this.table, args.slice(1, 1 + trait.def.params.length));
          this.recheckImpl(found.fn.owner.trait.name, args, e.method.span);
        }
        return ret;
      }
      // rustc's probe takes a `&self` method of `U` at a receiver of type `&U` as it is, before
      // it would autoref `&U`: `b.cmp(&4)` with `b: &i32` is `i32`'s `cmp`, found one step on.
      if (name === 'clamp' && this.builtinMethod(s, 'max')) return this.ordClamp(e, s, derefs);
      const byValue = name === 'max' || name === 'min';
      const pointeeHasIt = s.k === 'ref' && !byValue && this.builtinMethod(this.table.shallow(s.inner), name) !== null;
      const builtin = pointeeHasIt ? null : this.builtinMethod(s, name);
      if (builtin) {
        this.argCount(e, builtin.args.length, e.method.span, 'method');
        e.args.forEach((arg, i) => this.coerce(arg, builtin.args[i]!));
        this.methods.set(e.id, { kind: 'builtin', name: builtin.name, receiver: { derefs: unsize ? derefs - 1 : derefs, autoref: byValue ? null : 'ref', unsize }, selfTy: s });
        return builtin.ret;
      }
      const next = this.autoderefTarget(s);
      if (next) {
        t = next;
        continue;
      }
      // Last, an array is tried as a slice (rustc's unsizing step of method lookup).
      if (s.k === 'array' && !unsize) {
        unsize = true;
        t = { k: 'slice', elem: s.elem };
        continue;
      }
      break;
    }
    if (name === 'drop' && this.ctx.hasDropImpl(this.table.deep(t))) throw explicitDestructor(e.method.span);
    const hidden = this.hiddenTrait;
    if (hidden) throw this.traitNotInScope(hidden, name, receiverTy, e.method.span);
    if (this.implWithUnmetBounds(name, steps)) {
      const shown = this.show(receiverTy);
      throw compileError('E0599', `the method \`${name}\` exists for ${describeType(this.table.deep(receiverTy))} \`${shown}\`, but its trait bounds were not satisfied`, e.method.span, `method cannot be called on \`${shown}\` due to unsatisfied trait bounds`);
    }
    // Methods of std types and primitives that the prelude doesn't have yet are refused, not
    // reported as errors: rustc has them.
    const base = this.table.deep(t);
    if (base.k !== 'adt' || base.def.std) throw unsupported(`the method \`${name}\` on \`${this.show(base)}\``, e.method.span);
    const error = compileError('E0599', `no method named \`${name}\` found for ${describeType(this.table.deep(receiverTy))} \`${this.show(receiverTy)}\` in the current scope`, e.method.span, `method not found in \`${this.show(receiverTy)}\``);
    // rustc points at the type's header (`struct Circle`); with generics it spells them too.
    const item = base.def.item;
    if (item && item.generics.params.length === 0 && item.lifetimeParams === 0 && item.name.span.line === item.span.line) {
      error.withLabel({ ...item.span, end: item.name.span.end, endLine: item.name.span.endLine, endCol: item.name.span.endCol }, `method \`${name}\` not found for this ${item.kind}`);
    }
    throw error;
  }

  /** rustc's E0599 for a method whose trait is implemented but not in scope. */
  private traitNotInScope(trait: TraitInfo, name: string, receiverTy: Ty, span: Span): Diagnostic {
    const shown = this.show(receiverTy);
    const error = compileError('E0599', `no method named \`${name}\` found for ${describeType(this.table.deep(receiverTy))} \`${shown}\` in the current scope`, span, `method not found in \`${shown}\``);
    const path = trait.def.std ? `std::${stdTraitModule(trait.def.name)}::${trait.def.name}` : ['crate', ...(trait.item.module ?? []), trait.def.name].join('::');
    return error
      .withNote('help', 'items from traits can only be used if the trait is in scope')
      .withNote('help', `trait \`${trait.def.name}\` which provides \`${name}\` is implemented but not in scope; perhaps you want to import it: \`use ${path};\``);
  }

  /** Whether a trait with the method `name` has an impl for one of the receiver's autoderef
   *  steps whose bounds do not hold (rustc's "exists ... but its trait bounds were not
   *  satisfied"). Trusted for the program's traits, and for std's traits on the program's types
   *  (derived or written impls); std's impls for std's types are not all modelled. */
  private implWithUnmetBounds(name: string, steps: readonly Ty[]): boolean {
    // A derive on a generic type is an impl bounded by the derived trait on each parameter.
    const derived = (ty: Ty) => ty.k === 'adt' && !ty.def.std && ty.def.params.length > 0 && [...ty.def.derives].some((d) => DERIVED_METHODS[d]?.includes(name));
    if (steps.some((step) => derived(this.table.deep(step)))) return true;
    for (const trait of this.ctx.items.traits.values()) {
      if (!trait.fns.has(name)) continue;
      for (const step of steps) {
        const ty = this.table.deep(step);
        if (isUndecided(ty) || (trait.def.std && (ty.k !== 'adt' || ty.def.std))) continue;
        if (this.ctx.hasImplIgnoringBounds(trait, ty, this.table)) return true;
      }
    }
    return false;
  }

  /** An impl chosen while its bounds still mentioned unknown types (the blanket
   *  \`impl<T, U: From<T>> Into<U> for T\`) must still apply once inference knows them. */
  private recheckImpl(traitName: string, args: readonly Ty[], span: Span, selfSpan?: Span): void {
    const trait = this.ctx.trait(traitName);
    if (!trait) return;
    this.deferred.push(() => {
      const [self, ...traitArgs] = args.slice(0, 1 + trait.def.params.length).map((a) => this.table.deep(a));
      if (!self || self.k === 'param' || self.k === 'var' || self.k === 'dyn') return;
      // `x.try_into()` whose target nothing decides: rustc cannot choose the impl.
      if (traitArgs.some((a) => a.k === 'var' && a.kind === 'general')) throw compileError('E0283', 'type annotations needed', span, 'type must be known at this point');
      if (traitArgs.some((a) => a.k === 'var' || a.k === 'param')) return;
      if (this.ctx.selectImpl(trait, self, this.table, false, traitArgs)) return;
      const shown = traitArgs.length ? `${traitName}<${traitArgs.map(showTy).join(', ')}>` : traitName;
      // Between primitives and the program's own types, std has no impl stackheap lacks but the
      // blanket `impl<T> From<T> for T`, which a type converted to itself would take.
      const own = (t: Ty) => t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'adt' && !t.def.std);
      // The program's own trait has no impls but the program's: without bounds (which may name
      // std's traits), none is missing from the model.
      const complete = !trait.def.std && !this.ctx.implHeaders.some((h) => h.trait === trait && h.bounds.size > 0);
      if ((selfSpan && own(self) && traitArgs.every((a) => own(a) && !sameTy(a, self))) || complete) {
        throw compileError('E0277', `the trait bound \`${this.show(self)}: ${traitArgs.length ? `${traitName}<${traitArgs.map((a) => this.show(a)).join(', ')}>` : traitName}\` is not satisfied`, selfSpan ?? span, `the trait \`${shown}\` is not implemented for \`${this.show(self)}\``);
      }
      throw unsupported(`\`${showTy(self)}: ${shown}\` (std's impl is not modelled)`, span);
    });
  }

  /**
   * A method found in a trait impl whose bounds could not be decided yet (`impl<T: Describe>
   * Describe for Vec<T>` on a Vec of literals): once the receiver's type is known, the impl must
   * still apply, or the method does not exist for it (rustc's E0599).
   */
  private recheckImplBounds(impl: ImplDef, method: string, receiver: Ty, span: Span): void {
    const traitName = impl.item.trait?.segments[impl.item.trait.segments.length - 1]!.name;
    const trait = traitName === undefined || impl.std ? undefined : this.ctx.trait(traitName);
    if (!trait || trait.def.params.length > 0) return;
    this.deferred.push(() => {
      const self = this.table.deep(receiver);
      if (isUndecided(self) || this.ctx.selectImpl(trait, self, this.table, false) !== null) return;
      const shown = this.show(self);
      throw compileError('E0599', `the method \`${method}\` exists for ${describeType(self)} \`${shown}\`, but its trait bounds were not satisfied`, span, `method cannot be called on \`${shown}\` due to unsatisfied trait bounds`);
    });
  }

  private requireMutableReceiver(receiver: Expr, derefs: number, receiverTy: Ty): void {
    if (this.derefStepsMutable(receiver, receiverTy, derefs, receiver.span, false)) this.requireDerefMut(receiver, false);
    if (!this.mutability) return;
    if (derefs > 0) {
      const t = this.shallow(receiverTy);
      if (t.k === 'ref' && !t.mutable) {
        // A reference a call returns is no named place: rustc speaks of its data.
        if (!isNamedPlace(receiver)) throw compileError('E0596', 'cannot borrow data in a `&` reference as mutable', receiver.span, 'cannot borrow as mutable');
        throw compileError('E0596', `cannot borrow \`*${prettyPlace(receiver)}\` as mutable, as it is behind a \`&\` reference`, receiver.span);
      }
      return;
    }
    this.requireMutablePlace(receiver);
  }

  /** `x.clamp(min, max)` on a type whose `Ord` is native: std's default method, the prelude's
   *  `__std_ord_clamp(x, min, max)`. */
  private ordClamp(e: Expr & { kind: 'methodCall' }, selfTy: Ty, derefs: number): Ty {
    const fn = this.ctx.items.fns.get('__std_ord_clamp')!;
    this.argCount(e, 2, e.method.span, 'method');
    e.args.forEach((arg) => this.coerce(arg, selfTy));
    this.methods.set(e.id, { kind: 'fn', fn, args: [selfTy], receiver: { derefs, autoref: null } });
    return selfTy;
  }

  private builtinMethod(ty: Ty, name: string): { name: BuiltinMethod; args: Ty[]; ret: Ty } | null {
    const has = (trait: string) =>
      ty.k === 'param' ? this.boundNames(ty.name).includes(trait) : ty.k === 'var' ? ty.kind === 'int' || (ty.kind === 'float' && trait !== 'Ord' && trait !== 'Eq') : this.ctx.implements(trait, this.table.deep(ty));
    switch (name) {
      case 'clone':
        return has('Clone') || (ty.k === 'param' && has('Copy')) ? { name, args: [], ret: ty } : null;
      case 'to_string':
        return this.displayable(ty) ? { name, args: [], ret: this.stdAdt('String', []) } : null;
      case 'len':
      case 'is_empty':
        return ty.k === 'array' || ty.k === 'slice' || ty.k === 'str' ? { name, args: [], ret: name === 'len' ? USIZE : BOOL } : null;
      case 'cmp':
        return has('Ord') ? { name, args: [refTy(ty)], ret: this.stdAdt('Ordering', []) } : null;
      case 'partial_cmp':
        return has('PartialOrd') || has('Ord') ? { name, args: [refTy(ty)], ret: this.stdAdt('Option', [this.stdAdt('Ordering', [])]) } : null;
      case 'eq':
      case 'ne':
        return has('PartialEq') || has('Eq') ? { name, args: [refTy(ty)], ret: BOOL } : null;
      case 'max':
      case 'min':
        return has('Ord') && ty.k !== 'float' ? { name, args: [ty], ret: ty } : null;
      default:
        return null;
    }
  }

  /** rustc's deny-by-default lint `bindings_with_variant_name` (E0170): a plain binding named as
   *  a unit variant of the enum it binds (`Red => ..` where `Color::Red` is not imported). */
  private rejectBindingNamedAsVariant(p: Pattern & { kind: 'binding' }, ty: Ty): void {
    let t = this.table.deep(ty);
    while (t.k === 'ref') t = t.inner;
    const item = t.k === 'adt' ? t.def.item : undefined;
    if (item?.kind !== 'enum' || !item.variants.some((v) => v.name.name === p.name.name && v.shape === 'unit')) return;
    const path = t.k === 'adt' && t.def.std ? stdTypePath(t.def.name) : [...(item.module ?? []), item.name.name].join('::');
    throw compileError('E0170', `pattern binding \`${p.name.name}\` is named the same as one of the variants of the type \`${path}\``, p.name.span, `help: to match on the variant, qualify the path: \`${path}::${p.name.name}\``)
      .withNote('note', '`#[deny(bindings_with_variant_name)]` on by default');
  }

  /** Whether a program's free function named alone here is in scope: declared in this body's
   *  module or imported into it (one of a parent module is not, rustc's E0425). */
  private fnInScope(fn: FnDef): boolean {
    const caller = this.programFn();
    if (caller === null || fn.std || fn.owner.kind !== 'free') return true;
    return (fn.item.module ?? []).join('::') === (caller.item.module ?? []).join('::') || this.ctx.items.moduleScopes.imports(fn.name, caller.item.module);
  }

  /** Whether the trait's methods can be called from this body: the trait is in scope in its
   *  module. */
  private traitInScope(trait: TraitInfo): boolean {
    const fn = this.programFn();
    return fn === null || this.ctx.items.moduleScopes.inScope(trait.def.name, trait.def.std, trait.item.module, fn.item.module);
  }

  /** The program's function this body is (a closure's, the one it is written in); null for std's
   *  bodies and constants' initializers, which see every trait. */
  private programFn(): FnDef | null {
    let fn = this.fn;
    while (fn.closure) fn = fn.closure.parent;
    return isProgramCode(fn) && !fn.constant ? fn : null;
  }

  /** A method named `name` callable on exactly `ty` (after autoderef): inherent impls first,
   *  then traits implemented for the type (or bounding the type parameter). */
  private findMethod(ty: Ty, name: string, traitsOnly = false): { fn: FnDef; outerArgs: Ty[] } | null {
    if (traitsOnly) {
      // Only probing: is there a trait method of this name for the type?
      for (const trait of this.ctx.items.traits.values()) {
        const decl = trait.fns.get(name);
        if (decl?.item.selfParam && this.ctx.selectImpl(trait, ty, this.table, false)) return { fn: decl, outerArgs: [] };
      }
      return null;
    }
    for (const header of this.ctx.inherentImpls(ty)) {
      const fn = header.def.fns.get(name);
      if (!fn || !fn.item.selfParam) continue;
      const implArgs = new Map(header.generics.map((g) => [g, this.table.fresh()]));
      if (!this.table.probe(substitute(header.selfTy, implArgs), ty)) continue;
      this.table.unify(substitute(header.selfTy, implArgs), ty);
      return { fn, outerArgs: header.generics.map((g) => implArgs.get(g)!) };
    }
    if (ty.k === 'dyn') {
      const trait = this.ctx.items.traits.get(ty.trait.name)!;
      for (const t of [trait, ...this.supertraits(trait)]) {
        const decl = t.fns.get(name);
        if (decl?.item.selfParam) return { fn: decl, outerArgs: [ty, ...t.def.params.map(() => this.table.fresh())] };
      }
      return null;
    }
    for (const trait of this.ctx.items.traits.values()) {
      const decl = trait.fns.get(name);
      if (!decl || !decl.item.selfParam) continue;
      if (ty.k === 'param') {
        if (this.paramHasTrait(ty.name, trait)) return { fn: decl, outerArgs: [ty, ...this.paramTraitArgs(ty.name, trait)] };
        continue;
      }
      if (!this.traitInScope(trait)) {
        if (this.ctx.selectImpl(trait, ty, this.table, false)) this.hiddenTrait ??= trait;
        continue;
      }
      // On a literal of no known type yet (`3.add(4)`), every number's impl applies: none is
      // chosen until the literal's type is.
      if (this.ctx.selectImpl(trait, ty, this.table, ty.k !== 'var')) return { fn: decl, outerArgs: [ty, ...trait.def.params.map(() => this.table.fresh())] };
    }
    return null;
  }

  private inferStructLit(e: Expr & { kind: 'structLit' }, expected: Ty | null): Ty {
    const segments = e.path.segments;
    let ty: Ty & { k: 'adt' };
    let variant = 0;
    const last = segments[segments.length - 1]!;
    if (segments.length === 1) {
      const aliased = this.aliasedType(last.name, last.args.map((a) => this.ctx.lowerType(a, this.scope)), last.span);
      const adt = last.name === 'Self' ? (this.sig.selfTy && this.shallow(this.sig.selfTy)) : aliased && this.shallow(aliased);
      const def = adt && adt.k === 'adt' ? adt.def : this.ctx.items.adts.get(last.name);
      if (!def || def.kind !== 'struct') throw compileError('E0422', `cannot find struct, variant or union type \`${last.name}\` in this scope`, last.span, 'not found in this scope');
      ty = adt && adt.k === 'adt' ? adt : { k: 'adt', def, args: def.params.map(() => this.table.fresh()) };
    } else {
      const owner = this.shallow(this.typeOfPathSegment(segments[segments.length - 2]!, segments.length === 2));
      if (owner.k !== 'adt' || owner.def.kind !== 'enum') throw unsupported('this struct literal path', e.span);
      variant = owner.def.variants.findIndex((v) => v.name === last.name);
      if (variant < 0) throw compileError('E0599', `no variant named \`${last.name}\` found for enum \`${owner.def.name}\``, last.span);
      ty = owner;
    }
    if (expected) this.table.probe(ty, expected) && this.table.unify(ty, expected);
    const info = ty.def.variants[variant]!;
    const fieldTys = variantTys(ty, variant);
    const seen = new Set<string>();
    for (const f of e.fields) {
      const index = info.fields.findIndex((x) => x.name === f.name.name);
      if (index < 0) throw compileError('E0560', `${ty.def.kind === 'enum' ? 'variant' : 'struct'} \`${info.name}\` has no field named \`${f.name.name}\``, f.name.span, 'unknown field');
      if (!this.fieldVisible(ty.def, index)) throw compileError('E0451', `field \`${f.name.name}\` of struct \`${adtName(ty.def)}\` is private`, f.name.span, 'private field');
      if (seen.has(f.name.name)) throw compileError('E0062', `field \`${f.name.name}\` specified more than once`, f.name.span);
      seen.add(f.name.name);
      this.coerce(f.value, fieldTys[index]!);
    }
    if (e.base) this.coerce(e.base, ty);
    else {
      const missing = info.fields.filter((f) => !seen.has(f.name)).map((f) => `\`${f.name}\``);
      if (missing.length > 0) {
        const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
        throw compileError('E0063', `missing field${missing.length === 1 ? '' : 's'} ${list} in initializer of \`${info.name === ty.def.name ? ty.def.name : `${ty.def.name}::${info.name}`}\``, e.path.span);
      }
    }
    this.structLits.set(e.id, { ty, variant });
    return ty;
  }

  /** `e?` on a Result (or Option) in a function returning one: the value, or an early return of
   *  the error (converted by `From`, which is the identity here: other conversions are refused). */
  private inferTry(e: Expr & { kind: 'try' }): Ty {
    const operand = this.shallow(this.infer(e.operand));
    const ret = this.shallow(this.ret);
    if (operand.k !== 'adt' || !operand.def.std || (operand.def.name !== 'Result' && operand.def.name !== 'Option')) {
      if (operand.k === 'var') throw compileError('E0282', 'type annotations needed', e.operand.span);
      throw compileError('E0277', `the \`?\` operator can only be applied to values that implement \`Try\``, e.span, `the \`?\` operator cannot be applied to type \`${this.show(operand)}\``);
    }
    const fnName = this.fn.closure ? 'closure' : 'function';
    if (ret.k !== 'adt' || ret.def !== operand.def) {
      throw compileError('E0277', `the \`?\` operator can only be used in a ${fnName} that returns \`Result\` or \`Option\` (or another type that implements \`FromResidual\`)`, e.span, `cannot use the \`?\` operator in a ${fnName} that returns \`${this.show(ret)}\``);
    }
    if (operand.def.name === 'Result') {
      const [from, to] = [operand.args[1]!, ret.args[1]!];
      // The error converts with `From` when the types differ; decided once both are known.
      this.deferred.push(() => {
        const [f, t] = [this.table.deep(from), this.table.deep(to)];
        if (this.table.probe(f, t) && (f.k === 'var' || t.k === 'var' || showTy(f) === showTy(t))) {
          this.table.unify(f, t);
          return;
        }
        const convert = this.ctx.trait('From');
        if (!convert || !this.ctx.selectImpl(convert, t, this.table, false, [f])) {
          throw compileError('E0277', `\`?\` couldn't convert the error to \`${showTy(t)}\``, e.span, `the trait \`From<${showTy(f)}>\` is not implemented for \`${showTy(t)}\``);
        }
        this.errorConversions.set(e.id, { fn: convert.fns.get('from')!, args: [t, f] });
      });
    }
    return operand.args[0]!;
  }

  // ---- closures -------------------------------------------------------------------------------

  /** Closures passed where a parameter `F: Fn(A) -> R` is expected take that signature. */
  private expectClosures(args: readonly Expr[], sig: FnSig, subst: Map<string, Ty>, offset: number, site: Span): void {
    args.forEach((arg, i) => {
      const declared = sig.params[i + offset];
      const x = stripParens(arg);
      if (declared?.k !== 'param' || x.kind !== 'closure') return;
      const bound = sig.fnBounds.get(declared.name);
      if (!bound) return;
      this.closureSigs.set(x.id, { bound: { kind: bound.kind, params: bound.params.map((p) => substitute(p, subst)), ret: substitute(bound.ret, subst) }, site });
    });
  }

  /** A function item passed where `F: Fn(A) -> R` is expected (`or_insert_with(Vec::new)`):
   *  its signature meets the bound's, which fixes the item's own type arguments. */
  private fnItemArgs(args: readonly Expr[], sig: FnSig, subst: Map<string, Ty>, offset: number): void {
    args.forEach((arg, i) => {
      const declared = sig.params[i + offset];
      if (declared?.k !== 'param') return;
      const bound = sig.fnBounds.get(declared.name);
      const ty = this.shallow(this.exprTypes.get(arg.id) ?? UNIT);
      if (bound && ty.k === 'closure') return this.closureKindMeets(ty.def, bound.kind);
      if (bound) this.callableOrE0277(arg, ty, { ...bound, params: bound.params.map((p) => substitute(p, subst)) });
      if (!bound || (ty.k !== 'fnDef' && ty.k !== 'fnPtr')) return;
      const item = ty.k === 'fnDef' ? this.ctx.fnItemSig(ty) : ty;
      bound.params.forEach((p, j) => {
        if (item.params[j] && !this.table.unify(substitute(p, subst), item.params[j]!)) {
          throw compileError('E0631', 'type mismatch in function arguments', arg.span, 'expected due to this');
        }
      });
      this.table.unify(substitute(bound.ret, subst), item.ret);
    });
  }

  /** E0277: a value that no `Fn` trait is implemented for, passed where `F: Fn(..)` is expected.
   *  Types that may be callable (closures, functions, `Box<dyn Fn>`, parameters, unknowns) are
   *  left to the bound's other checks. `&F` is callable when `F: Fn` is: behind two references
   *  or more (`&&5`), rustc reports the type under them and the `Fn` it needs there; behind one
   *  (`&s`), the reference's type. */
  private callableOrE0277(arg: Expr, ty: Ty, bound: FnBound): void {
    let inner = ty;
    // rustc points under the argument's first `&`, if any.
    const outer = stripParens(arg);
    const at = outer.kind === 'ref' ? outer.operand : outer;
    const peeled = inner.k === 'ref' && this.shallow(inner.inner).k === 'ref';
    if (peeled) {
      while (inner.k === 'ref') inner = this.shallow(inner.inner);
    } else if (inner.k === 'ref') {
      inner = this.shallow(inner.inner);
    }
    const literal = inner.k === 'var' && (inner.kind === 'int' || inner.kind === 'float');
    const never = literal || ['int', 'float', 'bool', 'char', 'str', 'tuple', 'array', 'slice'].includes(inner.k) || (inner.k === 'adt' && inner.def.name !== 'Box');
    if (!never) return;
    const wanted = `${peeled ? 'Fn' : bound.kind}(${bound.params.map((p) => this.show(p)).join(', ')})`;
    const found = this.show(peeled ? inner : ty);
    throw compileError('E0277', `expected a \`${wanted}\` closure, found \`${found}\``, at.span, `expected an \`${wanted}\` closure, found \`${found}\``);
  }

  /** Whether `ty` is still the unknown type an `impl Trait` return stands for. */
  private isHiddenReturn(ty: Ty | null): boolean {
    if (ty?.k !== 'var' || this.sig.ret.k !== 'opaque') return false;
    const hidden = this.shallow(this.ret);
    return hidden.k === 'var' && hidden.id === ty.id;
  }

  private inferClosure(e: Expr & { kind: 'closure' }, expected: Ty | null): Ty {
    const exp = expected ? this.shallow(expected) : null;
    const fromBound = this.closureSigs.get(e.id);
    const wanted =
      fromBound?.bound ??
      (exp?.k === 'param' ? this.sig.fnBounds.get(exp.name) : exp?.k === 'fnPtr' || exp?.k === 'dynFn' ? exp : this.isHiddenReturn(exp) ? this.sig.retFnBound : undefined);
    if (wanted && wanted.params.length !== e.params.length) {
      throw compileError('E0593', `closure is expected to take ${wanted.params.length} argument${wanted.params.length === 1 ? '' : 's'}, but it takes ${e.params.length} argument${e.params.length === 1 ? '' : 's'}`, e.span);
    }
    const params = e.params.map((p, i) => {
      const declared = p.ty ? this.ctx.lowerType(p.ty, this.scope) : null;
      const ty = declared ?? wanted?.params[i] ?? this.table.fresh();
      if (declared && wanted?.params[i]) {
        if (fromBound && !this.table.unify(wanted.params[i]!, declared)) throw this.closureArgumentMismatch(e, fromBound);
        this.unifyOrMismatch(p.span, wanted.params[i]!, declared);
      }
      return ty;
    });
    const ret = e.ret ? this.ctx.lowerType(e.ret, this.scope) : (wanted?.ret ?? this.table.fresh());
    // A declared return type is the one the expected signature asks for (`|| -> i32 { .. }`
    // passed where `F: FnOnce() -> T` fixes `T`), as a declared parameter type is.
    if (e.ret && wanted?.ret) this.unifyOrMismatch(e.ret.span, wanted.ret, ret);
    const outer = new Set<number>();
    for (const scope of this.scopes) {
      for (const latest of scope.values()) for (let b: BindingPattern | undefined = latest; b !== undefined; b = this.shadowed.get(b)) outer.add(b.id);
    }
    if (this.selfBinding) outer.add(this.selfBinding.id);
    const savedRet = this.ret;
    const savedRetDeclared = this.retDeclared;
    const savedLoops = this.loops.splice(0);
    this.ret = ret;
    this.closureOuters.push(outer);
    this.retDeclared = null;
    const bodyTy = this.withScope(() => {
      e.params.forEach((p, i) => this.checkPattern(p.pattern, params[i]!, 'irrefutable'));
      return this.infer(e.body, ret);
    });
    this.closureOuters.pop();
    this.coerceTy(e.body, bodyTy, ret);
    const retRoot = this.shallow(ret);
    if (this.shallow(bodyTy).k === 'never' && retRoot.k === 'var' && retRoot.kind === 'general') this.table.markDiverging(retRoot);
    this.ret = savedRet;
    this.retDeclared = savedRetDeclared;
    this.loops.push(...savedLoops);
    const fn: FnDef = { id: -1000 - this.nextClosure++ - this.fn.id * 1000, name: '{closure}', item: this.fn.item, owner: this.fn.owner, std: this.fn.std, closure: { expr: e, parent: this.fn } };
    const def: ClosureDef = { id: fn.id, span: e.span, fn, captures: [], kind: 'Fn', mutation: null };
    const captureTys = this.captures(e, outer, def, wanted && 'kind' in wanted ? wanted.kind : null);
    const ty: Ty = { k: 'closure', def, args: this.sig.generics.map((name) => ({ k: 'param', name })), captures: captureTys, sig: { params, ret } };
    this.closures.set(e.id, def);
    return ty;
  }

  /** E0631: a closure whose declared parameter types are not those of the bound it is passed to. */
  private closureArgumentMismatch(e: Expr & { kind: 'closure' }, wanted: { readonly bound: FnBound; readonly site: Span }): Diagnostic {
    const found = e.params.map((p, i) => (p.ty ? this.show(this.ctx.lowerType(p.ty, this.scope)) : this.show(wanted.bound.params[i]!)));
    // The closure's head, `|x: &String|`: up to the `|` after its last parameter.
    const last = e.params[e.params.length - 1]!.span;
    const head: Span = { ...e.span, end: last.end + 1, endLine: last.endLine, endCol: last.endCol + 1 };
    return compileError('E0631', 'type mismatch in closure arguments', wanted.site, 'expected due to this')
      .withLabel(head, 'found signature defined here')
      .withNote('note', `expected closure signature \`fn(${wanted.bound.params.map((p) => this.show(p)).join(', ')}) -> _\`\n   found closure signature \`fn(${found.join(', ')}) -> _\``);
  }

  /**
   * What the closure captures, and how (rustc's capture inference, edition 2021): each place it
   * uses (a variable, or a path of fields of one) is moved if used by value and not `Copy` (or in
   * a `move` closure), borrowed mutably if assigned or mutably borrowed (or written through when
   * it is a `&mut`: rustc's unique borrow), else borrowed. A place whose ancestor is captured is
   * covered by it. Also decides the kind, the one place for that rule: `FnOnce` if it moves out
   * of a capture, `FnMut` if it mutates one, else `Fn` (`move` or not). `expectedKind` comes from
   * the bound the closure is passed to: one that must be `Fn` cannot mutate what it captures
   * (E0594, E0596), one called more than once cannot move out (E0507).
   */
  private captures(e: Expr & { kind: 'closure' }, outer: ReadonlySet<number>, def: ClosureDef, expectedKind: FnBound['kind'] | null = null): Ty[] {
    interface Capture {
      binding: BindingPattern;
      fields: number[];
      names: string[];
      ty: Ty;
      mode: 'value' | 'ref' | 'refMut';
      span: Span;
    }
    const found: Capture[] = [];
    let movesOut = false;
    let assigning = false;
    /** The `*x` being walked, if any: where a write through `x` is written. */
    let derefSite: Span | null = null;
    const rank = { ref: 0, refMut: 1, value: 2 } as const;
    /** The captured place an expression denotes: a variable and the fields below it, cut at a
     *  dereference or an index (those capture their base). */
    const placePath = (x: Expr): { binding: BindingPattern; fields: number[]; names: string[] } | null => {
      const p = stripParens(x);
      if (p.kind === 'path') {
        const r = this.paths.get(p.id);
        return r?.kind === 'local' && outer.has(r.binding.id) ? { binding: r.binding, fields: [], names: [] } : null;
      }
      if (p.kind === 'field') {
        const base = placePath(p.base);
        if (!base) return null;
        const access = this.fields.get(p.id);
        if (!access || access.derefs > 0 || base.fields.length < base.names.length) return { ...base, names: [...base.names, '*'] };
        return { binding: base.binding, fields: [...base.fields, access.index], names: [...base.names, p.name] };
      }
      if (p.kind === 'index') {
        const base = placePath(p.base);
        return base ? { ...base, names: [...base.names, '*'] } : null;
      }
      return null;
    };
    /** `mutateThrough`: written through (the place is a `&mut`, which stays where it is). */
    type Use = 'read' | 'mutate' | 'mutateThrough' | 'move';
    const note = (x: Expr, use: Use) => {
      const part = patternPart;
      patternPart = null;
      const path = placePath(x);
      if (!path) return;
      if ((use === 'mutate' || use === 'mutateThrough') && !def.mutation) {
        def.mutation = use === 'mutateThrough' ? { name: `*${prettyPlace(x)}`, span: derefSite ?? x.span } : { name: prettyPlace(x), span: x.span };
      }
      if (expectedKind === 'Fn' && use !== 'read' && use !== 'move' && this.mutability) {
        throw captureMutationError(use === 'mutateThrough' ? `*${prettyPlace(x)}` : prettyPlace(x), x.span, assigning);
      }
      // A path cut short (through a deref or index) captures only the part before the cut.
      const cut = path.names.indexOf('*');
      const fields = cut >= 0 ? path.fields.slice(0, cut) : path.fields;
      const whole = cut < 0;
      const placeTy = whole ? this.table.deep(this.exprTypes.get(stripParens(x).id) ?? this.bindingTypes.get(path.binding.id)!) : this.fieldPathTy(path.binding, fields);
      let mode: 'value' | 'ref' | 'refMut' = use === 'mutate' || use === 'mutateThrough' ? 'refMut' : use === 'move' && whole && !this.ctx.isCopy(placeTy) ? 'value' : 'ref';
      if (mode === 'value') movesOut = true;
      // The bound the closure is passed to fixes its kind: one called more than once cannot give
      // away what it captured (rustc's borrow checker says so).
      if (mode === 'value' && (expectedKind === 'Fn' || expectedKind === 'FnMut') && this.mutability) {
        const name = [path.binding.name.name, ...path.names].join('.');
        const headline = part ? `cannot move out of \`${name}${part}\`, as \`${name}\` is a captured variable` : `cannot move out of \`${name}\`, a captured variable`;
        throw compileError('E0507', `${headline} in an \`${expectedKind}\` closure`, x.span, 'move occurs here');
      }
      if (e.isMove) mode = 'value';
      // A field cannot be moved out of a value whose type implements Drop: a capture by value
      // of a (non-Copy) path through one takes that whole value (RFC 2229).
      if (mode === 'value' && !this.ctx.isCopy(placeTy)) {
        const cutAt = fields.findIndex((_, k) => this.ctx.hasDropImpl(this.fieldPathTy(path.binding, fields.slice(0, k))));
        if (cutAt >= 0) {
          const kept = fields.slice(0, cutAt);
          found.push({ binding: path.binding, fields: kept, names: path.names.slice(0, cutAt), ty: this.fieldPathTy(path.binding, kept), mode, span: x.span });
          return;
        }
      }
      found.push({ binding: path.binding, fields, names: path.names.slice(0, fields.length), ty: placeTy, mode, span: x.span });
    };
    /** A mutable use through `derefs` dereferences of `x` (`*x = ..`, `x.push(..)` autoderefed):
     *  through a `&mut`, a unique borrow of it; through a `Box` or an overloaded `DerefMut`, a
     *  mutable use of `x` itself; through `&` or a raw pointer, a read of it. */
    const mutateThroughDeref = (x: Expr): Use => {
      const t = this.shallow(this.exprTypes.get(stripParens(x).id) ?? UNIT);
      if (t.k === 'ref') return t.mutable ? 'mutateThrough' : 'read';
      return t.k === 'ptr' ? 'read' : 'mutate';
    };
    /** How patterns use the value they match: moved if one binds a non-`Copy` part by value,
     *  mutated if one binds by `ref mut` (through a `&mut` scrutinee, a unique borrow of it), else
     *  read (a discriminant, a `ref` binding, a `Copy` part). */
    const bindsByValue = (b: BindingPattern) => (this.bindingModes.get(b.id) ?? 'move') === 'move' && !this.ctx.isCopy(this.table.deep(this.bindingTypes.get(b.id) ?? UNIT));
    /** The part of the matched value the first by-value binding moves (`.0`, `.name`; `` for
     *  the whole), as rustc names a move out of a capture through a pattern. */
    const movedPart = (p: Pattern): string | null => {
      const first = (parts: readonly [string, Pattern][]) => {
        for (const [name, q] of parts) {
          const part = movedPart(q);
          if (part !== null) return `${name}${part}`;
        }
        return null;
      };
      switch (p.kind) {
        case 'binding':
          return bindsByValue(p) ? '' : p.subpattern ? movedPart(p.subpattern) : null;
        case 'tuple':
        case 'tupleStruct':
          return p.elems.some((q) => q.kind === 'rest') ? null : first(p.elems.map((q, i) => [`.${i}`, q]));
        case 'struct':
          return first(p.fields.map((f) => [`.${f.name.name}`, f.pattern]));
        case 'or':
          return movedPart(p.alts[0]!);
        default:
          return null;
      }
    };
    /** The part a pattern walked now moves out of its value (see `note`). */
    let patternPart: string | null = null;
    const patternUse = (value: Expr, patterns: readonly Pattern[]): Use => {
      let moves = false;
      let mutates = false;
      for (const p of patterns) {
        collectBindings(p, (b) => {
          if (bindsByValue(b)) moves = true;
          else if (this.bindingModes.get(b.id) === 'refMut') mutates = true;
        });
      }
      if (moves) patternPart = patterns.map(movedPart).find((part) => part !== null) ?? null;
      if (moves || !mutates) return moves ? 'move' : 'read';
      return this.shallow(this.exprTypes.get(stripParens(value).id) ?? UNIT).k === 'ref' ? mutateThroughDeref(value) : 'mutate';
    };
    const walk = (x: Expr, use: Use): void => {
      switch (x.kind) {
        case 'path':
          return note(x, use);
        case 'paren':
          return walk(x.inner, use);
        case 'field':
        case 'index': {
          const ty = this.table.deep(this.exprTypes.get(x.id) ?? UNIT);
          note(x, use === 'move' && this.ctx.isCopy(ty) ? 'read' : use);
          if (x.kind === 'index') walk(x.index, 'move');
          let base: Expr = x;
          while (stripParens(base).kind === 'field' || stripParens(base).kind === 'index') {
            const b = stripParens(base) as Expr & { kind: 'field' | 'index' };
            if (b.kind === 'index') walk(b.index, 'move');
            base = b.base;
          }
          if (!placePath(base)) walk(base, use === 'mutate' ? 'mutate' : 'read');
          return;
        }
        case 'assign':
        case 'compoundAssign': {
          assigning = true;
          walk(x.target, 'mutate');
          assigning = false;
          return walk(x.value, 'move');
        }
        case 'ref':
          return walk(x.operand, x.mutable ? 'mutate' : 'read');
        case 'unary':
          if (x.op !== '*') return walk(x.operand, 'move');
          derefSite = x.span;
          // Moving out of `*b` moves out of the `Box` itself.
          const movesBox = use === 'move' && this.shallow(this.exprTypes.get(stripParens(x.operand).id) ?? UNIT).k === 'box' && !this.ctx.isCopy(this.table.deep(this.exprTypes.get(x.id) ?? UNIT));
          walk(x.operand, use === 'mutate' ? mutateThroughDeref(x.operand) : movesBox ? 'move' : 'read');
          derefSite = null;
          return;
        case 'methodCall': {
          const m = this.methods.get(x.id);
          const recvUse: Use = !m ? 'read' : m.receiver.autoref === 'refMut' ? (m.receiver.derefs === 0 ? 'mutate' : mutateThroughDeref(x.receiver)) : m.receiver.derefs === 0 && m.receiver.autoref === null ? 'move' : 'read';
          walk(x.receiver, recvUse);
          return x.args.forEach((a) => walk(a, 'move'));
        }
        case 'call': {
          // Calling a captured closure uses it as its kind says: `Fn` reads, `FnMut` mutates,
          // `FnOnce` consumes it.
          // Through a reference or a `Box`, the pointer is used: a call through `&mut` uniquely
          // borrows it, through `&` reads it.
          const callee = stripParens(x.callee);
          const t = this.shallow(this.exprTypes.get(callee.id) ?? UNIT);
          const pointee = t.k === 'ref' || t.k === 'box' ? this.shallow(t.inner) : t;
          const kind = pointee.k === 'closure' ? pointee.def.kind : pointee.k === 'param' ? this.sig.fnBounds.get(pointee.name)?.kind : pointee.k === 'dynFn' ? pointee.kind : undefined;
          const calleeUse: Use = kind === 'Fn' ? 'read' : kind === 'FnMut' ? (t.k === 'ref' ? (t.mutable ? 'mutateThrough' : 'read') : 'mutate') : kind === 'FnOnce' && t.k !== 'ref' ? 'move' : kind ? 'read' : 'move';
          walk(x.callee, calleeUse);
          return x.args.forEach((a) => walk(a, 'move'));
        }
        case 'macro':
          x.args.forEach((a) => walk(a, 'read'));
          x.format?.positional.forEach((a) => walk(a, 'read'));
          x.format?.named.forEach((n) => walk(n.value, 'read'));
          return;
        case 'binary': {
          // Comparisons take their operands by reference; the other operators by value.
          const operandUse: Use = COMPARISONS.has(x.op) ? 'read' : 'move';
          walk(x.left, operandUse);
          return walk(x.right, operandUse);
        }
        case 'closure':
          return walk(x.body, 'move');
        default:
          forEachChild(x, (child, patterns) => {
            walk(child, patterns ? patternUse(child, patterns) : 'move');
            patternPart = null;
          });
      }
    };
    walk(e.body, 'move');
    // Keep ancestors only: a captured place covers the places below it.
    const isPrefix = (a: Capture, b: Capture) => a.binding.id === b.binding.id && a.fields.length <= b.fields.length && a.fields.every((f, i) => b.fields[i] === f);
    const kept: Capture[] = [];
    for (const c of found.sort((a, b) => a.fields.length - b.fields.length)) {
      const ancestor = kept.find((k) => isPrefix(k, c));
      if (ancestor) {
        if (rank[c.mode] > rank[ancestor.mode]) ancestor.mode = c.mode;
      } else kept.push(c);
    }
    // Captures are laid out in order of first use, as rustc does.
    const order = (c: Capture) => found.findIndex((f) => isPrefix(c, f));
    kept.sort((a, b) => order(a) - order(b));
    def.captures.push(...kept.map((c) => ({ name: [c.binding.name.name, ...c.names].join('.'), binding: c.binding.id, declared: c.binding, fields: c.fields, mode: c.mode, span: c.span })));
    def.kind = movesOut ? 'FnOnce' : def.mutation ? 'FnMut' : 'Fn';
    return kept.map((c) => (c.mode === 'value' ? c.ty : refTy(c.ty, c.mode === 'refMut')));
  }

  private fieldPathTy(binding: BindingPattern, fields: readonly number[]): Ty {
    let ty = this.table.deep(this.bindingTypes.get(binding.id)!);
    for (const f of fields) {
      if (ty.k === 'tuple') ty = ty.elems[f]!;
      else if (ty.k === 'adt') ty = variantTys(ty, 0)[f]!;
    }
    return ty;
  }

  /** `f(x)` where `f` is a closure, or a parameter with an `Fn` bound. */
  /** The `dyn Fn(..)` behind boxes and references (`Box<dyn Fn(i32) -> i32>`, `&Box<dyn FnMut()>`). */
  private callableObject(ty: Ty): (Ty & { k: 'dynFn' }) | null {
    let t = this.shallow(ty);
    while (t.k === 'ref' || t.k === 'box') t = this.shallow(t.inner);
    return t.k === 'dynFn' ? t : null;
  }

  private callClosureValue(e: Expr & { kind: 'call' }, calleeTy: Ty, binding: BindingPattern | null, expected: Ty | null): Ty {
    const ty = this.shallow(calleeTy);
    let sig: { params: readonly Ty[]; ret: Ty };
    let kind: 'Fn' | 'FnMut' | 'FnOnce';
    if (ty.k === 'closure') {
      sig = ty.sig;
      kind = ty.def.kind;
    } else if (ty.k === 'fnDef') {
      sig = this.fnDefSig(ty);
      kind = 'Fn';
    } else if (ty.k === 'param' && this.sig.fnBounds.has(ty.name)) {
      const bound = this.sig.fnBounds.get(ty.name)!;
      sig = bound;
      kind = bound.kind;
    } else if (ty.k === 'ref' && this.shallow(ty.inner).k === 'closure') {
      const inner = this.shallow(ty.inner) as Ty & { k: 'closure' };
      sig = inner.sig;
      kind = inner.def.kind;
    } else if (ty.k === 'fnPtr' || (ty.k === 'ref' && this.shallow(ty.inner).k === 'fnPtr')) {
      sig = (ty.k === 'fnPtr' ? ty : this.shallow((ty as Ty & { k: 'ref' }).inner)) as Ty & { k: 'fnPtr' };
      kind = 'Fn';
    } else if (this.callableObject(ty)) {
      const object = this.callableObject(ty)!;
      sig = object;
      kind = object.kind;
    } else {
      throw compileError('E0618', `expected function, found \`${this.show(ty)}\``, e.callee.span);
    }
    if (this.mutability && binding && kind === 'FnMut' && !binding.mutable && ty.k !== 'ref') this.immutableClosureCall(binding, ty, e.callee.span);
    this.argCount(e, sig.params.length, e.callee.span, 'closure');
    if (expected) this.table.probe(sig.ret, expected) && this.table.unify(sig.ret, expected);
    e.args.forEach((arg, i) => this.coerce(arg, sig.params[i]!));
    return sig.ret;
  }

  /** E0596: an `FnMut` closure called through a binding not declared `mut`. */
  private immutableClosureCall(binding: BindingPattern, ty: Ty, call: Span): void {
    const mutation = ty.k === 'closure' ? ty.def.mutation : null;
    this.immutableBorrow(binding, call, (error) => {
      if (!mutation || ty.k !== 'closure') return;
      const why = ty.def.fn.closure?.expr.isMove ? 'possible mutation of' : 'mutable borrow of';
      error.withLabel(mutation.span, `calling \`${binding.name.name}\` requires mutable binding due to ${why} \`${mutation.name}\``);
    });
  }

  /** E0596: a mutable borrow (`&mut x`, a `&mut self` method, an `FnMut` call) of a binding not
   *  declared `mut`. One borrow is the error's place; several in the body that declares it are
   *  labelled, the binding ("not mutable") being the place, as rustc's borrow checker reports
   *  them once per local. */
  private immutableBorrow(binding: BindingPattern, borrow: Span, label: (error: Diagnostic) => void = () => undefined): void {
    // Inside a closure that captures the binding, each borrow is an error of its own.
    const captured = this.closureOuters.at(-1)?.has(binding.id) ?? false;
    const previous = captured ? undefined : this.immutableBorrows.get(binding.id);
    const calls = [...(previous?.calls ?? []), borrow];
    const headline = `cannot borrow \`${binding.name.name}\` as mutable, as it is not declared as mutable`;
    const error = calls.length === 1 ? compileError('E0596', headline, borrow, 'cannot borrow as mutable') : compileError('E0596', headline, binding.name.span, 'not mutable');
    if (calls.length > 1) for (const at of calls) error.withLabel(at, 'cannot borrow as mutable');
    label(error);
    withMutSuggestion(error, binding, 'consider changing this to be mutable');
    if (previous) this.borrowErrors[previous.error] = error;
    else this.borrowErrors.push(error);
    if (!captured) this.immutableBorrows.set(binding.id, { error: previous?.error ?? this.borrowErrors.length - 1, calls });
  }

  // ---- macros -------------------------------------------------------------------------------

  private stdAdt(name: string, args: Ty[]): Ty & { k: 'adt' } {
    const def = this.ctx.items.adts.get(name);
    if (!def) throw new Error(`the prelude has no ${name}`);
    return { k: 'adt', def, args };
  }

  private inferMacro(e: Expr & { kind: 'macro' }, expected: Ty | null): Ty {
    switch (e.name) {
      case 'assert':
      case 'debug_assert':
        this.coerce(e.args[0]!, BOOL);
        break;
      case 'assert_eq':
      case 'assert_ne':
      case 'debug_assert_eq':
      case 'debug_assert_ne': {
        const l = this.infer(e.args[0]!);
        const r = this.infer(e.args[1]!, l);
        // The macro compares `*left_val == *right_val`, so std's cross-type impls apply.
        if (!this.table.probe(l, r) && this.crossTypeEq(l, r, e.span)) this.crossEq.add(e.id);
        else {
          if (!this.table.probe(l, r)) this.requireSequenceImpl(l, r, e.span);
          this.unifyOrMismatch(e.args[1]!.span, l, r);
        }
        // The macro compares `&left` and `&right`.
        for (const arg of e.args.slice(0, 2)) this.forbidStaticMutRef(arg, false, arg.span);
        this.deferred.push(() => this.requireFormattable(this.table.deep(l), '?', e.args[0]!.span));
        this.deferred.push(() => this.requireFormattable(this.table.deep(r), '?', e.args[1]!.span));
        break;
      }
      case 'matches': {
        const scrutinee = this.infer(e.args[0]!);
        this.withScope(() => {
          this.checkPattern(e.pattern!, scrutinee, 'refutable');
          if (e.guard) this.coerce(e.guard, BOOL);
        });
        return BOOL;
      }
      case 'dbg': {
        const tys = e.args.map((arg) => this.infer(arg));
        e.args.forEach((arg, i) => this.deferred.push(() => this.requireFormattable(this.table.deep(tys[i]!), '?', arg.span)));
        return tys.length === 0 ? UNIT : tys.length === 1 ? tys[0]! : { k: 'tuple', elems: tys };
      }
      case 'format':
        if (e.format) this.inferFormat(e.format);
        return this.stdAdt('String', []);
      case 'write':
      case 'writeln': {
        const dest = this.infer(e.args[0]!);
        let base = this.table.deep(dest);
        while (base.k === 'ref') base = base.inner;
        if (base.k !== 'adt' || !base.def.std || (base.def.name !== 'Formatter' && base.def.name !== 'String')) {
          throw unsupported(`\`${e.name}!\` to a \`${this.show(dest)}\``, e.args[0]!.span);
        }
        const caller = this.programFn();
        if (base.def.name === 'String' && caller && !this.ctx.items.moduleScopes.stdTraitInScope('fmt::Write', caller.item.module)) {
          throw compileError('E0599', `cannot write into \`${this.show(dest)}\``, e.args[0]!.span, '')
            .withNote('note', 'must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method', e.args[0]!.span)
            .withNote('help', 'items from traits can only be used if the trait is in scope')
            .withNote('help', 'trait `Write` which provides `write_fmt` is implemented but not in scope; perhaps you want to import it: `use std::fmt::Write;`');
        }
        if (base.def.name === 'String' && this.table.deep(dest).k !== 'ref') this.borrowChecked(() => this.requireMutablePlace(e.args[0]!));
        if (e.format) this.inferFormat(e.format);
        return this.stdAdt('Result', [UNIT, this.stdAdt('Error', [])]);
      }
      case 'vec': {
        const exp = expected ? this.shallow(expected) : null;
        const elem = exp?.k === 'adt' && exp.def.name === 'Vec' ? exp.args[0]! : this.table.fresh();
        if (e.repeat) {
          this.coerce(e.args[0]!, elem);
          this.coerce(e.args[1]!, USIZE);
          this.deferred.push(() => {
            const t = this.table.deep(elem);
            if (!this.ctx.implements('Clone', t)) throw compileError('E0277', `the trait bound \`${showTy(t)}: Clone\` is not satisfied`, e.args[0]!.span);
          });
        } else for (const arg of e.args) this.coerce(arg, elem);
        return this.stdAdt('Vec', [elem]);
      }
      default:
        break;
    }
    if (e.format) this.inferFormat(e.format);
    const diverges = e.name === 'panic' || e.name === 'unreachable' || e.name === 'todo' || e.name === 'unimplemented';
    return diverges ? NEVER : UNIT;
  }

  private inferFormat(format: FormatArgs): void {
    const positional = format.positional.map((arg) => this.infer(arg));
    const named = new Map(format.named.map((n) => [n.name, this.infer(n.value)]));
    // `format_args!` borrows its arguments.
    for (const arg of [...format.positional, ...format.named.map((n) => n.value)]) this.forbidStaticMutRef(arg, false, arg.span);
    let next = 0;
    for (const piece of format.pieces) {
      if (piece.kind !== 'arg') continue;
      const spec = piece.spec;
      const countTy = (count: FormatSpec['width']) => {
        if (count?.kind !== 'arg') return;
        const ty = count.arg.kind === 'name' ? named.get(count.arg.name) : positional[count.arg.kind === 'index' ? count.arg.index : next++];
        if (ty && !this.table.unify(ty, USIZE)) throw mismatch(format.span, 'usize', this.show(ty));
      };
      countTy(spec.width);
      countTy(spec.precision);
      const ty = piece.arg.kind === 'name' ? named.get(piece.arg.name) : positional[piece.arg.kind === 'index' ? piece.arg.index : next++];
      if (!ty) throw compileError(undefined, 'invalid reference to a format argument', format.span);
      this.deferred.push(() => this.requireFormattable(this.table.deep(ty), spec.trait, format.span));
    }
  }

  private requireFormattable(ty: Ty, trait: FormatSpec['trait'], span: Span): void {
    if (containsGeneralVar(ty)) {
      this.ambiguousFormats.push(span);
      return;
    }
    let base = ty;
    while (base.k === 'ref' || base.k === 'box') base = base.inner;
    const traitName = { '': 'std::fmt::Display', '?': 'Debug', x: 'LowerHex', X: 'UpperHex', o: 'Octal', b: 'Binary', e: 'LowerExp', E: 'UpperExp', p: 'std::fmt::Pointer' }[trait];
    let ok: boolean;
    // `Pointer` is implemented by references, raw pointers, boxes and function pointers, and by
    // std's smart pointers, whose address is their value's inside the shared block.
    if (trait === 'p' && ty.k === 'adt' && ty.def.std && ['Rc', 'Arc', 'Weak'].includes(ty.def.name)) throw unsupported(`\`{:p}\` of \`${ty.def.name}\``, span);
    if (trait === 'p') ok = ty.k === 'ref' || ty.k === 'ptr' || ty.k === 'box' || ty.k === 'fnPtr';
    else if (trait === '?') ok = this.ctx.implements('Debug', base) || this.hasUserImpl('Debug', base);
    else if (trait === '') ok = this.displayable(base);
    else if (trait === 'e' || trait === 'E') ok = base.k === 'int' || base.k === 'float';
    else ok = base.k === 'int';
    if (!ok) {
      const impl = (trait === '' || trait === '?') && base.k === 'adt' ? this.ctx.nativeImpl(trait === '' ? 'Display' : 'Debug', base) : undefined;
      const unmet = impl && base.k === 'adt' ? this.ctx.unmetNativeBound(impl, base) : null;
      if (unmet) throw compileError('E0277', `\`${showTy(unmet.ty)}\` doesn't implement \`${unmet.trait === 'Display' ? 'std::fmt::Display' : unmet.trait}\``, span);
      if (trait === '') throw compileError('E0277', `\`${showTy(ty)}\` doesn't implement \`${traitName}\``, span);
      if (trait === '?') throw compileError('E0277', `\`${showTy(ty)}\` doesn't implement \`${traitName}\``, span);
      throw compileError('E0277', `the trait bound \`${showTy(trait === 'p' ? ty : base)}: ${traitName}\` is not satisfied`, span);
    }
  }

  private displayable(ty: Ty): boolean {
    const t = this.table.deep(ty);
    if (t.k === 'var' && t.kind !== 'general') return true;
    return t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || t.k === 'str' || this.hasUserImpl('Display', t) || (t.k === 'adt' && t.def.std && t.def.name === 'String');
  }

  private hasUserImpl(trait: 'Display' | 'Debug', ty: Ty): boolean {
    if (ty.k === 'param') return this.boundNames(ty.name).includes(trait);
    if (this.ctx.assumedTraits?.(ty).includes(trait)) return true;
    return (ty.k === 'adt' || ty.k === 'dyn') && this.ctx.implements(trait, ty);
  }

  /** Names of every bound on a parameter, including std traits the prelude doesn't define. */
  private boundNames(param: string): string[] {
    return this.ctx.boundNames(this.fn, param);
  }

  // ---- blocks and control flow --------------------------------------------------------------

  private inferBlock(b: Block, expected: Ty | null): Ty {
    return this.withScope(() => {
      let diverges = false;
      for (const s of b.stmts) if (this.inferStmt(s)) diverges = true;
      if (b.tail) {
        const t = this.infer(b.tail, expected);
        return diverges && isUnit(this.table.deep(t)) ? NEVER : t;
      }
      return diverges ? NEVER : UNIT;
    });
  }

  /** Returns whether the statement diverges. */
  private inferStmt(s: Stmt): boolean {
    switch (s.kind) {
      case 'let': {
        const declared = s.ty ? this.ctx.lowerType(s.ty, this.scope) : null;
        let ty: Ty;
        if (s.init && declared) ty = this.coerceToAnnotation(s.init, declared, s.ty!.span);
        else if (s.init) ty = this.infer(s.init);
        else ty = declared ?? this.table.fresh();
        const diverges = s.init !== null && this.shallow(this.exprTypes.get(s.init.id)!).k === 'never';
        if (s.elseBlock) {
          const elseTy = this.inferBlock(s.elseBlock, null);
          if (this.shallow(elseTy).k !== 'never') {
            throw compileError('E0308', '`else` clause of `let...else` does not diverge', s.elseBlock.span, 'expected `!`, found `()`');
          }
        }
        // rustc gives a binding initialised by a diverging expression the fallback type `()`.
        this.checkPattern(s.pattern, diverges && !declared ? UNIT : ty, s.elseBlock ? 'refutable' : 'irrefutable');
        return diverges;
      }
      case 'expr': {
        const ty = this.infer(s.expr, s.semi ? null : UNIT);
        const t = this.shallow(ty);
        if (!s.semi && t.k !== 'never') this.unifyOrMismatch(s.expr.span, UNIT, ty);
        return t.k === 'never';
      }
    }
  }

  private inferIf(e: Expr & { kind: 'if' }, expected: Ty | null): Ty {
    return this.withScope(() => {
      this.inferCondition(e.cond);
      let thenTy = this.inferBlock(e.then, expected);
      if (!e.else) {
        this.scopes.pop();
        this.scopes.push(new Map());
        this.unifyOrMismatch(e.then.tail?.span ?? e.then.span, UNIT, thenTy);
        return UNIT;
      }
      // The else branch doesn't see the condition's bindings.
      const saved = this.scopes.pop()!;
      const elseTy = this.branchCoercion(e.else, this.infer(e.else, expected), expected);
      this.scopes.push(saved);
      if (e.then.tail) thenTy = this.branchCoercion(e.then.tail, thenTy, expected);
      if (this.shallow(thenTy).k === 'never') return elseTy;
      if (this.shallow(elseTy).k === 'never') return thenTy;
      if (!this.table.unify(thenTy, elseTy)) {
        // rustc points at the values the branches end with, where they are blocks' tails.
        const elseTail = e.else.kind === 'block' ? e.else.block.tail : null;
        const error = compileError('E0308', '`if` and `else` have incompatible types', elseTail?.span ?? e.else.span, `expected ${sortString(this.show(thenTy))}, found ${sortString(this.show(elseTy))}`);
        if (elseTail && e.then.tail) error.withLabel(e.then.tail.span, 'expected because of this');
        throw error;
      }
      return thenTy;
    });
  }

  /** The branches of an `if` or `match` whose value is expected as a `Box<dyn Trait>` or
   *  `&dyn Trait` are coercion sites, each on its own (rustc's `CoerceMany`): `Box<A>` and
   *  `Box<B>` both become the expected type. */
  private branchCoercion(branch: Expr, ty: Ty, expected: Ty | null): Ty {
    if (!expected) return ty;
    const x = this.shallow(expected);
    const t = this.shallow(ty);
    const toFnPtr = x.k === 'fnPtr' && (t.k === 'fnDef' || t.k === 'closure');
    const isObject = (inner: Ty) => inner.k === 'dyn' || inner.k === 'dynFn';
    const toDyn = (x.k === 'box' || x.k === 'ref') && isObject(this.shallow(x.inner)) && t.k === x.k && !isObject(this.shallow(t.inner));
    if (!toFnPtr && !toDyn) return ty;
    this.coerceTy(branch, ty, expected);
    return expected;
  }

  /** A condition of `if`/`while`: a bool expression, a `let` pattern, or a `&&` chain of them;
   *  `let` bindings go into the current scope. */
  private inferCondition(cond: Expr): void {
    const c = stripParens(cond);
    if (c.kind === 'let') {
      const ty = this.infer(c.value);
      this.checkPattern(c.pattern, ty, 'refutable');
      this.record(c, BOOL);
      return;
    }
    if (c.kind === 'binary' && c.op === '&&' && containsLet(c)) {
      this.inferCondition(c.left);
      this.inferCondition(c.right);
      this.record(c, BOOL);
      return;
    }
    this.coerce(cond, BOOL);
  }

  private inferMatch(e: Expr & { kind: 'match' }, expected: Ty | null): Ty {
    const scrutinee = this.infer(e.scrutinee);
    let result: Ty | null = null;
    for (const arm of e.arms) {
      const armTy = this.withScope(() => {
        this.checkPattern(arm.pattern, scrutinee, 'refutable');
        if (arm.guard) this.inferCondition(arm.guard);
        return this.branchCoercion(arm.body, this.infer(arm.body, result ?? expected), result ?? expected);
      });
      if (this.shallow(armTy).k === 'never') continue;
      if (result === null) result = armTy;
      else if (!this.table.unify(result, armTy)) {
        throw compileError('E0308', '`match` arms have incompatible types', arm.body.span, `expected ${sortString(this.show(result))}, found ${sortString(this.show(armTy))}`);
      }
    }
    this.deferred.push(() => checkExhaustive(this.ctx, this.table.deep(scrutinee), e, this.patternPaths, this.patterns));
    return result ?? NEVER;
  }

  private inferFor(e: Expr & { kind: 'for' }): Ty {
    const range = stripParens(e.iter);
    let elem: Ty;
    if (range.kind === 'range' && range.start && range.end) {
      elem = this.infer(range.start);
      this.unifyOrMismatch(range.end.span, elem, this.infer(range.end, elem));
      if (this.shallow(elem).k === 'char') {
        // A range of chars steps through core's `Step for char`, like any other iterator.
        const ty = this.stdAdt(range.inclusive ? 'RangeInclusive' : 'Range', [elem]);
        this.record(range, ty);
        if (e.iter !== range) this.record(e.iter, ty);
        elem = this.iteratorItem(e.iter, ty);
      } else {
        this.expectInt(range, elem);
        this.record(range, elem);
      }
    } else {
      elem = this.iteratorItem(e.iter, this.infer(e.iter));
    }
    this.withScope(() => {
      this.checkPattern(e.pattern, elem, 'irrefutable');
      this.withLoop({ kind: 'for', label: e.label, breakTy: null, broken: false }, () => this.unifyOrMismatch(e.body.span, UNIT, this.inferBlock(e.body, UNIT)));
    });
    return UNIT;
  }

  /** `for x in e`: the type of `x`, from `<<E as IntoIterator>::IntoIter as Iterator>::Item`. */
  private iteratorItem(iter: Expr, ty: Ty): Ty {
    const into = this.ctx.trait('IntoIterator');
    const iterator = this.ctx.trait('Iterator');
    if (!into || !iterator) throw unsupported('iterators', iter.span);
    this.settlePending();
    let t = this.table.deep(ty);
    // Arrays by value iterate their elements (edition 2021); `&[T; N]` iterates as `&[T]`.
    if (t.k === 'array') return t.elem;
    if (t.k === 'ref' && t.inner.k === 'array') {
      this.coercions.set(iter.id, { derefs: 0, mutable: t.mutable, unsize: true });
      t = refTy({ k: 'slice', elem: t.inner.elem }, t.mutable);
    }
    // A `where` clause (`for<'a> &'a T: IntoIterator`) makes the type iterable in the body.
    const assumed = this.ctx.assumedTraits?.(t).includes('IntoIterator') ?? false;
    if (!assumed && !this.ctx.selectImpl(into, t, this.table, true)) {
      const user = (x: Ty): boolean => (x.k === 'ref' ? user(x.inner) : x.k === 'adt' && !x.def.std);
      if (!user(t)) throw unsupported(`iterating over \`${this.show(t)}\``, iter.span);
      throw compileError('E0277', `\`${this.show(t)}\` is not an iterator`, iter.span, `\`${this.show(t)}\` is not an iterator`);
    }
    const intoIter: Ty = { k: 'assoc', trait: into.def, self: t, args: [], name: 'IntoIter' };
    const item: Ty = { k: 'assoc', trait: iterator.def, self: intoIter, args: [], name: 'Item' };
    const elem = this.table.deep(item);
    this.forLoops.set(iter.id, { intoIter: this.table.deep(intoIter) });
    return elem;
  }

  private readonly forLoops = new Map<number, { intoIter: Ty }>();

  private withLoop<T>(ctx: LoopContext, body: () => T): T {
    this.loops.push(ctx);
    try {
      return body();
    } finally {
      this.loops.pop();
    }
  }

  private findLoop(label: string | null, span: Span): LoopContext {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const ctx = this.loops[i]!;
      // An unlabelled `break` never targets a labelled block, only loops.
      if (label === null ? ctx.kind !== 'block' : ctx.label === label) return ctx;
    }
    if (label) throw compileError('E0426', `use of undeclared label \`'${label}\``, span, `undeclared label \`'${label}\``);
    throw compileError('E0268', '`break` outside of a loop or labeled block', span, 'cannot `break` outside of a loop or labeled block');
  }

  // ---- patterns -------------------------------------------------------------------------------

  /**
   * Checks a pattern against the type of the value it matches, with rustc's default binding
   * modes: a non-reference pattern seen through `&` derefs it, and bindings below then bind by
   * reference.
   */
  private checkPattern(p: Pattern, expected: Ty, mode: 'refutable' | 'irrefutable', byRef: null | 'ref' | 'refMut' = null): void {
    let ty = expected;
    let derefs = 0;
    let defaultMode = byRef;
    const constantBinding = p.kind === 'binding' && p.subpattern === null && p.byRef === null && !p.mutable ? this.patternConstant(p.name.name, p.span) : null;
    const peel = (p.kind !== 'binding' || constantBinding !== null) && p.kind !== 'wildcard' && p.kind !== 'ref' && p.kind !== 'rest' && !(p.kind === 'literal' && stripParens(p.value).kind === 'str');
    if (peel) {
      for (let t = this.shallow(ty); t.k === 'ref'; t = this.shallow(ty)) {
        defaultMode = t.mutable && defaultMode !== 'ref' ? 'refMut' : 'ref';
        ty = t.inner;
        derefs++;
      }
    }
    this.patterns.set(p, { derefs, ty });
    switch (p.kind) {
      case 'wildcard':
      case 'rest':
        return;
      case 'binding': {
        const res = constantBinding;
        if (res) {
          this.patternPaths.set(p, res);
          this.checkPathPattern(p, res, ty);
          return;
        }
        const modeHere = p.byRef ?? (p.mutable && defaultMode !== null ? 'move' : defaultMode ?? 'move');
        if (p.mutable && defaultMode !== null && p.byRef === null) throw unsupported('`mut` bindings in a pattern matched through a reference', p.span);
        this.bindingModes.set(p.id, modeHere);
        const bound = modeHere === 'move' ? ty : refTy(ty, modeHere === 'refMut');
        if (p.byRef === null && !p.mutable && !p.subpattern && this.programFn()) this.deferred.push(() => this.rejectBindingNamedAsVariant(p, ty));
        if (p.subpattern) this.checkPattern(p.subpattern, ty, mode, defaultMode);
        this.bind(p, bound);
        return;
      }
      case 'literal': {
        const lit = stripParens(p.value);
        if (lit.kind === 'str') {
          const t = this.shallow(ty);
          if (t.k === 'ref') this.unifyOrMismatch(p.span, t.inner, STR);
          else this.unifyOrMismatch(p.span, ty, refTy(STR));
          this.record(lit, refTy(STR));
          return;
        }
        this.requireRefutable(mode, p);
        this.patternLiterals.add(stripParens(p.value).id);
        const litTy = this.infer(p.value, ty);
        this.unifyOrMismatch(p.span, ty, litTy);
        return;
      }
      case 'range': {
        this.requireRefutable(mode, p);
        for (const bound of [p.start, p.end]) if (bound) this.patternLiterals.add(stripParens(bound).id);
        if (p.start) this.unifyOrMismatch(p.start.span, ty, this.infer(p.start, ty));
        if (p.end) this.unifyOrMismatch(p.end.span, ty, this.infer(p.end, ty));
        const start = p.start && literalPatternBound(p.start);
        const end = p.end && literalPatternBound(p.end);
        // rustc lowers the pattern after type checking the body: these come after its type errors.
        if (start != null && end != null) {
          if (p.inclusive && start > end) this.deferred.push(() => { throw compileError('E0030', 'lower bound for range pattern must be less than or equal to upper bound', p.span, 'lower bound larger than upper bound'); });
          if (!p.inclusive && start >= end) this.deferred.push(() => { throw compileError('E0579', 'lower bound for range pattern must be less than upper bound', p.span); });
        }
        return;
      }
      case 'tuple': {
        const t = this.shallow(ty);
        const rest = p.elems.findIndex((x) => x.kind === 'rest');
        const arity = rest >= 0 ? (t.k === 'tuple' ? t.elems.length : p.elems.length - 1) : p.elems.length;
        let elems: readonly Ty[];
        if (t.k === 'tuple') {
          if ((rest < 0 && t.elems.length !== p.elems.length) || (rest >= 0 && t.elems.length < p.elems.length - 1)) {
            throw compileError('E0308', 'mismatched types', p.span, `expected a tuple with ${t.elems.length} element${t.elems.length === 1 ? '' : 's'}, found one with ${p.elems.length} element${p.elems.length === 1 ? '' : 's'}`);
          }
          elems = t.elems;
        } else {
          elems = Array.from({ length: arity }, () => this.table.fresh());
          this.unifyOrMismatch(p.span, ty, { k: 'tuple', elems });
        }
        this.subpatterns(p.elems, elems, mode, defaultMode);
        return;
      }
      case 'struct': {
        const res = this.patternCtor(p.path, ty);
        this.patternPaths.set(p, res);
        const info = res.ty.def.variants[res.variant]!;
        if (res.ty.def.kind === 'enum') this.requireRefutable(mode, p);
        const fieldTys = variantTys(res.ty, res.variant);
        for (const f of p.fields) {
          const index = info.fields.findIndex((x) => x.name === f.name.name);
          if (index < 0) throw compileError('E0026', `${res.ty.def.kind === 'enum' ? 'variant' : 'struct'} \`${res.ty.def.kind === 'enum' ? `${res.ty.def.name}::${info.name}` : info.name}\` does not have a field named \`${f.name.name}\``, f.name.span, `${res.ty.def.kind === 'enum' ? 'variant' : 'struct'} \`${res.ty.def.kind === 'enum' ? `${res.ty.def.name}::${info.name}` : info.name}\` does not have this field`);
          this.checkPattern(f.pattern, fieldTys[index]!, mode, defaultMode);
        }
        if (!p.rest) {
          const missing = info.fields.filter((x) => !p.fields.some((f) => f.name.name === x.name)).map((x) => `\`${x.name}\``);
          if (missing.length > 0) {
            const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
            throw compileError('E0027', `pattern does not mention field${missing.length === 1 ? '' : 's'} ${list}`, p.span);
          }
        }
        return;
      }
      case 'tupleStruct': {
        const res = this.patternCtor(p.path, ty);
        this.patternPaths.set(p, res);
        if (res.ty.def.kind === 'enum' && res.ty.def.variants.length > 1) this.requireRefutable(mode, p);
        const fieldTys = variantTys(res.ty, res.variant);
        const rest = p.elems.findIndex((x) => x.kind === 'rest');
        if ((rest < 0 && fieldTys.length !== p.elems.length) || (rest >= 0 && fieldTys.length < p.elems.length - 1)) {
          const kind = res.ty.def.kind === 'enum' ? 'variant' : 'struct';
          const plural = (n: number) => `${n} field${n === 1 ? '' : 's'}`;
          throw compileError('E0023', `this pattern has ${plural(p.elems.length)}, but the corresponding tuple ${kind} has ${plural(fieldTys.length)}`, p.span, `expected ${plural(fieldTys.length)}, found ${p.elems.length}`);
        }
        this.subpatterns(p.elems, fieldTys, mode, defaultMode);
        return;
      }
      case 'path': {
        const res = this.resolvePatternPath(p.path);
        this.patternPaths.set(p, res);
        this.checkPathPattern(p, res, ty);
        return;
      }
      case 'ref': {
        const t = this.shallow(ty);
        if (t.k !== 'ref') {
          const inner = this.table.fresh();
          this.unifyOrMismatch(p.span, ty, refTy(inner, p.mutable));
          this.checkPattern(p.inner, inner, mode, null);
          return;
        }
        if (p.mutable && !t.mutable) throw mismatch(p.span, this.show(t), `&mut _`);
        this.checkPattern(p.inner, t.inner, mode, null);
        return;
      }
      case 'or':
        this.requireRefutable(mode, p);
        for (const alt of p.alts) this.checkPattern(alt, ty, mode, defaultMode);
        return;
      case 'slice': {
        const t = this.shallow(ty);
        if (t.k !== 'array' && t.k !== 'slice') throw compileError('E0529', `expected an array or slice, found \`${this.show(t)}\``, p.span, 'pattern cannot match with input type');
        if (t.k === 'array' && typeof t.len !== 'number') throw unsupported('slice patterns on an array of a const generic length', p.span);
        const rest = p.elems.findIndex((x) => x.kind === 'rest' || (x.kind === 'binding' && x.subpattern?.kind === 'rest'));
        if (t.k === 'slice' || rest >= 0) this.requireRefutable(mode === 'irrefutable' && t.k === 'array' ? 'refutable' : mode, p);
        p.elems.forEach((x, i) => {
          if (i === rest) {
            const restTy: Ty = t.k === 'array' ? { k: 'array', elem: t.elem, len: knownLen(t) - (p.elems.length - 1) } : { k: 'slice', elem: t.elem };
            if (x.kind === 'binding') {
              this.patterns.set(x.subpattern!, { derefs: 0, ty: restTy });
              const modeHere = x.byRef ?? defaultMode ?? 'move';
              this.bindingModes.set(x.id, modeHere);
              this.bind(x, modeHere === 'move' ? restTy : refTy(restTy, modeHere === 'refMut'));
            } else this.patterns.set(x, { derefs: 0, ty: restTy });
            return;
          }
          this.checkPattern(x, t.elem, mode, defaultMode);
        });
        if (t.k === 'array' && rest < 0 && p.elems.length !== t.len) {
          throw compileError('E0527', `pattern requires ${p.elems.length} element${p.elems.length === 1 ? '' : 's'} but array has ${t.len}`, p.span, `expected ${t.len} element${t.len === 1 ? '' : 's'}`);
        }
        return;
      }
    }
  }

  private subpatterns(pats: readonly Pattern[], tys: readonly Ty[], mode: 'refutable' | 'irrefutable', byRef: null | 'ref' | 'refMut'): void {
    const rest = pats.findIndex((x) => x.kind === 'rest');
    pats.forEach((x, i) => {
      if (i === rest) {
        this.patterns.set(x, { derefs: 0, ty: UNIT });
        return;
      }
      const index = rest >= 0 && i > rest ? tys.length - (pats.length - i) : i;
      this.checkPattern(x, tys[index]!, mode, byRef);
    });
  }

  private requireRefutable(mode: 'refutable' | 'irrefutable', p: Pattern): void {
    if (mode === 'irrefutable') throw compileError('E0005', 'refutable pattern in local binding', p.span, 'pattern not covered');
  }

  /** A lone identifier in a pattern names a unit struct, a unit variant or a constant if one is
   *  in scope (`None`, `MAX`); otherwise it is a new binding. */
  private patternConstant(name: string, span: Span): PathRes | null {
    const c = this.ctx.items.consts.get(name);
    if (c) return { kind: 'const', def: c, ty: this.ctx.constType(c) };
    const adt = this.ctx.items.adts.get(name);
    if (adt && adt.kind === 'struct' && adt.variants[0]!.shape === 'unit') return { kind: 'ctor', ty: { k: 'adt', def: adt, args: [] }, variant: 0 };
    const v = this.preludeVariant(name);
    if (v && v.kind === 'ctor' && v.ty.def.variants[v.variant]!.shape === 'unit') return v;
    void span;
    return null;
  }

  private checkPathPattern(p: Pattern, res: PathRes, ty: Ty): void {
    if (res.kind === 'ctor') {
      const variant = res.ty.def.variants[res.variant]!;
      if (variant.shape !== 'unit') throw compileError('E0532', `expected unit struct, unit variant or constant, found tuple variant \`${res.ty.def.name}::${variant.name}\``, p.span);
      this.unifyOrMismatch(p.span, ty, res.ty);
      return;
    }
    if (res.kind === 'const' || res.kind === 'intConst') {
      this.unifyOrMismatch(p.span, ty, res.kind === 'const' ? res.ty : intTy(res.int));
      return;
    }
    throw unsupported('this path in a pattern', p.span);
  }

  private resolvePatternPath(path: ExprPath): PathRes {
    const segs = path.segments;
    if (segs.length === 1) {
      const r = this.patternConstant(segs[0]!.name, path.span);
      if (r) return r;
      throw compileError('E0531', `cannot find unit struct, unit variant or constant \`${segs[0]!.name}\` in this scope`, path.span);
    }
    const names = segs.map((s) => s.name);
    const [typeName, member] = [names[names.length - 2]!, names[names.length - 1]!];
    if (isIntKind(typeName) && (member === 'MAX' || member === 'MIN')) {
      const range = intRange(typeName);
      return { kind: 'intConst', int: typeName, value: member === 'MAX' ? range.max : range.min };
    }
    const owner = this.shallow(this.stdPathOwner(segs) ?? this.typeOfPathSegment(segs[segs.length - 2]!, segs.length === 2));
    if (owner.k === 'adt' && owner.def.kind === 'enum') {
      const variant = owner.def.variants.findIndex((v) => v.name === member);
      if (variant >= 0) return { kind: 'ctor', ty: owner, variant };
      throw compileError('E0599', `no variant or associated item named \`${member}\` found for enum \`${owner.def.name}\` in the current scope`, segs[segs.length - 1]!.span, `variant or associated item not found in \`${owner.def.name}\``);
    }
    throw unsupported('this path in a pattern', path.span);
  }

  /** The std type whose member a path through std's modules names (`btree_map::Entry::Vacant`
   *  after `use std::collections::btree_map;`), by the prelude's name for it; null for any other path. */
  private stdPathOwner(segs: ExprPath['segments']): Ty | null {
    const full = this.throughStdModule(segs);
    const names = full.map((s) => s.name);
    const index = stdItemIndex(names);
    if (index <= 0 || index !== names.length - 2) return null;
    const adt = stdAdtNamed(this.ctx.items.adts, stdItemName(names, index));
    if (!adt) return null;
    const args = full[index]!.args.map((a) => this.ctx.lowerType(a, this.scope));
    return { k: 'adt', def: adt, args: args.length ? args : adt.params.map(() => this.table.fresh()) };
  }

  /** The struct or variant a struct / tuple-struct pattern names, unified with the scrutinee. */
  private patternCtor(path: ExprPath, ty: Ty): { kind: 'ctor'; ty: Ty & { k: 'adt' }; variant: number } {
    const segs = path.segments;
    let res: PathRes | null = null;
    if (segs.length === 1) {
      const name = segs[0]!.name;
      if (name === 'Self' && this.sig.selfTy) {
        const s = this.shallow(this.sig.selfTy);
        if (s.k === 'adt') res = { kind: 'ctor', ty: s, variant: 0 };
      } else {
        const aliased = this.aliasedType(name, segs[0]!.args.map((a) => this.ctx.lowerType(a, this.scope)), path.span);
        const owner = aliased && this.shallow(aliased);
        const adt = this.ctx.items.adts.get(name);
        if (owner?.k === 'adt' && owner.def.kind === 'struct') res = { kind: 'ctor', ty: owner, variant: 0 };
        else if (adt && adt.kind === 'struct') res = { kind: 'ctor', ty: { k: 'adt', def: adt, args: adt.params.map(() => this.table.fresh()) }, variant: 0 };
        else res = this.preludeVariant(name);
      }
      if (!res) throw compileError('E0531', `cannot find tuple struct or tuple variant \`${name}\` in this scope`, path.span, 'not found in this scope');
    } else {
      res = this.resolvePatternPath(path);
    }
    if (res.kind !== 'ctor') throw unsupported('this path in a pattern', path.span);
    this.unifyOrMismatch(path.span, ty, res.ty);
    return res;
  }

  // ---- deferred checks ------------------------------------------------------------------------

  private checkLiteralRange(e: Expr & { kind: 'int' }, ty: Ty): void {
    if (ty.k !== 'int') return;
    const { max } = intRange(ty.int);
    const limit = this.negatedLiterals.has(e.id) && intSigned(ty.int) ? max + 1n : max;
    if (e.value > limit) this.lints.push(compileError(undefined, `literal out of range for \`${ty.int}\``, e.span));
  }

  /**
   * The casts rustc allows between pointers and addresses: a reference to a raw pointer to the
   * same type (`&T as *const T`, `&mut T as *mut T` or `*const T`, an array's reference to a
   * pointer to its first element), a raw pointer to another (to a thin one from any, dropping a
   * slice's length; or the same pointee),
   * a thin raw pointer or a function pointer to an integer, and an integer to a thin raw pointer.
   */
  private pointerCast(source: Ty, target: Ty): boolean {
    const thin = (t: Ty) => t.k !== 'slice' && t.k !== 'str' && t.k !== 'dyn' && t.k !== 'dynFn';
    if (target.k === 'ptr') {
      if (source.k === 'int') return thin(target.inner);
      if (source.k === 'ptr') return thin(target.inner) || this.table.probe(source.inner, target.inner);
      if (source.k !== 'ref' || (target.mutable && !source.mutable)) return false;
      const inner = this.shallow(source.inner);
      if (this.table.probe(inner, target.inner)) return this.table.unify(inner, target.inner);
      return inner.k === 'array' && this.table.unify(inner.elem, target.inner);
    }
    return target.k === 'int' && ((source.k === 'ptr' && thin(source.inner)) || source.k === 'fnPtr');
  }

  private checkCast(e: Expr & { kind: 'cast' }, source: Ty, target: Ty): void {
    const numeric = (t: Ty) => t.k === 'int' || t.k === 'float';
    const castable =
      (numeric(target) && numeric(source)) ||
      // A `bool` or a `char` converts to an integer, never to a float (`' ' as f64` is E0606).
      (target.k === 'int' && (source.k === 'bool' || source.k === 'char')) ||
      (target.k === 'char' && source.k === 'char') ||
      (target.k === 'char' && source.k === 'int' && source.int === 'u8') ||
      (target.k === 'bool' && source.k === 'bool') ||
      (target.k === 'fnPtr' && source.k === 'fnPtr') ||
      this.pointerCast(source, target) ||
      (target.k === 'int' && source.k === 'adt' && source.def.kind === 'enum' && source.def.variants.every((v) => v.fields.length === 0));
    if (castable) return;
    if (source.k === 'box' || source.k === 'adt') throw compileError('E0605', `non-primitive cast: \`${showTy(source)}\` as \`${showTy(target)}\``, e.span, 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object');
    if (target.k === 'char' && source.k === 'int') throw compileError('E0604', `only \`u8\` can be cast as \`char\`, not \`${showTy(source)}\``, e.span);
    throw compileError('E0606', `casting \`${showTy(source)}\` as \`${showTy(target)}\` is invalid`, e.span);
  }
}

function containsLet(e: Expr): boolean {
  const x = stripParens(e);
  if (x.kind === 'let') return true;
  return x.kind === 'binary' && x.op === '&&' && (containsLet(x.left) || containsLet(x.right));
}

function describeType(ty: Ty): string {
  if (ty.k === 'adt') return ty.def.kind;
  if (ty.k === 'param') return 'type parameter';
  if (ty.k === 'ref') return 'reference';
  return 'type';
}

/** A place rooted at a variable (through fields, indexes and derefs), which rustc names. */
function isNamedPlace(e: Expr): boolean {
  const x = stripParens(e);
  if (x.kind === 'path') return true;
  if (x.kind === 'unary' && x.op === '*') return isNamedPlace(x.operand);
  if (x.kind === 'field' || x.kind === 'index') return isNamedPlace(x.base);
  return false;
}

function prettyPlace(e: Expr): string {
  const x = stripParens(e);
  if (x.kind === 'path') return x.name;
  if (x.kind === 'unary' && x.op === '*') return `*${prettyPlace(x.operand)}`;
  if (x.kind === 'field') return `${prettyPlace(x.base)}.${x.name}`;
  if (x.kind === 'index') return `${prettyPlace(x.base)}[_]`;
  return '_';
}

const STD_VALUE_PATHS: ReadonlyMap<string, 'process_exit' | 'drop' | 'forget' | 'size_of' | 'align_of' | 'size_of_val' | 'align_of_val'> = new Map([
  ['std::process::exit', 'process_exit'],
  ['process::exit', 'process_exit'],
  ['std::mem::drop', 'drop'],
  ['mem::drop', 'drop'],
  ['std::mem::forget', 'forget'],
  ['mem::forget', 'forget'],
  ['std::mem::size_of', 'size_of'],
  ['mem::size_of', 'size_of'],
  ['std::mem::align_of', 'align_of'],
  ['mem::align_of', 'align_of'],
  ['std::mem::size_of_val', 'size_of_val'],
  ['mem::size_of_val', 'size_of_val'],
  ['std::mem::align_of_val', 'align_of_val'],
  ['mem::align_of_val', 'align_of_val'],
] as const);

/** std functions the prelude defines under a private name, by their path without `std::`. */
const STD_FN_PATHS: ReadonlyMap<string, string> = new Map([
  ['char::from_digit', '__std_char_from_digit'],
  ['str::from_utf8', '__std_str_from_utf8'],
  ['env::args', '__std_env_args'],
  ['cmp::max', '__std_cmp_max'],
  ['cmp::min', '__std_cmp_min'],
  ['mem::swap', '__std_mem_swap'],
  ['mem::replace', '__std_mem_replace'],
  ['mem::take', '__std_mem_take'],
  ['hint::black_box', '__std_hint_black_box'],
  ['any::type_name', '__std_any_type_name'],
  ['any::type_name_of_val', '__std_any_type_name_of_val'],
  ['ptr::null', '__std_ptr_null'],
  ['ptr::null_mut', '__std_ptr_null_mut'],
  ['ptr::read', '__std_ptr_read'],
  ['ptr::write', '__std_ptr_write'],
  ['ptr::swap', '__std_ptr_swap'],
  ['ptr::copy', '__std_ptr_copy'],
  ['ptr::copy_nonoverlapping', '__std_ptr_copy_nonoverlapping'],
  ['ptr::eq', '__std_ptr_eq'],
  ['slice::from_raw_parts', '__std_slice_from_raw_parts'],
  ['slice::from_raw_parts_mut', '__std_slice_from_raw_parts_mut'],
  ['thread::spawn', '__std_thread_spawn'],
  ['thread::current', '__std_thread_current'],
  ['thread::yield_now', '__std_thread_yield_now'],
  ['thread::sleep', '__std_thread_sleep'],
  ['thread::scope', '__std_thread_scope'],
  ['sync::mpsc::channel', '__std_mpsc_channel'],
  ['sync::mpsc::sync_channel', '__std_mpsc_sync_channel'],
]);

/** An `unsafe fn` as rustc's E0133 names it: `f`, `S::<T>::g`, `Trait::m`, or std's path
 *  (`std::ptr::read`, `std::ptr::const_ptr::<impl *const T>::add`). */
function unsafeFnName(fn: FnDef): string {
  const name = qualifiedShownName(fn.name);
  if (fn.owner.kind === 'trait') return `${qualifiedShownName(fn.owner.trait.name)}::${name}`;
  if (fn.owner.kind === 'free') {
    if (!fn.std) return name;
    for (const [path, stdName] of STD_FN_PATHS) if (stdName === fn.name) return `std::${path}`;
    return name;
  }
  const selfTy = fn.owner.impl.item.selfTy;
  if (selfTy.kind === 'rawPointer') {
    const [module, ptr] = selfTy.mutable ? ['mut_ptr', '*mut T'] : ['const_ptr', '*const T'];
    return `std::ptr::${module}::<impl ${ptr}>::${name}`;
  }
  if (selfTy.kind !== 'path') return name;
  const args = selfTy.args.length > 0 ? `::<${selfTy.args.map(prettyType).join(', ')}>` : '';
  return `${qualifiedShownName(selfTy.name)}${args}::${name}`;
}

/** The path `names` in place of the lone name `e` (its span; `args`, the name's turbofish, on
 *  the last segment). */
function pathExpr(e: Expr, names: readonly string[], args: readonly TypeExpr[]): Expr & ({ kind: 'path' } | { kind: 'qualified' }) {
  if (names.length === 1) return { id: e.id, span: e.span, kind: 'path', name: names[0]! };
  const segments = names.map((name, i) => ({ name, args: i === names.length - 1 ? args : [], span: e.span }));
  return { id: e.id, span: e.span, kind: 'qualified', segments: [...names], path: { segments, span: e.span } };
}

const FLOAT_CONSTS: Readonly<Record<string, (k: 'f32' | 'f64') => number>> = {
  MAX: (k) => (k === 'f64' ? Number.MAX_VALUE : 3.4028234663852886e38),
  MIN: (k) => (k === 'f64' ? -Number.MAX_VALUE : -3.4028234663852886e38),
  EPSILON: (k) => (k === 'f64' ? Number.EPSILON : 1.1920928955078125e-7),
  INFINITY: () => Infinity,
  NEG_INFINITY: () => -Infinity,
  NAN: () => NaN,
  MIN_POSITIVE: (k) => (k === 'f64' ? 2.2250738585072014e-308 : 1.1754943508222875e-38),
};

const MATH_CONSTS: Readonly<Record<string, number>> = { PI: Math.PI, E: Math.E, TAU: 2 * Math.PI, SQRT_2: Math.SQRT2, LN_2: Math.LN2, LN_10: Math.LN10 };

import { checkExhaustive } from './exhaustive.js';

/** E0040: `x.drop()`, `T::drop(&mut x)` or `Drop::drop(&mut x)`; only `drop(x)` may run a destructor early. */
function explicitDestructor(span: Span): Diagnostic {
  return compileError('E0040', 'explicit use of destructor method', span, 'explicit destructor calls not allowed');
}

/** Whether `Self` appears in a trait function's parameters or return type, so a call through
 *  the trait's path (`Zero::zero()`) can infer it. */
function signatureMentionsSelf(sig: FnSig): boolean {
  let found = false;
  const visit = (t: Ty): Ty => {
    if (t.k === 'param' && t.name === 'Self') found = true;
    return t;
  };
  for (const t of [...sig.params, sig.ret]) mapTy(t, visit);
  return found;
}

/** Calls `f` on each direct sub-expression (and the expressions inside nested blocks). */
/** Calls `f` on each child expression of `e`, with the patterns that bind its value, if any (a
 *  `let`'s initialiser, a `match`'s scrutinee, an `if let`'s value). */
function forEachChild(e: Expr, f: (child: Expr, patterns?: readonly Pattern[]) => void): void {
  const block = (b: Block) => {
    for (const s of b.stmts) {
      if (s.kind === 'let') {
        if (s.init) f(s.init, [s.pattern]);
        if (s.elseBlock) block(s.elseBlock);
      } else if (s.kind === 'expr') f(s.expr);
    }
    if (b.tail) f(b.tail);
  };
  switch (e.kind) {
    case 'tuple':
    case 'array':
      return e.elems.forEach((x) => f(x));
    case 'arrayRepeat':
      f(e.value);
      return f(e.count);
    case 'call':
      f(e.callee);
      return e.args.forEach((x) => f(x));
    case 'cast':
      return f(e.operand);
    case 'structLit':
      e.fields.forEach((x) => f(x.value));
      if (e.base) f(e.base);
      return;
    case 'block':
      return block(e.block);
    case 'if':
      f(e.cond);
      block(e.then);
      if (e.else) f(e.else);
      return;
    case 'match':
      f(e.scrutinee, e.arms.map((a) => a.pattern));
      return e.arms.forEach((a) => {
        if (a.guard) f(a.guard);
        f(a.body);
      });
    case 'let':
      return f(e.value, [e.pattern]);
    case 'while':
      f(e.cond);
      return block(e.body);
    case 'loop':
      return block(e.body);
    case 'for':
      f(e.iter);
      return block(e.body);
    case 'range':
      if (e.start) f(e.start);
      if (e.end) f(e.end);
      return;
    case 'break':
    case 'return':
      if (e.value) f(e.value);
      return;
    case 'try':
      return f(e.operand);
    default:
      return;
  }
}

/** A closure that must be `Fn` mutating what it captures (even a `move` closure's own copy). */
function captureMutationError(name: string, span: Span, assigning: boolean): Diagnostic {
  if (assigning) return compileError('E0594', `cannot assign to \`${name}\`, as it is a captured variable in a \`Fn\` closure`, span, 'cannot assign');
  return compileError('E0596', `cannot borrow \`${name}\` as mutable, as it is a captured variable in a \`Fn\` closure`, span, 'cannot borrow as mutable');
}

/** rustc's help for a binding that must be `mut`: `mut ` inserted before its name (`self` is
 *  suggested otherwise, and left out). */
/** A `static` from its keyword to its type, where rustc says it cannot be written. */
function staticHead(item: ConstDef): Span {
  const { span, ty } = item.item;
  return { start: span.start, end: ty.span.end, line: span.line, col: span.col, endLine: ty.span.endLine, endCol: ty.span.endCol };
}

export function withMutSuggestion(error: Diagnostic, binding: BindingPattern, message: string): Diagnostic {
  if (binding.name.name === 'self' || binding.id < 0) return error;
  const at = binding.name.span;
  return error.withSuggestion(message, [{ span: { ...at, end: at.start, endLine: at.line, endCol: at.col }, text: 'mut ' }]);
}

/** The value of a range pattern's bound written as a literal (`-5`, `'a'`); null for a path. */
function literalPatternBound(e: Expr): bigint | null {
  const x = stripParens(e);
  if (x.kind === 'int') return x.value;
  if (x.kind === 'char') return BigInt(x.value);
  if (x.kind === 'unary' && x.op === '-') {
    const inner = stripParens(x.operand);
    return inner.kind === 'int' ? -inner.value : null;
  }
  return null;
}

/** The const generic parameters `fn` can name as values: its own and its impl's. */

function constParamsOf(fn: FnDef): ReadonlySet<string> {
  const params = [...fn.item.generics.params, ...(fn.owner.kind === 'impl' ? fn.owner.impl.item.generics.params : [])];
  return new Set(params.filter((p) => p.constTy !== undefined).map((p) => p.name.name));
}

/** Whether an inference variable is left where a const argument goes: an array's length, or an
 *  argument of a const parameter of a program's type. */
function constArgumentUninferred(ty: Ty): boolean {
  return someTy(ty, (t) => {
    if (t.k === 'array') return typeof t.len !== 'number' && t.len.k === 'var';
    if (t.k !== 'adt') return false;
    const params = t.def.item?.generics.params ?? [];
    return t.args.some((arg, i) => arg.k === 'var' && params[i]?.constTy !== undefined);
  });
}


import { shownName } from '../diagnostics/names.js';
import { unsupported } from '../diagnostics/diagnostic.js';
import type { IntrinsicName } from '../resolve/intrinsics.js';
import type { Span } from '../diagnostics/span.js';
import type { BindingPattern, Block, Expr, FormatArgRef, FormatArgs, FormatCount, FormatSpec, MacroName, Pattern, Stmt } from '../syntax/ast.js';
import { intRange, isIntKind } from '../syntax/primitives.js';
import { collectBindings, stripParens } from '../syntax/expr.js';
import { FOR_PATTERN_NAME } from '../syntax/lower.js';
import { prettyExpr } from '../syntax/pretty.js';
import { variantTys } from '../types/context.js';
import type { FnDef } from '../resolve/items.js';
import type { FnTypeck, MethodRes, PathRes } from '../types/results.js';
import { InferenceTable } from '../types/infer.js';
import { BOOL, UNIT, USIZE, builtinDeref, containsAssoc, containsParams, defaultVariant, discriminantKind, isUnit, sameTy, showTy, substitute, type Ty, knownLen } from '../types/ty.js';
import {
  derefPlace, fieldPlace, placeOf, project, SliceEnd,
  type BasicBlock, type BinOp, type BlockId, type Body, type Callee, type FormatArg, type FormatCountRef, type FormatSegment,
  type Instance, type LocalDecl, type LocalId, type LoweredFormat, type Operand, type PanicMessage, type Place,
  type Rvalue, type Statement, type Terminator,
} from './ir.js';
import type { LazyMirProgram } from './program.js';
import { stdPanicLocation } from '../resolve/prelude-locations.js';
import { appendAll } from '../util/arrays.js';

interface Scope {
  /** Locals to drop and end the storage of when the scope ends, in declaration order. */
  readonly locals: LocalId[];
}

interface BreakTarget {
  readonly kind: 'loop' | 'while' | 'for' | 'block';
  readonly label: string | null;
  readonly breakBlock: BlockId;
  readonly continueBlock: BlockId | null;
  readonly dest: Place | null;
  /** How many scopes were open outside the loop: a jump out ends the ones above this depth. */
  readonly scopeDepth: number;
}

const ARITH: Readonly<Record<string, BinOp>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '<<': 'shl', '>>': 'shr',
  '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge',
};
const CHECKED = new Set<BinOp>(['add', 'sub', 'mul', 'div', 'rem', 'shl', 'shr']);
const COMPARISONS = new Set<BinOp>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

const zst = (ty: Ty): Operand => ({ kind: 'const', value: { kind: 'zst' }, ty });
const boolConst = (value: boolean): Operand => ({ kind: 'const', value: { kind: 'bool', value }, ty: BOOL });
const usizeConst = (value: bigint): Operand => ({ kind: 'const', value: { kind: 'int', value }, ty: USIZE });
const copy = (place: Place): Operand => ({ kind: 'copy', place });

/** Builds the MIR body of one function instance (all types concrete). */
export class FnBuilder {
  private readonly locals: LocalDecl[] = [];
  private readonly blocks: BasicBlock[] = [];
  private current: BlockId;
  private readonly scopes: Scope[] = [];
  /** Where each local's drop stands in the unwinding order (see `rankForUnwinding`). */
  private readonly unwindRanks = new Map<LocalId, number>();
  private readonly breakTargets: BreakTarget[] = [];
  /** While the place of `&raw const *p` (or of a field of it) is built: no dereference check. */
  private rawBorrowing = false;
  private readonly bindingLocals = new Map<number, LocalId>();
  private readonly subst: Map<string, Ty>;

  constructor(private readonly program: LazyMirProgram, private readonly typeck: FnTypeck, private readonly instance: Instance) {
    this.current = this.newBlock();
    this.subst = new Map(typeck.sig.generics.map((g, i) => [g, instance.args[i]!]));
    // A generic body built with its own parameters, to be checked: `T` is `Copy` by a bound only.
    if (instance.args.some(containsParams)) this.paramIsCopy = (param) => this.ctx.boundNames(instance.def, param).includes('Copy');
  }

  private readonly paramIsCopy: ((param: string) => boolean) | undefined;

  private get ctx() {
    return this.program.ctx;
  }

  /** The body of a closure: `_1` is `&mut` the closure (its captures), then its parameters. */
  buildClosure(): Body {
    const { expr } = this.instance.def.closure!;
    const closureTy = this.sub(this.typeck.exprTypes.get(expr.id)!) as Ty & { k: 'closure' };
    this.newLocal({ name: null, ty: closureTy.sig.ret, kind: 'return', mutable: true, span: expr.span });
    this.scopes.push({ locals: [] });
    const env = this.newLocal({ name: null, ty: { k: 'ref', mutable: true, inner: closureTy }, kind: 'arg', mutable: false, span: expr.span });
    closureTy.def.captures.forEach((c, i) => {
      const field = fieldPlace(derefPlace(placeOf(env)), i);
      this.capturePlaces.set([c.binding, ...c.fields].join('.'), c.mode === 'value' ? field : derefPlace(field));
    });
    const patterns: { local: LocalId; pattern: Pattern }[] = [];
    expr.params.forEach((param, i) => {
      const ty = closureTy.sig.params[i]!;
      const p = param.pattern;
      const simple = p.kind === 'binding' && p.subpattern === null && p.byRef === null;
      const local = this.newLocal({ name: simple ? p.name.name : null, ty, kind: 'arg', mutable: simple && p.mutable, span: param.span });
      if (simple) this.bindingLocals.set(p.id, local);
      else patterns.push({ local, pattern: p });
      this.scopes[0]!.locals.push(local);
    });
    for (const { local, pattern } of patterns) this.bindIrrefutable(pattern, placeOf(local), this.locals[local]!.ty);
    this.withScope(expr.body.span, () => this.exprInto(expr.body, placeOf(0)));
    this.mark('functionExit', this.endSpan(expr.span));
    this.exitScope(expr.span);
    this.terminate({ kind: 'return', span: this.endSpan(expr.span) });
    for (const block of this.blocks) block.terminator ??= { kind: 'unreachable', span: expr.span };
    const stdLocation = stdPanicLocation(this.instance.def);
    return {
      name: `${this.instance.def.closure!.parent.name}::{closure}`,
      instance: this.instance,
      argCount: expr.params.length + 1,
      locals: this.locals,
      unwindOrder: this.unwindOrder(),
      blocks: this.blocks,
      span: expr.span,
      std: this.instance.def.std,
      trackCaller: this.instance.def.std && stdLocation === null,
      stdLocation,
    };
  }

  build(): Body {
    const item = this.instance.def.item;
    const sig = this.typeck.sig;
    this.newLocal({ name: null, ty: this.sub(sig.ret), kind: 'return', mutable: true, span: item.span });
    this.scopes.push({ locals: [] });
    const params: { local: LocalId; pattern: Pattern | null }[] = [];
    if (item.selfParam) {
      const local = this.newLocal({ name: 'self', ty: this.sub(sig.params[0]!), kind: 'arg', mutable: item.selfParam.mutable, span: item.selfParam.span });
      this.bindingLocals.set(-1 - this.instance.def.id, local);
      this.scopes[0]!.locals.push(local);
    }
    item.params.forEach((param, i) => {
      const ty = this.sub(sig.params[i + (item.selfParam ? 1 : 0)]!);
      const p = param.pattern;
      const simple = p.kind === 'binding' && p.subpattern === null && p.byRef === null;
      const local = this.newLocal({ name: simple ? p.name.name : null, ty, kind: 'arg', mutable: simple && p.mutable, span: param.span });
      if (simple) this.bindingLocals.set(p.id, local);
      else params.push({ local, pattern: p });
      this.scopes[0]!.locals.push(local);
    });
    for (const { local, pattern } of params) {
      if (pattern) this.bindIrrefutable(pattern, placeOf(local), this.locals[local]!.ty);
    }
    this.blockInto(item.body!, placeOf(0), () => this.mark('functionExit', this.endSpan(item.body!.span)));
    this.exitScope(item.body!.span);
    this.terminate({ kind: 'return', span: this.endSpan(item.body!.span) });
    for (const block of this.blocks) block.terminator ??= { kind: 'unreachable', span: item.span };
    const stdLocation = stdPanicLocation(this.instance.def);
    const name = this.instance.def.owner.kind === 'free' ? item.name.name : `${this.ownerName()}::${item.name.name}`;
    return {
      name: shownName(name),
      instance: this.instance,
      argCount: item.params.length + (item.selfParam ? 1 : 0),
      locals: this.locals,
      unwindOrder: this.unwindOrder(),
      blocks: this.blocks,
      span: item.span,
      std: this.instance.def.std,
      trackCaller: (this.instance.def.std && stdLocation === null) || this.implementsTrackCallerTrait(),
      stdLocation,
    };
  }

  private implementsTrackCallerTrait(): boolean {
    const owner = this.instance.def.owner;
    const trait = owner.kind === 'impl' ? owner.impl.item.trait?.segments.at(-1)?.name : undefined;
    return (trait === 'Index' && this.instance.def.name === 'index') || (trait === 'IndexMut' && this.instance.def.name === 'index_mut');
  }

  private ownerName(): string {
    const owner = this.instance.def.owner;
    if (owner.kind === 'trait') return owner.trait.name;
    if (owner.kind === 'impl') {
      const header = this.ctx.implHeader(owner.impl);
      const self = header ? this.sub(header.selfTy) : null;
      return self?.k === 'adt' ? self.def.name : self ? showShort(self) : '_';
    }
    return '';
  }

  // ---- basics -------------------------------------------------------------------------------

  private sub(ty: Ty): Ty {
    const t = this.ctx.reveal(substitute(ty, this.subst));
    return containsAssoc(t) ? this.ctx.normalize(t, new InferenceTable()) : t;
  }

  private ty(e: Expr): Ty {
    const t = this.typeck.exprTypes.get(e.id);
    if (!t) throw new Error(`no type recorded for expression at ${e.span.line}:${e.span.col}`);
    return this.sub(t);
  }

  private newBlock(): BlockId {
    this.blocks.push({ statements: [], terminator: null });
    return this.blocks.length - 1;
  }

  private newLocal(decl: LocalDecl): LocalId {
    // A macro's hygienic local (`x#macro3`) is shown as the program spells it.
    this.locals.push(decl.name?.includes('#') ? { ...decl, name: shownName(decl.name) } : decl);
    return this.locals.length - 1;
  }

  private temp(ty: Ty, span: Span, naming: Pick<LocalDecl, 'refersToSpan' | 'forIterator' | 'derefOf' | 'indexOf'> = {}): Place {
    const local = this.newLocal({ name: null, ty, kind: 'temp', mutable: true, span, ...naming });
    this.scopes[this.scopes.length - 1]!.locals.push(local);
    this.emit({ kind: 'storageLive', local, span });
    return placeOf(local);
  }

  private emit(s: Statement): void {
    this.blocks[this.current]!.statements.push(s);
  }

  private assign(place: Place, rvalue: Rvalue, span: Span): void {
    this.emit({ kind: 'assign', place, rvalue, span });
  }

  private use(dest: Place, operand: Operand, span: Span): void {
    this.assign(dest, { kind: 'use', operand }, span);
  }

  private mark(mark: 'statementEnd' | 'functionExit', span: Span): void {
    this.emit({ kind: 'mark', mark, span });
  }

  /** Ends the current block; code that follows goes to a fresh block (unreachable if nothing jumps there). */
  private terminate(t: Terminator, next: BlockId = this.newBlock()): void {
    this.blocks[this.current]!.terminator = t;
    this.current = next;
  }

  private goto(target: BlockId, span: Span): void {
    this.terminate({ kind: 'goto', target, span }, target);
  }

  private endSpan(span: Span): Span {
    return { start: span.end - 1, end: span.end, line: span.endLine, col: Math.max(1, span.endCol - 1), endLine: span.endLine, endCol: span.endCol };
  }

  private placeTy(place: Place): Ty {
    let ty = this.locals[place.local]!.ty;
    let variant = 0;
    for (const p of place.projection) {
      switch (p.kind) {
        case 'deref':
          ty = builtinDeref(ty)!;
          break;
        case 'downcast':
          variant = p.variant;
          break;
        case 'field':
          if (ty.k === 'tuple') ty = ty.elems[p.index]!;
          else if (ty.k === 'adt') ty = variantTys(ty, variant)[p.index]!;
          else if (ty.k === 'closure') ty = ty.captures[p.index]!;
          variant = 0;
          break;
        case 'index':
        case 'constantIndex':
          ty = (ty as Ty & { k: 'array' | 'slice' }).elem;
          break;
        case 'subslice':
          // Of an array, `from..to` (absolute); of a slice, `to` counts from the end.
          ty = ty.k === 'array' ? { k: 'array', elem: ty.elem, len: p.to - p.from } : ty;
          break;
      }
    }
    return ty;
  }

  private read(place: Place, ty: Ty = this.placeTy(place)): Operand {
    return this.ctx.isCopy(ty, this.paramIsCopy) ? { kind: 'copy', place } : { kind: 'move', place };
  }

  // ---- scopes and drops ---------------------------------------------------------------------

  /** Drops a scope's locals in reverse order of declaration, then ends their storage. */
  private emitScopeExit(scope: Scope, span: Span): void {
    this.rankForUnwinding(scope);
    for (let i = scope.locals.length - 1; i >= 0; i--) {
      const local = scope.locals[i]!;
      if (this.ctx.needsDrop(this.locals[local]!.ty)) {
        const next = this.newBlock();
        this.terminate({ kind: 'drop', place: placeOf(local), target: next, span }, next);
      }
    }
    for (let i = scope.locals.length - 1; i >= 0; i--) this.emit({ kind: 'storageDead', local: scope.locals[i]!, span });
  }

  /** A scope's locals drop after those of the scopes inside it, last scheduled first: the order
   *  a panic drops them in (a popped scope was the one above the stack's top). */
  private rankForUnwinding(scope: Scope): void {
    const depth = this.scopes.indexOf(scope);
    const rank = (depth < 0 ? this.scopes.length : depth) * 2 ** 32;
    scope.locals.forEach((local, i) => this.unwindRanks.set(local, rank + i));
  }

  /** Every local, in the order a panic inside the body drops them (what is not live is empty). */
  private unwindOrder(): LocalId[] {
    const ranked = [...this.unwindRanks].sort((a, b) => b[1] - a[1]).map(([local]) => local);
    const unranked = this.locals.map((_, local) => local).filter((local) => local > 0 && !this.unwindRanks.has(local)).reverse();
    return [...unranked, ...ranked];
  }

  private exitScope(span: Span): void {
    this.emitScopeExit(this.scopes.pop()!, span);
  }

  /** Emits the exits of every scope above `depth`, for a jump out of them; the scopes stay open. */
  private exitScopesTo(depth: number, span: Span): void {
    for (let i = this.scopes.length - 1; i >= depth; i--) this.emitScopeExit(this.scopes[i]!, span);
  }

  private withScope(span: Span, body: () => void): void {
    this.scopes.push({ locals: [] });
    body();
    this.exitScope(span);
  }

  // ---- statements and blocks ----------------------------------------------------------------

  private blockInto(block: Block, dest: Place, beforeExit?: () => void): void {
    this.scopes.push({ locals: [] });
    for (const s of block.stmts) this.statement(s);
    if (block.tail) {
      const tail = block.tail;
      // Edition 2024: a tail expression's temporaries are dropped before the block's locals.
      this.withScope(tail.span, () => this.exprInto(tail, dest));
      // A unit tail (`v.push(x)` without its `;`, the last `if` of a body) is a statement a
      // person steps over like any other: its effects are narrated at its own line, not at the
      // block's end or the function's return.
      if (this.isUnitPlace(dest)) this.mark('statementEnd', tail.span);
    } else if (this.isUnitPlace(dest)) {
      this.use(dest, zst(UNIT), block.span);
    }
    beforeExit?.();
    this.exitScope(this.endSpan(block.span));
  }

  private isUnitPlace(place: Place): boolean {
    return isUnit(this.placeTy(place));
  }

  private newBinding(p: BindingPattern, ty: Ty): LocalId {
    // The item a destructuring `for` pattern takes apart is a temporary, as in rustc's MIR: views
    // show the pattern's own bindings.
    const kind = p.name.name === FOR_PATTERN_NAME ? 'temp' : 'var';
    const local = this.newLocal({ name: p.name.name, ty, kind, mutable: p.mutable, span: p.span });
    this.bindingLocals.set(p.id, local);
    return local;
  }

  private statement(s: Stmt): void {
    switch (s.kind) {
      case 'let': {
        const p = s.pattern;
        const init = s.init;
        if (p.kind === 'binding' && p.subpattern === null && p.byRef === null && !this.typeck.patternPaths.has(p)) {
          const ty = this.sub(this.typeck.bindingTypes.get(p.id)!);
          const local = this.newBinding(p, ty);
          this.emit({ kind: 'storageLive', local, span: s.span });
          const blockScope = this.scopes[this.scopes.length - 1]!;
          if (init) this.withScope(s.span, () => this.extended(blockScope, () => this.exprInto(init, placeOf(local))));
          blockScope.locals.push(local);
        } else if (p.kind === 'wildcard') {
          // `let _ = e;` drops a temporary value at once, but leaves a place where it was.
          if (init) this.withScope(s.span, () => (this.isPlaceExpr(init) ? this.place(init) : this.operandToTemp(init)));
        } else {
          if (!init) throw unsupported('a `let` with a pattern and no initializer', s.span);
          // The initializer's temporaries, its value included, live to the end of the statement
          // (what a `_` or `..` leaves of the value drops there), the bindings beyond. A `ref`
          // binding extends the value to the end of the block, `&temp` in the initializer its operand.
          const blockScope = this.scopes[this.scopes.length - 1]!;
          const statementScope: Scope = { locals: [] };
          this.scopes.push(statementScope);
          const valueScope = isExtendingPattern(p) ? blockScope : statementScope;
          const valueTy = this.ty(init);
          const place = this.extended(blockScope, () => (this.isPlaceExpr(init) ? this.place(init) : this.operandToTempIn(init, valueScope)));
          if (s.elseBlock) {
            const elseBlock = this.newBlock();
            const ok = this.newBlock();
            this.testPattern(p, place, valueTy, elseBlock);
            this.goto(ok, s.span);
            // The statement's temporaries drop before the `else` block runs.
            this.current = elseBlock;
            this.scopes.pop();
            this.emitScopeExit(statementScope, s.span);
            this.blockInto(s.elseBlock, this.temp(UNIT, s.elseBlock.span));
            this.terminate({ kind: 'unreachable', span: s.elseBlock.span });
            this.scopes.push(statementScope);
            this.current = ok;
          }
          this.bindPattern(p, place, valueTy, blockScope);
          this.exitScope(s.span);
        }
        break;
      }
      case 'expr': {
        const expr = s.expr;
        this.withScope(s.span, () => this.exprInto(expr, this.temp(this.ty(expr), expr.span)));
        break;
      }
    }
    this.mark('statementEnd', s.span);
  }

  // ---- places and operands ----------------------------------------------------------------

  /** Whether the expression denotes a place (a local, a dereference, a field, an index). */
  private isPlaceExpr(e: Expr): boolean {
    const x = stripParens(e);
    if (x.kind === 'path') {
      const kind = this.typeck.paths.get(x.id)?.kind;
      return kind === 'local' || kind === 'static';
    }
    if (x.kind === 'unary' && x.op === '*') return true;
    if (x.kind === 'field') return true;
    if (x.kind === 'index') return true;
    return false;
  }

  private place(e: Expr, mutable = false): Place {
    const x = stripParens(e);
    switch (x.kind) {
      case 'path': {
        const r = this.typeck.paths.get(x.id);
        if (r?.kind === 'local') return this.bindingPlace(r.binding.id);
        if (r?.kind === 'static') return derefPlace(this.staticAddress(r, x.span));
        break;
      }
      case 'unary':
        if (x.op === '*') {
          const pointer = this.isPlaceExpr(x.operand) ? this.place(x.operand, mutable) : this.operandToTemp(x.operand);
          this.checkRawDeref(pointer, x.span);
          return this.derefStep(pointer, mutable, x.span);
        }
        break;
      case 'field': {
        const captured = this.capturedFieldPlace(x);
        if (captured) return captured;
        const access = this.typeck.fields.get(x.id)!;
        const base = this.isPlaceExpr(x.base) ? this.place(x.base, mutable) : this.operandToTemp(x.base);
        return fieldPlace(this.derefSteps(base, access.derefs, mutable, x.span), access.index);
      }
      case 'index': {
        if (this.typeck.opCalls.has(x.id)) return this.overloadedIndex(x as Expr & { kind: 'index' }, mutable);
        // `a[i..j]` is the place `*subslice(&a, i, j)`: a slice, reached through a fat pointer.
        if (stripParens(x.index).kind === 'range') return derefPlace(this.sliceRef(x as Expr & { kind: 'index' }, mutable));
        // rustc spans the derefs that reach the indexed slice (`Vec`'s) by the base alone.
        const base = this.derefSteps(this.isPlaceExpr(x.base) ? this.place(x.base, mutable) : this.operandToTemp(x.base), this.typeck.indexes.get(x.id) ?? 0, mutable, x.base.span);
        const index = this.temp(USIZE, x.index.span);
        this.exprInto(x.index, index);
        const len = this.temp(USIZE, x.span);
        this.assign(len, { kind: 'len', place: base }, x.span);
        const ok = this.temp(BOOL, x.span);
        this.assign(ok, { kind: 'binary', op: 'lt', checked: false, left: copy(index), right: copy(len), ty: USIZE }, x.span);
        const next = this.newBlock();
        const span = isBuiltinIndexing(this.ty(x.base)) ? x.span : x.bracket;
        this.terminate({ kind: 'assert', cond: copy(ok), assert: { kind: 'bounds', len: copy(len), index: copy(index) }, target: next, span }, next);
        return project(base, { kind: 'index', local: index.local });
      }
      default:
        break;
    }
    return this.operandToTemp(e);
  }

  /** A binding's place: its local, or inside a closure body, the captured value in the env. */
  private bindingPlace(binding: number): Place {
    const captured = this.capturePlaces.get(String(binding));
    if (captured) return captured;
    const local = this.bindingLocals.get(binding);
    if (local === undefined) throw new Error(`no local for binding ${binding}`);
    return placeOf(local);
  }

  /** Inside a closure body: captured places (`binding.field.field`) to where the env holds them. */
  private readonly capturePlaces = new Map<string, Place>();

  /** A field path `x.a.b` inside a closure body whose prefix was captured on its own. */
  private capturedFieldPlace(e: Expr & { kind: 'field' }): Place | null {
    if (this.capturePlaces.size === 0) return null;
    const fields: number[] = [];
    let x: Expr = e;
    while (stripParens(x).kind === 'field') {
      const f = stripParens(x) as Expr & { kind: 'field' };
      const access = this.typeck.fields.get(f.id)!;
      if (access.derefs > 0) return null;
      fields.unshift(access.index);
      x = f.base;
    }
    const root = stripParens(x);
    if (root.kind !== 'path') return null;
    const r = this.typeck.paths.get(root.id);
    if (r?.kind !== 'local') return null;
    for (let n = fields.length; n > 0; n--) {
      const captured = this.capturePlaces.get([r.binding.id, ...fields.slice(0, n)].join('.'));
      if (captured) return fields.slice(n).reduce((p, f) => fieldPlace(p, f), captured);
    }
    return null;
  }

  private placeOrTemp(e: Expr): Place {
    return this.isPlaceExpr(e) ? this.place(e) : this.operandToTemp(e);
  }

  private operandToTemp(e: Expr): Place {
    return this.operandToTempIn(e, this.scopes[this.scopes.length - 1]!);
  }

  /** Like `operandToTemp`, but the temporary belongs to `scope` (to outlive the current statement).
   *  As in rustc, its drop is scheduled once it holds its value: temporaries drop in reverse
   *  order of completion, so a call's result drops before the temporaries of its arguments. */
  private operandToTempIn(e: Expr, scope: Scope): Place {
    const local = this.newLocal({ name: null, ty: this.valueTy(e), kind: 'temp', mutable: true, span: e.span });
    this.emit({ kind: 'storageLive', local, span: e.span });
    this.exprInto(e, placeOf(local));
    scope.locals.push(local);
    return placeOf(local);
  }

  /** The type of the value an expression produces after its coercion, if any. */
  private valueTy(e: Expr): Ty {
    const coercion = this.typeck.coercions.get(e.id);
    const ty = this.ty(e);
    if (!coercion) return ty;
    const castTo = coercion.toFnPtr ?? coercion.toDyn ?? coercion.toRawPtr ?? coercion.unsizeTo;
    if (castTo) return this.sub(castTo);
    let pointee = (ty as Ty & { k: 'ref' }).inner;
    for (let i = 0; i < coercion.derefs; i++) pointee = this.derefTy(pointee);
    if (coercion.unsize && pointee.k === 'array') pointee = { k: 'slice', elem: pointee.elem };
    return { k: 'ref', mutable: coercion.mutable, inner: pointee };
  }

  private operand(e: Expr): Operand {
    if (this.typeck.coercions.has(e.id)) return this.read(this.operandToTemp(e), this.valueTy(e));
    const constant = this.constant(e);
    if (constant) return constant;
    if (this.isPlaceExpr(e)) return this.read(this.place(e), this.ty(e));
    return this.read(this.operandToTemp(e), this.ty(e));
  }

  /** Passing `&mut` where `&mut` is expected reborrows (`&mut *r`) rather than moving `r`. */
  private argOperand(e: Expr): Operand {
    const ty = this.ty(e);
    if (ty.k === 'ref' && ty.mutable && this.isPlaceExpr(e) && !this.typeck.coercions.has(e.id)) {
      const temp = this.temp(ty, e.span);
      this.assign(temp, { kind: 'ref', mutable: true, place: derefPlace(this.place(e)) }, e.span);
      return { kind: 'move', place: temp };
    }
    return this.operand(e);
  }

  private constant(e: Expr): Operand | null {
    const x = stripParens(e);
    const ty = () => this.ty(x);
    switch (x.kind) {
      case 'int':
        if (ty().k === 'float') return { kind: 'const', value: { kind: 'float', value: Number(x.value) }, ty: ty() };
        return { kind: 'const', value: { kind: 'int', value: x.value }, ty: ty() };
      case 'float':
        return { kind: 'const', value: { kind: 'float', value: parseFloat(x.text) }, ty: ty() };
      case 'bool':
        return boolConst(x.value);
      case 'char':
        return { kind: 'const', value: { kind: 'char', value: x.value }, ty: ty() };
      case 'byte':
        return { kind: 'const', value: { kind: 'int', value: BigInt(x.value) }, ty: ty() };
      case 'str':
        return { kind: 'const', value: { kind: 'str', value: x.value, bytes: x.byte }, ty: ty() };
      case 'unit':
        return zst(UNIT);
      case 'unary': {
        // `-128i8` and `-1.5` are negative literals, not negations that could overflow.
        const inner = stripParens(x.operand);
        if (x.op !== '-' || (inner.kind !== 'int' && inner.kind !== 'float')) return null;
        const lit = this.constant(inner);
        if (lit?.kind !== 'const') return null;
        if (lit.value.kind === 'int') return { ...lit, value: { kind: 'int', value: -lit.value.value } };
        if (lit.value.kind === 'float') return { ...lit, value: { kind: 'float', value: -lit.value.value } };
        return null;
      }
      case 'path':
      case 'qualified': {
        const r = this.typeck.paths.get(x.id);
        if (r?.kind === 'intConst') return { kind: 'const', value: { kind: 'int', value: r.value }, ty: ty() };
        if (r?.kind === 'constParam') return { kind: 'const', value: { kind: 'int', value: this.constArgument(r.name) }, ty: USIZE };
        if (r?.kind === 'floatConst') return { kind: 'const', value: { kind: 'float', value: r.value }, ty: ty() };
        return null;
      }
      default:
        return null;
    }
  }

  /** An operand for arithmetic: std implements the operators on `&T` too, so look through one `&`. */
  private arithOperand(e: Expr): Operand {
    const ty = this.ty(e);
    if (ty.k !== 'ref') return this.operand(e);
    return copy(derefPlace(this.placeOrTemp(e)));
  }

  // ---- expressions ----------------------------------------------------------------------------

  /**
   * Temporary lifetime extension: in `let x = &temp;` (also inside tuple, array and struct
   * literals), the temporary lives as long as the block, not the statement.
   */
  private extendScope: Scope | null = null;

  private extended<T>(scope: Scope, body: () => T): T {
    const saved = this.extendScope;
    this.extendScope = scope;
    try {
      return body();
    } finally {
      this.extendScope = saved;
    }
  }

  private exprInto(e: Expr, dest: Place): void {
    const extend = this.extendScope;
    if (extend && !EXTENDING.has(e.kind)) {
      this.extendScope = null;
      try {
        return this.exprIntoInner(e, dest);
      } finally {
        this.extendScope = extend;
      }
    }
    return this.exprIntoInner(e, dest);
  }

  private exprIntoInner(e: Expr, dest: Place): void {
    const coercion = this.typeck.coercions.get(e.id);
    // Coercions that change the value's representation are casts to the coerced type.
    const castTo = coercion?.toFnPtr ?? coercion?.toDyn ?? coercion?.toRawPtr ?? coercion?.unsizeTo;
    if (castTo) {
      const from = this.ty(e);
      const value = this.isPlaceExpr(e) ? this.read(this.place(e), from) : this.read(this.uncoercedTemp(e), from);
      this.assign(dest, { kind: 'cast', operand: value, from, to: this.sub(castTo) }, e.span);
      return;
    }
    if (coercion) {
      const place = this.derefSteps(derefPlace(this.isPlaceExpr(e) ? this.place(e, coercion.mutable) : this.uncoercedTemp(e)), coercion.derefs, coercion.mutable, e.span);
      const refTy: Ty = { k: 'ref', mutable: coercion.mutable, inner: this.placeTy(place) };
      if (coercion.unsize) {
        const thin = this.temp(refTy, e.span);
        this.assign(thin, { kind: 'ref', mutable: coercion.mutable, place }, e.span);
        this.assign(dest, { kind: 'cast', operand: copy(thin), from: refTy, to: this.valueTy(e) }, e.span);
        return;
      }
      this.assign(dest, { kind: 'ref', mutable: coercion.mutable, place }, e.span);
      return;
    }
    const constant = this.constant(e);
    if (constant) return this.use(dest, constant, e.span);
    if (this.isPlaceExpr(e)) return this.use(dest, this.read(this.place(e), this.ty(e)), e.span);
    const x = e;
    switch (x.kind) {
      case 'paren':
        return this.exprInto(x.inner, dest);
      case 'path':
      case 'qualified':
      case 'qualifiedType':
        return this.pathInto(x, dest);
      case 'tuple':
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'tuple' }, ty: this.ty(x), operands: x.elems.map((el) => this.operand(el)), operandSpans: x.elems.map((el) => el.span) }, x.span);
      case 'array':
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'array' }, ty: this.ty(x), operands: x.elems.map((el) => this.operand(el)), operandSpans: x.elems.map((el) => el.span) }, x.span);
      case 'arrayRepeat': {
        const ty = this.ty(x) as Ty & { k: 'array' };
        return this.assign(dest, { kind: 'repeat', operand: this.operand(x.value), count: knownLen(ty), ty }, x.span);
      }
      case 'binary':
        return this.binaryInto(x as Expr & { kind: 'binary' }, dest);
      case 'unary': {
        const call = this.typeck.opCalls.get(x.id);
        if (call) return this.overloadedCall(call, [this.operand(x.operand)], dest, x.span);
        const ty = this.ty(x);
        const operand = this.arithOperand(x.operand);
        return this.assign(dest, x.op === '-' ? { kind: 'neg', operand, ty } : { kind: 'not', operand, ty }, x.span);
      }
      case 'ref': {
        if (x.raw) {
          // `&raw const *p` of a pointer is the pointer itself (a null one stays null).
          const target = stripParens(x.operand);
          const pointerTy = target.kind === 'unary' && target.op === '*' ? this.ty(target.operand) : null;
          if (target.kind === 'unary' && (pointerTy?.k === 'ptr' || pointerTy?.k === 'ref')) {
            return this.assign(dest, { kind: 'cast', operand: this.operand(target.operand), from: pointerTy, to: this.ty(x) }, x.span);
          }
          // `&raw const place`: rustc's `RawPtr` rvalue, here a reference to the place cast at
          // once, so that no loan outlives the statement.
          const saved = this.rawBorrowing;
          let root = stripParens(x.operand);
          while (root.kind === 'field') root = stripParens(root.base);
          this.rawBorrowing = root.kind === 'unary';
          let place: Place;
          try {
            place = this.place(x.operand, x.mutable);
          } finally {
            this.rawBorrowing = saved;
          }
          const refTy: Ty = { k: 'ref', mutable: x.mutable, inner: this.placeTy(place) };
          const reference = this.temp(refTy, x.span);
          this.assign(reference, { kind: 'ref', mutable: x.mutable, place }, x.span);
          return this.assign(dest, { kind: 'cast', operand: this.read(reference, refTy), from: refTy, to: this.ty(x) }, x.span);
        }
        const scope = this.extendScope;
        const place = this.isPlaceExpr(x.operand) ? this.place(x.operand, x.mutable) : !scope ? this.operandToTemp(x.operand) : this.operandToTempIn(x.operand, scope);
        return this.assign(dest, { kind: 'ref', mutable: x.mutable, place }, x.span);
      }
      case 'assign': {
        const tuple = stripParens(x.target);
        if (tuple.kind === 'tuple') {
          // `(a, b) = (b, a)`: the right side is evaluated whole, then each part is assigned.
          const value = this.operandToTemp(x.value);
          tuple.elems.forEach((el, i) => {
            const target = stripParens(el);
            const part = fieldPlace(value, i);
            if (target.kind === 'path' && target.name === '_') return;
            const place = this.place(target, true);
            if (this.ctx.needsDrop(this.placeTy(place))) {
              const next = this.newBlock();
              this.terminate({ kind: 'drop', place, target: next, span: x.span }, next);
            }
            this.use(place, this.read(part, this.placeTy(part)), x.span);
          });
          return this.unitInto(dest, x.span);
        }
        const value = this.operand(x.value);
        const target = this.place(x.target, true);
        if (this.ctx.needsDrop(this.placeTy(target))) {
          const next = this.newBlock();
          this.terminate({ kind: 'drop', place: target, target: next, span: x.span }, next);
        }
        this.use(target, value, x.span);
        return this.unitInto(dest, x.span);
      }
      case 'compoundAssign': {
        const call = this.typeck.opCalls.get(x.id);
        if (call) {
          const target = this.place(x.target, true);
          const targetRef = this.refTo(target, { k: 'ref', mutable: true, inner: this.placeTy(target) }, x.span, true);
          this.overloadedCall(call, [targetRef, this.operand(x.value)], this.temp(UNIT, x.span), x.span);
          return this.unitInto(dest, x.span);
        }
        const value = this.arithOperand(x.value);
        const target = this.place(x.target, true);
        const op = ARITH[x.op]!;
        const ty = this.placeTy(target);
        this.assign(target, { kind: 'binary', op, checked: CHECKED.has(op) && ty.k === 'int', left: copy(target), right: value, ty }, x.span);
        return this.unitInto(dest, x.span);
      }
      case 'cast': {
        const discriminant = this.unitVariantDiscriminant(x.operand);
        if (discriminant) return this.assign(dest, { kind: 'cast', operand: discriminant, from: discriminant.ty, to: this.ty(x) }, x.span);
        const operand = this.operand(x.operand);
        return this.assign(dest, { kind: 'cast', operand, from: this.ty(x.operand), to: this.ty(x) }, x.span);
      }
      case 'call':
        return this.callInto(x as Expr & { kind: 'call' }, dest);
      case 'methodCall':
        return this.methodCallInto(x as Expr & { kind: 'methodCall' }, dest);
      case 'structLit':
        return this.structLitInto(x as Expr & { kind: 'structLit' }, dest);
      case 'try':
        return this.tryInto(x as Expr & { kind: 'try' }, dest);
      case 'range': {
        const ty = this.ty(x) as Ty & { k: 'adt' };
        const operands = [...(x.start ? [this.operand(x.start)] : []), ...(x.end ? [this.operand(x.end)] : []), ...(x.inclusive && x.start ? [boolConst(false)] : [])];
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: 0 }, ty, operands }, x.span);
      }
      case 'closure': {
        const ty = this.ty(x) as Ty & { k: 'closure' };
        const operands = ty.def.captures.map((c): Operand => {
          const place = c.fields.reduce((p, f) => fieldPlace(p, f), this.bindingPlace(c.binding));
          if (c.mode === 'value') return this.read(place, this.placeTy(place));
          const refTy: Ty = { k: 'ref', mutable: c.mode === 'refMut', inner: this.placeTy(place) };
          const temp = this.temp(refTy, x.span);
          this.assign(temp, { kind: 'ref', mutable: c.mode === 'refMut', place }, x.span);
          return { kind: 'move', place: temp };
        });
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'closure' }, ty, operands }, x.span);
      }
      case 'macro':
        return this.macroInto(x as Expr & { kind: 'macro' }, dest);
      case 'block':
        if (x.label) return this.breakable(x.label, dest, x.span, () => this.blockInto(x.block, dest));
        return this.blockInto(x.block, dest);
      case 'if':
        return this.ifInto(x as Expr & { kind: 'if' }, dest);
      case 'match':
        return this.matchInto(x as Expr & { kind: 'match' }, dest);
      case 'while': {
        const header = this.newBlock();
        this.goto(header, x.span);
        const exit = this.newBlock();
        const conditionFailed = this.newBlock();
        const whileScope: Scope = { locals: [] };
        this.scopes.push(whileScope);
        this.condition(x.cond, conditionFailed);
        this.loopBody(x.label, 'while', exit, header, null, () => this.blockInto(x.body, this.temp(UNIT, x.body.span)));
        this.exitScope(x.span);
        this.goto(header, x.span);
        this.current = conditionFailed;
        this.emitScopeExit(whileScope, x.span);
        this.goto(exit, x.span);
        this.current = exit;
        return this.unitInto(dest, x.span);
      }
      case 'loop': {
        const header = this.newBlock();
        const exit = this.newBlock();
        this.goto(header, x.span);
        this.loopBody(x.label, 'loop', exit, header, dest, () => this.blockInto(x.body, this.temp(UNIT, x.body.span)));
        this.goto(header, x.span);
        this.current = exit;
        return;
      }
      case 'for': {
        const range = stripParens(x.iter);
        if (range.kind === 'range' && range.start && range.end && this.typeck.exprTypes.get(range.id)?.k !== 'adt') this.forRange(x as Expr & { kind: 'for' });
        else this.forIterator(x as Expr & { kind: 'for' });
        return this.unitInto(dest, x.span);
      }
      case 'break': {
        const target = this.findTarget(x.label, false);
        if (x.value && target.dest) this.exprInto(x.value, target.dest);
        else if (target.dest && this.isUnitPlace(target.dest)) this.unitInto(target.dest, x.span);
        this.exitScopesTo(target.scopeDepth, x.span);
        return this.terminate({ kind: 'goto', target: target.breakBlock, span: x.span });
      }
      case 'continue': {
        const target = this.findTarget(x.label, true);
        this.exitScopesTo(target.scopeDepth, x.span);
        return this.terminate({ kind: 'goto', target: target.continueBlock!, span: x.span });
      }
      case 'return':
        if (x.value) this.exprInto(x.value, placeOf(0));
        else this.unitInto(placeOf(0), x.span);
        this.mark('functionExit', x.span);
        this.exitScopesTo(0, x.span);
        return this.terminate({ kind: 'return', span: x.span });
      default:
        throw unsupported(`the expression \`${prettyExpr(x)}\``, x.span);
    }
  }

  private uncoercedTemp(e: Expr): Place {
    const temp = this.temp(this.ty(e), e.span);
    const coercions = this.typeck.coercions as Map<number, unknown>;
    const saved = coercions.get(e.id);
    // The coercion applies to the value this temporary holds, so evaluate the expression itself here.
    coercions.delete(e.id);
    try {
      this.exprInto(e, temp);
    } finally {
      coercions.set(e.id, saved);
    }
    return temp;
  }

  private unitInto(dest: Place, span: Span): void {
    if (this.isUnitPlace(dest)) this.use(dest, zst(UNIT), span);
  }

  /** The value this instance gives the const parameter `name`. */
  private constArgument(name: string): bigint {
    const arg = this.subst.get(name);
    if (arg?.k !== 'const') throw new Error(`internal error: the const parameter ${name} has no value in this instance`);
    return arg.value;
  }

  private pathInto(e: Expr & ({ kind: 'path' } | { kind: 'qualified' } | { kind: 'qualifiedType' }), dest: Place): void {
    const r = this.typeck.paths.get(e.id)!;
    switch (r.kind) {
      case 'ctor': {
        const ty = this.sub(r.ty) as Ty & { k: 'adt' };
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: r.variant }, ty, operands: [] }, e.span);
      }
      case 'const':
        return this.constInto(r, dest, e.span);
      case 'static':
        return this.use(dest, this.read(this.place(e), this.sub(r.ty)), e.span);
      case 'fn':
        return this.use(dest, zst(this.ty(e)), e.span);
      default:
        throw unsupported(`the value \`${prettyExpr(e)}\``, e.span);
    }
  }

  /**
   * `Enum::Variant as u8` casts the discriminant, a constant of the enum's integer type: as
   * rustc builds it (its THIR), the enum value is never made, so the constant is what rustc's
   * lints on known values see (`Level::High as i32 / Level::Low as i32` is known to divide by
   * zero; a variable holding `Level::Low` is not).
   */
  private unitVariantDiscriminant(e: Expr): (Operand & { kind: 'const' }) | null {
    const path = stripParens(e);
    if (path.kind !== 'path' && path.kind !== 'qualified') return null;
    const r = this.typeck.paths.get(path.id);
    if (r?.kind !== 'ctor' || r.ty.def.kind !== 'enum') return null;
    const variant = r.ty.def.variants[r.variant]!;
    if (variant.shape !== 'unit') return null;
    const int = discriminantKind(r.ty.def);
    return { kind: 'const', value: { kind: 'int', value: variant.discriminant }, ty: { k: 'int', int } };
  }

  /** A temporary holding a `static`'s address: `&'static T`, or `*mut T` for a `static mut`. */
  private staticAddress(r: PathRes & { kind: 'static' }, span: Span): Place {
    const inner = this.sub(r.ty);
    const ty: Ty = r.def.item.mutable ? { k: 'ptr', mutable: true, inner } : { k: 'ref', mutable: false, inner };
    const temp = this.temp(ty, span);
    this.use(temp, { kind: 'const', value: { kind: 'static', def: r.def }, ty }, span);
    return temp;
  }

  /** A `const` is its initializer, evaluated where it is used. */
  private constInto(r: PathRes & { kind: 'const' }, dest: Place, span: Span): void {
    const fn = this.program.constFn(r.def);
    const instance = r.args ? this.program.resolve(fn, r.args.map((a) => this.sub(a))) : this.program.instance(fn, []);
    const next = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args: [], dest, target: next, span }, next);
  }

  private binaryInto(e: Expr & { kind: 'binary' }, dest: Place): void {
    if (e.op === '&&' || e.op === '||') {
      // Each path writes the destination once: the short-circuit value, or the right side.
      const cond = this.operand(e.left);
      const right = this.newBlock();
      const shortCircuit = this.newBlock();
      const join = this.newBlock();
      const [ifTrue, ifFalse] = e.op === '&&' ? [right, shortCircuit] : [shortCircuit, right];
      this.terminate({ kind: 'switchBool', cond, ifTrue, ifFalse, span: e.span }, right);
      this.exprInto(e.right, dest);
      this.goto(join, e.span);
      this.current = shortCircuit;
      this.use(dest, boolConst(e.op === '||'), e.span);
      this.goto(join, e.span);
      return;
    }
    const op = ARITH[e.op]!;
    this.currentComparison = e.id;
    if (COMPARISONS.has(op)) return this.comparisonInto(op, e.left, e.right, dest, e.span);
    const call = this.typeck.opCalls.get(e.id);
    if (call) return this.overloadedCall(call, [this.operand(e.left), this.operand(e.right)], dest, e.span);
    const left = this.arithOperand(e.left);
    const right = this.arithOperand(e.right);
    const ty = this.ty(e);
    this.assign(dest, { kind: 'binary', op, checked: CHECKED.has(op) && ty.k === 'int', left, right, ty }, e.span);
  }

  /** Comparisons look through references; primitives compare in place, others through the
   *  machine's structural `eq`/`cmp` (derived impls). */
  private comparisonInto(op: BinOp, leftExpr: Expr, rightExpr: Expr, dest: Place, span: Span): void {
    if (this.typeck.crossEq.has(this.currentComparison)) {
      return this.crossEqInto(op, this.placeOrTemp(leftExpr), this.ty(leftExpr), this.placeOrTemp(rightExpr), this.ty(rightExpr), dest, span);
    }
    let ty = this.ty(leftExpr);
    let left = this.placeOrTemp(leftExpr);
    let right = this.placeOrTemp(rightExpr);
    while (ty.k === 'ref' && ty.inner.k !== 'str') {
      left = derefPlace(left);
      right = derefPlace(right);
      ty = ty.inner;
    }
    this.compareInto(op, left, right, ty, dest, span);
  }

  private compareInto(op: BinOp, left: Place, right: Place, ty: Ty, dest: Place, span: Span): void {
    if (ty.k === 'int' || ty.k === 'float' || ty.k === 'bool' || ty.k === 'char') {
      this.assign(dest, { kind: 'binary', op, checked: false, left: copy(left), right: copy(right), ty }, span);
      return;
    }
    // The type's own `PartialEq` / `PartialOrd` impl, if it has one.
    const userEq = op === 'eq' || op === 'ne' ? this.program.nativeImplMethod('PartialEq', ty, 'eq') : null;
    if (userEq) {
      const refTy: Ty = { k: 'ref', mutable: false, inner: ty };
      const eq = op === 'eq' ? dest : this.temp(BOOL, span);
      const next = this.newBlock();
      this.terminate({ kind: 'call', callee: { kind: 'fn', instance: userEq }, args: [this.refTo(left, refTy, span), this.refTo(right, refTy, span)], dest: eq, target: next, span }, next);
      if (op === 'ne') this.assign(dest, { kind: 'not', operand: copy(eq), ty: BOOL }, span);
      return;
    }
    if (op !== 'eq' && op !== 'ne' && (this.program.nativeImplMethod('PartialOrd', ty, 'partial_cmp') || this.program.nativeImplMethod('Ord', ty, 'cmp'))) {
      const ordering = this.temp(this.ctx.items.adts.has('Ordering') ? { k: 'adt', def: this.ctx.items.adts.get('Ordering')!, args: [] } : UNIT, span);
      const option: Ty = { k: 'adt', def: this.ctx.items.adts.get('Option')!, args: [this.locals[ordering.local]!.ty] };
      const partial = this.temp(option, span);
      this.orderingInto(left, right, ty, partial, true, span);
      // `a < b` is `partial_cmp(a, b) == Some(Less)`, and so on; `None` makes every test false.
      const some = (option as Ty & { k: 'adt' }).def.variants.findIndex((v) => v.name === 'Some');
      const discr = this.temp(USIZE, span);
      this.assign(discr, { kind: 'discriminant', place: partial }, span);
      const isSome = this.newBlock();
      const none = this.newBlock();
      const join = this.newBlock();
      this.terminate({ kind: 'switchInt', discr: copy(discr), values: [BigInt(some)], targets: [isSome], otherwise: none, span }, isSome);
      this.use(ordering, copy(fieldPlace(project(partial, { kind: 'downcast', variant: some }), 0)), span);
      const which = this.temp(USIZE, span);
      this.assign(which, { kind: 'discriminant', place: ordering }, span);
      const wanted = { lt: [0n], le: [0n, 1n], gt: [2n], ge: [2n, 1n] }[op as 'lt' | 'le' | 'gt' | 'ge'];
      const yes = this.newBlock();
      this.terminate({ kind: 'switchInt', discr: copy(which), values: wanted, targets: wanted.map(() => yes), otherwise: none, span }, yes);
      this.use(dest, boolConst(true), span);
      this.goto(join, span);
      this.current = none;
      this.use(dest, boolConst(false), span);
      this.goto(join, span);
      return;
    }
    const refTy: Ty = { k: 'ref', mutable: false, inner: ty.k === 'ref' ? ty.inner : ty };
    const lref = ty.k === 'ref' ? copy(left) : this.refTo(left, refTy, span);
    const rref = ty.k === 'ref' ? copy(right) : this.refTo(right, refTy, span);
    const base = ty.k === 'ref' ? ty.inner : ty;
    if (op === 'eq' || op === 'ne') {
      const eq = op === 'eq' ? dest : this.temp(BOOL, span);
      this.intrinsicCall('eq', [base], [lref, rref], eq, span);
      if (op === 'ne') this.assign(dest, { kind: 'not', operand: copy(eq), ty: BOOL }, span);
      return;
    }
    const ordering = this.temp({ k: 'int', int: 'i8' }, span);
    this.intrinsicCall('cmp', [base], [lref, rref], ordering, span);
    const wanted = { lt: [-1n], le: [-1n, 0n], gt: [1n], ge: [1n, 0n] }[op as 'lt' | 'le' | 'gt' | 'ge'];
    const i8: Ty = { k: 'int', int: 'i8' };
    const first = this.temp(BOOL, span);
    this.assign(first, { kind: 'binary', op: 'eq', checked: false, left: copy(ordering), right: { kind: 'const', value: { kind: 'int', value: wanted[0]! }, ty: i8 }, ty: i8 }, span);
    if (wanted.length === 1) return this.use(dest, copy(first), span);
    const second = this.temp(BOOL, span);
    this.assign(second, { kind: 'binary', op: 'eq', checked: false, left: copy(ordering), right: { kind: 'const', value: { kind: 'int', value: wanted[1]! }, ty: i8 }, ty: i8 }, span);
    this.assign(dest, { kind: 'binary', op: 'bitor', checked: false, left: copy(first), right: copy(second), ty: BOOL }, span);
  }

  private currentComparison = -1;

  /** `a == b` across types: strings compare as `str`, sequences (`SEQUENCE_EQ` in the checker)
   *  as slices; otherwise the program's `PartialEq<R>`. */
  private crossEqInto(op: BinOp, leftPlace: Place, lt: Ty, rightPlace: Place, rt: Ty, dest: Place, span: Span): void {
    const strPlace = (start: Place, startTy: Ty): Place | null => {
      let [place, ty] = [start, startTy];
      while (ty.k === 'ref' || (ty.k === 'adt' && ty.def.name === 'String')) {
        place = derefPlace(place);
        ty = builtinDeref(ty)!;
      }
      return ty.k === 'str' ? place : null;
    };
    const left = strPlace(leftPlace, lt);
    const right = left ? strPlace(rightPlace, rt) : null;
    if (left && right) return this.compareInto(op, left, right, { k: 'str' }, dest, span);
    const leftSlice = this.sequenceSlice(leftPlace, lt, span);
    const rightSlice = leftSlice ? this.sequenceSlice(rightPlace, rt, span) : null;
    if (leftSlice && rightSlice) {
      if (!sameTy(leftSlice.elem, rightSlice.elem)) throw unsupported('`==` between sequences of different element types', span);
      const eq = op === 'eq' ? dest : this.temp(BOOL, span);
      this.intrinsicCall('eq', [{ k: 'slice', elem: leftSlice.elem }], [leftSlice.ref, rightSlice.ref], eq, span);
      if (op === 'ne') this.assign(dest, { kind: 'not', operand: copy(eq), ty: BOOL }, span);
      return;
    }
    const instance = this.program.nativeImplMethod('PartialEq', lt, 'eq', rt);
    if (!instance) throw unsupported('this comparison', span);
    const eq = op === 'eq' ? dest : this.temp(BOOL, span);
    const next = this.newBlock();
    const args = [this.refTo(leftPlace, { k: 'ref', mutable: false, inner: lt }, span), this.refTo(rightPlace, { k: 'ref', mutable: false, inner: rt }, span)];
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args, dest: eq, target: next, span }, next);
    if (op === 'ne') this.assign(dest, { kind: 'not', operand: copy(eq), ty: BOOL }, span);
  }

  /** A `&[T]` to the elements of an array, slice or `Vec` (behind any references), as std's
   *  sequence `PartialEq` impls compare them (`self[..] == other[..]`); null for other types. */
  private sequenceSlice(start: Place, startTy: Ty, span: Span): { ref: Operand; elem: Ty } | null {
    let [place, ty] = [start, startTy];
    while (ty.k === 'ref') [place, ty] = [derefPlace(place), ty.inner];
    if (ty.k === 'adt' && ty.def.std && ty.def.name === 'Vec') [place, ty] = [derefPlace(place), builtinDeref(ty)!];
    if (ty.k === 'slice') return { ref: this.refTo(place, { k: 'ref', mutable: false, inner: ty }, span), elem: ty.elem };
    if (ty.k !== 'array') return null;
    const arrayRef: Ty = { k: 'ref', mutable: false, inner: ty };
    const sliceRef: Ty = { k: 'ref', mutable: false, inner: { k: 'slice', elem: ty.elem } };
    const slice = this.temp(sliceRef, span);
    this.assign(slice, { kind: 'cast', operand: this.refTo(place, arrayRef, span), from: arrayRef, to: sliceRef }, span);
    return { ref: copy(slice), elem: ty.elem };
  }

  /** `Ordering` (or `Some(Ordering)` for `partial_cmp`) of two places: the type's own `Ord` /
   *  `PartialOrd` impl if it has one, else the machine's comparison glue. */
  private orderingInto(left: Place, right: Place, ty: Ty, dest: Place, partial: boolean, span: Span): void {
    const refTy: Ty = { k: 'ref', mutable: false, inner: ty };
    const user = partial ? this.program.nativeImplMethod('PartialOrd', ty, 'partial_cmp') ?? null : this.program.nativeImplMethod('Ord', ty, 'cmp');
    if (user) {
      const next = this.newBlock();
      this.terminate({ kind: 'call', callee: { kind: 'fn', instance: user }, args: [this.refTo(left, refTy, span), this.refTo(right, refTy, span)], dest, target: next, span }, next);
      return;
    }
    const c = this.temp({ k: 'int', int: 'i8' }, span);
    this.intrinsicCall('cmp', [ty], [this.refTo(left, refTy, span), this.refTo(right, refTy, span)], c, span);
    const convert = this.ctx.items.fns.get(partial ? '__partial_ordering' : '__ordering')!;
    const next = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance: this.program.instance(convert, []) }, args: [copy(c)], dest, target: next, span }, next);
  }

  private refTo(place: Place, ty: Ty, span: Span, mutable = false): Operand {
    const temp = this.temp(ty, span);
    this.assign(temp, { kind: 'ref', mutable, place }, span);
    return mutable ? { kind: 'move', place: temp } : copy(temp);
  }

  /** The place `*place`: built in for references, raw pointers, Box, Vec and String; for a type
   *  with a `Deref` impl, the place `*Deref::deref(&place)` (`DerefMut::deref_mut` in a mutable
   *  use), as rustc's MIR has it. */
  private derefStep(place: Place, mutable: boolean, span: Span): Place {
    const ty = this.placeTy(place);
    if (builtinDeref(ty)) return derefPlace(place);
    const target = this.ctx.overloadedDerefTarget(ty, new InferenceTable());
    if (!target) throw new Error(`internal error: no Deref impl for ${ty.k}`);
    const trait = this.ctx.trait(mutable ? 'DerefMut' : 'Deref')!;
    const fn = trait.fns.get(mutable ? 'deref_mut' : 'deref')!;
    const selfRef = this.refTo(place, { k: 'ref', mutable, inner: ty }, span, mutable);
    const result = this.temp({ k: 'ref', mutable, inner: target }, span, { derefOf: ty });
    this.overloadedCall({ fn, args: [ty] }, [selfRef], result, span);
    return derefPlace(result);
  }

  /** The program's `*p` of a raw pointer is checked where it is written (`span`), as a debug
   *  build checks it (null, misaligned) and as stackheap checks what it reaches
   *  (machine/raw-pointers.ts); `&raw const *p` takes no check. */
  private checkRawDeref(pointer: Place, span: Span): void {
    const ty = this.placeTy(pointer);
    if (ty.k !== 'ptr' || this.instance.def.std || this.rawBorrowing) return;
    this.intrinsicCall('raw_deref', [ty.inner], [copy(pointer)], this.temp(UNIT, span), span);
  }

  private derefSteps(place: Place, count: number, mutable: boolean, span: Span): Place {
    let out = place;
    for (let i = 0; i < count; i++) out = this.derefStep(out, mutable, span);
    return out;
  }

  /** The type `*x` has for `x: ty` (see `derefStep`). */
  private derefTy(ty: Ty): Ty {
    const target = this.ctx.derefTarget(ty, new InferenceTable());
    if (!target) throw new Error(`internal error: ${ty.k} cannot be dereferenced`);
    return target;
  }

  /** An operator on a non-primitive type: a call of its trait method. */
  private overloadedCall(call: { fn: FnDef; args: readonly Ty[] }, args: Operand[], dest: Place, span: Span): void {
    const instance = this.program.resolve(call.fn, call.args.map((a) => this.sub(a)));
    const next = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args, dest, target: next, span }, next);
  }

  /** `c[i]` on a type with `Index`: the place `*Index::index(&c, i)` (`index_mut` when mutated). */
  private overloadedIndex(x: Expr & { kind: 'index' }, mutable: boolean): Place {
    const call = this.typeck.opCalls.get(x.id)!;
    const useMut = mutable && this.typeck.indexMut.has(x.id);
    const base = this.derefSteps(this.isPlaceExpr(x.base) ? this.place(x.base, useMut) : this.operandToTemp(x.base), this.typeck.indexes.get(x.id) ?? 0, useMut, x.base.span);
    // rustc spans the autoref of an overloaded index's base by the base alone.
    const baseRef = this.refTo(base, { k: 'ref', mutable: useMut, inner: this.placeTy(base) }, x.base.span, useMut);
    const outputTy = this.ty(x);
    const result = this.temp({ k: 'ref', mutable: useMut, inner: outputTy }, x.span, { refersToSpan: true, indexOf: this.placeTy(base) });
    const fn = useMut ? this.ctx.trait('IndexMut')!.fns.get('index_mut')! : call.fn;
    this.overloadedCall({ fn, args: call.args }, [baseRef, this.operand(x.index)], result, x.bracket);
    return derefPlace(result);
  }

  /** `argSpans`: the arguments' own expressions, when the program wrote them (`vec![x; n]`). */
  private intrinsicCall(name: Callee & { kind: 'intrinsic' } extends { name: infer N } ? N : never, typeArgs: Ty[], args: Operand[], dest: Place, span: Span, argSpans?: readonly Span[]): void {
    const next = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'intrinsic', name, typeArgs }, args, ...(argSpans ? { argSpans } : {}), dest, target: next, span }, next);
  }

  /** `a[i..j]`, `s[..3]`: an intrinsic checks the bounds and makes a fat pointer to the part,
   *  held in the returned temporary. A mutable use (`&mut a[1..]`, `a[..2].sort()`) borrows the
   *  base mutably, as rustc's `index_mut` does: the borrow checker then asks for `mut a`. */
  private sliceRef(e: Expr & { kind: 'index' }, mutable = false): Place {
    const range = stripParens(e.index) as Expr & { kind: 'range' };
    const base = mutable
      ? this.derefSteps(this.isPlaceExpr(e.base) ? this.place(e.base, true) : this.operandToTemp(e.base), this.typeck.indexes.get(e.id) ?? 0, true, e.base.span)
      : this.derefSteps(this.placeOrTemp(e.base), this.typeck.indexes.get(e.id) ?? 0, false, e.span);
    // rustc spans the mutable borrow of the base by the base alone.
    const borrowSpan = mutable ? e.base.span : e.span;
    const baseTy = this.placeTy(base);
    const sliceTy: Ty = baseTy.k === 'str' ? baseTy : { k: 'slice', elem: (baseTy as Ty & { k: 'array' | 'slice' }).elem };
    const refSlice: Ty = { k: 'ref', mutable, inner: sliceTy };
    let fat: Operand;
    if (baseTy.k === 'array') {
      const thinTy: Ty = { k: 'ref', mutable, inner: baseTy };
      const thin = this.temp(thinTy, e.span);
      this.assign(thin, { kind: 'ref', mutable, place: base }, borrowSpan);
      const f = this.temp(refSlice, e.span);
      this.assign(f, { kind: 'cast', operand: mutable ? { kind: 'move', place: thin } : copy(thin), from: thinTy, to: refSlice }, e.span);
      fat = mutable ? { kind: 'move', place: f } : copy(f);
    } else fat = this.refTo(base, refSlice, borrowSpan, mutable);
    const bound = (b: Expr | null): Operand => {
      if (!b) return usizeConst(0n);
      const t = this.temp(USIZE, b.span);
      this.exprInto(b, t);
      return copy(t);
    };
    const start = bound(range.start);
    const end = bound(range.end);
    const endKind = range.end === null ? SliceEnd.open : range.inclusive ? SliceEnd.inclusive : SliceEnd.exclusive;
    const result = this.temp(refSlice, e.span);
    this.intrinsicCall('subslice', [sliceTy], [fat, start, end, usizeConst(endKind)], result, e.bracket);
    return result;
  }

  private ifInto(e: Expr & { kind: 'if' }, dest: Place): void {
    const elseBlock = this.newBlock();
    const join = this.newBlock();
    const ifScope: Scope = { locals: [] };
    this.scopes.push(ifScope);
    this.condition(e.cond, elseBlock);
    this.blockInto(e.then, dest);
    this.exitScope(e.then.span);
    this.goto(join, e.then.span);
    // What the condition left (an `if let` scrutinee's temporaries) is dropped before `else`.
    this.current = elseBlock;
    this.emitScopeExit(ifScope, e.span);
    if (e.else) this.exprInto(e.else, dest);
    else this.unitInto(dest, e.span);
    this.goto(join, e.span);
  }

  /** A condition that falls through when true (binding what `let` patterns bind into the current
   *  scope) and jumps to `fail` when false. */
  private condition(cond: Expr, fail: BlockId): void {
    const c = stripParens(cond);
    if (c.kind === 'let') {
      const ty = this.ty(c.value);
      const place = this.isPlaceExpr(c.value) ? this.place(c.value) : this.operandToTempIn(c.value, this.scopes[this.scopes.length - 1]!);
      this.testPattern(c.pattern, place, ty, fail);
      this.bindPattern(c.pattern, place, ty, this.scopes[this.scopes.length - 1]!);
      return;
    }
    if (c.kind === 'binary' && c.op === '&&' && hasLet(c)) {
      this.condition(c.left, fail);
      this.condition(c.right, fail);
      return;
    }
    // A boolean condition is a temporary scope of its own: `if name.to_lowercase() == "x"` drops
    // the String before either branch runs.
    const outer = this.scopes[this.scopes.length - 1]!;
    const inner: Scope = { locals: [] };
    this.scopes.push(inner);
    let value = this.operand(cond);
    if (inner.locals.some((local) => this.ctx.needsDrop(this.locals[local]!.ty))) {
      this.scopes.pop();
      const flag = this.temp(BOOL, cond.span);
      this.use(flag, value, cond.span);
      this.scopes.push(inner);
      this.exitScope(cond.span);
      value = copy(flag);
    } else {
      this.scopes.pop();
      appendAll(outer.locals, inner.locals);
    }
    const next = this.newBlock();
    this.terminate({ kind: 'switchBool', cond: value, ifTrue: next, ifFalse: fail, span: cond.span }, next);
  }

  private matchInto(e: Expr & { kind: 'match' }, dest: Place): void {
    const ty = this.ty(e.scrutinee);
    const scrutinee = this.placeOrTemp(e.scrutinee);
    const join = this.newBlock();
    for (const arm of e.arms) {
      const next = this.newBlock();
      this.scopes.push({ locals: [] });
      this.testPattern(arm.pattern, scrutinee, ty, next);
      this.bindPattern(arm.pattern, scrutinee, ty, this.scopes[this.scopes.length - 1]!);
      if (arm.guard) {
        const guardFail = this.newBlock();
        this.condition(arm.guard, guardFail);
        const body = this.current;
        this.current = guardFail;
        this.emitScopeExit(this.scopes[this.scopes.length - 1]!, arm.span);
        this.goto(next, arm.span);
        this.current = body;
      }
      this.exprInto(arm.body, dest);
      // An arm that binds variables is a step of its own once its value is computed, before its
      // bindings go out of scope: otherwise no stop ever shows them (an expression-bodied
      // function's `match` has no statement after the arm).
      if (this.scopes[this.scopes.length - 1]!.locals.some((local) => this.locals[local]!.kind === 'var')) this.mark('statementEnd', arm.span);
      this.exitScope(arm.span);
      this.goto(join, arm.span);
      this.current = next;
    }
    this.terminate({ kind: 'unreachable', span: e.span });
    this.current = join;
  }

  private breakable(label: string, dest: Place, span: Span, body: () => void): void {
    const exit = this.newBlock();
    this.breakTargets.push({ kind: 'block', label, breakBlock: exit, continueBlock: null, dest, scopeDepth: this.scopes.length });
    body();
    this.breakTargets.pop();
    this.goto(exit, span);
  }

  private loopBody(label: string | null, kind: 'loop' | 'while' | 'for', breakBlock: BlockId, continueBlock: BlockId, dest: Place | null, body: () => void): void {
    this.breakTargets.push({ kind, label, breakBlock, continueBlock, dest, scopeDepth: this.scopes.length });
    body();
    this.breakTargets.pop();
  }

  private findTarget(label: string | null, isContinue: boolean): BreakTarget {
    for (let i = this.breakTargets.length - 1; i >= 0; i--) {
      const t = this.breakTargets[i]!;
      if (label === null ? t.kind !== 'block' : t.label === label) {
        if (isContinue && t.continueBlock === null) continue;
        return t;
      }
    }
    throw new Error('break target was checked by the type checker');
  }

  /**
   * `for x in a..b` (or `a..=b`) as the real `Range::next` runs it: the next value is taken and
   * the range advanced before the body runs, so `continue` just goes back to the test.
   */
  private forRange(e: Expr & { kind: 'for' }): void {
    const range = stripParens(e.iter) as Expr & { kind: 'range' };
    const ty = this.ty(range);
    const span = range.span;
    const cursor = this.temp(ty, span);
    this.exprInto(range.start!, cursor);
    const end = this.temp(ty, span);
    this.exprInto(range.end!, end);
    const exhausted = range.inclusive ? this.temp(BOOL, span) : null;
    if (exhausted) this.use(exhausted, boolConst(false), span);
    const header = this.newBlock();
    this.goto(header, span);
    const more = this.temp(BOOL, span);
    this.assign(more, { kind: 'binary', op: range.inclusive ? 'le' : 'lt', checked: false, left: copy(cursor), right: copy(end), ty }, span);
    if (exhausted) {
      const notExhausted = this.temp(BOOL, span);
      this.assign(notExhausted, { kind: 'not', operand: copy(exhausted), ty: BOOL }, span);
      this.assign(more, { kind: 'binary', op: 'bitand', checked: false, left: copy(more), right: copy(notExhausted), ty: BOOL }, span);
    }
    const body = this.newBlock();
    const exit = this.newBlock();
    this.terminate({ kind: 'switchBool', cond: copy(more), ifTrue: body, ifFalse: exit, span }, body);
    this.scopes.push({ locals: [] });
    const depth = this.scopes.length - 1;
    const value = this.temp(ty, span);
    this.use(value, copy(cursor), span);
    const one: Operand = { kind: 'const', value: { kind: 'int', value: 1n }, ty };
    if (exhausted) {
      const atEnd = this.temp(BOOL, span);
      this.assign(atEnd, { kind: 'binary', op: 'eq', checked: false, left: copy(cursor), right: copy(end), ty }, span);
      const advance = this.newBlock();
      const stop = this.newBlock();
      const join = this.newBlock();
      this.terminate({ kind: 'switchBool', cond: copy(atEnd), ifTrue: stop, ifFalse: advance, span }, stop);
      this.use(exhausted, boolConst(true), span);
      this.goto(join, span);
      this.current = advance;
      this.assign(cursor, { kind: 'binary', op: 'add', checked: false, left: copy(cursor), right: one, ty }, span);
      this.goto(join, span);
    } else {
      this.assign(cursor, { kind: 'binary', op: 'add', checked: false, left: copy(cursor), right: one, ty }, span);
    }
    this.bindIrrefutable(e.pattern, value, ty);
    this.forBody(e, header, exit, depth);
  }

  /** A `for` loop's body, once its pattern is bound: `break` goes to `exit`, `continue` and the
   *  body's end back to `header`. */
  private forBody(e: Expr & { kind: 'for' }, header: BlockId, exit: BlockId, depth: number): void {
    this.breakTargets.push({ kind: 'for', label: e.label, breakBlock: exit, continueBlock: header, dest: null, scopeDepth: depth });
    this.blockInto(e.body, this.temp(UNIT, e.body.span));
    this.breakTargets.pop();
    this.exitScope(e.body.span);
    this.goto(header, e.span);
    this.current = exit;
  }

  /** `Default::default()`: the type's own impl if it has one, else the derived or built-in value
   *  (zero, false, empty, `None`, each field's default). */
  private defaultInto(ty: Ty, dest: Place, span: Span): void {
    const user = ty.k === 'adt' ? this.program.nativeImplMethod('Default', ty, 'default') : null;
    const call = (instance: Instance) => {
      const next = this.newBlock();
      this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args: [], dest, target: next, span }, next);
    };
    if (user) return call(user);
    switch (ty.k) {
      case 'int':
        return this.use(dest, { kind: 'const', value: { kind: 'int', value: 0n }, ty }, span);
      case 'float':
        return this.use(dest, { kind: 'const', value: { kind: 'float', value: 0 }, ty }, span);
      case 'bool':
        return this.use(dest, boolConst(false), span);
      case 'char':
        return this.use(dest, { kind: 'const', value: { kind: 'char', value: 0 }, ty }, span);
      case 'tuple':
      case 'array': {
        const parts = ty.k === 'tuple' ? ty.elems : Array.from({ length: knownLen(ty) }, () => ty.elem);
        const operands = parts.map((p) => {
          const t = this.temp(p, span);
          this.defaultInto(p, t, span);
          return this.read(t, p);
        });
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: ty.k === 'tuple' ? 'tuple' : 'array' }, ty, operands }, span);
      }
      case 'adt': {
        if (ty.def.std && (ty.def.name === 'Vec' || ty.def.name === 'String')) {
          return call(this.program.instance(this.ctx.inherentImpls(ty)[0]!.def.fns.get('new')!, ty.def.name === 'Vec' ? [ty.args[0]!] : []));
        }
        if (ty.def.std && ty.def.name === 'Option') {
          return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: ty.def.variants.findIndex((v) => v.name === 'None') }, ty, operands: [] }, span);
        }
        const variant = defaultVariant(ty.def);
        const operands = variantTys(ty, variant).map((f) => {
          const t = this.temp(f, span);
          this.defaultInto(f, t, span);
          return this.read(t, f);
        });
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant }, ty, operands }, span);
      }
      case 'box': {
        const inner = this.temp(ty.inner, span);
        this.defaultInto(ty.inner, inner, span);
        return this.intrinsicCall('box_new', [ty.inner], [this.read(inner, ty.inner)], dest, span);
      }
      case 'ref': {
        if (ty.inner.k === 'str' && !ty.mutable) return this.use(dest, { kind: 'const', value: { kind: 'str', value: '', bytes: false }, ty }, span);
        if (ty.inner.k !== 'slice') throw unsupported(`\`Default::default()\` for \`${showTy(ty)}\``, span);
        // `&[]` (or `&mut []`): a borrow of an empty array, promoted as rustc does, unsized.
        const arrayTy: Ty = { k: 'array', elem: ty.inner.elem, len: 0 };
        const array = this.temp(arrayTy, span);
        this.assign(array, { kind: 'aggregate', aggregate: { kind: 'array' }, ty: arrayTy, operands: [] }, span);
        const arrayRefTy: Ty = { k: 'ref', mutable: ty.mutable, inner: arrayTy };
        const arrayRef = this.temp(arrayRefTy, span);
        this.assign(arrayRef, { kind: 'ref', mutable: ty.mutable, place: array }, span);
        return this.assign(dest, { kind: 'cast', operand: this.read(arrayRef, arrayRefTy), from: arrayRefTy, to: ty }, span);
      }
      case 'param':
        // Only a generic function's body built to be checked, which never runs, holds a type
        // parameter: a value that initialises `dest` is all its checkers need.
        return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'tuple' }, ty, operands: [] }, span);
      default:
        throw unsupported(`\`Default::default()\` for \`${ty.k}\``, span);
    }
  }

  /** `e?`: the `Ok`/`Some` value, or return early with the `Err`/`None`. */
  private tryInto(e: Expr & { kind: 'try' }, dest: Place): void {
    const ty = this.ty(e.operand) as Ty & { k: 'adt' };
    const value = this.placeOrTemp(e.operand);
    const isResult = ty.def.name === 'Result';
    const okVariant = ty.def.variants.findIndex((v) => v.name === (isResult ? 'Ok' : 'Some'));
    const errVariant = ty.def.variants.findIndex((v) => v.name === (isResult ? 'Err' : 'None'));
    const discr = this.temp(USIZE, e.span);
    this.assign(discr, { kind: 'discriminant', place: value }, e.span);
    const ok = this.newBlock();
    const err = this.newBlock();
    this.terminate({ kind: 'switchInt', discr: copy(discr), values: [BigInt(okVariant)], targets: [ok], otherwise: err, span: e.span }, err);
    const retTy = this.locals[0]!.ty as Ty & { k: 'adt' };
    const residual = isResult ? [this.read(fieldPlace(project(value, { kind: 'downcast', variant: errVariant }), 0))] : [];
    const conversion = this.typeck.errorConversions.get(e.id);
    if (conversion && residual[0]) {
      const converted = this.temp(this.sub(conversion.args[0]!), e.span);
      this.overloadedCall(conversion, [residual[0]], converted, e.span);
      residual[0] = { kind: 'move', place: converted };
    }
    this.assign(placeOf(0), { kind: 'aggregate', aggregate: { kind: 'adt', variant: errVariant }, ty: retTy, operands: residual }, e.span);
    this.mark('functionExit', e.span);
    this.exitScopesTo(0, e.span);
    this.terminate({ kind: 'return', span: e.span }, ok);
    this.use(dest, this.read(fieldPlace(project(value, { kind: 'downcast', variant: okVariant }), 0)), e.span);
  }

  /** `for pat in iter`: `IntoIterator::into_iter`, then `Iterator::next` until `None`. */
  private forIterator(e: Expr & { kind: 'for' }): void {
    const span = e.iter.span;
    const into = this.ctx.trait('IntoIterator')!;
    const iterator = this.ctx.trait('Iterator')!;
    const iterTy = this.valueTy(e.iter);
    if (iterTy.k === 'array') return this.forArray(e, iterTy);
    const intoIterTy = this.sub({ k: 'assoc', trait: into.def, self: iterTy, args: [], name: 'IntoIter' });
    const itemTy = this.sub({ k: 'assoc', trait: iterator.def, self: intoIterTy, args: [], name: 'Item' });
    const option = this.ctx.items.adts.get('Option')!;
    const optionTy: Ty = { k: 'adt', def: option, args: [itemTy] };
    const some = option.variants.findIndex((v) => v.name === 'Some');
    const iter = this.temp(intoIterTy, span, { forIterator: true });
    const arg = this.operand(e.iter);
    const afterInto = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance: this.program.resolve(into.fns.get('into_iter')!, [iterTy]) }, args: [arg], dest: iter, target: afterInto, span }, afterInto);
    const header = this.newBlock();
    const exit = this.newBlock();
    this.goto(header, span);
    this.scopes.push({ locals: [] });
    const depth = this.scopes.length - 1;
    const next = this.temp(optionTy, span);
    const iterRef = this.temp({ k: 'ref', mutable: true, inner: intoIterTy }, span);
    this.assign(iterRef, { kind: 'ref', mutable: true, place: iter }, span);
    const afterNext = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance: this.program.resolve(iterator.fns.get('next')!, [intoIterTy]) }, args: [{ kind: 'move', place: iterRef }], dest: next, target: afterNext, span }, afterNext);
    const discr = this.temp(USIZE, span);
    this.assign(discr, { kind: 'discriminant', place: next }, span);
    const body = this.newBlock();
    const done = this.newBlock();
    this.terminate({ kind: 'switchInt', discr: copy(discr), values: [BigInt(some)], targets: [body], otherwise: done, span }, done);
    // The iteration's scope ends before leaving the loop, as on every other exit.
    this.emitScopeExit(this.scopes[depth]!, span);
    this.goto(exit, span);
    this.current = body;
    this.bindIrrefutable(e.pattern, fieldPlace(project(next, { kind: 'downcast', variant: some }), 0), itemTy);
    this.forBody(e, header, exit, depth);
  }

  /** `for x in [a, b, c]`: the array's elements moved out one by one (std's `array::IntoIter`);
   *  on an early exit the ones not taken are dropped with the array. */
  private forArray(e: Expr & { kind: 'for' }, ty: Ty & { k: 'array' }): void {
    const span = e.iter.span;
    const array = this.temp(ty, span);
    this.exprInto(e.iter, array);
    const index = this.temp(USIZE, span);
    this.use(index, usizeConst(0n), span);
    const header = this.newBlock();
    const exit = this.newBlock();
    this.goto(header, span);
    const more = this.temp(BOOL, span);
    this.assign(more, { kind: 'binary', op: 'lt', checked: false, left: copy(index), right: usizeConst(BigInt(knownLen(ty))), ty: USIZE }, span);
    const body = this.newBlock();
    this.terminate({ kind: 'switchBool', cond: copy(more), ifTrue: body, ifFalse: exit, span }, body);
    this.scopes.push({ locals: [] });
    const depth = this.scopes.length - 1;
    const element = this.temp(ty.elem, span);
    this.use(element, this.read(project(array, { kind: 'index', local: index.local }), ty.elem), span);
    this.assign(index, { kind: 'binary', op: 'add', checked: false, left: copy(index), right: usizeConst(1n), ty: USIZE }, span);
    this.bindIrrefutable(e.pattern, element, ty.elem);
    this.forBody(e, header, exit, depth);
  }

  // ---- patterns -------------------------------------------------------------------------------

  private bindIrrefutable(p: Pattern, place: Place, ty: Ty): void {
    const scope = this.scopes[this.scopes.length - 1]!;
    if (p.kind === 'binding' && p.subpattern === null && p.byRef === null && !this.typeck.patternPaths.has(p)) {
      const local = this.newBinding(p, this.sub(this.typeck.bindingTypes.get(p.id)!));
      this.emit({ kind: 'storageLive', local, span: p.span });
      this.use(placeOf(local), this.read(place, ty), p.span);
      scope.locals.push(local);
      return;
    }
    this.bindPattern(p, place, ty, scope);
  }

  /** The place a pattern node matches, after its implicit dereferences. */
  private patternPlace(p: Pattern, place: Place): { place: Place; ty: Ty } {
    const info = this.typeck.patterns.get(p);
    let out = place;
    for (let i = 0; i < (info?.derefs ?? 0); i++) out = derefPlace(out);
    return { place: out, ty: this.sub(info?.ty ?? UNIT) };
  }

  /** Emits the tests of a pattern: falls through on a match, jumps to `fail` otherwise.
   *  `or` patterns record which alternative matched in a temporary that `bindPattern` reads. */
  private testPattern(p: Pattern, outer: Place, outerTy: Ty, fail: BlockId): void {
    const { place, ty } = p.kind === 'binding' || p.kind === 'wildcard' || p.kind === 'rest' ? { place: outer, ty: outerTy } : this.patternPlace(p, outer);
    const branch = (cond: Operand) => {
      const next = this.newBlock();
      this.terminate({ kind: 'switchBool', cond, ifTrue: next, ifFalse: fail, span: p.span }, next);
    };
    switch (p.kind) {
      case 'wildcard':
      case 'rest':
        return;
      case 'binding': {
        const res = this.typeck.patternPaths.get(p);
        if (res) return this.testConstant(res, place, this.patternPlace(p, outer), fail, p.span);
        if (p.subpattern) this.testPattern(p.subpattern, place, ty, fail);
        return;
      }
      case 'path': {
        const res = this.typeck.patternPaths.get(p)!;
        return this.testConstant(res, place, { place, ty }, fail, p.span);
      }
      case 'literal': {
        const lit = stripParens(p.value);
        const value = this.operand(lit);
        const cond = this.temp(BOOL, p.span);
        const base = ty.k === 'ref' ? ty.inner : ty;
        if (base.k === 'str') {
          const litPlace = this.temp(this.ty(lit), p.span);
          this.use(litPlace, value, p.span);
          this.compareInto('eq', ty.k === 'ref' ? place : place, litPlace, ty.k === 'ref' ? ty : { k: 'ref', mutable: false, inner: base }, cond, p.span);
        } else {
          this.assign(cond, { kind: 'binary', op: 'eq', checked: false, left: copy(place), right: value, ty }, p.span);
        }
        return branch(copy(cond));
      }
      case 'range': {
        if (p.start) {
          const ok = this.temp(BOOL, p.span);
          this.assign(ok, { kind: 'binary', op: 'ge', checked: false, left: copy(place), right: this.operand(p.start), ty }, p.span);
          branch(copy(ok));
        }
        if (p.end) {
          const ok = this.temp(BOOL, p.span);
          this.assign(ok, { kind: 'binary', op: p.inclusive ? 'le' : 'lt', checked: false, left: copy(place), right: this.operand(p.end), ty }, p.span);
          branch(copy(ok));
        }
        return;
      }
      case 'tuple': {
        const elems = (ty as Ty & { k: 'tuple' }).elems;
        this.forEachSubpattern(p.elems, elems.length, (sub, index) => this.testPattern(sub, fieldPlace(place, index), elems[index]!, fail));
        return;
      }
      case 'tupleStruct':
      case 'struct': {
        const res = this.typeck.patternPaths.get(p) as PathRes & { kind: 'ctor' };
        const adt = ty as Ty & { k: 'adt' };
        const variantPlace = this.testVariant(adt, res.variant, place, fail, p.span);
        return this.forEachFieldPattern(p, adt, res.variant, variantPlace, (sub, at, fieldTy) => this.testPattern(sub, at, fieldTy, fail));
      }
      case 'ref':
        return this.testPattern(p.inner, derefPlace(place), (ty as Ty & { k: 'ref' }).inner, fail);
      case 'or': {
        const which = this.temp(USIZE, p.span);
        this.orChoices.set(p, which.local);
        const matched = this.newBlock();
        p.alts.forEach((alt, i) => {
          const altFail = i === p.alts.length - 1 ? fail : this.newBlock();
          this.testPattern(alt, place, ty, altFail);
          this.use(which, usizeConst(BigInt(i)), alt.span);
          this.goto(matched, alt.span);
          this.current = altFail;
        });
        this.current = matched;
        return;
      }
      case 'slice': {
        const elem = (ty as Ty & { k: 'array' | 'slice' }).elem;
        const rest = restIndex(p.elems);
        if (ty.k === 'slice') {
          const len = this.temp(USIZE, p.span);
          this.assign(len, { kind: 'len', place }, p.span);
          const ok = this.temp(BOOL, p.span);
          const n = BigInt(rest >= 0 ? p.elems.length - 1 : p.elems.length);
          this.assign(ok, { kind: 'binary', op: rest >= 0 ? 'ge' : 'eq', checked: false, left: copy(len), right: usizeConst(n), ty: USIZE }, p.span);
          branch(copy(ok));
        }
        p.elems.forEach((sub, i) => {
          if (i === rest) return;
          const fromEnd = rest >= 0 && i > rest;
          const offset = fromEnd ? p.elems.length - i : i;
          this.testPattern(sub, project(place, { kind: 'constantIndex', offset, fromEnd }), elem, fail);
        });
        return;
      }
    }
  }

  private readonly orChoices = new Map<Pattern, LocalId>();

  private testVariant(adt: Ty & { k: 'adt' }, variant: number, place: Place, fail: BlockId, span: Span): Place {
    if (adt.def.kind !== 'enum') return place;
    const discr = this.temp(USIZE, span);
    this.assign(discr, { kind: 'discriminant', place }, span);
    const next = this.newBlock();
    this.terminate({ kind: 'switchInt', discr: copy(discr), values: [BigInt(variant)], targets: [next], otherwise: fail, span }, next);
    return project(place, { kind: 'downcast', variant });
  }

  private testConstant(res: PathRes, _outer: Place, at: { place: Place; ty: Ty }, fail: BlockId, span: Span): void {
    if (res.kind === 'ctor') {
      this.testVariant(at.ty as Ty & { k: 'adt' }, res.variant, at.place, fail, span);
      return;
    }
    const value = this.temp(at.ty, span);
    if (res.kind === 'intConst') this.use(value, { kind: 'const', value: { kind: 'int', value: res.value }, ty: at.ty }, span);
    else if (res.kind === 'const') this.constInto(res, value, span);
    else throw unsupported('this constant in a pattern', span);
    const cond = this.temp(BOOL, span);
    this.compareInto('eq', at.place, value, at.ty, cond, span);
    const next = this.newBlock();
    this.terminate({ kind: 'switchBool', cond: copy(cond), ifTrue: next, ifFalse: fail, span }, next);
  }

  /** The subpatterns of a struct or tuple-struct pattern, each with its field's place and type. */
  private forEachFieldPattern(p: Pattern & { kind: 'tupleStruct' | 'struct' }, adt: Ty & { k: 'adt' }, variant: number, variantPlace: Place, f: (sub: Pattern, place: Place, ty: Ty) => void): void {
    const fields = variantTys(adt, variant);
    if (p.kind === 'tupleStruct') {
      this.forEachSubpattern(p.elems, fields.length, (sub, index) => f(sub, fieldPlace(variantPlace, index), fields[index]!));
      return;
    }
    const names = adt.def.variants[variant]!.fields;
    for (const field of p.fields) {
      const index = names.findIndex((x) => x.name === field.name.name);
      f(field.pattern, fieldPlace(variantPlace, index), fields[index]!);
    }
  }

  private forEachSubpattern(pats: readonly Pattern[], arity: number, f: (p: Pattern, index: number) => void): void {
    const rest = pats.findIndex((x) => x.kind === 'rest');
    pats.forEach((sub, i) => {
      if (i === rest) return;
      f(sub, rest >= 0 && i > rest ? arity - (pats.length - i) : i);
    });
  }

  /** Binds the pattern's bindings from the matched place, into `scope`. */
  private bindPattern(p: Pattern, outer: Place, outerTy: Ty, scope: Scope): void {
    const { place, ty } = p.kind === 'binding' || p.kind === 'wildcard' || p.kind === 'rest' ? { place: outer, ty: outerTy } : this.patternPlace(p, outer);
    switch (p.kind) {
      case 'binding': {
        if (this.typeck.patternPaths.has(p)) return;
        if (p.subpattern) this.bindPattern(p.subpattern, place, ty, scope);
        const boundTy = this.sub(this.typeck.bindingTypes.get(p.id)!);
        const local = this.newBinding(p, boundTy);
        this.emit({ kind: 'storageLive', local, span: p.span });
        const mode = this.typeck.bindingModes.get(p.id) ?? 'move';
        if (mode === 'move') this.use(placeOf(local), this.read(place, ty), p.span);
        else this.assign(placeOf(local), { kind: 'ref', mutable: mode === 'refMut', place }, p.span);
        scope.locals.push(local);
        return;
      }
      case 'tuple': {
        const elems = (ty as Ty & { k: 'tuple' }).elems;
        this.forEachSubpattern(p.elems, elems.length, (sub, index) => this.bindPattern(sub, fieldPlace(place, index), elems[index]!, scope));
        return;
      }
      case 'tupleStruct':
      case 'struct': {
        const res = this.typeck.patternPaths.get(p) as PathRes & { kind: 'ctor' };
        const adt = ty as Ty & { k: 'adt' };
        const variantPlace = adt.def.kind === 'enum' ? project(place, { kind: 'downcast', variant: res.variant }) : place;
        return this.forEachFieldPattern(p, adt, res.variant, variantPlace, (sub, at, fieldTy) => this.bindPattern(sub, at, fieldTy, scope));
      }
      case 'ref':
        return this.bindPattern(p.inner, derefPlace(place), (ty as Ty & { k: 'ref' }).inner, scope);
      case 'or': {
        const which = this.orChoices.get(p);
        if (which === undefined || !patternBinds(p)) return;
        const join = this.newBlock();
        const targets = p.alts.map(() => this.newBlock());
        this.terminate({ kind: 'switchInt', discr: copy(placeOf(which)), values: p.alts.map((_, i) => BigInt(i)), targets, otherwise: targets[0]!, span: p.span });
        // Every alternative binds the same names: the first one's locals are reused by the rest.
        const before = this.bindingLocals.size;
        p.alts.forEach((alt, i) => {
          this.current = targets[i]!;
          if (i === 0) this.bindPattern(alt, place, ty, scope);
          else this.bindAlternative(alt, place, ty, p.alts[0]!);
          this.goto(join, alt.span);
        });
        void before;
        this.current = join;
        return;
      }
      case 'slice': {
        const elem = (ty as Ty & { k: 'array' | 'slice' }).elem;
        const rest = restIndex(p.elems);
        p.elems.forEach((sub, i) => {
          if (i === rest) {
            if (sub.kind === 'binding') {
              const after = p.elems.length - 1 - rest;
              const projection = ty.k === 'array' ? { kind: 'subslice' as const, from: rest, to: knownLen(ty) - after, fromEnd: false } : { kind: 'subslice' as const, from: rest, to: after, fromEnd: true };
              this.bindSubslice(sub, project(place, projection), scope);
            }
            return;
          }
          const fromEnd = rest >= 0 && i > rest;
          const offset = fromEnd ? p.elems.length - i : i;
          this.bindPattern(sub, project(place, { kind: 'constantIndex', offset, fromEnd }), elem, scope);
        });
        return;
      }
      default:
        return;
    }
  }

  private bindSubslice(p: BindingPattern, place: Place, scope: Scope): void {
    const boundTy = this.sub(this.typeck.bindingTypes.get(p.id)!);
    const local = this.newBinding(p, boundTy);
    this.emit({ kind: 'storageLive', local, span: p.span });
    const mode = this.typeck.bindingModes.get(p.id) ?? 'move';
    if (mode === 'move') this.use(placeOf(local), this.read(place, boundTy), p.span);
    else this.assign(placeOf(local), { kind: 'ref', mutable: mode === 'refMut', place }, p.span);
    scope.locals.push(local);
  }

  /** Binds an `or` alternative into the locals the first alternative created (same names). */
  private bindAlternative(alt: Pattern, place: Place, ty: Ty, first: Pattern): void {
    const firstLocals = new Map<string, LocalId>();
    collectBindings(first, (b) => firstLocals.set(b.name.name, this.bindingLocals.get(b.id)!));
    const scratch: Scope = { locals: [] };
    const saved = new Map(this.bindingLocals);
    this.bindPattern(alt, place, ty, scratch);
    collectBindings(alt, (b) => {
      const fresh = this.bindingLocals.get(b.id)!;
      const target = firstLocals.get(b.name.name)!;
      this.use(placeOf(target), this.read(placeOf(fresh), this.locals[fresh]!.ty), b.span);
      this.bindingLocals.set(b.id, target);
    });
    for (const local of scratch.locals) this.emit({ kind: 'storageDead', local, span: alt.span });
    void saved;
  }

  // ---- calls ----------------------------------------------------------------------------------

  private callInto(e: Expr & { kind: 'call' }, dest: Place): void {
    const callee = stripParens(e.callee);
    const r = this.typeck.paths.get(callee.id);
    if (!r) return this.closureCallInto(e, this.placeOrTemp(callee), dest);
    if (r.kind === 'local') return this.closureCallInto(e, this.bindingPlace(r.binding.id), dest);
    if (r.kind === 'ctor') {
      const ty = this.ty(e) as Ty & { k: 'adt' };
      const operands = e.args.map((a) => this.operand(a));
      return this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: r.variant }, ty, operands, operandSpans: e.args.map((a) => a.span) }, e.span);
    }
    let target: Callee;
    if (r.kind === 'fn' && r.fn.std && r.fn.name.startsWith('__intrinsic_')) {
      target = { kind: 'intrinsic', name: r.fn.name.slice('__intrinsic_'.length) as IntrinsicName, typeArgs: r.args.map((a) => this.sub(a)) };
    } else if (r.kind === 'fn') target = { kind: 'fn', instance: this.program.resolve(r.fn, r.args.map((a) => this.sub(a)), this.instance.def.std ? undefined : e.span) };
    else if (r.kind === 'intrinsic' && r.name === 'default') return this.defaultInto(this.sub(r.typeArgs[0]!), dest, e.span);
    else if (r.kind === 'intrinsic') target = { kind: 'intrinsic', name: r.name, typeArgs: r.typeArgs.map((a) => this.sub(a)) };
    else throw unsupported('calling this value', e.span);
    const args = e.args.map((a) => this.argOperand(a));
    const diverges = target.kind === 'intrinsic' && target.name === 'process_exit';
    const next = diverges ? null : this.newBlock();
    this.terminate({ kind: 'call', callee: target, args, argSpans: e.args.map((a) => a.span), calleeSpan: e.callee.span, dest, target: next, span: e.span }, next ?? this.newBlock());
  }

  /** `f(x)` on a `dyn Fn(..)` place: the call goes through the trait object's vtable, with a
   *  reference to the closure (`&mut` unless `Fn`) first. */
  private dynFnCall(e: Expr & { kind: 'call' }, closure: Place, ty: Ty & { k: 'dynFn' }, dest: Place): void {
    const mutable = ty.kind !== 'Fn';
    const object = this.temp({ k: 'ref', mutable, inner: ty }, e.callee.span);
    this.assign(object, { kind: 'ref', mutable, place: closure }, e.callee.span);
    const next = this.newBlock();
    const args = [{ kind: 'move', place: object } as Operand, ...e.args.map((a) => this.argOperand(a))];
    this.terminate({ kind: 'call', callee: { kind: 'dynFn' }, args, dest, target: next, span: e.span }, next);
  }

  /** Calls a closure: its body takes `&mut` the closure's captured values, then the arguments. */
  private closureCallInto(e: Expr & { kind: 'call' }, place: Place, dest: Place): void {
    let closure = place;
    let ty = this.placeTy(place);
    // Calling a `Box<dyn FnOnce(..)>` consumes it: the box moves into a local of the call, which
    // is dropped (what the closure did not move out, then the block) as soon as the call returns,
    // as std's `call_once` for boxes does.
    if (ty.k === 'box' && ty.inner.k === 'dynFn' && ty.inner.kind === 'FnOnce') {
      const object = ty.inner;
      return this.consumingCall(e, place, ty, (owner) => this.dynFnCall(e, derefPlace(owner), object, dest));
    }
    while (ty.k === 'ref' || ty.k === 'box') {
      closure = derefPlace(closure);
      ty = ty.inner;
    }
    if (ty.k === 'fnDef') {
      // A function item called through a value: the function itself, no captured state.
      const instance = this.program.resolve(ty.fn, ty.args);
      const next = this.newBlock();
      this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args: e.args.map((a) => this.argOperand(a)), dest, target: next, span: e.span }, next);
      return;
    }
    if (ty.k === 'dynFn') return this.dynFnCall(e, closure, ty, dest);
    if (ty.k === 'fnPtr') {
      const next = this.newBlock();
      const args = [copy(closure), ...e.args.map((a) => this.argOperand(a))];
      this.terminate({ kind: 'call', callee: { kind: 'pointer' }, args, dest, target: next, span: e.span }, next);
      return;
    }
    const bound = ty.k === 'param' && this.paramIsCopy ? this.typeck.sig.fnBounds.get(ty.name) : undefined;
    if (bound) {
      // A generic body built to be checked, never run: a call through `F: Fn*` borrows `f`
      // (`call`), borrows it mutably (`call_mut`) or moves it (`call_once`); the callee is opaque.
      const self = bound.kind === 'FnOnce' ? this.read(closure, ty) : this.refTo(closure, { k: 'ref', mutable: bound.kind === 'FnMut', inner: ty }, e.callee.span, bound.kind === 'FnMut');
      const next = this.newBlock();
      this.terminate({ kind: 'call', callee: { kind: 'pointer' }, args: [self, ...e.args.map((a) => this.argOperand(a))], dest, target: next, span: e.span }, next);
      return;
    }
    if (ty.k !== 'closure') throw unsupported(`calling a value of type \`${ty.k}\``, e.span);
    const closureTy = ty;
    // An `FnOnce` closure is consumed by its call, as `call_once` takes it by value.
    if (closureTy.def.kind === 'FnOnce' && closure === place) return this.consumingCall(e, place, closureTy, (owner) => this.closureBodyCall(e, owner, closureTy, dest));
    this.closureBodyCall(e, closure, closureTy, dest);
  }

  /** Calls a closure's body with a reference to the closure (its captured values), then the
   *  arguments: `&` for an `Fn` closure (as `Fn::call` takes it), else `&mut` (the body's
   *  environment is `&mut` whatever the kind: an `Fn` body never writes through it). */
  private closureBodyCall(e: Expr & { kind: 'call' }, closure: Place, ty: Ty & { k: 'closure' }, dest: Place): void {
    const mutable = ty.def.kind !== 'Fn';
    const envTy: Ty = { k: 'ref', mutable, inner: ty };
    const env = this.temp(envTy, e.callee.span);
    this.assign(env, { kind: 'ref', mutable, place: closure }, e.callee.span);
    const args = [{ kind: 'move', place: env } as Operand, ...e.args.map((a) => this.argOperand(a))];
    const instance = this.program.instance(ty.def.fn, ty.args);
    const next = this.newBlock();
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args, dest, target: next, span: e.span }, next);
  }

  /** A call that consumes its callee (`call_once`): the callee moves into a local of the call,
   *  which is dropped (what the call did not move out of it) as soon as the call returns. */
  private consumingCall(e: Expr & { kind: 'call' }, place: Place, ty: Ty, call: (owner: Place) => void): void {
    const owner = this.newLocal({ name: null, ty, kind: 'temp', mutable: true, span: e.callee.span });
    this.emit({ kind: 'storageLive', local: owner, span: e.callee.span });
    this.assign(placeOf(owner), { kind: 'use', operand: { kind: 'move', place } }, e.callee.span);
    call(placeOf(owner));
    const next = this.newBlock();
    this.terminate({ kind: 'drop', place: placeOf(owner), target: next, span: e.span }, next);
    this.emit({ kind: 'storageDead', local: owner, span: e.span });
  }

  private methodCallInto(e: Expr & { kind: 'methodCall' }, dest: Place): void {
    const m = this.typeck.methods.get(e.id)!;
    const receiverMut = m.receiver.autoref === 'refMut';
    const receiver = this.derefSteps(this.isPlaceExpr(e.receiver) ? this.place(e.receiver, receiverMut) : this.operandToTemp(e.receiver), m.receiver.derefs, receiverMut, e.receiver.span);
    const receiverTy = this.placeTy(receiver);
    const receiverOperand = (): Operand => {
      if (m.receiver.unsize) {
        const arrayRef: Ty = { k: 'ref', mutable: m.receiver.autoref === 'refMut', inner: receiverTy };
        const sliceRef: Ty = { k: 'ref', mutable: m.receiver.autoref === 'refMut', inner: { k: 'slice', elem: (receiverTy as Ty & { k: 'array' }).elem } };
        const thin = this.temp(arrayRef, e.receiver.span);
        this.assign(thin, { kind: 'ref', mutable: m.receiver.autoref === 'refMut', place: receiver }, e.receiver.span);
        const fat = this.temp(sliceRef, e.receiver.span);
        this.assign(fat, { kind: 'cast', operand: copy(thin), from: arrayRef, to: sliceRef }, e.receiver.span);
        return { kind: 'move', place: fat };
      }
      if (m.receiver.autoref === null) return this.read(receiver, receiverTy);
      const refTy: Ty = { k: 'ref', mutable: m.receiver.autoref === 'refMut', inner: receiverTy };
      const temp = this.temp(refTy, e.receiver.span);
      // rustc spans a receiver's two-phase `&mut` autoref by the whole call; a shared one, or a
      // reborrow through a reference, by the receiver.
      this.assign(temp, { kind: 'ref', mutable: m.receiver.autoref === 'refMut', place: receiver }, receiverMut && m.receiver.derefs === 0 ? e.span : e.receiver.span);
      return { kind: 'move', place: temp };
    };
    if (m.kind === 'builtin') {
      switch (m.name) {
        case 'len':
        case 'is_empty': {
          const len = m.name === 'len' ? dest : this.temp(USIZE, e.span);
          this.assign(len, { kind: 'len', place: receiver }, e.span);
          if (m.name === 'is_empty') this.assign(dest, { kind: 'binary', op: 'eq', checked: false, left: copy(len), right: usizeConst(0n), ty: USIZE }, e.span);
          return;
        }
        case 'clone':
          return this.intrinsicCall('clone', [receiverTy], [receiverOperand()], dest, e.span);
        case 'to_string':
          return this.intrinsicCall('to_string', [receiverTy], [receiverOperand()], dest, e.span);
        case 'eq':
        case 'ne':
        case 'cmp':
        case 'partial_cmp': {
          // `a.cmp(&b)` compares `a` with `*b`, as the comparison operators do.
          const other = derefPlace(this.placeOrTemp(e.args[0]!));
          if (m.name === 'eq' || m.name === 'ne') return this.compareInto(m.name, receiver, other, receiverTy, dest, e.span);
          return this.orderingInto(receiver, other, receiverTy, dest, m.name === 'partial_cmp', e.span);
        }
        case 'max':
        case 'min': {
          // std's `Ord::max` keeps `other` when the two are equal, `min` keeps `self`.
          const self = this.temp(receiverTy, e.span);
          this.use(self, receiverOperand(), e.span);
          const other = this.operandToTemp(e.args[0]!);
          const pick = this.temp(BOOL, e.span);
          // max: `other < self` keeps self; min: `self <= other` keeps self.
          if (m.name === 'max') this.compareInto('lt', other, self, receiverTy, pick, e.span);
          else this.compareInto('le', self, other, receiverTy, pick, e.span);
          const useSelf = this.newBlock();
          const useOther = this.newBlock();
          const join = this.newBlock();
          this.terminate({ kind: 'switchBool', cond: copy(pick), ifTrue: useSelf, ifFalse: useOther, span: e.span }, useSelf);
          this.use(dest, this.read(self, receiverTy), e.span);
          this.goto(join, e.span);
          this.current = useOther;
          this.use(dest, this.read(other, receiverTy), e.span);
          this.goto(join, e.span);
          return;
        }
      }
    }
    const fnRes = m as MethodRes & { kind: 'fn' };
    const self = receiverOperand();
    const args = [self, ...e.args.map((a) => this.argOperand(a))];
    const methodArgs = fnRes.args.map((a) => this.sub(a));
    const next = this.newBlock();
    const callSpan = methodSpan(e);
    if (receiverTy.k === 'dyn') {
      this.terminate({ kind: 'call', callee: { kind: 'virtual', method: fnRes.fn, args: methodArgs }, args, dest, target: next, span: callSpan }, next);
      return;
    }
    const instance = this.program.resolve(fnRes.fn, methodArgs, this.instance.def.std ? undefined : callSpan);
    this.terminate({ kind: 'call', callee: { kind: 'fn', instance }, args, calleeSpan: e.method.span, dest, target: next, span: callSpan }, next);
  }

  private structLitInto(e: Expr & { kind: 'structLit' }, dest: Place): void {
    const lit = this.typeck.structLits.get(e.id)!;
    const ty = this.sub(lit.ty) as Ty & { k: 'adt' };
    const names = ty.def.variants[lit.variant]!.fields;
    const given = new Map(e.fields.map((f) => [f.name.name, f.value]));
    // Field initialisers run in source order; the aggregate takes them in declaration order.
    const values = new Map<string, Operand>();
    for (const f of e.fields) values.set(f.name.name, this.operand(f.value));
    const base = e.base ? this.placeOrTemp(e.base) : null;
    const operands = names.map((f, i) => {
      if (given.has(f.name)) return values.get(f.name)!;
      const place = fieldPlace(base!, i);
      return this.read(place, this.placeTy(place));
    });
    const operandSpans = names.map((f) => given.get(f.name)?.span ?? e.base!.span);
    this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: lit.variant }, ty, operands, operandSpans }, e.span);
  }

  // ---- macros ---------------------------------------------------------------------------------

  private macroInto(e: Expr & { kind: 'macro' }, dest: Place): void {
    const span = e.span;
    switch (e.name) {
      case 'println':
      case 'print':
      case 'eprintln':
      case 'eprint': {
        const format = this.format(e.format!);
        this.emit({ kind: 'print', sink: { kind: e.name.startsWith('e') ? 'stderr' : 'stdout' }, newline: e.name.endsWith('ln'), format, span });
        return this.unitInto(dest, span);
      }
      case 'dbg':
        return this.dbgInto(e, dest);
      case 'panic':
        return this.terminate({ kind: 'panic', message: { kind: 'format', format: this.format(e.format!) }, span });
      case 'unreachable':
      case 'todo':
      case 'unimplemented':
        return this.terminate({ kind: 'panic', message: { kind: 'prefixed', prefix: FIXED_PANICS[e.name], format: e.format ? this.format(e.format) : null }, span });
      case 'assert':
      case 'debug_assert': {
        const cond = this.operand(e.args[0]!);
        const message: PanicMessage = e.format ? { kind: 'format', format: this.format(e.format) } : { kind: 'text', text: `assertion failed: ${prettyExpr(e.args[0]!)}` };
        return this.assertion(cond, message, span, dest);
      }
      case 'assert_eq':
      case 'assert_ne':
      case 'debug_assert_eq':
      case 'debug_assert_ne': {
        const [l, r] = e.args as [Expr, Expr];
        const ty = this.ty(l);
        const left: FormatArg = { place: this.placeOrTemp(l), ty, span: l.span };
        const right: FormatArg = { place: this.placeOrTemp(r), ty: this.ty(r), span: r.span };
        const equal = this.temp(BOOL, span);
        const eq = e.name.endsWith('eq');
        if (this.typeck.crossEq.has(e.id)) this.crossEqInto(eq ? 'eq' : 'ne', left.place, left.ty, right.place, right.ty, equal, span);
        else {
          let [lp, rp, base] = [left.place, right.place, ty];
          while (base.k === 'ref' && base.inner.k !== 'str') [lp, rp, base] = [derefPlace(lp), derefPlace(rp), base.inner];
          this.compareInto(eq ? 'eq' : 'ne', lp, rp, base, equal, span);
        }
        const message: PanicMessage = { kind: 'assertCmp', op: eq ? '==' : '!=', left, right, custom: e.format ? this.format(e.format) : null };
        return this.assertion(copy(equal), message, span, dest);
      }
      case 'format': {
        const format = this.format(e.format!);
        this.intrinsicCall('format_string', [], [usizeConst(BigInt(estimatedCapacity(format)))], dest, span);
        this.emit({ kind: 'print', sink: { kind: 'string', place: dest, result: null }, newline: false, format, span });
        return;
      }
      case 'write':
      case 'writeln': {
        const target = e.args[0]!;
        let base = this.ty(target);
        while (base.k === 'ref') base = base.inner;
        const place = this.placeOrTemp(target);
        const format = this.format(e.format!);
        const resultTy = this.ty(e) as Ty & { k: 'adt' };
        const ok = resultTy.def.variants.findIndex((v) => v.name === 'Ok');
        this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', variant: ok }, ty: resultTy, operands: [zst(UNIT)] }, span);
        const sink = (base as Ty & { k: 'adt' }).def.name === 'Formatter' ? { kind: 'formatter' as const, place, result: dest } : { kind: 'string' as const, place, result: dest };
        this.emit({ kind: 'print', sink, newline: e.name === 'writeln', format, span });
        return;
      }
      case 'vec': {
        const vecTy = this.ty(e) as Ty & { k: 'adt' };
        const elem = vecTy.args[0]!;
        if (e.repeat) return this.intrinsicCall('vec_from_elem', [elem], [this.operand(e.args[0]!), this.operand(e.args[1]!)], dest, span, [e.args[0]!.span, e.args[1]!.span]);
        // rustc's `box [a, b, c]` allocates the buffer before it evaluates the elements.
        this.intrinsicCall('vec_with_capacity', [elem], [usizeConst(BigInt(e.args.length))], dest, span);
        const arrayTy: Ty = { k: 'array', elem, len: e.args.length };
        const array = this.temp(arrayTy, span);
        this.assign(array, { kind: 'aggregate', aggregate: { kind: 'array' }, ty: arrayTy, operands: e.args.map((a) => this.operand(a)) }, span);
        const thinTy: Ty = { k: 'ref', mutable: true, inner: arrayTy };
        const thin = this.temp(thinTy, span);
        this.assign(thin, { kind: 'ref', mutable: true, place: array }, span);
        const fatTy: Ty = { k: 'ref', mutable: true, inner: { k: 'slice', elem } };
        const fat = this.temp(fatTy, span);
        this.assign(fat, { kind: 'cast', operand: copy(thin), from: thinTy, to: fatTy }, span);
        const vecRefTy: Ty = { k: 'ref', mutable: true, inner: vecTy };
        const vecRef = this.temp(vecRefTy, span);
        this.assign(vecRef, { kind: 'ref', mutable: true, place: dest }, span);
        return this.intrinsicCall('vec_from_elems', [elem], [{ kind: 'move', place: vecRef }, { kind: 'move', place: fat }], this.temp(UNIT, span), span);
      }
      case 'matches': {
        const ty = this.ty(e.args[0]!);
        const place = this.placeOrTemp(e.args[0]!);
        const fail = this.newBlock();
        const join = this.newBlock();
        this.scopes.push({ locals: [] });
        this.testPattern(e.pattern!, place, ty, fail);
        this.bindPattern(e.pattern!, place, ty, this.scopes[this.scopes.length - 1]!);
        if (e.guard) {
          const guardFail = this.newBlock();
          this.condition(e.guard, guardFail);
          const ok = this.current;
          this.current = guardFail;
          this.goto(fail, span);
          this.current = ok;
        }
        this.use(dest, boolConst(true), span);
        this.exitScope(span);
        this.goto(join, span);
        this.current = fail;
        this.use(dest, boolConst(false), span);
        this.goto(join, span);
        return;
      }
      default:
        throw unsupported(`the \`${e.name}!\` macro`, span);
    }
  }

  private assertion(cond: Operand, message: PanicMessage, span: Span, dest: Place): void {
    const ok = this.newBlock();
    const fail = this.newBlock();
    this.terminate({ kind: 'switchBool', cond, ifTrue: ok, ifFalse: fail, span }, fail);
    this.terminate({ kind: 'panic', message, span }, ok);
    this.unitInto(dest, span);
  }

  /** std's \`dbg!\`: each value is moved into a temporary, printed to stderr as
   *  \`[file:line:col] expr = {:#?}\`, and moved out as the result (a tuple for several). */
  private dbgInto(e: Expr & { kind: 'macro' }, dest: Place): void {
    const span = e.span;
    const location: FormatSegment = { kind: 'location', line: span.line, col: span.col };
    if (e.args.length === 0) {
      this.emit({ kind: 'print', sink: { kind: 'stderr' }, newline: true, format: { segments: [{ kind: 'text', text: '[' }, location, { kind: 'text', text: ']' }], args: [] }, span });
      return this.unitInto(dest, span);
    }
    const values = e.args.map((arg, i) => {
      const place = this.operandToTemp(arg);
      const ty = this.ty(arg);
      const segments: FormatSegment[] = [{ kind: 'text', text: '[' }, location, { kind: 'text', text: `] ${e.texts![i]} = ` }, { kind: 'arg', index: 0, spec: PRETTY_DEBUG }];
      this.emit({ kind: 'print', sink: { kind: 'stderr' }, newline: true, format: { segments, args: [{ place, ty, span: arg.span }] }, span });
      return place;
    });
    if (values.length === 1) return this.use(dest, { kind: 'move', place: values[0]! }, span);
    this.assign(dest, { kind: 'aggregate', aggregate: { kind: 'tuple' }, ty: this.ty(e), operands: values.map((place) => ({ kind: 'move', place })) }, span);
  }

  private format(f: FormatArgs): LoweredFormat {
    let next = 0;
    const argExpr = (r: FormatArgRef): Expr => (r.kind === 'name' ? f.named.find((n) => n.name === r.name)!.value : f.positional[r.kind === 'index' ? r.index : next++]!);
    // Which expression each piece formats, and the text of those rustc inlines into the string.
    const pieces = f.pieces.map((p) => {
      if (p.kind === 'text') return { piece: p, width: null, precision: null, value: null, inlined: null };
      const width = p.spec.width?.kind === 'arg' ? argExpr(p.spec.width.arg) : null;
      const precision = p.spec.precision?.kind === 'arg' ? argExpr(p.spec.precision.arg) : null;
      const value = argExpr(p.arg);
      return { piece: p, width, precision, value, inlined: inlinedLiteral(p.spec, value) };
    });
    const used = new Set<Expr>();
    for (const p of pieces) for (const e of [p.width, p.precision, p.inlined === null ? p.value : null]) if (e !== null) used.add(e);
    // The arguments left are evaluated in the order they are written, used or not by the pieces.
    const args: FormatArg[] = [];
    const index = new Map<Expr, number>();
    for (const e of [...f.positional, ...f.named.map((n) => n.value)]) {
      if (!used.has(e)) continue;
      index.set(e, args.length);
      args.push({ place: this.placeOrTemp(e), ty: this.ty(e), span: e.span });
    }
    const count = (c: FormatCount | null, e: Expr | null): FormatCountRef | null => (c === null ? null : c.kind === 'literal' ? c : { kind: 'arg', index: index.get(e!)! });
    const segments: FormatSegment[] = pieces.map(({ piece, width, precision, value, inlined }) => {
      if (piece.kind === 'text') return piece;
      if (inlined !== null) return { kind: 'text', text: inlined };
      // Width and precision arguments come before the value they apply to, as in std's parser.
      return { kind: 'arg', index: index.get(value!)!, spec: { ...piece.spec, width: count(piece.spec.width, width), precision: count(piece.spec.precision, precision) } };
    });
    return { segments, args };
  }
}

/** rustc's lowering of `format_args!` inlines a literal argument formatted by a plain `{}` into the
 *  string (rustc_ast_lowering's `inline_literals`): a string, or an integer that fits its type
 *  (an unsuffixed one `i32`), behind parentheses and `&`s. The string is then a constant, and
 *  `format!`'s capacity estimate counts its text. */
function inlinedLiteral(spec: FormatSpec, value: Expr): string | null {
  if (spec.trait !== '' || spec.fill !== ' ' || spec.align !== null || spec.sign !== null || spec.alternate || spec.zeroPad || spec.width !== null || spec.precision !== null || spec.debugHex !== null) return null;
  let e = value;
  while (e.kind === 'paren' || (e.kind === 'ref' && !e.mutable && !e.raw)) e = e.kind === 'paren' ? e.inner : e.operand;
  if (e.kind === 'str' && !e.byte) return e.value;
  if (e.kind === 'int') {
    const kind = e.suffix ?? 'i32';
    return isIntKind(kind) && e.value <= intRange(kind).max ? e.value.toString() : null;
  }
  return null;
}

/** `{:#?}` */
const PRETTY_DEBUG = { fill: ' ', align: null, sign: null, alternate: true, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null } as const;

/** Expressions whose operands' temporaries get an extended lifetime under `let`. */
const EXTENDING = new Set(['ref', 'tuple', 'array', 'structLit', 'paren', 'cast']);

const FIXED_PANICS: Readonly<Record<Extract<MacroName, 'unreachable' | 'todo' | 'unimplemented'>, string>> = {
  unreachable: 'internal error: entered unreachable code',
  todo: 'not yet implemented',
  unimplemented: 'not implemented',
};

function hasLet(e: Expr): boolean {
  const x = stripParens(e);
  if (x.kind === 'let') return true;
  return x.kind === 'binary' && x.op === '&&' && (hasLet(x.left) || hasLet(x.right));
}

function restIndex(elems: readonly Pattern[]): number {
  return elems.findIndex((x) => x.kind === 'rest' || (x.kind === 'binding' && x.subpattern?.kind === 'rest'));
}

function patternBinds(p: Pattern): boolean {
  let found = false;
  collectBindings(p, () => {
    found = true;
  });
  return found;
}

function showShort(ty: Ty): string {
  switch (ty.k) {
    case 'int':
      return ty.int;
    case 'float':
      return ty.float;
    default:
      return ty.k;
  }
}

/** std's `Arguments::estimated_capacity`: what `format!` reserves before it writes. */
function estimatedCapacity(format: LoweredFormat): number {
  const bytes = (t: string) => new TextEncoder().encode(t).length;
  const pieces = format.segments.filter((x) => x.kind === 'text').reduce((n, x) => n + bytes((x as { text: string }).text), 0);
  const hasArgs = format.segments.some((x) => x.kind === 'arg');
  if (!hasArgs) return pieces;
  const first = format.segments[0];
  if ((first === undefined || first.kind === 'arg') && pieces < 16) return 0;
  return pieces * 2;
}

/** Whether `a[i]` on a value of this type is the language's own indexing (an array or a slice,
 *  behind references and boxes), whose panic rustc locates at the whole `a[i]`. */
function isBuiltinIndexing(ty: Ty): boolean {
  let t = ty;
  while (t.k === 'ref' || t.k === 'box') t = t.inner;
  return t.k === 'array' || t.k === 'slice';
}

/** Where rustc locates a panic of `a[i]` through `Index` (a Vec's, a String's): at the `[`. */

/** A method call's location for `#[track_caller]` panics: rustc points at the method's name. */
function methodSpan(e: Expr & { kind: 'methodCall' }): Span {
  return { ...e.span, start: e.method.span.start, line: e.method.span.line, col: e.method.span.col };
}

/** rustc's extending patterns: a `ref` binding, or a struct, tuple, slice or or-pattern with one
 *  directly inside. A `let` with one keeps its initializer's value to the end of the block. */
function isExtendingPattern(p: Pattern): boolean {
  switch (p.kind) {
    case 'binding':
      return p.byRef !== null;
    case 'tuple':
    case 'tupleStruct':
    case 'slice':
      return p.elems.some(isExtendingPattern);
    case 'struct':
      return p.fields.some((f) => isExtendingPattern(f.pattern));
    case 'or':
      return p.alts.some(isExtendingPattern);
    default:
      return false;
  }
}

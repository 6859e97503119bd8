import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { BinaryOp, Block, Expr, FnItem, FormatArgs, FormatCount, MacroName, Stmt } from '../syntax/ast.js';
import { stripParens } from '../syntax/expr.js';
import { prettyExpr } from '../syntax/pretty.js';
import type { TypedProgram } from '../types/check.js';
import { BOOL, UNIT, isCopy, needsDrop, type Ty } from '../types/ty.js';
import {
  derefPlace, placeOf,
  type BasicBlock, type BinOp, type BlockId, type Body, type Callee, type FormatArg, type FormatCountRef, type FormatSegment,
  type LocalDecl, type LocalId, type LoweredFormat, type MirProgram, type Operand, type PanicMessage, type Place,
  type Rvalue, type Statement, type Terminator,
} from './ir.js';

export function buildMir(typed: TypedProgram): MirProgram {
  const bodies = new Map<string, Body>();
  for (const [name, item] of typed.resolved.fns) bodies.set(name, new FnBuilder(typed, item).build());
  return { bodies, entry: typed.resolved.main.name.name };
}

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

class FnBuilder {
  private readonly locals: LocalDecl[] = [];
  private readonly blocks: BasicBlock[] = [];
  private current: BlockId;
  private readonly scopes: Scope[] = [];
  private readonly breakTargets: BreakTarget[] = [];
  private readonly bindingLocals = new Map<number, LocalId>();

  constructor(private readonly typed: TypedProgram, private readonly item: FnItem) {
    this.current = this.newBlock();
  }

  build(): Body {
    const sig = this.typed.sigs.get(this.item.name.name)!;
    this.newLocal({ name: null, ty: sig.ret, kind: 'return', mutable: true, span: this.item.span });
    this.scopes.push({ locals: [] });
    this.item.params.forEach((param, i) => {
      const local = this.newLocal({ name: param.pattern.name.name, ty: sig.params[i]!, kind: 'arg', mutable: param.pattern.mutable, span: param.span });
      this.bindingLocals.set(param.pattern.id, local);
      this.scopes[0]!.locals.push(local);
    });
    this.blockInto(this.item.body, placeOf(0), () => this.mark('functionExit', this.endSpan(this.item.body.span)));
    this.exitScope(this.item.body.span);
    this.terminate({ kind: 'return', span: this.endSpan(this.item.body.span) });
    for (const block of this.blocks) block.terminator ??= { kind: 'unreachable', span: this.item.span };
    return { name: this.item.name.name, argCount: this.item.params.length, locals: this.locals, blocks: this.blocks, span: this.item.span };
  }

  // ---- building blocks -------------------------------------------------------------------

  private newBlock(): BlockId {
    this.blocks.push({ statements: [], terminator: null });
    return this.blocks.length - 1;
  }

  private newLocal(decl: LocalDecl): LocalId {
    this.locals.push(decl);
    return this.locals.length - 1;
  }

  private temp(ty: Ty, span: Span): Place {
    const local = this.newLocal({ name: null, ty, kind: 'temp', mutable: true, span });
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

  private ty(e: Expr): Ty {
    return this.typed.exprTypes.get(e.id)!;
  }

  // ---- scopes and drops --------------------------------------------------------------------

  /** Drops a scope's locals in reverse order of declaration, then ends their storage. */
  private emitScopeExit(scope: Scope, span: Span): void {
    for (let i = scope.locals.length - 1; i >= 0; i--) {
      const local = scope.locals[i]!;
      if (needsDrop(this.locals[local]!.ty)) {
        const next = this.newBlock();
        this.terminate({ kind: 'drop', place: placeOf(local), target: next, span }, next);
      }
    }
    for (let i = scope.locals.length - 1; i >= 0; i--) this.emit({ kind: 'storageDead', local: scope.locals[i]!, span });
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

  // ---- statements and blocks -----------------------------------------------------------------

  private blockInto(block: Block, dest: Place, beforeExit?: () => void): void {
    this.scopes.push({ locals: [] });
    for (const s of block.stmts) this.statement(s);
    if (block.tail) {
      const tail = block.tail;
      // Edition 2024: a tail expression's temporaries are dropped before the block's locals.
      this.withScope(tail.span, () => this.exprInto(tail, dest));
    } else if (this.isUnit(dest)) {
      this.assign(dest, { kind: 'use', operand: { kind: 'const', value: { kind: 'unit' } } }, block.span);
    }
    beforeExit?.();
    this.exitScope(this.endSpan(block.span));
  }

  private isUnit(place: Place): boolean {
    return place.projection.length === 0 && this.locals[place.local]!.ty.k === 'unit';
  }

  private statement(s: Stmt): void {
    switch (s.kind) {
      case 'let': {
        const ty = this.typed.bindingTypes.get(s.pattern.id)!;
        const local = this.newLocal({ name: s.pattern.name.name, ty, kind: 'var', mutable: s.pattern.mutable, span: s.pattern.span });
        this.bindingLocals.set(s.pattern.id, local);
        const init = s.init;
        if (init) this.withScope(s.span, () => {
          this.emit({ kind: 'storageLive', local, span: s.span });
          this.exprInto(init, placeOf(local));
        });
        else this.emit({ kind: 'storageLive', local, span: s.span });
        this.scopes[this.scopes.length - 1]!.locals.push(local);
        break;
      }
      case 'expr': {
        const expr = s.expr;
        this.withScope(s.span, () => {
          const ty = this.ty(expr);
          if (ty.k === 'unit' || ty.k === 'never') this.exprInto(expr, this.temp(ty, expr.span));
          else this.exprInto(expr, this.temp(ty, expr.span));
        });
        break;
      }
      case 'item':
        throw unsupported('items inside a block', s.span);
    }
    this.mark('statementEnd', s.span);
  }

  // ---- expressions ------------------------------------------------------------------------

  /** Whether the expression denotes a place (a local or a dereference), which is read in place. */
  private isPlaceExpr(e: Expr): boolean {
    if (e.kind === 'paren') return this.isPlaceExpr(e.inner);
    if (e.kind === 'path') return this.typed.resolved.paths.get(e.id)?.kind === 'local';
    return e.kind === 'unary' && e.op === '*';
  }

  private place(e: Expr): Place {
    if (e.kind === 'paren') return this.place(e.inner);
    if (e.kind === 'path') {
      const r = this.typed.resolved.paths.get(e.id);
      if (r?.kind === 'local') return placeOf(this.bindingLocals.get(r.binding.id)!);
    }
    if (e.kind === 'unary' && e.op === '*') {
      const inner = this.isPlaceExpr(e.operand) ? this.place(e.operand) : this.operandToTemp(e.operand);
      return derefPlace(inner);
    }
    return this.operandToTemp(e);
  }

  private operandToTemp(e: Expr): Place {
    const coercion = this.typed.coercions.get(e.id);
    const ty = coercion ? this.coercedTy(e) : this.ty(e);
    const temp = this.temp(ty, e.span);
    this.exprInto(e, temp);
    return temp;
  }

  private coercedTy(e: Expr): Ty {
    const coercion = this.typed.coercions.get(e.id)!;
    let pointee = this.ty(e);
    for (let i = 0; i <= coercion.derefs; i++) pointee = (pointee as Ty & { k: 'ref' | 'box' }).inner;
    return { k: 'ref', mutable: coercion.mutable, inner: pointee };
  }

  private operand(e: Expr): Operand {
    if (this.typed.coercions.has(e.id)) return this.readPlace(this.operandToTemp(e), this.coercedTy(e));
    const constant = this.constant(e);
    if (constant) return constant;
    if (this.isPlaceExpr(e)) return this.readPlace(this.place(e), this.ty(e));
    return this.readPlace(this.operandToTemp(e), this.ty(e));
  }

  /** Passing `&mut` where `&mut` is expected reborrows (`&mut *r`) rather than moving `r`. */
  private argOperand(e: Expr): Operand {
    const ty = this.ty(e);
    if (ty.k === 'ref' && ty.mutable && this.isPlaceExpr(e) && !this.typed.coercions.has(e.id)) {
      const temp = this.temp(ty, e.span);
      this.assign(temp, { kind: 'ref', mutable: true, place: derefPlace(this.place(e)) }, e.span);
      return { kind: 'move', place: temp };
    }
    return this.operand(e);
  }

  private readPlace(place: Place, ty: Ty): Operand {
    return isCopy(ty) ? { kind: 'copy', place } : { kind: 'move', place };
  }

  private constant(e: Expr): Operand | null {
    if (e.kind === 'paren') return this.constant(e.inner);
    if (e.kind === 'int') return { kind: 'const', value: { kind: 'int', value: e.value } };
    if (e.kind === 'bool') return { kind: 'const', value: { kind: 'bool', value: e.value } };
    if (e.kind === 'unit') return { kind: 'const', value: { kind: 'unit' } };
    if (e.kind === 'qualified') {
      const r = this.typed.resolved.paths.get(e.id);
      if (r?.kind === 'intConst') return { kind: 'const', value: { kind: 'int', value: r.value } };
    }
    return null;
  }

  private use(dest: Place, operand: Operand, span: Span): void {
    this.assign(dest, { kind: 'use', operand }, span);
  }

  /** An operand for arithmetic: std implements the operators on `&int` too, so look through one `&`. */
  private arithOperand(e: Expr): Operand {
    const ty = this.ty(e);
    if (ty.k !== 'ref') return this.operand(e);
    const place = this.isPlaceExpr(e) ? this.place(e) : this.operandToTemp(e);
    return { kind: 'copy', place: derefPlace(place) };
  }

  private exprInto(e: Expr, dest: Place): void {
    const coercion = this.typed.coercions.get(e.id);
    if (coercion) {
      let place = derefPlace(this.isPlaceExpr(e) ? this.place(e) : this.operandToTempUncoerced(e));
      for (let i = 0; i < coercion.derefs; i++) place = derefPlace(place);
      this.assign(dest, { kind: 'ref', mutable: coercion.mutable, place }, e.span);
      return;
    }
    const constant = this.constant(e);
    if (constant) return this.use(dest, constant, e.span);
    if (this.isPlaceExpr(e)) return this.use(dest, this.readPlace(this.place(e), this.ty(e)), e.span);
    switch (e.kind) {
      case 'paren':
        return this.exprInto(e.inner, dest);
      case 'binary':
        return this.binaryInto(e as Expr & { kind: 'binary' }, dest);
      case 'unary': {
        const ty = this.typed.exprTypes.get(e.id)!;
        const operand = this.arithOperand(e.operand);
        return this.assign(dest, e.op === '-' ? { kind: 'neg', operand, ty } : { kind: 'not', operand, ty }, e.span);
      }
      case 'ref':
        return this.assign(dest, { kind: 'ref', mutable: e.mutable, place: this.place(e.operand) }, e.span);
      case 'assign': {
        const value = this.operand(e.value);
        const target = this.place(e.target);
        if (needsDrop(this.ty(e.target))) {
          const next = this.newBlock();
          this.terminate({ kind: 'drop', place: target, target: next, span: e.span }, next);
        }
        this.use(target, value, e.span);
        return this.unitInto(dest, e.span);
      }
      case 'compoundAssign': {
        const value = this.arithOperand(e.value);
        const target = this.place(e.target);
        const op = ARITH[e.op]!;
        this.assign(target, { kind: 'binary', op, checked: CHECKED.has(op), left: { kind: 'copy', place: target }, right: value, ty: this.ty(e.target) }, e.span);
        return this.unitInto(dest, e.span);
      }
      case 'cast': {
        const operand = this.operand(e.operand);
        return this.assign(dest, { kind: 'cast', operand, from: this.ty(e.operand), to: this.ty(e) }, e.span);
      }
      case 'call':
        return this.callInto(e as Expr & { kind: 'call' }, dest);
      case 'macro':
        return this.macroInto(e as Expr & { kind: 'macro' }, dest);
      case 'block':
        if (e.label) return this.breakable({ kind: 'block', label: e.label, dest }, e.span, () => this.blockInto(e.block, dest));
        return this.blockInto(e.block, dest);
      case 'if':
        return this.ifInto(e as Expr & { kind: 'if' }, dest);
      case 'while': {
        const header = this.newBlock();
        this.goto(header, e.span);
        const cond = this.operand(e.cond);
        const body = this.newBlock();
        const exit = this.newBlock();
        this.terminate({ kind: 'switchBool', cond, ifTrue: body, ifFalse: exit, span: e.cond.span }, body);
        this.loopBody(e.label, 'while', exit, header, null, () => this.blockInto(e.body, this.temp(UNIT, e.body.span)));
        this.goto(header, e.span);
        this.current = exit;
        return this.unitInto(dest, e.span);
      }
      case 'loop': {
        const header = this.newBlock();
        const exit = this.newBlock();
        this.goto(header, e.span);
        this.loopBody(e.label, 'loop', exit, header, dest, () => this.blockInto(e.body, this.temp(UNIT, e.body.span)));
        this.goto(header, e.span);
        this.current = exit;
        return;
      }
      case 'for':
        this.forRange(e as Expr & { kind: 'for' });
        return this.unitInto(dest, e.span);
      case 'break': {
        const target = this.findTarget(e.label, false);
        if (e.value && target.dest) this.exprInto(e.value, target.dest);
        else if (target.dest && this.isUnit(target.dest)) this.unitInto(target.dest, e.span);
        this.exitScopesTo(target.scopeDepth, e.span);
        return this.terminate({ kind: 'goto', target: target.breakBlock, span: e.span });
      }
      case 'continue': {
        const target = this.findTarget(e.label, true);
        this.exitScopesTo(target.scopeDepth, e.span);
        return this.terminate({ kind: 'goto', target: target.continueBlock!, span: e.span });
      }
      case 'return':
        if (e.value) this.exprInto(e.value, placeOf(0));
        else this.unitInto(placeOf(0), e.span);
        this.mark('functionExit', e.span);
        this.exitScopesTo(0, e.span);
        return this.terminate({ kind: 'return', span: e.span });
      case 'range':
        throw unsupported('ranges outside `for` loops', e.span);
      default:
        throw unsupported(`the expression \`${prettyExpr(e)}\``, e.span);
    }
  }

  private operandToTempUncoerced(e: Expr): Place {
    const temp = this.temp(this.ty(e), e.span);
    const saved = this.typed.coercions.get(e.id);
    // The coercion applies to the value this temporary holds, so evaluate the expression itself here.
    (this.typed.coercions as Map<number, unknown>).delete(e.id);
    try {
      this.exprInto(e, temp);
    } finally {
      if (saved) (this.typed.coercions as Map<number, typeof saved>).set(e.id, saved);
    }
    return temp;
  }

  private unitInto(dest: Place, span: Span): void {
    if (this.isUnit(dest)) this.use(dest, { kind: 'const', value: { kind: 'unit' } }, span);
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
      this.use(dest, { kind: 'const', value: { kind: 'bool', value: e.op === '||' } }, e.span);
      this.goto(join, e.span);
      return;
    }
    const op = ARITH[e.op]!;
    const comparison = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op);
    if (comparison) {
      // Comparing references compares what they point to.
      let [left, right] = [this.operand(e.left), this.operand(e.right)];
      let ty = this.ty(e.left);
      while (ty.k === 'ref') {
        left = { kind: 'copy', place: derefPlace(this.operandPlace(left, ty, e.left.span)) };
        right = { kind: 'copy', place: derefPlace(this.operandPlace(right, ty, e.right.span)) };
        ty = ty.inner;
      }
      this.assign(dest, { kind: 'binary', op, checked: false, left, right, ty }, e.span);
      return;
    }
    const left = this.arithOperand(e.left);
    const right = this.arithOperand(e.right);
    const ty = this.ty(e);
    this.assign(dest, { kind: 'binary', op, checked: CHECKED.has(op), left, right, ty: ty.k === 'bool' ? BOOL : ty }, e.span);
  }

  private operandPlace(operand: Operand, ty: Ty, span: Span): Place {
    if (operand.kind !== 'const') return operand.place;
    const temp = this.temp(ty, span);
    this.use(temp, operand, span);
    return temp;
  }

  private ifInto(e: Expr & { kind: 'if' }, dest: Place): void {
    const cond = this.operand(e.cond);
    const thenBlock = this.newBlock();
    const elseBlock = this.newBlock();
    const join = this.newBlock();
    this.terminate({ kind: 'switchBool', cond, ifTrue: thenBlock, ifFalse: elseBlock, span: e.cond.span }, thenBlock);
    this.blockInto(e.then, dest);
    this.goto(join, e.then.span);
    this.current = elseBlock;
    if (e.else) this.exprInto(e.else, dest);
    else this.unitInto(dest, e.span);
    this.goto(join, e.span);
  }

  private breakable(t: { kind: 'block'; label: string; dest: Place }, span: Span, body: () => void): void {
    const exit = this.newBlock();
    this.breakTargets.push({ ...t, breakBlock: exit, continueBlock: null, scopeDepth: this.scopes.length });
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
    if (exhausted) this.use(exhausted, { kind: 'const', value: { kind: 'bool', value: false } }, span);
    const header = this.newBlock();
    this.goto(header, span);
    const more = this.temp(BOOL, span);
    const copy = (p: Place): Operand => ({ kind: 'copy', place: p });
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
    const binding = this.newLocal({ name: e.pattern.name.name, ty, kind: 'var', mutable: e.pattern.mutable, span: e.pattern.span });
    this.bindingLocals.set(e.pattern.id, binding);
    this.emit({ kind: 'storageLive', local: binding, span: e.pattern.span });
    this.scopes[depth]!.locals.push(binding);
    this.use(placeOf(binding), copy(cursor), e.pattern.span);
    const one: Operand = { kind: 'const', value: { kind: 'int', value: 1n } };
    if (exhausted) {
      const atEnd = this.temp(BOOL, span);
      this.assign(atEnd, { kind: 'binary', op: 'eq', checked: false, left: copy(cursor), right: copy(end), ty }, span);
      const advance = this.newBlock();
      const stop = this.newBlock();
      const join = this.newBlock();
      this.terminate({ kind: 'switchBool', cond: copy(atEnd), ifTrue: stop, ifFalse: advance, span }, stop);
      this.use(exhausted, { kind: 'const', value: { kind: 'bool', value: true } }, span);
      this.goto(join, span);
      this.current = advance;
      this.assign(cursor, { kind: 'binary', op: 'add', checked: false, left: copy(cursor), right: one, ty }, span);
      this.goto(join, span);
    } else {
      this.assign(cursor, { kind: 'binary', op: 'add', checked: false, left: copy(cursor), right: one, ty }, span);
    }
    this.breakTargets.push({ kind: 'for', label: e.label, breakBlock: exit, continueBlock: header, dest: null, scopeDepth: depth });
    this.blockInto(e.body, this.temp(UNIT, e.body.span));
    this.breakTargets.pop();
    this.exitScope(e.body.span);
    this.goto(header, e.span);
    this.current = exit;
  }

  private callInto(e: Expr & { kind: 'call' }, dest: Place): void {
    const callee = e.callee.kind === 'paren' ? e.callee.inner : e.callee;
    const r = this.typed.resolved.paths.get(callee.id)!;
    const target: Callee = r.kind === 'fn' ? { kind: 'fn', name: r.item.name.name } : { kind: 'intrinsic', name: (r as { name: Callee['name'] & string }).name as never };
    const args = e.args.map((a) => this.argOperand(a));
    const diverges = target.kind === 'intrinsic' && target.name === 'process_exit';
    const next = diverges ? null : this.newBlock();
    this.terminate({ kind: 'call', callee: target, args, dest, target: next, span: e.span }, next ?? this.newBlock());
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
        this.emit({ kind: 'print', stream: e.name.startsWith('e') ? 'stderr' : 'stdout', newline: e.name.endsWith('ln'), format, span });
        return this.unitInto(dest, span);
      }
      case 'panic':
        return this.terminate({ kind: 'panic', message: { kind: 'format', format: this.format(e.format!) }, span });
      case 'unreachable':
      case 'todo':
      case 'unimplemented':
        return this.terminate({ kind: 'panic', message: { kind: 'prefixed', prefix: FIXED_PANICS[e.name], format: e.format ? this.format(e.format) : null }, span });
      case 'assert': {
        const cond = this.operand(e.args[0]!);
        const message: PanicMessage = e.format ? { kind: 'format', format: this.format(e.format) } : { kind: 'text', text: `assertion failed: ${prettyExpr(e.args[0]!)}` };
        return this.assertion(cond, message, span, dest);
      }
      case 'assert_eq':
      case 'assert_ne': {
        const [l, r] = e.args as [Expr, Expr];
        const ty = this.ty(l);
        const left: FormatArg = { place: this.isPlaceExpr(l) ? this.place(l) : this.operandToTemp(l), ty };
        const right: FormatArg = { place: this.isPlaceExpr(r) ? this.place(r) : this.operandToTemp(r), ty };
        const equal = this.temp(BOOL, span);
        let [lp, rp, base] = [left.place, right.place, ty];
        while (base.k === 'ref') [lp, rp, base] = [derefPlace(lp), derefPlace(rp), base.inner];
        this.assign(equal, { kind: 'binary', op: e.name === 'assert_eq' ? 'eq' : 'ne', checked: false, left: { kind: 'copy', place: lp }, right: { kind: 'copy', place: rp }, ty: base }, span);
        const message: PanicMessage = { kind: 'assertCmp', op: e.name === 'assert_eq' ? '==' : '!=', left, right, custom: e.format ? this.format(e.format) : null };
        return this.assertion({ kind: 'copy', place: equal }, message, span, dest);
      }
    }
  }

  private assertion(cond: Operand, message: PanicMessage, span: Span, dest: Place): void {
    const ok = this.newBlock();
    const fail = this.newBlock();
    this.terminate({ kind: 'switchBool', cond, ifTrue: ok, ifFalse: fail, span }, fail);
    this.terminate({ kind: 'panic', message, span }, ok);
    this.unitInto(dest, span);
  }

  private format(f: FormatArgs): LoweredFormat {
    const args: FormatArg[] = [];
    const argOf = (e: Expr): number => {
      const place = this.isPlaceExpr(e) ? this.place(e) : this.operandToTemp(e);
      args.push({ place, ty: this.ty(e) });
      return args.length - 1;
    };
    const positional = f.positional.map(argOf);
    const named = new Map(f.named.map((n) => [n.name, argOf(n.value)]));
    let next = 0;
    const ref = (r: { kind: 'next' } | { kind: 'index'; index: number } | { kind: 'name'; name: string }): number =>
      r.kind === 'name' ? named.get(r.name)! : positional[r.kind === 'index' ? r.index : next++]!;
    const count = (c: FormatCount | null): FormatCountRef | null =>
      c === null ? null : c.kind === 'literal' ? c : { kind: 'arg', index: ref(c.arg) };
    const segments: FormatSegment[] = f.pieces.map((p) => {
      if (p.kind === 'text') return p;
      // Width and precision arguments come before the value they apply to, as in std's parser.
      const width = count(p.spec.width);
      const precision = count(p.spec.precision);
      return { kind: 'arg', index: ref(p.arg), spec: { ...p.spec, width, precision } };
    });
    return { segments, args };
  }
}

const FIXED_PANICS: Readonly<Record<Extract<MacroName, 'unreachable' | 'todo' | 'unimplemented'>, string>> = {
  unreachable: 'internal error: entered unreachable code',
  todo: 'not yet implemented',
  unimplemented: 'not implemented',
};

export type { BinaryOp };

import { compileError, Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { rvalueOperands, rvaluePlace, successors } from '../mir/cfg.js';
import { staticOf, staticTemps } from '../mir/statics.js';
import type { ConstDef } from '../resolve/items.js';
import type { BasicBlock, Body, LocalId, MirProgram, Operand, Place, Projection, Rvalue, Statement, Terminator } from '../mir/ir.js';
import { closureHead } from '../types/auto-trait-errors.js';
import { showTy, smartPointerData, type ClosureDef, type Ty } from '../types/ty.js';
import { PlaceNames } from './place-names.js';
import { placeTy, prefixTypes } from './places.js';

/**
 * Initialisation and move checking on the MIR, as rustc's borrow checker does it: a forward
 * dataflow of which locals may be uninitialised and which places may have been moved out.
 * Reports E0382 (use of a moved value), E0381 (use of an uninitialised binding), E0384
 * (assigning twice to an immutable binding), E0507/E0508 (moving out of a reference or an
 * array by index). Only named locals are checked: the MIR builder writes every temporary
 * before reading it. In a closure's body, its environment (`_1`, `&mut` the closure) holds the
 * captured variables as rustc's upvars: what it captured by value is its own to move out only if
 * it is `FnOnce` (E0507 otherwise, "a captured variable in an `FnMut` closure"), and a by-reference
 * capture is the variable it borrows. Returns the error rustc reports first in the body (sorted
 * by location).
 */
export function findMoveError(body: Body, program: MirProgram): Diagnostic | null {
  const errors = new MoveChecker(body, program).check();
  if (errors.length === 0) return null;
  return errors.sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col)[0]!;
}

/** Per local: may it be uninitialised, which of its paths may be moved out, was it assigned. */
interface State {
  readonly uninit: Set<LocalId>;
  readonly moved: Set<string>;
  readonly assigned: Set<LocalId>;
  /** Where each moved path was moved, when rustc would call it "value moved here" (a plain use
   *  or a function's argument, not a method's receiver or a closure's capture). */
  readonly movedAt: Map<string, Span>;
  /** Paths moved into a closure (captured by value): the closure, and the capture's use in it. */
  readonly movedInto: Map<string, { readonly closure: ClosureDef; readonly use: Span }>;
}

const cloneState = (s: State): State => ({ uninit: new Set(s.uninit), moved: new Set(s.moved), assigned: new Set(s.assigned), movedAt: new Map(s.movedAt), movedInto: new Map(s.movedInto) });

function joinInto(target: State, source: State): boolean {
  let changed = false;
  for (const [path, span] of source.movedAt) if (!target.movedAt.has(path)) target.movedAt.set(path, span);
  for (const [path, site] of source.movedInto) if (!target.movedInto.has(path)) target.movedInto.set(path, site);
  for (const key of ['uninit', 'moved', 'assigned'] as const) {
    for (const x of source[key] as Set<unknown>) {
      if (!(target[key] as Set<unknown>).has(x)) {
        (target[key] as Set<unknown>).add(x);
        changed = true;
      }
    }
  }
  return changed;
}

function projectionKey(p: Projection): string {
  switch (p.kind) {
    case 'deref':
      return '*';
    case 'field':
      return `.${p.index}`;
    case 'downcast':
      return `@${p.variant}`;
    // A pattern's elements of an array are moved apart (`let [a, .., b] = v;`).
    case 'constantIndex':
      return `[${p.fromEnd ? '-' : ''}${p.offset}]`;
    default:
      return '[]';
  }
}

/** A place as a path string: `3`, `3.0`, `3*`, ... Index projections are one path; a constant
 *  index (a pattern's) is a path of its own. */
function pathKey(place: Place): string {
  return `${place.local}${place.projection.map(projectionKey).join('')}`;
}

/** Whether one path is a prefix of the other (at a projection boundary). */
function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long.length === short.length || /[.*@[]/.test(long[short.length]!));
}

class MoveChecker {
  private readonly entry: (State | undefined)[];
  /** Whether transfer functions report errors; off while the fixpoint is being computed. */
  private reporting = false;

  /** Temporaries holding a static's address: moving out of a static is an error. */
  private readonly statics: ReadonlyMap<LocalId, ConstDef>;

  /** In a closure's body: the closure, whose environment is local 1. */
  private readonly closure: ClosureDef | null;
  private readonly names: PlaceNames;

  constructor(private readonly body: Body, private readonly program: MirProgram) {
    this.entry = new Array(body.blocks.length);
    this.statics = staticTemps(body);
    this.names = new PlaceNames(body);
    const env = body.instance.def.closure ? body.locals[1]?.ty : undefined;
    this.closure = env?.k === 'ref' && env.inner.k === 'closure' ? env.inner.def : null;
  }

  /** The capture a place of the closure's environment starts with (`(*_1).i`), and the number
   *  of projections that name the captured variable (with the deref of a by-reference capture). */
  private capture(place: Place): { index: number; depth: number } | null {
    if (!this.closure || place.local !== 1 || place.projection[0]?.kind !== 'deref') return null;
    const field = place.projection[1];
    if (field?.kind !== 'field') return null;
    const capture = this.closure.captures[field.index];
    if (!capture) return null;
    return { index: field.index, depth: capture.mode === 'value' ? 2 : 3 };
  }

  private readonly errors: Diagnostic[] = [];

  check(): Diagnostic[] {
    const start: State = { uninit: new Set(), moved: new Set(), assigned: new Set(), movedAt: new Map(), movedInto: new Map() };
    // Only named locals are checked, so only theirs are tracked: the state stays as small as
    // the bindings, whatever the number of temporaries and blocks.
    this.body.locals.forEach((local, id) => {
      if (local.kind === 'var') start.uninit.add(id);
      if (local.kind === 'arg') start.assigned.add(id);
    });
    this.entry[0] = start;
    const work = [0];
    while (work.length > 0) {
      const id = work.pop()!;
      const out = this.transferBlock(this.body.blocks[id]!, cloneState(this.entry[id]!));
      for (const succ of successors(this.body.blocks[id]!.terminator!)) {
        const existing = this.entry[succ];
        if (!existing) {
          this.entry[succ] = cloneState(out);
          work.push(succ);
        } else if (joinInto(existing, out)) {
          work.push(succ);
        }
      }
    }
    this.reporting = true;
    this.body.blocks.forEach((block, id) => {
      const state = this.entry[id];
      if (state) this.transferBlock(block, cloneState(state));
    });
    return this.errors;
  }

  private transferBlock(block: BasicBlock, state: State): State {
    for (const s of block.statements) this.guard(() => this.statement(s, state));
    this.guard(() => this.terminator(block.terminator!, state));
    return state;
  }

  /** While reporting, an error is recorded and the check goes on (rustc reports them all). */
  private guard(f: () => void): void {
    if (!this.reporting) return f();
    try {
      f();
    } catch (error) {
      if (error instanceof Diagnostic) this.errors.push(error);
      else throw error;
    }
  }

  private isNamed(local: LocalId): boolean {
    const kind = this.body.locals[local]!.kind;
    return kind === 'var' || kind === 'arg';
  }

  private describe(place: Place): string {
    if (this.capture(place)) return this.names.describe(place, false).replace(/^`|`$/g, '');
    let text = this.body.locals[place.local]!.name ?? '_';
    let ty = this.body.locals[place.local]!.ty;
    for (const p of place.projection) {
      if (p.kind === 'deref') {
        text = `*${text}`;
        ty = (ty as Ty & { k: 'ref' | 'box' }).inner;
      } else if (p.kind === 'field') {
        const name = ty.k === 'adt' ? ty.def.variants[0]!.fields[p.index]?.name ?? String(p.index) : String(p.index);
        text = `${text}.${name}`;
        ty = UNKNOWN;
      } else if (p.kind === 'index') text = `${text}[_]`;
    }
    return text;
  }

  private use(place: Place, state: State, span: Span, how: 'use' | 'borrow'): void {
    if (!this.reporting || !this.isNamed(place.local)) return;
    const key = pathKey(place);
    for (const moved of state.moved) {
      if (!overlaps(moved, key)) continue;
      const partial = moved.length > key.length;
      // rustc names the value that was moved: the used place cut down to the moved path.
      const movedDepth = (moved.slice(String(place.local).length).match(/\*|\.\d+|@\d+|\[\]/g) ?? []).length;
      const name = this.describe(partial ? place : { local: place.local, projection: place.projection.slice(0, movedDepth) });
      const error = compileError('E0382', `${how} of ${partial ? 'partially moved' : 'moved'} value: \`${name}\``, span, `value ${how === 'borrow' ? 'borrowed' : 'used'} here after ${partial ? 'partial ' : ''}move`);
      this.labelMove(error, place.local, moved, state, span);
      throw error;
    }
    if (state.uninit.has(place.local)) {
      const local = this.body.locals[place.local]!.name ?? '_';
      const possibly = state.assigned.has(place.local);
      const headline = possibly ? `used binding \`${local}\` is possibly-uninitialized` : `used binding \`${local}\` isn't initialized`;
      const error = compileError('E0381', headline, span, `\`${local}\` used here but it ${possibly ? 'is possibly-uninitialized' : "isn't initialized"}`);
      const decl = this.body.locals[place.local]!;
      if (decl.kind === 'var') error.withLabel(decl.span, 'binding declared here but left uninitialized');
      throw error;
    }
  }

  /**
   * rustc's labels for a use after a move: the binding's type that is not `Copy` (for a move of
   * the whole binding) and where the value was moved. A move after the use in the source (one
   * in a previous iteration of a loop) is worded otherwise by rustc and left out.
   */
  private labelMove(error: Diagnostic, local: LocalId, moved: string, state: State, use: Span): void {
    const decl = this.body.locals[local]!;
    this.noteCapturedType(error, local, moved);
    if (decl.ty.k === 'closure' && decl.ty.def.kind === 'FnOnce' && moved === String(local)) {
      // Its call moved it (`call_once` takes it by value).
      const at = state.movedAt.get(moved);
      if (at && at.start < use.start) error.withLabel(at, `\`${decl.name ?? '_'}\` moved due to this call`);
      return;
    }
    if (moved === String(local) && decl.name !== null) error.withLabel(decl.span, `move occurs because \`${decl.name}\` has type \`${showTy(decl.ty)}\`, which does not implement the \`Copy\` trait`);
    const into = state.movedInto.get(moved);
    if (into && into.closure.span.start < use.start) {
      error.withLabel(closureHead(into.closure), 'value moved into closure here');
      error.withLabel(into.use, 'variable moved due to use in closure');
      const isMove = into.closure.fn.closure?.expr.isMove ?? false;
      if (!isMove && moved === String(local) && this.program.isClone(decl.ty)) error.withSuggestion(CLONE_HELP, [{ span: emptyAt(into.use), text: '.clone()' }]);
      return;
    }
    const at = state.movedAt.get(moved);
    if (!at || at.start >= use.start) return;
    error.withLabel(at, 'value moved here');
    if (moved === String(local) && this.program.isClone(decl.ty)) error.withSuggestion(CLONE_HELP, [{ span: emptyAt(at), text: '.clone()' }]);
  }

  /** A captured variable moved as a whole (the path `1*.i` of a capture by value): its
   *  declaration is outside the closure, so rustc says what its type is in a note. */
  private noteCapturedType(error: Diagnostic, local: LocalId, moved: string): void {
    const field = /^1\*\.(\d+)$/.exec(moved);
    if (!field || local !== 1) return;
    const place: Place = { local, projection: [{ kind: 'deref' }, { kind: 'field', index: Number(field[1]) }] };
    if (this.capture(place)?.depth !== 2) return;
    error.withNote('note', `move occurs because \`${this.describe(place)}\` has type \`${showTy(placeTy(this.body, place))}\`, which does not implement the \`Copy\` trait`);
  }

  /** `borrowable`: the operand is a whole value assigned (`let x = v[0];`), where rustc offers
   *  to borrow what cannot be moved. */
  private operand(op: Operand, state: State, span: Span, plainMove = false, borrowable = false): void {
    if (op.kind === 'const') return;
    this.use(op.place, state, span, 'use');
    if (op.kind !== 'move') return;
    const item = this.reporting ? staticOf(op.place, this.statics) : null;
    if (item) {
      const pointer = this.body.locals[op.place.local]!.ty;
      const label = op.place.projection.length === 1 && (pointer.k === 'ref' || pointer.k === 'ptr') ? `move occurs because \`${item.name}\` has type \`${showTy(pointer.inner)}\`, which does not implement the \`Copy\` trait` : 'move occurs here';
      throw this.withBorrowOrClone(compileError('E0507', `cannot move out of static item \`${item.name}\``, span, label), span, placeTy(this.body, op.place), borrowable);
    }
    if (this.reporting) this.checkMoveOutOfIndex(op.place, span, borrowable);
    if (this.reporting && this.isNamed(op.place.local)) this.checkMoveOut(op.place, span);
    if (this.reporting) this.checkMoveOutOfSmartPointer(op.place, span);
    if (!this.isNamed(op.place.local)) return;
    state.moved.add(pathKey(op.place));
    if (plainMove) state.movedAt.set(pathKey(op.place), span);
    else state.movedAt.delete(pathKey(op.place));
    state.movedInto.delete(pathKey(op.place));
  }

  /** `v[i]` of a `Vec` (indexed as its slice, `(*v)[i]`) or of a type with `Index` moved:
   *  rustc names the indexed type. */
  private checkMoveOutOfIndex(place: Place, span: Span, borrowable: boolean): void {
    const decl = this.body.locals[place.local]!;
    const indexed = (t: Ty): never => {
      const moved = placeTy(this.body, place);
      throw this.withBorrowOrClone(compileError('E0507', `cannot move out of index of \`${showTy(t)}\``, span, notCopy('value', moved)), span, moved, borrowable);
    };
    if (decl.indexOf && place.projection[0]?.kind === 'deref') indexed(decl.indexOf);
    place.projection.forEach((projection, i) => {
      const next = place.projection[i + 1];
      if (projection.kind !== 'deref' || (next?.kind !== 'index' && next?.kind !== 'constantIndex')) return;
      const pointer = placeTy(this.body, { local: place.local, projection: place.projection.slice(0, i) });
      if (pointer.k === 'adt' && pointer.def.std && pointer.def.name === 'Vec') indexed(pointer);
    });
  }

  /** `*rc` moved: rustc names the smart pointer (`an \`Rc\``, `dereference of \`Wrapper\``). */
  private checkMoveOutOfSmartPointer(place: Place, span: Span): void {
    const pointer = this.body.locals[place.local]!.derefOf;
    if (!pointer || place.projection[0]?.kind !== 'deref') return;
    throw compileError('E0507', `cannot move out of ${smartPointerData(pointer)}`, span, notCopy('value', placeTy(this.body, place)));
  }

  /** rustc's two ways out of moving a value from where it cannot be moved: borrowing it, and
   *  cloning it if its type can be. */
  private withBorrowOrClone(error: Diagnostic, span: Span, moved: Ty, borrowable: boolean): Diagnostic {
    if (borrowable) error.withSuggestion('consider borrowing here', [{ span: { ...span, end: span.start, endLine: span.line, endCol: span.col }, text: '&' }]);
    if (this.program.isClone(moved)) error.withSuggestion(CLONE_HELP, [{ span: emptyAt(span), text: '.clone()' }]);
    return error;
  }

  private checkMoveOut(place: Place, span: Span): void {
    let ty = this.body.locals[place.local]!.ty;
    let start = 0;
    const capture = this.capture(place);
    if (capture) {
      // The closure's own captured value, or the variable a by-reference capture borrows.
      if (capture.depth === 2 && this.closure!.kind !== 'FnOnce') {
        throw compileError('E0507', `cannot move out of \`${this.describe(place)}\`, a captured variable in an \`${this.closure!.kind}\` closure`, span, 'move occurs here');
      }
      start = capture.depth;
      ty = prefixTypes(this.body, place)[start]!;
    }
    for (const projection of place.projection.slice(start)) {
      if (projection.kind === 'deref') {
        if (ty.k === 'ref' || ty.k === 'ptr') {
          const what = this.describe(place);
          const moved = placeTy(this.body, place);
          const behind = ty.k === 'ptr' ? 'a raw pointer' : `a ${ty.mutable ? 'mutable' : 'shared'} reference`;
          const error = compileError('E0507', `cannot move out of \`${what}\` which is behind ${behind}`, span, notCopy(`\`${what}\``, moved));
          // `*r` itself: rustc offers `r`, and `r.clone()` where the value can be cloned.
          const decl = this.body.locals[place.local]!;
          if (place.projection.length === 1 && decl.name !== null && (decl.kind === 'var' || decl.kind === 'arg') && span.endLine === span.line && span.endCol - span.col === decl.name.length + 1) {
            error.withSuggestion('consider removing the dereference here', [{ span, text: decl.name }]);
            if (this.program.isClone(moved)) error.withSuggestion(CLONE_HELP, [{ span, text: `${decl.name}.clone()` }]);
          }
          throw error;
        }
        if (ty.k === 'box') ty = ty.inner;
      } else if (projection.kind === 'constantIndex' && ty.k === 'array') {
        // A pattern's element of an array (`let [x, _] = a;`) moves out, as a field does.
        ty = ty.elem;
      } else if (projection.kind === 'index' || projection.kind === 'constantIndex') {
        if (ty.k === 'array' || ty.k === 'slice') {
          throw compileError('E0508', `cannot move out of type \`${showTy(ty)}\`, a non-copy ${ty.k}`, span, 'cannot move out of here');
        }
        return;
      } else return;
    }
  }

  private assign(place: Place, state: State, span: Span): void {
    if (place.projection.length > 0) {
      const key = pathKey(place);
      if (this.reporting && this.isNamed(place.local)) {
        const name = this.body.locals[place.local]!.name ?? '_';
        if (state.uninit.has(place.local) && place.projection[0]!.kind !== 'deref') {
          throw compileError('E0381', `partially assigned binding \`${name}\` isn't fully initialized`, span, `\`${this.describe(place)}\` partially assigned here, but it isn't fully initialized`);
        }
        // Assigning the very path that was moved re-initialises it; a moved prefix is an error.
        for (const moved of state.moved) {
          if (moved !== key && overlaps(moved, key) && key.startsWith(moved)) {
            throw compileError('E0382', `assign to part of moved value: \`${name}\``, span, 'value partially assigned here after move');
          }
        }
      }
      if (this.isNamed(place.local)) for (const moved of [...state.moved]) if (moved.startsWith(key) && overlaps(moved, key)) state.moved.delete(moved);
      return;
    }
    const local = this.body.locals[place.local]!;
    // rustc rejects a second assignment if one may have happened before, even after a move.
    if (this.reporting && local.kind !== 'temp' && local.kind !== 'return' && !local.mutable && state.assigned.has(place.local)) {
      const label = local.kind === 'arg' ? 'cannot assign to immutable argument' : 'cannot assign twice to immutable variable';
      const error = compileError('E0384', `${label} \`${local.name}\``, span, label);
      // rustc's help puts `mut ` before the binding's name.
      if (local.kind === 'var') error.withSuggestion('consider making this binding mutable', [{ span: { ...local.span, end: local.span.start, endLine: local.span.line, endCol: local.span.col }, text: 'mut ' }]);
      throw error;
    }
    if (!this.isNamed(place.local)) return;
    state.uninit.delete(place.local);
    for (const moved of [...state.moved]) if (overlaps(moved, String(place.local))) state.moved.delete(moved);
    state.assigned.add(place.local);
  }

  private rvalue(r: Rvalue, state: State, span: Span): void {
    const plain = r.kind === 'use' || (r.kind === 'aggregate' && r.aggregate.kind !== 'closure');
    const operandSpans = r.kind === 'aggregate' ? r.operandSpans : undefined;
    rvalueOperands(r).forEach((op, i) => this.operand(op, state, operandSpans?.[i] ?? span, plain, r.kind === 'use'));
    if (r.kind === 'aggregate' && r.ty.k === 'closure') {
      const closure = r.ty.def;
      r.operands.forEach((op, i) => {
        const capture = closure.captures[i];
        if (op.kind === 'move' && capture?.mode === 'value' && this.isNamed(op.place.local)) state.movedInto.set(pathKey(op.place), { closure, use: capture.span });
      });
    }
    const place = rvaluePlace(r);
    if (place) this.use(place, state, span, r.kind === 'ref' ? 'borrow' : 'use');
  }

  private statement(s: Statement, state: State): void {
    switch (s.kind) {
      case 'assign':
        this.rvalue(s.rvalue, state, s.span);
        this.assign(s.place, state, s.span);
        return;
      case 'storageLive':
      case 'storageDead':
        if (!this.isNamed(s.local)) return;
        state.uninit.add(s.local);
        for (const moved of [...state.moved]) if (overlaps(moved, String(s.local))) state.moved.delete(moved);
        state.assigned.delete(s.local);
        return;
      case 'print':
        for (const arg of s.format.args) this.use(arg.place, state, arg.span, 'borrow');
        return;
      case 'mark':
        return;
    }
  }

  private terminator(t: Terminator, state: State): void {
    switch (t.kind) {
      case 'switchBool':
        return this.operand(t.cond, state, t.span);
      case 'switchInt':
        return this.operand(t.discr, state, t.span);
      case 'assert':
        return this.operand(t.cond, state, t.span);
      case 'call':
        t.args.forEach((arg, i) => this.operand(arg, state, t.argSpans?.[i] ?? t.span, t.argSpans !== undefined));
        this.assign(t.dest, state, t.span);
        return;
      case 'panic': {
        const m = t.message;
        const formats = m.kind === 'format' ? [m.format] : m.kind === 'prefixed' && m.format ? [m.format] : m.kind === 'assertCmp' && m.custom ? [m.custom] : [];
        for (const f of formats) for (const arg of f.args) this.use(arg.place, state, arg.span, 'borrow');
        return;
      }
      default:
        void this.program;
        return;
    }
  }
}

const UNKNOWN: Ty = { k: 'never' };

/** rustc's label for a value moved from where it cannot be: `what` is the place, or `value`. */
function notCopy(what: string, ty: Ty): string {
  return `move occurs because ${what} has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`;
}

export const CLONE_HELP = 'consider cloning the value if the performance cost is acceptable';

/** The empty span at the end of `span`: where a suggestion appends. */
export function emptyAt(span: Span): Span {
  return { start: span.end, end: span.end, line: span.endLine, col: span.endCol, endLine: span.endLine, endCol: span.endCol };
}

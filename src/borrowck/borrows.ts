import { compileError, firstByLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Body, LocalId, Operand, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';
import type { LazyMirProgram } from '../mir/program.js';
import type { ClosureDef, Ty } from '../types/ty.js';
import { closureHead } from '../types/auto-trait-errors.js';
import { isPromotedBorrow, promotableTemps } from '../mir/promote.js';
import { rvalueOperands, rvaluePlace, successors } from '../mir/cfg.js';
import { computeLiveness, type Liveness } from './liveness.js';
import { CLONE_HELP, emptyAt } from './moves.js';
import { PlaceNames } from './place-names.js';
import { derefKind, placesConflict, prefixTypes, placeTy, throughSharedReference, type AccessDepth } from './places.js';
import { connects, connectsOuter, containsRegion, fnRegions, type FnRegions, type ParamRegions } from './regions.js';

/**
 * The borrow checker: rustc's non-lexical lifetimes on the MIR, simplified.
 *
 * Every `&place` / `&mut place` rvalue is a loan. A forward dataflow tracks which loans each
 * local may hold (a reference, or a value containing references: a struct, an `Option<&T>`,
 * a `Vec<&T>`, a closure capturing by reference), following assignments, copies and moves,
 * aggregates, reborrows (`&*r` holds `r`'s loans too) and calls (the result holds the loans of
 * the arguments its signature's lifetimes connect it to; a `&mut` argument's pointee receives
 * the loans its lifetimes connect to). A loan is live where a local holding it is live (its
 * value will be read later); parameters hold their loans for the whole function, since their
 * lifetimes outlive it. Every access of a place is checked against the live loans, as rustc's
 * `places_conflict` does: E0499, E0502, E0503, E0505, E0506; a local whose storage ends while
 * a live loan borrows it is E0597 (E0716 for a temporary, E0515 when the loan is returned,
 * E0373 when it is a closure's capture that is returned).
 *
 * Two-phase borrows: a `&mut` autoref of a method receiver (or a reborrowed `&mut` argument)
 * acts as a shared borrow until the call that uses it, so `v.push(v.len())` is accepted.
 */
export function checkBorrows(body: Body, program: LazyMirProgram, source?: string): Diagnostic | null {
  return new BorrowChecker(body, program, source).check();
}

type LoanId = number;

interface Loan {
  readonly id: LoanId;
  readonly place: Place;
  readonly mutable: boolean;
  readonly span: Span;
  readonly block: number;
  readonly index: number;
  /** The local the reference is first stored in (the whole local), or -1. */
  readonly holder: LocalId;
  twoPhase: boolean;
  activation: { block: number; index: number } | null;
  closureCapture: boolean;
}

/** The loans a value may hold: `o` only in the outermost reference's own region, `d` deeper
 *  (in the pointee of a reference, or anywhere in a value that is not a reference). */
interface Value {
  o: Set<LoanId>;
  d: Set<LoanId>;
}

interface State {
  held: (Value | undefined)[];
  /** Two-phase loans whose call has happened: from then on they are mutable borrows. */
  active: Set<LoanId>;
  /** Loans passed to a call whose parameter's type must be `'static` (`F: FnOnce() + 'static`):
   *  from then on they are live for as long as the function runs. */
  escaped: Set<LoanId>;
}

/** Where a loan was required to outlive the body: the call, the bound that asks it, and the
 *  bound's lifetime (`static`, or a receiver's, which rustc's messages name `'1`). */
interface Escape {
  readonly call: Span;
  readonly bound: Span;
  readonly lifetime: string;
}

const empty = (): Value => ({ o: new Set(), d: new Set() });
const all = (v: Value | undefined): Set<LoanId> => (v ? new Set([...v.o, ...v.d]) : new Set());
const isEmpty = (v: Value): boolean => v.o.size === 0 && v.d.size === 0;

function cloneState(s: State): State {
  return { held: s.held.map((v) => (v ? { o: new Set(v.o), d: new Set(v.d) } : undefined)), active: new Set(s.active), escaped: new Set(s.escaped) };
}

function addAll(target: Set<LoanId>, source: Iterable<LoanId>): boolean {
  let changed = false;
  for (const x of source) {
    if (!target.has(x)) {
      target.add(x);
      changed = true;
    }
  }
  return changed;
}

function joinInto(target: State, source: State): boolean {
  let changed = false;
  source.held.forEach((v, i) => {
    if (!v || isEmpty(v)) return;
    let t = target.held[i];
    if (!t) {
      t = empty();
      target.held[i] = t;
    }
    if (addAll(t.o, v.o)) changed = true;
    if (addAll(t.d, v.d)) changed = true;
  });
  if (addAll(target.active, source.active)) changed = true;
  if (addAll(target.escaped, source.escaped)) changed = true;
  return changed;
}

type AccessKind = 'read' | 'borrowShared' | 'borrowMut' | 'reserve' | 'write' | 'move' | 'storageDead';

interface Access {
  readonly place: Place;
  readonly kind: AccessKind;
  readonly depth: AccessDepth;
  readonly span: Span;
}

/** std's types whose drop reads the borrows they hold: `Ref` and `RefMut` give their `RefCell`
 *  its borrow back. Every other std `Drop` impl (`Vec`, `Box`, `Rc`, the maps...) is
 *  `#[may_dangle]` over its contents in std, so dropping it uses no borrow inside them. */
const STD_DROPS_USING_BORROWS: ReadonlySet<string> = new Set(['Ref', 'RefMut']);

class BorrowChecker {
  private readonly loans: Loan[] = [];
  private readonly loanAt = new Map<string, Loan>();
  private readonly loansByHolder = new Map<LocalId, Loan[]>();
  private readonly promotable = new Set<LocalId>();
  private readonly names: PlaceNames;
  private readonly retSpans = new Map<LoanId, Span>();
  private readonly errors: Diagnostic[] = [];
  private readonly reported = new Set<string>();
  private readonly liveness: Liveness;
  private reporting = false;
  private readonly args: LocalId[] = [];
  private readonly escapes = new Map<LoanId, Escape>();

  constructor(private readonly body: Body, private readonly program: LazyMirProgram, private readonly source?: string) {
    for (let i = 1; i <= body.argCount; i++) this.args.push(i);
    this.liveness = computeLiveness(body, (place) => this.dropUses(place));
    this.names = new PlaceNames(body);
  }

  check(): Diagnostic | null {
    this.prepare();
    if (this.loans.length === 0) return null;
    const entry: (State | undefined)[] = new Array(this.body.blocks.length);
    entry[0] = { held: [], active: new Set(), escaped: new Set() };
    const work = [0];
    let rounds = 0;
    while (work.length > 0) {
      if (++rounds > 20000) return null;
      const id = work.pop()!;
      const state = cloneState(entry[id]!);
      this.transferBlock(id, state);
      for (const succ of successors(this.body.blocks[id]!.terminator!)) {
        const existing = entry[succ];
        if (!existing) {
          entry[succ] = cloneState(state);
          work.push(succ);
        } else if (joinInto(existing, state)) work.push(succ);
      }
    }
    this.reporting = true;
    this.body.blocks.forEach((_, id) => {
      const state = entry[id];
      if (state) this.transferBlock(id, cloneState(state));
    });
    if (this.errors.length === 0) return null;
    return firstByLocation(this.errors)!;
  }

  // ---- preparation ------------------------------------------------------------------------

  private prepare(): void {
    const body = this.body;
    // Borrows of constant temporaries are promoted to statics: they take no loan.
    for (const local of promotableTemps(body, this.program)) this.promotable.add(local);

    // The loans.
    body.blocks.forEach((b, block) => {
      b.statements.forEach((s, index) => {
        if (s.kind !== 'assign') return;
        const r = s.rvalue;
        if (r.kind !== 'ref') return;
        if (isPromotedBorrow(body, this.promotable, r)) return;
        if (throughSharedReference(body, r.place)) return;
        const holder = s.place.projection.length === 0 ? s.place.local : -1;
        const loan: Loan = { id: this.loans.length, place: r.place, mutable: r.mutable, span: s.span, block, index, holder, twoPhase: false, activation: null, closureCapture: false };
        this.loans.push(loan);
        this.loanAt.set(`${block}:${index}`, loan);
        if (holder >= 0) {
          const list = this.loansByHolder.get(holder) ?? [];
          list.push(loan);
          this.loansByHolder.set(holder, list);
        }
      });
    });

    // Two-phase borrows: a `&mut` into a temporary whose only use is being moved into a call.
    const uses = new Map<LocalId, { block: number; index: number; asCallArg: boolean }[]>();
    const note = (local: LocalId, block: number, index: number, asCallArg: boolean) => {
      const list = uses.get(local) ?? [];
      list.push({ block, index, asCallArg });
      uses.set(local, list);
    };
    body.blocks.forEach((b, block) => {
      b.statements.forEach((s, index) => forEachUsedLocal(s, (l) => note(l, block, index, false)));
      const t = b.terminator!;
      if (t.kind === 'call') {
        for (const a of t.args) {
          if (a.kind === 'const') continue;
          if (a.kind === 'move' && a.place.projection.length === 0) note(a.place.local, block, b.statements.length, true);
          else forEachPlaceLocal(a.place, (l) => note(l, block, b.statements.length, false));
        }
      } else forEachTerminatorLocal(t, (l) => note(l, block, b.statements.length, false));
    });
    for (const loan of this.loans) {
      if (!loan.mutable || loan.holder < 0 || body.locals[loan.holder]!.kind !== 'temp') continue;
      const list = uses.get(loan.holder) ?? [];
      if (list.length !== 1 || !list[0]!.asCallArg) continue;
      // An explicit `&mut x` argument is not two-phase.
      if (this.source && this.source[loan.span.start] === '&') continue;
      loan.twoPhase = true;
      loan.activation = { block: list[0]!.block, index: list[0]!.index };
    }

    // Loans whose reference is captured by a closure.
    body.blocks.forEach((b) => {
      for (const s of b.statements) {
        if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
        for (const o of s.rvalue.operands) {
          if (o.kind === 'const' || o.place.projection.length > 0) continue;
          for (const loan of this.loansByHolder.get(o.place.local) ?? []) loan.closureCapture = true;
        }
      }
    });
  }

  private dropCaptures(v: Value): void {
    for (const set of [v.o, v.d]) for (const id of [...set]) if (this.loans[id]!.closureCapture) set.delete(id);
  }

  private dropUses(place: Place): boolean {
    const ty = placeTy(this.body, place);
    if (ty.k !== 'adt' || !containsRegion(ty)) return false;
    if (ty.def.std) return STD_DROPS_USING_BORROWS.has(ty.def.name);
    return this.program.traitMethod('Drop', ty) !== null;
  }

  // ---- values -------------------------------------------------------------------------------

  private held(state: State, local: LocalId): Value {
    return state.held[local] ?? empty();
  }

  /** The loans of the value stored at a place. */
  private placeValue(place: Place, state: State): Value {
    const ty = placeTy(this.body, place);
    if (!containsRegion(ty)) return empty();
    const base = this.held(state, place.local);
    if (place.projection.length === 0) return { o: new Set(base.o), d: new Set(base.d) };
    const tys = prefixTypes(this.body, place);
    const first = place.projection[0]!;
    const fromPointee = first.kind === 'deref' && derefKind(tys[0]!) !== 'owned';
    const loans = fromPointee ? new Set(base.d) : all(base);
    return { o: loans, d: new Set(loans) };
  }

  private operandValue(op: Operand, state: State): Value {
    return op.kind === 'const' ? empty() : this.placeValue(op.place, state);
  }

  /** `&place`: the new loan (if tracked), and for a reborrow the loans of the reference. */
  private refValue(place: Place, loan: Loan | null, state: State): Value {
    const v = empty();
    if (loan) v.o.add(loan.id);
    const base = this.held(state, place.local);
    const tys = prefixTypes(this.body, place);
    const refDerefs = place.projection.filter((p, i) => p.kind === 'deref' && derefKind(tys[i]!) !== 'owned').length;
    if (refDerefs > 0) {
      addAll(v.o, base.o);
      if (refDerefs > 1) addAll(v.o, base.d);
      if (containsRegion(tys.at(-1)!)) addAll(v.d, base.d);
    } else if (containsRegion(tys.at(-1)!)) addAll(v.d, all(base));
    return v;
  }

  private rvalueValue(r: Rvalue, state: State, loan: Loan | null): Value {
    switch (r.kind) {
      case 'use':
      case 'cast':
      case 'repeat':
        return this.operandValue(r.operand, state);
      case 'ref':
        return this.refValue(r.place, loan, state);
      case 'aggregate': {
        const v = empty();
        for (const o of r.operands) addAll(v.d, all(this.operandValue(o, state)));
        return v;
      }
      default:
        return empty();
    }
  }

  /** Fits a value into what a local of this type can hold. */
  private fit(ty: Ty, v: Value): Value {
    if (!containsRegion(ty)) return empty();
    // A reference's own region holds every loan of the value (its pointee's regions outlive it).
    if (ty.k === 'ref') return { o: all(v), d: containsRegion(ty.inner) ? new Set(v.d) : new Set() };
    // A raw pointer has no lifetime: a reference made one (`&x as *const T`, `&raw const x`)
    // leaves its loan behind; only the pointee's own references keep theirs.
    if (ty.k === 'ptr') return { o: new Set(), d: containsRegion(ty.inner) ? new Set(v.d) : new Set() };
    return { o: new Set(), d: all(v) };
  }

  /** Stores a value into a place: replaces a whole local's loans, adds to a part's, and for a
   *  place behind a reference, adds to whatever the reference may point to. */
  private write(place: Place, v: Value, state: State, span: Span): void {
    const local = place.local;
    if (place.projection.length === 0) {
      const fitted = this.fit(this.body.locals[local]!.ty, v);
      state.held[local] = fitted;
      this.killThrough(local, state);
      if (local === 0) for (const l of all(fitted)) this.retSpans.set(l, span);
      return;
    }
    const loans = all(v);
    if (loans.size === 0) return;
    const derefs = place.projection.some((p) => p.kind === 'deref');
    if (!derefs) {
      const h = state.held[local] ?? empty();
      addAll(h.d, loans);
      state.held[local] = h;
      if (local === 0) for (const l of loans) this.retSpans.set(l, span);
      return;
    }
    this.storeThrough(local, loans, state, span);
  }

  /** Adds loans to the pointee of a reference held in `local` (and to `local` itself: the
   *  stored borrow must outlive the reference). */
  private storeThrough(local: LocalId, loans: Set<LoanId>, state: State, span: Span): void {
    const targets = new Set<LocalId>([local]);
    const queue = [local];
    while (queue.length > 0) {
      const l = queue.pop()!;
      for (const id of this.held(state, l).o) {
        const loan = this.loans[id]!;
        if (!targets.has(loan.place.local)) {
          targets.add(loan.place.local);
          queue.push(loan.place.local);
        }
      }
    }
    for (const t of targets) {
      if (!containsRegion(this.body.locals[t]!.ty)) continue;
      const h = state.held[t] ?? empty();
      addAll(h.d, loans);
      state.held[t] = h;
      if (t === 0) for (const l of loans) this.retSpans.set(l, span);
    }
  }

  /**
   * The loans naming what a reference points at, out of the loans its own region holds: that
   * region also holds every loan of the pointee (`&mut iter` holds what `iter` borrows), and a
   * borrow stored into `*(&mut iter)` lives in `iter`, not in what `iter` borrows (its region is
   * a reborrow's, which may be shorter: `v.iter().any(|x| *x == id)` with `v: &mut Vec<u32>`
   * stores the closure's borrow of `id` in the iterator, never in `*v`).
   */
  private pointeeLoans(loans: ReadonlySet<LoanId>, state: State): Set<LoanId> {
    const held = new Set<LoanId>();
    for (const id of loans) {
      const local = this.loans[id]!.place.local;
      for (const inner of all(this.held(state, local))) if (inner !== id) held.add(inner);
    }
    return new Set([...loans].filter((id) => !held.has(id)));
  }

  /** Assigning a local kills the loans of places reached through it (`*local`...). */
  private killThrough(local: LocalId, state: State): void {
    const killed = new Set<LoanId>();
    for (const loan of this.loans) {
      if (loan.place.local === local && loan.place.projection.some((p) => p.kind === 'deref')) {
        const tys = prefixTypes(this.body, loan.place);
        if (loan.place.projection.some((p, i) => p.kind === 'deref' && derefKind(tys[i]!) !== 'owned')) killed.add(loan.id);
      }
    }
    if (killed.size > 0) this.kill(killed, state);
  }

  private kill(killed: Set<LoanId>, state: State): void {
    for (const k of killed) state.escaped.delete(k);
    for (const h of state.held) {
      if (!h) continue;
      for (const k of killed) {
        h.o.delete(k);
        h.d.delete(k);
      }
    }
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** The loans of each argument whose parameter's type has a lifetime bound no borrow of a
   *  local can meet: `'static` (`thread::spawn`'s `F: 'static`), or a lifetime of a method's
   *  receiver that this body was given (`Scope::spawn`'s `F: 'scope`, `s` a parameter of the
   *  closure `thread::scope` runs): each such loan stays live to the end of the body, and the
   *  death of what it borrows reports it (E0373 for a closure's capture, else E0597). */
  private escapeOutlivingBody(t: Terminator & { kind: 'call' }, values: readonly Value[], state: State): void {
    if (t.callee.kind !== 'fn' || t.callee.instance.def.closure) return;
    const def = t.callee.instance.def;
    const generics = [...(def.owner.kind === 'impl' ? def.owner.impl.item.generics.params : []), ...def.item.generics.params];
    if (!generics.some((g) => g.outlives)) return;
    const receiverGiven = def.item.selfParam !== null && def.item.selfParam.kind !== 'value' && this.givenToBody(t.args[0]);
    const params = this.program.ctx.sig(def).params;
    params.forEach((p, i) => {
      const outlives = p.k === 'param' ? generics.find((g) => g.name.name === p.name)?.outlives : undefined;
      const value = values[i];
      if (!outlives || !value || (outlives.name !== 'static' && !receiverGiven)) return;
      // A reborrow through a reference (`&*r`) escapes too: the reference's own death does not
      // end it, only the death of what it borrows from does.
      for (const id of all(value)) {
        state.escaped.add(id);
        if (!this.escapes.has(id)) this.escapes.set(id, { call: t.span, bound: outlives.span, lifetime: outlives.name });
      }
    });
  }

  /** Whether an operand is a parameter of this body, or a copy or reborrow of one. */
  private givenToBody(op: Operand | undefined, depth = 0): boolean {
    if (!op || op.kind === 'const' || depth > 4) return false;
    const local = op.place.local;
    const decl = this.body.locals[local]!;
    if (decl.kind === 'arg') return true;
    if (decl.kind !== 'temp') return false;
    for (const b of this.body.blocks) {
      for (const s of b.statements) {
        if (s.kind !== 'assign' || s.place.local !== local || s.place.projection.length > 0) continue;
        const r = s.rvalue;
        if (r.kind === 'use') return this.givenToBody(r.operand, depth + 1);
        if (r.kind === 'ref') return this.givenToBody({ kind: 'copy', place: r.place }, depth + 1);
        return false;
      }
    }
    return false;
  }

  /** The loans a call's result holds, and the loans stored into its `&mut` arguments' pointees. */
  private callFlows(t: Terminator & { kind: 'call' }, argValues: Value[]): { result: Value; stores: { arg: number; loans: Set<LoanId> }[] } {
    const result = empty();
    const stores: { arg: number; loans: Set<LoanId> }[] = [];
    const callee = t.callee;
    const sig: FnRegions | null = callee.kind === 'fn' ? fnRegions(callee.instance.def, this.program.ctx) : callee.kind === 'virtual' ? fnRegions(callee.method, this.program.ctx) : null;
    if (callee.kind === 'intrinsic') return this.intrinsicFlows(callee.name, argValues);
    if (callee.kind === 'fn' && callee.instance.def.closure) {
      // A closure: the result may borrow from its captures and from its arguments.
      argValues.forEach((v, i) => addAll(result.d, i === 0 ? v.d : all(v)));
      return { result, stores };
    }
    if (!sig || sig.params.length !== argValues.length) {
      argValues.forEach((v) => addAll(result.d, all(v)));
      return { result, stores };
    }
    const retAll = new Set([...sig.ret.outer, ...sig.ret.inner]);
    sig.params.forEach((p, i) => {
      const v = argValues[i]!;
      const target = sig.ret.outer.size > 0 && !connects(p.inner, sig.ret.inner) && !connects(p.outer, sig.ret.inner) ? result.o : result.d;
      addAll(target, flowing(p, v, retAll));
    });
    sig.params.forEach((p, j) => {
      if (!p.mutRef || p.inner.size === 0) return;
      const loans = new Set<LoanId>();
      sig.params.forEach((q, i) => {
        if (i === j) return;
        addAll(loans, flowing(q, argValues[i]!, p.inner));
      });
      if (loans.size > 0) stores.push({ arg: j, loans });
    });
    return { result, stores };
  }

  private intrinsicFlows(name: string, args: Value[]): { result: Value; stores: { arg: number; loans: Set<LoanId> }[] } {
    const result = empty();
    const stores: { arg: number; loans: Set<LoanId> }[] = [];
    const a = (i: number) => args[i] ?? empty();
    switch (name) {
      case 'box_new':
      case 'vec_from_elem':
        addAll(result.d, all(a(0)));
        break;
      case 'clone':
      case 'vec_from_elems':
      case 'vec_pop':
      case 'vec_remove':
      case 'vec_clone':
        addAll(result.d, a(0).d);
        break;
      case 'subslice':
        addAll(result.o, a(0).o);
        addAll(result.d, a(0).d);
        break;
      case 'vec_push':
        stores.push({ arg: 0, loans: all(a(1)) });
        break;
      case 'vec_insert':
        stores.push({ arg: 0, loans: all(a(2)) });
        break;
      case 'vec_extend_from_slice':
        stores.push({ arg: 0, loans: new Set(a(1).d) });
        break;
      case 'swap':
        stores.push({ arg: 0, loans: new Set(a(1).d) }, { arg: 1, loans: new Set(a(0).d) });
        break;
      case 'eq':
      case 'cmp':
      case 'size_of':
      case 'align_of':
      case 'to_string':
      case 'format_string':
      case 'drop':
      case 'process_exit':
      case 'default':
        break;
      default:
        if (name.startsWith('string_') || name.startsWith('fmt_') || ['float_op', 'float_mul_add', 'float_to_bits', 'float_from_bits', 'wrapping', 'overflows', 'vec_truncate', 'vec_reserve', 'vec_shrink_to_fit', 'vec_drop', 'vec_new', 'vec_with_capacity'].includes(name)) break;
        for (const v of args) addAll(result.d, all(v));
    }
    return { result, stores };
  }

  // ---- transfer and checks --------------------------------------------------------------------

  private transferBlock(block: number, state: State): void {
    const b = this.body.blocks[block]!;
    b.statements.forEach((s, index) => this.statement(s, block, index, state));
    this.terminator(b.terminator!, block, b.statements.length, state);
  }

  private statement(s: Statement, block: number, index: number, state: State): void {
    const accesses: Access[] = [];
    let carried = new Set<LoanId>();
    const loan = this.loanAt.get(`${block}:${index}`) ?? null;
    switch (s.kind) {
      case 'assign': {
        const r = s.rvalue;
        if (this.reporting) {
          this.rvalueAccesses(r, s.span, loan, accesses);
          accesses.push({ place: s.place, kind: 'write', depth: 'shallow', span: s.span });
          carried = this.carriedByRvalue(r, state);
        }
        const v = this.rvalueValue(r, state, loan);
        if (loan) state.active.delete(loan.id);
        this.write(s.place, v, state, s.span);
        break;
      }
      case 'storageDead':
        if (this.reporting) accesses.push({ place: { local: s.local, projection: [] }, kind: 'storageDead', depth: 'shallow', span: s.span });
        state.held[s.local] = undefined;
        break;
      case 'storageLive':
        state.held[s.local] = undefined;
        break;
      case 'print':
        if (this.reporting) {
          for (const a of s.format.args) accesses.push({ place: a.place, kind: 'borrowShared', depth: 'deep', span: a.span });
          if (s.sink.kind === 'string' || s.sink.kind === 'formatter') accesses.push({ place: s.sink.place, kind: 'borrowMut', depth: 'deep', span: s.span });
        }
        break;
      case 'mark':
        break;
    }
    if (this.reporting && accesses.length > 0) this.checkAccesses(accesses, block, index, state, carried, loan);
    if (s.kind === 'storageDead') this.killLoansOf(s.local, state);
  }

  private rvalueAccesses(r: Rvalue, span: Span, loan: Loan | null, out: Access[]): void {
    const op = (o: Operand) => {
      if (o.kind !== 'const') out.push({ place: o.place, kind: o.kind === 'move' ? 'move' : 'read', depth: 'deep', span });
    };
    rvalueOperands(r).forEach(op);
    if (r.kind === 'ref') out.push({ place: r.place, kind: !r.mutable ? 'borrowShared' : loan?.twoPhase ? 'reserve' : 'borrowMut', depth: 'deep', span });
    else if (r.kind === 'len' || r.kind === 'discriminant') out.push({ place: r.place, kind: 'read', depth: 'length', span });
  }

  private carriedByRvalue(r: Rvalue, state: State): Set<LoanId> {
    const out = new Set<LoanId>();
    const op = (o: Operand) => addAll(out, all(this.operandValue(o, state)));
    if (r.kind === 'use' || r.kind === 'cast' || r.kind === 'repeat') op(r.operand);
    else if (r.kind === 'aggregate') r.operands.forEach(op);
    return out;
  }

  private terminator(t: Terminator, block: number, index: number, state: State): void {
    const accesses: Access[] = [];
    let carried = new Set<LoanId>();
    const op = (o: Operand) => {
      if (o.kind !== 'const') accesses.push({ place: o.place, kind: o.kind === 'move' ? 'move' : 'read', depth: 'deep', span: t.span });
    };
    switch (t.kind) {
      case 'switchBool':
        if (this.reporting) op(t.cond);
        break;
      case 'switchInt':
        if (this.reporting) op(t.discr);
        break;
      case 'assert':
        if (this.reporting) op(t.cond);
        break;
      case 'call': {
        const values = t.args.map((a) => this.operandValue(a, state));
        if (this.reporting) {
          t.args.forEach((a, i) => {
            if (a.kind !== 'const') accesses.push({ place: a.place, kind: a.kind === 'move' ? 'move' : 'read', depth: 'deep', span: t.argSpans?.[i] ?? t.span });
          });
          for (const v of values) addAll(carried, all(v));
          accesses.push({ place: t.dest, kind: 'write', depth: 'shallow', span: t.span });
        }
        this.escapeOutlivingBody(t, values, state);
        const { result, stores } = this.callFlows(t, values);
        // A closure's captured borrows reach a call's result only inside the closure itself
        // (signatures over iterators and closures are too coarse to say more).
        if (!mayHoldClosure(placeTy(this.body, t.dest))) this.dropCaptures(result);
        for (const { arg, loans } of stores) {
          const a = t.args[arg];
          if (!a || a.kind === 'const') continue;
          // The pointee of the `&mut` argument: what the argument's reference borrows.
          const refLocal = a.place.local;
          const targets = this.pointeeLoans(a.place.projection.length === 0 ? values[arg]!.o : all(this.held(state, refLocal)), state);
          const tmp: State = state;
          for (const id of targets) this.storeThrough(this.loans[id]!.place.local, loans, tmp, t.span);
          if (this.body.locals[refLocal]!.kind === 'arg' && a.place.projection.length > 0) this.storeThrough(refLocal, loans, tmp, t.span);
        }
        // Two-phase borrows activate when their call runs.
        const activated = this.loans.filter((l) => l.twoPhase && l.activation && l.activation.block === block && l.activation.index === index);
        if (this.reporting) {
          for (const l of activated) this.checkActivation(l, block, index, state, carried);
        }
        for (const l of activated) state.active.add(l.id);
        this.write(t.dest, result, state, t.span);
        break;
      }
      case 'drop':
        if (this.reporting && !this.isAssignmentDrop(t, block)) accesses.push({ place: t.place, kind: 'storageDead', depth: 'drop', span: t.span });
        break;
      case 'panic':
        if (this.reporting) {
          const m = t.message;
          const formats = m.kind === 'format' ? [m.format] : m.kind === 'prefixed' && m.format ? [m.format] : m.kind === 'assertCmp' && m.custom ? [m.custom] : [];
          for (const f of formats) for (const a of f.args) accesses.push({ place: a.place, kind: 'borrowShared', depth: 'deep', span: a.span });
        }
        break;
      default:
        break;
    }
    if (this.reporting && accesses.length > 0) this.checkAccesses(accesses, block, index, state, carried, null);
  }

  /** A drop right before an assignment to the same place is the assignment's (checked there). */
  private isAssignmentDrop(t: Terminator & { kind: 'drop' }, _block: number): boolean {
    const next = this.body.blocks[t.target]!.statements.find((s) => s.kind !== 'mark');
    return next?.kind === 'assign' && samePlace(next.place, t.place);
  }

  /** Loans of a local whose storage ended are gone. */
  private killLoansOf(local: LocalId, state: State): void {
    const killed = new Set<LoanId>();
    for (const loan of this.loans) if (loan.place.local === local) killed.add(loan.id);
    if (killed.size > 0) this.kill(killed, state);
  }

  /** The live loans after a location: held by a local that is live there (parameters always are). */
  private liveLoans(state: State, block: number, index: number): Map<LoanId, LocalId[]> {
    const live = this.liveness.liveOut(block, index);
    const out = new Map<LoanId, LocalId[]>();
    const add = (local: LocalId) => {
      const h = state.held[local];
      if (!h) return;
      for (const l of [...h.o, ...h.d]) {
        const list = out.get(l);
        if (list) {
          if (!list.includes(local)) list.push(local);
        } else out.set(l, [local]);
      }
    };
    for (const l of live) add(l);
    for (const a of this.args) if (!live.has(a)) add(a);
    for (const l of state.escaped) if (!out.has(l)) out.set(l, []);
    return out;
  }

  private effectivelyMutable(loan: Loan, state: State): boolean {
    return loan.mutable && (!loan.twoPhase || state.active.has(loan.id));
  }

  private checkAccesses(accesses: Access[], block: number, index: number, state: State, carried: Set<LoanId>, created: Loan | null): void {
    const live = this.liveLoans(state, block, index);
    for (const c of carried) if (!live.has(c)) live.set(c, []);
    for (const access of accesses) {
      for (const [id, holders] of live) {
        const loan = this.loans[id]!;
        if (loan === created) continue;
        const readOnly = access.kind === 'read' || access.kind === 'borrowShared' || access.kind === 'reserve';
        if (readOnly && !this.effectivelyMutable(loan, state)) continue;
        if (!placesConflict(this.body, loan.place, access.place, access.depth)) continue;
        this.report(loan, access, holders, block, index);
        break;
      }
    }
  }

  private checkActivation(loan: Loan, block: number, index: number, state: State, carried: Set<LoanId>): void {
    const live = this.liveLoans(state, block, index);
    for (const c of carried) if (!live.has(c)) live.set(c, []);
    for (const [id] of live) {
      const other = this.loans[id]!;
      if (other === loan) continue;
      if (!placesConflict(this.body, other.place, loan.place, 'deep')) continue;
      const name = this.describeAccess(loan.place);
      const mut = this.effectivelyMutable(other, state);
      const error = mut
        ? compileError('E0499', `cannot borrow ${name} as mutable more than once at a time`, loan.span, 'second mutable borrow occurs here')
        : compileError('E0502', `cannot borrow ${name} as mutable because it is also borrowed as immutable`, loan.span, 'mutable borrow occurs here');
      this.push(`${loan.id}:activation`, this.withLoanLabels(error, other, mut ? 'first mutable borrow occurs here' : 'immutable borrow occurs here', live.get(id) ?? [], block, index, mut ? 'first borrow' : 'immutable borrow'));
      return;
    }
  }

  private push(key: string, d: Diagnostic): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.errors.push(d);
  }

  private report(loan: Loan, access: Access, holders: LocalId[], block: number, index: number): void {
    const key = `${loan.id}:${access.span.start}:${access.kind}`;
    if (access.kind === 'storageDead') return this.reportDead(loan, access, holders, key, block, index);
    // Through a Vec or String, rustc's access is a borrow of the whole value (`Index`, `Deref`).
    let kind = access.kind;
    if (this.throughOwnedAdt(access.place)) kind = kind === 'read' || kind === 'borrowShared' ? 'borrowShared' : 'borrowMut';
    const name = this.describeAccess(access.place);
    const loanName = this.describeLoan(loan.place);
    const mutLoan = loan.mutable;
    const labelled = (error: Diagnostic, loanLabel: string, user: string) => this.push(key, this.withLoanLabels(error, loan, loanLabel, holders, block, index, user));
    switch (kind) {
      case 'read':
        return labelled(compileError('E0503', `cannot use ${name} because it was mutably borrowed`, access.span, `use of borrowed ${name}`), `${loanName} is borrowed here`, 'borrow');
      case 'borrowShared':
        return labelled(compileError('E0502', `cannot borrow ${name} as immutable because it is also borrowed as mutable`, access.span, 'immutable borrow occurs here'), 'mutable borrow occurs here', 'mutable borrow');
      case 'borrowMut':
      case 'reserve':
        if (mutLoan) return labelled(compileError('E0499', `cannot borrow ${name} as mutable more than once at a time`, access.span, 'second mutable borrow occurs here'), 'first mutable borrow occurs here', 'first borrow');
        return labelled(compileError('E0502', `cannot borrow ${name} as mutable because it is also borrowed as immutable`, access.span, 'mutable borrow occurs here'), 'immutable borrow occurs here', 'immutable borrow');
      case 'write':
        return labelled(compileError('E0506', `cannot assign to ${name} because it is borrowed`, access.span, `${name} is assigned to here but it was already borrowed`), `${loanName} is borrowed here`, 'borrow');
      case 'move': {
        const error = compileError('E0505', `cannot move out of ${name} because it is borrowed`, access.span, `move out of ${name} occurs here`);
        const decl = this.body.locals[access.place.local]!;
        if (access.place.projection.length === 0 && (decl.kind === 'var' || decl.kind === 'arg')) error.withLabel(decl.span, `binding ${name} declared here`);
        labelled(error, `borrow of ${loanName} occurs here`, 'borrow');
        const base = this.borrowedBase(loan.span);
        if (access.place.projection.length === 0 && base && this.program.isClone(decl.ty)) error.withSuggestion(CLONE_HELP, [{ span: emptyAt(base), text: '.clone()' }]);
        return;
      }
      default:
        return;
    }
  }

  /**
   * rustc's labels for a conflict with a loan: where the loan was made, and where it is used
   * later (the reason it is still live). A use rustc would describe otherwise (a drop, a call
   * through a closure, a later iteration of a loop) leaves the later use out rather than guess.
   */
  private withLoanLabels(error: Diagnostic, loan: Loan, loanLabel: string, holders: readonly LocalId[], block: number, index: number, user: string): Diagnostic {
    error.withLabel(this.shownLoanSpan(loan), loanLabel);
    const later = this.laterUse(holders, block, index);
    if (later) error.withLabel(later.span, `${user} later used ${later.byCall ? 'by call' : 'here'}`);
    return error;
  }

  /** Where rustc shows a loan: a borrow of what an overloaded index or deref returned is shown
   *  at the borrow of its base (`v` in `&v[0]`), as rustc's loan is that autoref. */
  private shownLoanSpan(loan: Loan, depth = 0): Span {
    const origin = loan.place.projection[0]?.kind === 'deref' ? this.names.originOf(loan.place.local) : undefined;
    if (origin && origin.kind === 'call' && depth < 8) {
      const base = origin.args[0];
      const inner = base && base.kind !== 'const' ? this.loansByHolder.get(base.place.local)?.[0] : undefined;
      if (inner) return this.shownLoanSpan(inner, depth + 1);
    }
    // Through a `Vec` or `String`, rustc's loan is the autoref of `Index::index`'s base.
    if (this.throughOwnedAdt(loan.place)) return this.borrowedBase(loan.span) ?? loan.span;
    return loan.span;
  }

  /** The `;` that ends a statement, where rustc says its temporaries are freed. */
  private statementEnd(span: Span): Span {
    if (!this.source || this.source[span.end - 1] !== ";") return span;
    return { start: span.end - 1, end: span.end, line: span.endLine, col: span.endCol - 1, endLine: span.endLine, endCol: span.endCol };
  }

  /**
   * The expression a borrow `&e` or `&mut e` borrows, or the base of `e` when it is an index
   * (`v` in `&v[0]`): read from the source, since the MIR keeps the whole expression's span.
   */
  private borrowedBase(span: Span): Span | null {
    if (!this.source || span.line !== span.endLine) return null;
    const text = this.source.slice(span.start, span.end);
    const prefix = /^&\s*(mut\s+)?/.exec(text);
    if (!prefix) return null;
    let end = text.length;
    if (text.endsWith(']')) {
      let depth = 0;
      for (let i = text.length - 1; i >= prefix[0].length; i--) {
        if (text[i] === ']') depth++;
        else if (text[i] === '[' && --depth === 0) {
          end = i;
          break;
        }
      }
    }
    const start = prefix[0].length;
    if (end <= start) return null;
    // One line, so columns move with offsets (the source is the span's own text).
    const chars = (a: number, b: number) => [...text.slice(a, b)].length;
    return { start: span.start + start, end: span.start + end, line: span.line, col: span.col + chars(0, start), endLine: span.line, endCol: span.col + chars(0, end) };
  }

  /**
   * The first use, after a location, of a local holding the loan: the nearest in the control
   * flow graph, searched breadth first. Null when it is reached only around a loop or is a drop.
   */
  /** `byCall`: the use is an argument of a call, which rustc locates at the callee. */
  private laterUse(holders: readonly LocalId[], block: number, index: number): { span: Span; byCall: boolean } | null {
    const wanted = new Set(holders.filter((h) => h !== 0));
    if (wanted.size === 0) return null;
    const seen = new Set<number>();
    const queue: [number, number][] = [[block, index + 1]];
    while (queue.length > 0) {
      const [b, start] = queue.shift()!;
      const bb = this.body.blocks[b]!;
      for (let i = start; i < bb.statements.length; i++) {
        const s = bb.statements[i]!;
        if (s.kind === 'print') {
          const arg = s.format.args.find((a) => wanted.has(a.place.local));
          if (arg) return { span: arg.span, byCall: false };
        }
        let used = false;
        forEachUsedLocal(s, (l) => (used ||= wanted.has(l)));
        if (used) return { span: s.span, byCall: false };
        if (s.kind === 'assign' && s.place.projection.length === 0) wanted.delete(s.place.local);
      }
      const t = bb.terminator!;
      if (start <= bb.statements.length) {
        if (t.kind === 'drop' && wanted.has(t.place.local)) return null;
        // A borrow passed to a call written `f(..)` or `x.m(..)` is used by it, at its callee.
        if (t.kind === 'call' && t.calleeSpan && t.args.some((a) => a.kind !== 'const' && a.place.projection.length === 0 && wanted.has(a.place.local))) return { span: t.calleeSpan, byCall: true };
        let used = false;
        forEachTerminatorLocal(t, (l) => (used ||= wanted.has(l)));
        if (used) return t.kind === 'panic' ? null : { span: t.span, byCall: false };
      }
      if (wanted.size === 0) return null;
      for (const next of successors(t)) {
        // A use reached again from the conflict's own block is one in a later iteration.
        if (next === block || seen.has(next)) continue;
        seen.add(next);
        queue.push([next, 0]);
      }
    }
    return null;
  }

  private reportDead(loan: Loan, access: Access, holders: LocalId[], key: string, block: number, index: number): void {
    const dead = access.place.local;
    const decl = this.body.locals[dead]!;
    const escape = this.escapes.get(loan.id);
    if (escape) return this.reportEscape(loan, access, escape, key);
    const others = holders.filter((h) => h !== 0);
    if (others.length === 0 && holders.includes(0)) {
      if (loan.closureCapture) {
        const name = this.describeLoan(loan.place);
        return this.push(key, compileError('E0373', `closure may outlive the current function, but it borrows ${name}, which is owned by the current function`, loan.span, `may outlive borrowed value ${name}`));
      }
      const span = this.retSpans.get(loan.id) ?? loan.span;
      const sameSpan = span.start === loan.span.start && span.end === loan.span.end;
      const direct = (loan.holder === 0 || sameSpan) && !loan.place.projection.some((p) => p.kind === 'deref' || p.kind === 'index');
      const what =
        decl.kind === 'temp'
          ? 'temporary value'
          : loan.place.projection.length > 0 && direct
            ? `local data ${this.describeLoan(loan.place)}`
            : `${decl.kind === 'arg' ? 'function parameter' : 'local variable'} \`${decl.name}\``;
      const error = compileError('E0515', `cannot return ${direct ? 'reference to' : 'value referencing'} ${what}`, span, direct ? 'returns a reference to data owned by the current function' : 'returns a value referencing data owned by the current function');
      if (!sameSpan) error.withLabel(decl.kind === 'temp' ? decl.span : loan.span, decl.kind === 'temp' ? 'temporary value created here' : `${this.describeLoan({ local: dead, projection: [] })} is borrowed here`);
      return this.push(key, error);
    }
    const later = this.laterUse(holders, block, index);
    const laterLabel = later && `borrow later used ${later.byCall ? 'by call' : 'here'}`;
    if (decl.kind === 'temp') {
      const error = compileError('E0716', 'temporary value dropped while borrowed', loan.span, 'creates a temporary value which is freed while still in use');
      error.withLabel(this.statementEnd(access.span), 'temporary value is freed at the end of this statement');
      if (later) error.withLabel(later.span, laterLabel!);
      return this.push(key, error);
    }
    const name = this.describeLoan(loan.place);
    const error = compileError('E0597', `${name} does not live long enough`, loan.span, 'borrowed value does not live long enough');
    if (decl.kind === 'var' || decl.kind === 'arg') error.withLabel(decl.span, `binding \`${decl.name}\` declared here`);
    error.withLabel(access.span, `\`${decl.name}\` dropped here while still borrowed`);
    if (later) error.withLabel(later.span, laterLabel!);
    return this.push(key, error);
  }

  /** A borrow of a local passed where it must outlive the body, as rustc reports it. */
  private reportEscape(loan: Loan, access: Access, required: Escape, key: string): void {
    const lifetime = required.lifetime === 'static' ? "`'static`" : "`'1`";
    const name = this.describeLoan(loan.place);
    const capture = loan.closureCapture && loan.holder >= 0 && this.body.locals[loan.holder]!.kind === 'temp' ? this.capturingClosure(loan) : null;
    if (capture) {
      const head = closureHead(capture.def);
      const error = compileError('E0373', `closure may outlive the current function, but it borrows ${name}, which is owned by the current function`, head, `may outlive borrowed value ${name}`);
      if (capture.use) error.withLabel(capture.use, `${name} is borrowed here`);
      error.withNote('note', `function requires argument type to outlive ${lifetime}`, required.call);
      error.withSuggestion(`to force the closure to take ownership of ${name} (and any other referenced variables), use the \`move\` keyword`, [{ span: { ...head, end: head.start, endLine: head.line, endCol: head.col }, text: 'move ' }]);
      return this.push(key, error);
    }
    const decl = this.body.locals[access.place.local]!;
    const error = compileError('E0597', `${name} does not live long enough`, loan.span, 'borrowed value does not live long enough');
    if (decl.kind === 'var' || decl.kind === 'arg') error.withLabel(decl.span, `binding \`${decl.name}\` declared here`);
    error.withLabel(required.call, `argument requires that ${name} is borrowed for ${lifetime}`);
    error.withLabel(access.span, `\`${decl.name}\` dropped here while still borrowed`);
    error.withNote('note', `requirement that the value outlives ${lifetime} introduced here`, required.bound);
    return this.push(key, error);
  }

  /** The closure whose by-reference capture the loan is, and the capture's use in its body. */
  private capturingClosure(loan: Loan): { def: ClosureDef; use: Span | null } | null {
    for (const b of this.body.blocks) {
      for (const s of b.statements) {
        if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
        const ty = s.rvalue.ty;
        const index = s.rvalue.operands.findIndex((o) => o.kind !== 'const' && o.place.local === loan.holder);
        if (ty.k === 'closure' && index >= 0) return { def: ty.def, use: ty.def.captures[index]?.span ?? null };
      }
    }
    return null;
  }

  // ---- naming places --------------------------------------------------------------------------

  private throughOwnedAdt(place: Place): boolean {
    return this.names.throughOwnedAdt(place);
  }

  /** The accessed place as rustc names it in conflicts: a Vec's or String's contents are the
   *  Vec or String (rustc's access is its `Index`/`Deref` autoref). */
  private describeAccess(place: Place): string {
    return this.names.describe(place, true);
  }

  private describeLoan(place: Place): string {
    return this.names.describe(place, true);
  }
}

/** The loans of an argument that reach the given regions: all of them through the reference's
 *  own region (it outlives nothing the pointee's regions do not), only the pointee's otherwise. */
function flowing(p: ParamRegions, v: Value, to: ReadonlySet<string>): Set<LoanId> {
  if (connectsOuter(p.outer, to)) return all(v);
  if (connects(p.inner, to)) return p.outer.size > 0 ? new Set(v.d) : all(v);
  return new Set();
}

/** Whether a value of this type may hold a closure this body makes. A type parameter's value
 *  may not: the caller chose its type, which no closure of this body can be. */
function mayHoldClosure(ty: Ty): boolean {
  switch (ty.k) {
    case 'closure':
    case 'dyn':
    case 'opaque':
    case 'assoc':
    case 'var':
      return true;
    case 'ref':
    case 'ptr':
    case 'box':
      return mayHoldClosure(ty.inner);
    case 'tuple':
      return ty.elems.some(mayHoldClosure);
    case 'array':
    case 'slice':
      return mayHoldClosure(ty.elem);
    case 'adt':
      return ty.args.some(mayHoldClosure);
    default:
      return false;
  }
}

function samePlace(a: Place, b: Place): boolean {
  return a.local === b.local && JSON.stringify(a.projection) === JSON.stringify(b.projection);
}

function forEachPlaceLocal(place: Place, f: (l: LocalId) => void): void {
  f(place.local);
  for (const p of place.projection) if (p.kind === 'index') f(p.local);
}

function forEachOperandLocal(o: Operand, f: (l: LocalId) => void): void {
  if (o.kind !== 'const') forEachPlaceLocal(o.place, f);
}

function forEachUsedLocal(s: Statement, f: (l: LocalId) => void): void {
  if (s.kind === 'assign') {
    for (const o of rvalueOperands(s.rvalue)) forEachOperandLocal(o, f);
    const place = rvaluePlace(s.rvalue);
    if (place) forEachPlaceLocal(place, f);
    if (s.place.projection.length > 0) forEachPlaceLocal(s.place, f);
  } else if (s.kind === 'print') {
    for (const a of s.format.args) forEachPlaceLocal(a.place, f);
    if (s.sink.kind === 'string' || s.sink.kind === 'formatter') forEachPlaceLocal(s.sink.place, f);
  }
}

function forEachTerminatorLocal(t: Terminator, f: (l: LocalId) => void): void {
  switch (t.kind) {
    case 'switchBool':
    case 'assert':
      forEachOperandLocal(t.cond, f);
      break;
    case 'switchInt':
      forEachOperandLocal(t.discr, f);
      break;
    case 'drop':
      forEachPlaceLocal(t.place, f);
      break;
    default:
      break;
  }
}


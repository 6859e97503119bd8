import { compileError } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { BasicBlock, Body, LocalId, MirProgram, Operand, Place, Statement, Terminator } from '../mir/ir.js';

/**
 * Initialisation and move checking on the MIR, as rustc's borrow checker does it:
 * a forward dataflow of which locals may be uninitialised or moved-out at each point.
 * Reports E0382 (use of a moved value), E0381 (use of an uninitialised binding) and E0384
 * (assigning twice to an immutable binding). Only named locals are checked: the MIR builder
 * writes every temporary before reading it.
 */
export function checkMoves(program: MirProgram): void {
  for (const body of program.bodies.values()) new MoveChecker(body).check();
}

/** Per local: may it be uninitialised, may it have been moved out, was it ever assigned. */
interface State {
  readonly uninit: Set<LocalId>;
  readonly moved: Set<LocalId>;
  readonly assigned: Set<LocalId>;
}

const cloneState = (s: State): State => ({ uninit: new Set(s.uninit), moved: new Set(s.moved), assigned: new Set(s.assigned) });

function joinInto(target: State, source: State): boolean {
  let changed = false;
  for (const key of ['uninit', 'moved', 'assigned'] as const) {
    for (const local of source[key]) {
      if (!target[key].has(local)) {
        target[key].add(local);
        changed = true;
      }
    }
  }
  return changed;
}

class MoveChecker {
  private readonly entry: (State | undefined)[];
  /** Whether transfer functions report errors; off while the fixpoint is being computed. */
  private reporting = false;

  constructor(private readonly body: Body) {
    this.entry = new Array(body.blocks.length);
  }

  check(): void {
    const start: State = { uninit: new Set(), moved: new Set(), assigned: new Set() };
    this.body.locals.forEach((local, id) => {
      if (local.kind === 'var' || local.kind === 'temp') start.uninit.add(id);
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
  }

  private transferBlock(block: BasicBlock, state: State): State {
    for (const s of block.statements) this.statement(s, state);
    this.terminator(block.terminator!, state);
    return state;
  }

  private isNamed(local: LocalId): boolean {
    const kind = this.body.locals[local]!.kind;
    return kind === 'var' || kind === 'arg';
  }

  private name(local: LocalId): string {
    return this.body.locals[local]!.name ?? '_';
  }

  private use(place: Place, state: State, span: Span, how: 'use' | 'borrow'): void {
    if (!this.reporting || !this.isNamed(place.local)) return;
    const name = this.name(place.local);
    if (state.moved.has(place.local)) {
      throw compileError('E0382', `${how} of moved value: \`${name}\``, span, `value ${how === 'borrow' ? 'borrowed' : 'used'} here after move`);
    }
    if (state.uninit.has(place.local)) {
      const possibly = state.assigned.has(place.local);
      const headline = possibly ? `used binding \`${name}\` is possibly-uninitialized` : `used binding \`${name}\` isn't initialized`;
      throw compileError('E0381', headline, span, `\`${name}\` used here but it ${possibly ? 'is possibly-uninitialized' : "isn't initialized"}`);
    }
  }

  private operand(op: Operand, state: State, span: Span): void {
    if (op.kind === 'const') return;
    this.use(op.place, state, span, 'use');
    if (op.kind !== 'move') return;
    if (this.reporting && this.behindReference(op.place)) {
      const what = `${'*'.repeat(op.place.projection.length)}${this.name(op.place.local)}`;
      throw compileError('E0507', `cannot move out of \`${what}\` which is behind a shared reference`, span, 'move occurs here');
    }
    // Moving out of a box moves the box's contents; the checker treats the whole local as moved.
    state.moved.add(op.place.local);
  }

  private behindReference(place: Place): boolean {
    let ty = this.body.locals[place.local]!.ty;
    for (const projection of place.projection) {
      if (projection.kind !== 'deref') continue;
      if (ty.k === 'ref') return true;
      if (ty.k === 'box') ty = ty.inner;
    }
    return false;
  }

  private assign(place: Place, state: State, span: Span): void {
    if (place.projection.length > 0) {
      this.use(place, state, span, 'use');
      return;
    }
    const local = this.body.locals[place.local]!;
    // rustc rejects a second assignment if one may have happened before, even after a move.
    if (this.reporting && local.kind !== 'temp' && local.kind !== 'return' && !local.mutable && state.assigned.has(place.local)) {
      const label = local.kind === 'arg' ? 'cannot assign to immutable argument' : 'cannot assign twice to immutable variable';
      throw compileError('E0384', `${label} \`${local.name}\``, span, label);
    }
    state.uninit.delete(place.local);
    state.moved.delete(place.local);
    state.assigned.add(place.local);
  }

  private statement(s: Statement, state: State): void {
    switch (s.kind) {
      case 'assign': {
        const r = s.rvalue;
        switch (r.kind) {
          case 'use':
          case 'neg':
          case 'not':
          case 'cast':
            this.operand(r.operand, state, s.span);
            break;
          case 'binary':
            this.operand(r.left, state, s.span);
            this.operand(r.right, state, s.span);
            break;
          case 'ref':
            this.use(r.place, state, s.span, 'borrow');
            break;
        }
        this.assign(s.place, state, s.span);
        return;
      }
      case 'storageLive':
      case 'storageDead':
        state.uninit.add(s.local);
        state.moved.delete(s.local);
        state.assigned.delete(s.local);
        return;
      case 'print':
        for (const arg of s.format.args) this.use(arg.place, state, s.span, 'borrow');
        return;
      case 'mark':
        return;
    }
  }

  private terminator(t: Terminator, state: State): void {
    switch (t.kind) {
      case 'switchBool':
        this.operand(t.cond, state, t.span);
        return;
      case 'call':
        for (const arg of t.args) this.operand(arg, state, t.span);
        this.assign(t.dest, state, t.span);
        return;
      case 'panic':
        if (t.message.kind === 'format' || t.message.kind === 'prefixed') {
          for (const arg of t.message.format?.args ?? []) this.use(arg.place, state, t.span, 'borrow');
        }
        return;
      default:
        return;
    }
  }
}

function successors(t: Terminator): number[] {
  switch (t.kind) {
    case 'goto':
      return [t.target];
    case 'switchBool':
      return [t.ifTrue, t.ifFalse];
    case 'call':
      return t.target === null ? [] : [t.target];
    case 'drop':
      return [t.target];
    default:
      return [];
  }
}

import { rvalueOperands, rvaluePlace, successors } from '../mir/cfg.js';
import type { BasicBlock, Body, LocalId, Operand, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';

/**
 * Which locals are live (their current value may still be read) before and after every
 * statement: a backward dataflow. A local is used when an operand, a borrow, a `len` or
 * `discriminant`, a format argument or an index reads it, or when a place dereferences it;
 * it is defined (killed) by an assignment to the whole local and by its storage ending.
 * `dropUses` says whether dropping a local reads its value (a type with a `Drop` impl).
 */
export interface Liveness {
  /** Live locals after statement `index` of `block` (index = statements.length: the terminator). */
  liveOut(block: number, index: number): ReadonlySet<LocalId>;
  liveIn(block: number, index: number): ReadonlySet<LocalId>;
}


export function placeUses(place: Place, out: (l: LocalId) => void, asDest = false): void {
  for (const p of place.projection) if (p.kind === 'index') out(p.local);
  if (!asDest || place.projection.some((p) => p.kind === 'deref')) out(place.local);
}

function operandUses(op: Operand, out: (l: LocalId) => void): void {
  if (op.kind !== 'const') placeUses(op.place, out);
}

function rvalueUses(r: Rvalue, out: (l: LocalId) => void): void {
  for (const o of rvalueOperands(r)) operandUses(o, out);
  const place = rvaluePlace(r);
  if (place) placeUses(place, out);
}

interface Effect {
  readonly uses: LocalId[];
  readonly defs: LocalId[];
}

function statementEffect(s: Statement): Effect {
  const uses: LocalId[] = [];
  const defs: LocalId[] = [];
  const use = (l: LocalId) => uses.push(l);
  switch (s.kind) {
    case 'assign':
      rvalueUses(s.rvalue, use);
      placeUses(s.place, use, true);
      if (s.place.projection.length === 0) defs.push(s.place.local);
      break;
    case 'storageLive':
    case 'storageDead':
      defs.push(s.local);
      break;
    case 'print':
      for (const a of s.format.args) placeUses(a.place, use);
      if (s.sink.kind === 'formatter' || s.sink.kind === 'string') placeUses(s.sink.place, use);
      break;
    case 'mark':
      break;
  }
  return { uses, defs };
}

function terminatorEffect(t: Terminator, dropUses: (place: Place) => boolean): Effect {
  const uses: LocalId[] = [];
  const defs: LocalId[] = [];
  const use = (l: LocalId) => uses.push(l);
  switch (t.kind) {
    case 'switchBool':
      operandUses(t.cond, use);
      break;
    case 'switchInt':
      operandUses(t.discr, use);
      break;
    case 'assert':
      operandUses(t.cond, use);
      operandUses(t.assert.len, use);
      operandUses(t.assert.index, use);
      break;
    case 'call':
      for (const a of t.args) operandUses(a, use);
      placeUses(t.dest, use, true);
      // The destination is written after the arguments are read.
      if (t.dest.projection.length === 0) defs.push(t.dest.local);
      break;
    case 'drop':
      if (dropUses(t.place)) placeUses(t.place, use);
      break;
    case 'return':
      uses.push(0);
      break;
    case 'panic': {
      const m = t.message;
      const formats = m.kind === 'format' ? [m.format] : m.kind === 'prefixed' && m.format ? [m.format] : m.kind === 'assertCmp' ? (m.custom ? [m.custom] : []) : [];
      for (const f of formats) for (const a of f.args) placeUses(a.place, use);
      if (m.kind === 'assertCmp') {
        placeUses(m.left.place, use);
        placeUses(m.right.place, use);
      }
      break;
    }
    default:
      break;
  }
  return { uses, defs };
}

/** A call's destination is defined after its arguments are used: apply defs, then uses. */
function applyBackward(live: Set<LocalId>, e: Effect): void {
  for (const d of e.defs) live.delete(d);
  for (const u of e.uses) live.add(u);
}

export function computeLiveness(body: Body, dropUses: (place: Place) => boolean): Liveness {
  const blocks = body.blocks;
  const liveInBlock: Set<LocalId>[] = blocks.map(() => new Set());
  const effects: Effect[][] = blocks.map((b: BasicBlock) => [...b.statements.map(statementEffect), terminatorEffect(b.terminator!, dropUses)]);
  const preds: number[][] = blocks.map(() => []);
  blocks.forEach((b, id) => {
    for (const s of successors(b.terminator!)) preds[s]!.push(id);
  });
  const liveOutOfBlock = (id: number): Set<LocalId> => {
    const out = new Set<LocalId>();
    for (const s of successors(blocks[id]!.terminator!)) for (const l of liveInBlock[s]!) out.add(l);
    return out;
  };
  const work = blocks.map((_, i) => i);
  const queued = new Set(work);
  while (work.length > 0) {
    const id = work.pop()!;
    queued.delete(id);
    const live = liveOutOfBlock(id);
    const eff = effects[id]!;
    for (let i = eff.length - 1; i >= 0; i--) applyBackward(live, eff[i]!);
    const prev = liveInBlock[id]!;
    if (live.size !== prev.size || [...live].some((l) => !prev.has(l))) {
      liveInBlock[id] = live;
      for (const p of preds[id]!) {
        if (!queued.has(p)) {
          queued.add(p);
          work.push(p);
        }
      }
    }
  }
  // Per-statement sets, computed on demand per block.
  const perBlock = new Map<number, Set<LocalId>[]>();
  const sets = (block: number): Set<LocalId>[] => {
    let s = perBlock.get(block);
    if (!s) {
      const eff = effects[block]!;
      s = new Array(eff.length + 1);
      const live = liveOutOfBlock(block);
      s[eff.length] = new Set(live);
      for (let i = eff.length - 1; i >= 0; i--) {
        applyBackward(live, eff[i]!);
        s[i] = new Set(live);
      }
      perBlock.set(block, s);
    }
    return s;
  };
  return {
    liveOut: (block, index) => sets(block)[index + 1]!,
    liveIn: (block, index) => sets(block)[index]!,
  };
}

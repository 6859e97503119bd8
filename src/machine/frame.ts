import type { Span } from '../diagnostics/span.js';
import type { Body, LocalId } from '../mir/ir.js';
import type { Raw, Scalar } from '../memory/memory.js';
import type { Layout } from '../memory/target.js';
import type { Ty } from '../types/ty.js';

/**
 * What a call stack is made of: the values that travel between places, what the machine knows of
 * a body once (its layouts and its compiled code), and the frames that run it. A stack is an
 * array of frames; nothing here refers to the machine, so one machine may hold several stacks.
 */

/**
 * A value in flight between places: one scalar, the raw contents of an aggregate's cells
 * (with the drop flags of zero-sized fields that need them), or nothing for zero-sized types.
 */
export type Value = Scalar | Cells | null;

/** A zero-sized part of a value that needs dropping: its offset and its type's key. */
export type ZstSlot = readonly [number, string];

export interface Cells {
  readonly kind: 'cells';
  readonly raw: readonly Raw[];
  readonly zst: readonly [number, string][] | null;
}

/** One statement or terminator of a body, compiled: its decisions made once, its effect on the
 *  frame (and the machine the code was compiled for) left to run. */
export type Op = (frame: Frame) => void;

/** A basic block compiled: an op per statement, then the terminator's. */
export interface CompiledBlock {
  readonly statements: readonly Op[];
  /** The ops of the statements that do something, and their statements' indexes: a run of the
   *  block skips the others (a live local's storage, a mark nobody records), counting their steps. */
  readonly effects: readonly Op[];
  readonly effectAt: readonly number[];
  readonly terminator: Op;
}

/** What the machine knows about a body once, whatever the number of frames it runs in. */
export interface BodyInfo {
  readonly body: Body;
  readonly name: string;
  readonly std: boolean;
  readonly tys: readonly Ty[];
  readonly layouts: readonly Layout[];
  /** Offset of each local in its region: the frame's stack allocation (parameters and named
   *  locals of program functions) or its scratch allocation (everything else). */
  readonly offsets: readonly number[];
  readonly inStack: readonly boolean[];
  readonly stackSize: number;
  readonly scratchSize: number;
  /** The largest local kept in scratch: the binary's frame holds it too (a temporary
   *  `[0u8; 1 << 31]`), so a stack with less room than it overflows. */
  readonly largestScratch: number;
  /** What a frame of the body takes from its stack's size (`Target.frameCost`): at least
   *  `stackSize`. */
  readonly stackCost: number;
  /** std's bodies keep their string literals out of sight; a program's `const` and `static`
   *  initializers (std-like bodies otherwise) do not. */
  readonly hidesLiterals: boolean;
  /** Program bodies: temporaries whose shared borrows are promoted to static memory (std's
   *  bodies keep theirs in scratch memory, out of sight). */
  readonly promoted: ReadonlySet<LocalId> | null;
  /** The body's blocks compiled for the machine that made this info (machine/compile.ts). */
  readonly code: readonly CompiledBlock[];
}

export interface Frame {
  readonly info: BodyInfo;
  /** Where the frame's stack and scratch parts start: a local is at a constant offset from one
   *  of them (`localAddr`). */
  readonly stackBase: number;
  readonly scratchBase: number;
  block: number;
  statement: number;
  /** Where the caller wants the return value, of which type, and where it continues (null: a
   *  nested call the machine made itself, e.g. a `Display` impl, which returns to the machine).
   *  Fields of the frame rather than an object of their own: a call allocates one object. */
  readonly returnAddr: number;
  readonly returnTy: Ty;
  readonly returnBlock: number | null;
  /** The span of the call that pushed the frame (for `#[track_caller]` locations). */
  readonly callSpan: Span;
  /** The index in its stack of the first frame of the run of frames of this body the frame
   *  ends (a recursion's first call): a snapshot counts the frames it leaves out by runs. */
  readonly runStart: number;
}

/** The address of a local of the frame. */
export function localAddr(frame: Frame, local: number): number {
  const info = frame.info;
  return (info.inStack[local] ? frame.stackBase : frame.scratchBase) + info.offsets[local]!;
}

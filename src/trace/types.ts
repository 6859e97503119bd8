import type { Span } from '../diagnostics/span.js';

/**
 * The trace: what a run did, as plain data (it is also the JSON format, see docs/trace-format.md).
 * Addresses are numbers in the target's address space; views decide how to print them.
 */

export const TRACE_FORMAT_VERSION = 1;

export type CellValue =
  | { readonly kind: 'uninit' }
  | { readonly kind: 'moved' }
  | { readonly kind: 'int'; readonly text: string }
  | { readonly kind: 'bool'; readonly text: string }
  | { readonly kind: 'ptr'; readonly to: number };

export interface Cell {
  readonly addr: number;
  readonly size: number;
  readonly value: CellValue;
}

export interface LocalSnapshot {
  readonly name: string;
  readonly kind: 'arg' | 'var';
  readonly ty: string;
  readonly addr: number;
  readonly size: number;
  readonly cells: readonly Cell[];
}

export interface FrameSnapshot {
  readonly fn: string;
  readonly locals: readonly LocalSnapshot[];
}

export interface HeapBlockSnapshot {
  readonly addr: number;
  readonly size: number;
  readonly ty: string;
  readonly cells: readonly Cell[];
}

export interface Snapshot {
  /** Outermost frame (main) first. */
  readonly frames: readonly FrameSnapshot[];
  /** Live heap blocks, highest address first. */
  readonly heap: readonly HeapBlockSnapshot[];
}

export type StopKind = 'call' | 'return' | 'statement' | 'end';

export interface Stop {
  readonly kind: StopKind;
  /** The number of machine steps executed before this stop. */
  readonly step: number;
  readonly caption: string;
  readonly span: Span;
  /** How much of stdout the program had written by then. */
  readonly stdoutLength: number;
  readonly snapshot: Snapshot;
}

export type TraceEvent = { readonly step: number; readonly span: Span } & (
  | { readonly kind: 'call'; readonly fn: string; readonly caller: string }
  | { readonly kind: 'return'; readonly fn: string }
  | { readonly kind: 'alloc'; readonly addr: number; readonly size: number; readonly ty: string }
  | { readonly kind: 'free'; readonly addr: number; readonly size: number; readonly ty: string }
  | { readonly kind: 'drop'; readonly what: string; readonly ty: string }
  | { readonly kind: 'print'; readonly stream: 'stdout' | 'stderr'; readonly text: string }
);

export type Outcome =
  | { readonly kind: 'returned'; readonly exitCode: 0 }
  | { readonly kind: 'panicked'; readonly exitCode: 101; readonly message: string; readonly location: string }
  | { readonly kind: 'exited'; readonly exitCode: number }
  /** A stackheap limit (steps or call depth) ended the run; the real program would have gone on. */
  | { readonly kind: 'limit'; readonly exitCode: 3; readonly message: string; readonly location: string };

export interface Trace {
  readonly version: typeof TRACE_FORMAT_VERSION;
  readonly file: string;
  readonly model: 'book';
  readonly stops: readonly Stop[];
  readonly events: readonly TraceEvent[];
  readonly stdout: string;
  readonly stderr: string;
  readonly outcome: Outcome;
  readonly steps: number;
}

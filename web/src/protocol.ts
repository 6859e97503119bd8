import type { DiagnosticKind } from '../../src/diagnostics/diagnostic.js';
import type { Span } from '../../src/diagnostics/span.js';
import type { Snapshot, SnapshotWindow, TraceSummary } from '../../src/trace/types.js';

/**
 * Messages between the page and the interpreter's worker. Everything is structured-clonable.
 * A run replies with the recorded trace's summary; the worker keeps the recording (until the
 * next run replaces it) and answers snapshot requests by replaying it.
 */

export type WorkerRequest = RunRequest | SnapshotRequest;

export interface RunRequest {
  readonly kind: 'run';
  readonly id: number;
  readonly path: string;
  readonly source: string;
  readonly maxSteps: number;
  /** The memory model to trace with; the real model's heap is glibc's (the library's default). */
  readonly model: 'book' | 'real';
  /** Run with the borrow checker off, stopping at undefined behaviour (`--unchecked`). */
  readonly unchecked: boolean;
}

/** A Diagnostic as plain data (class instances lose their prototype in postMessage). */
export interface DiagnosticData {
  readonly kind: DiagnosticKind;
  readonly headline: string;
  readonly code?: string;
  readonly label?: string;
  readonly span: Span;
  /** rustc's secondary labels (`value moved here`), each at its own span. */
  readonly labels: readonly { readonly span: Span; readonly message: string }[];
  /** rustc's shape: `error[E0308]: ...`, the line and a caret. */
  readonly rendered: string;
  /** Only the borrow checker rejects the program: it runs with the checker off (`--unchecked`). */
  readonly runsUnchecked?: true;
}

/** The snapshots of stops `stops` of the trace that run `run` recorded: the parts `window`
 *  asks for (what the page draws), so that a deep stack or a large block costs no more. */
export interface SnapshotRequest {
  readonly kind: 'snapshots';
  readonly id: number;
  readonly run: number;
  readonly stops: readonly number[];
  readonly window: SnapshotWindow;
}

/** The snapshots asked for, in the request's order; null when that run's recording is gone
 *  (or, with a message, when rebuilding one failed). */
export interface SnapshotReply {
  readonly id: number;
  readonly kind: 'snapshots';
  readonly snapshots: readonly Snapshot[] | null;
  readonly message?: string;
}

/** How far a run has got (sent a few times a second while it runs). */
export interface ProgressReply {
  readonly id: number;
  readonly kind: 'progress';
  readonly steps: number;
}

export type WorkerReply = RunReply | SnapshotReply | ProgressReply;

export type RunReply =
  /** `stopped`: the error the run ended with after the program's output (undefined behaviour
   *  under `unchecked`, or a refusal while running). */
  | { readonly id: number; readonly kind: 'trace'; readonly trace: TraceSummary; readonly ms: number; readonly stopped?: DiagnosticData }
  | { readonly id: number; readonly kind: 'diagnostic'; readonly diagnostic: DiagnosticData }
  /** A bug in stackheap, a worker that could not start (e.g. the .wasm failed to load), or a
   *  download of std's AST that failed. */
  | { readonly id: number; readonly kind: 'crash'; readonly message: string };

/** What `Runner.run` resolves to: a reply, or the user pressed Stop (after `steps` machine
 *  steps, as the run's last progress said). */
export type RunResult = RunReply | { readonly id: number; readonly kind: 'stopped'; readonly steps: number };

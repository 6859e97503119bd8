import { panicCaption } from '../trace/captions.js';
import type { StopInfo, StopKind, TraceSummary } from '../trace/types.js';

/**
 * The steps the page walks through: the recorded trace's stops, filtered by the "Stops" option,
 * plus a final step for a panic, a limit or `process::exit` (the trace records those only in
 * its outcome, with the memory of the last stop). Undefined behaviour (`--unchecked`) is a stop
 * of its own, shown whatever the filter. A step names the stop whose snapshot it shows; the
 * worker rebuilds snapshots on demand.
 */

export type StopFilter = 'all' | 'calls';

export type StepKind = StopKind | 'panic' | 'limit' | 'exit';

export interface Step {
  readonly kind: StepKind;
  readonly caption: string;
  /** 1-based source line to highlight, or 0 for none. */
  readonly line: number;
  /** The number of frames on the stack (a call stop is before the callee's frame is pushed). */
  readonly depth: number;
  /** Machine steps executed before this step; events up to it have happened. */
  readonly machineStep: number;
  readonly stdoutLength: number;
  /** A drop step: the machine step its drop began at (see `Stop.dropBegan`). */
  readonly dropBegan?: number;
  /** The index of the stop whose snapshot the step shows; -1 for none (an empty picture). */
  readonly stop: number;
}

const CALL_KINDS: ReadonlySet<StopKind> = new Set(['call', 'return', 'end', 'undefined', 'overflow']);

/**
 * `maxSteps` is the budget the run had: the machine counts the step that broke the budget in
 * `trace.steps`, but that step never ran, so the page reports at most the budget.
 */
export function buildSteps(trace: TraceSummary, filter: StopFilter, maxSteps = Infinity): Step[] {
  const steps: Step[] = [];
  trace.stops.forEach((stop, i) => {
    if (filter === 'all' || CALL_KINDS.has(stop.kind)) steps.push(fromStop(stop, i));
  });
  const last = trace.stops[trace.stops.length - 1];
  const base = {
    depth: last?.depth ?? 0,
    machineStep: trace.steps,
    stdoutLength: trace.stdout.length,
    stop: trace.stops.length - 1,
  };
  const outcome = trace.outcome;
  switch (outcome.kind) {
    case 'panicked':
    case 'aborted': {
      // The machine's last stop is where the panic began (its frames, before unwinding, if it
      // unwinds): the panic's step shows it instead of adding a step after it.
      const panicked = last?.kind === 'end' && steps[steps.length - 1]?.stop === trace.stops.length - 1;
      if (panicked) steps.pop();
      steps.push({ ...base, ...(panicked ? { depth: last.depth, machineStep: last.step, stdoutLength: last.stdoutLength } : {}), kind: 'panic', line: lineOf(outcome.location), caption: panicCaption(outcome.location, outcome.message) });
      break;
    }
    case 'limit':
      steps.push({ ...base, kind: 'limit', line: lineOf(outcome.location), caption: `stopped after ${executedSteps(trace, maxSteps).toLocaleString('en')} steps: ${groupDigits(outcome.message)}` });
      break;
    case 'exited':
      steps.push({ ...base, kind: 'exit', line: last?.span.line ?? 0, caption: `the program exits with code ${outcome.exitCode}` });
      break;
    case 'returned':
      break;
  }
  return steps;
}

/** A limit's message (`the step budget of 100000 steps ran out`) with its numbers written as the
 *  page writes every count (`100,000`), so that one sentence never writes numbers two ways. */
export function groupDigits(message: string): string {
  return message.replace(/\b\d{4,}\b/g, (digits) => Number(digits).toLocaleString('en'));
}

export function executedSteps(trace: TraceSummary, maxSteps = Infinity): number {
  return Math.min(trace.steps, maxSteps);
}

function fromStop(stop: StopInfo, index: number): Step {
  return {
    kind: stop.kind,
    caption: stop.caption,
    line: stop.span.line,
    depth: stop.depth,
    machineStep: stop.step,
    stdoutLength: stop.stdoutLength,
    ...(stop.dropBegan === undefined ? {} : { dropBegan: stop.dropBegan }),
    stop: index,
  };
}

/** `file:line:col`, where the file itself may contain colons. */
export function lineOf(location: string): number {
  const match = /:(\d+):\d+$/.exec(location);
  return match ? Number(match[1]) : 0;
}

/** Over: the next step in the same function or a caller (it skips the callee's steps). */
export function stepOver(steps: readonly Step[], i: number): number {
  return findAfter(steps, i, (s) => s.depth <= steps[i]!.depth);
}

/** Out: the next step in a caller. */
export function stepOut(steps: readonly Step[], i: number): number {
  return findAfter(steps, i, (s) => s.depth < steps[i]!.depth);
}

/** The next step on `line`, wrapping around to the start; -1 if no step is on that line. */
export function runToLine(steps: readonly Step[], i: number, line: number): number {
  for (let k = 1; k <= steps.length; k++) {
    const j = (i + k) % steps.length;
    if (steps[j]!.line === line) return j;
  }
  return -1;
}

function findAfter(steps: readonly Step[], i: number, test: (s: Step) => boolean): number {
  for (let j = i + 1; j < steps.length; j++) if (test(steps[j]!)) return j;
  return steps.length - 1;
}

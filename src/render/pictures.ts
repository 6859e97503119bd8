import type { Snapshot, TraceSummary } from '../trace/types.js';
import { narrate } from '../views/narration.js';
import { buildSteps, type Step } from '../views/steps.js';
import type { DiagramPicture } from './svg.js';

/**
 * A recorded trace as the exports see it: the page's steps (`buildSteps`: the stops, then a
 * panic, a limit or an exit as a step of its own), each with its snapshot, the step before's
 * and the narration, ready for the SVG, Markdown and HTML writers.
 */

/** What a recording offers (`Recording` in the library; the page's worker answers the same). */
export interface TraceSource {
  summary(): TraceSummary;
  snapshot(stop: number): Snapshot;
}

const EMPTY: Snapshot = { frames: [], heap: [] };

export class TracePictures {
  readonly trace: TraceSummary;
  readonly steps: readonly Step[];
  /** The snapshots last asked for: pictures in order need each one twice. */
  private readonly kept = new Map<number, Snapshot>();

  constructor(
    private readonly source: TraceSource,
    maxSteps = Infinity,
  ) {
    this.trace = source.summary();
    this.steps = buildSteps(this.trace, 'all', maxSteps);
  }

  snapshot(index: number): Snapshot {
    const stop = this.steps[index]?.stop ?? -1;
    if (stop < 0) return EMPTY;
    let snapshot = this.kept.get(stop);
    if (!snapshot) {
      snapshot = this.source.snapshot(stop);
      if (this.kept.size >= 4) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(stop, snapshot);
    }
    return snapshot;
  }

  picture(index: number, id?: string): DiagramPicture {
    const step = this.steps[index]!;
    return {
      snapshot: this.snapshot(index),
      previous: index > 0 ? this.snapshot(index - 1) : null,
      model: this.trace.model,
      caption: step.caption,
      since: narrate(this.trace.events, this.steps, index, this.trace.model).since,
      ...(id !== undefined ? { id } : {}),
    };
  }

  /** The program's output up to step `index`. */
  stdout(index: number): string {
    return this.trace.stdout.slice(0, this.steps[index]!.stdoutLength);
  }
}

/** Which steps to write: one (`stop`, 1-based), those on a line, or all of them. */
export interface StepChoice {
  readonly stop?: number;
  readonly line?: number;
}

/** The chosen steps' indices, or why none can be chosen. */
export function chooseSteps(steps: readonly Step[], choice: StepChoice): number[] | string {
  let chosen = steps.map((_, i) => i);
  if (choice.line !== undefined) {
    chosen = chosen.filter((i) => steps[i]!.line === choice.line);
    if (chosen.length === 0) {
      const lines = [...new Set(steps.map((s) => s.line).filter((l) => l > 0))].sort((a, b) => a - b);
      return `no stop is on line ${choice.line} (stops are on line${lines.length === 1 ? '' : 's'} ${lines.join(', ') || 'none'})`;
    }
  }
  if (choice.stop !== undefined) {
    if (choice.stop > steps.length) return `there ${steps.length === 1 ? 'is 1 stop' : `are ${steps.length} stops`}: \`--stop ${choice.stop}\` is past the last`;
    chosen = chosen.filter((i) => i === choice.stop! - 1);
    if (chosen.length === 0) return `stop ${choice.stop} is not on line ${choice.line}`;
  }
  return chosen;
}

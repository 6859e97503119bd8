import { checkBorrows } from './borrowck/borrows.js';
import { findKnownPanic } from './borrowck/known-panics.js';
import { findMoveError } from './borrowck/moves.js';
import { Diagnostic, unsupported } from './diagnostics/diagnostic.js';
import type { SourceFile, Span } from './diagnostics/span.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STEPS, Machine, type CheckpointSink } from './machine/machine.js';
import type { AllocatorName } from './memory/allocators.js';
import { BOOK_TARGET } from './memory/book.js';
import { realTarget } from './memory/real.js';
import type { MirProgram } from './mir/ir.js';
import { LazyMirProgram } from './mir/program.js';
import { collectItems, declaredTypeNames } from './resolve/items.js';
import { PRELUDE_PATH, PRELUDE_SOURCE, PRELUDE_TYPES_NAMED_BY_STACKHEAP, preludeSourceYielding } from './resolve/prelude.js';
import type { Program } from './syntax/ast.js';
import { loadRustParser, type GrammarSource, type RustParser } from './syntax/parser.js';
import { Recorder } from './trace/recorder.js';
import { CheckpointStore, Recording, type TraceHead } from './trace/replay.js';
import { StopLog } from './trace/stop-log.js';
import { TRACE_FORMAT_VERSION, type Stop, type StopKind, type Trace, type TraceEvent } from './trace/types.js';
import { checkBodies } from './types/check.js';
import { TypeContext } from './types/context.js';

/** The library's entry: the whole pipeline, usable from the CLI and from a browser alike. */

export type StopPolicy = 'none' | 'calls' | 'statements' | 'all';

export interface TraceOptions {
  /** `book` (the seed's cells) or `real` (rustc's x86_64 layouts, Linux addresses). */
  readonly model?: 'book' | 'real';
  /** The real model's heap policy (default `glibc`). */
  readonly allocator?: AllocatorName;
  /** Record `main`'s heap events in real bytes (`Trace.allocLog`), whatever the model. */
  readonly allocLog?: boolean;
  readonly at?: StopPolicy;
  readonly maxSteps?: number;
  readonly maxDepth?: number;
  /** Keep the event list (calls, allocations, drops, prints); `run` has no use for it. */
  readonly events?: boolean;
  /** Streams each stop to this callback instead of keeping it in the trace. */
  readonly onStop?: (stop: Stop) => void;
  /** Sees every event as it happens. */
  readonly onEvent?: (event: TraceEvent) => void;
  /** `record`: the fewest steps between two checkpoints (default `MIN_INTERVAL`); fewer make
   *  replays shorter and the recording larger. */
  readonly checkpointInterval?: number;
}

const STOPS: Readonly<Record<StopPolicy, readonly StopKind[]>> = {
  none: [],
  calls: ['call', 'return'],
  statements: ['statement'],
  all: ['call', 'return', 'statement', 'end'],
};

export class Stackheap {
  /** The std prelude's AST, parsed once per instance: it is the same for every program. */
  private readonly prelude: Program;

  /** The names of the prelude's structs and enums. */
  private readonly preludeTypes: ReadonlySet<string>;

  private constructor(private readonly parser: RustParser) {
    this.prelude = parser.parse({ path: PRELUDE_PATH, text: PRELUDE_SOURCE });
    this.preludeTypes = new Set(declaredTypeNames(this.prelude).keys());
  }

  static async load(grammar?: GrammarSource): Promise<Stackheap> {
    return new Stackheap(await loadRustParser(grammar));
  }

  /** Parses and checks the program and lowers it to MIR; throws a Diagnostic if it can't. */
  compile(file: SourceFile): MirProgram {
    try {
      return this.compileWithPrelude(file);
    } catch (error) {
      // A diagnostic inside stackheap's own prelude is stackheap's bug, not the program's: say so,
      // with the prelude's location, instead of pointing into the user's file.
      if (error instanceof Diagnostic && file.path !== PRELUDE_PATH && !this.preludeWorks()) {
        const line = PRELUDE_SOURCE.split('\n')[error.span.line - 1]?.trim() ?? '';
        throw new Error(`stackheap's std prelude does not compile: ${error.headline} at ${PRELUDE_PATH}:${error.span.line}:${error.span.col} (${line})`);
      }
      throw error;
    }
  }

  private preludeOk: boolean | undefined;

  private preludeWorks(): boolean {
    if (this.preludeOk === undefined) {
      try {
        this.compileWithPrelude({ path: 'prelude-check.rs', text: 'fn main() {}\n' });
        this.preludeOk = true;
      } catch {
        this.preludeOk = false;
      }
    }
    return this.preludeOk;
  }

  /** Preludes whose types yield their names to a program's (see `preludeSourceYielding`). */
  private readonly yieldingPreludes = new Map<string, { program: Program; text: string }>();

  /** The prelude for a program: std types the program declares types of the same name as are
   *  renamed out of its way (a program's `enum Cell` is not std's `Cell`). */
  private preludeFor(program: Program): { program: Program; text: string } {
    const declared = declaredTypeNames(program);
    const shadowed = [...declared.keys()].filter((name) => this.preludeTypes.has(name)).sort();
    if (shadowed.length === 0) return { program: this.prelude, text: PRELUDE_SOURCE };
    const reserved = shadowed.find((name) => PRELUDE_TYPES_NAMED_BY_STACKHEAP.has(name));
    if (reserved) throw unsupported(`a type named \`${reserved}\` (stackheap's std has one it cannot rename)`, declared.get(reserved)!);
    const key = shadowed.join(',');
    let prelude = this.yieldingPreludes.get(key);
    if (!prelude) {
      const text = preludeSourceYielding(shadowed);
      prelude = { program: this.parser.parse({ path: PRELUDE_PATH, text }), text };
      this.yieldingPreludes.set(key, prelude);
    }
    return prelude;
  }

  private compileWithPrelude(file: SourceFile): MirProgram {
    const program = this.parser.parse(file);
    const prelude = this.preludeFor(program);
    const items = collectItems(
      [
        { program: prelude.program, file: { path: PRELUDE_PATH, text: prelude.text }, std: true },
        { program, file, std: false },
      ],
      endOfFile(file),
      crateName(file.path),
    );
    const ctx = new TypeContext(items);
    const mir = new LazyMirProgram(ctx, checkBodies(ctx));
    // Build (and check) every non-generic function of the program now, so that whatever the
    // MIR builder or the move checker rejects is reported before the program runs.
    for (const body of mir.eagerBodies()) {
      const moveError = findMoveError(body, mir);
      const borrowError = body.std ? null : checkBorrows(body, mir, file.text);
      // rustc's lints on MIR run once borrow checking has passed.
      const lintError = body.std || moveError || borrowError ? null : findKnownPanic(body);
      if (lintError) throw lintError;
      // rustc reports a body's borrow-check errors sorted by location: the first one is shown.
      const first = [moveError, borrowError].filter((e) => e !== null).sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col)[0];
      if (first) throw first;
    }
    return mir;
  }

  trace(file: SourceFile, options: TraceOptions = {}): Trace {
    const mir = this.compile(file);
    const recorder = new Recorder({
      keep: new Set(STOPS[options.at ?? 'calls']),
      events: options.events ?? true,
      ...(options.onStop ? { onStop: options.onStop } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
    const machine = newMachine(mir, file, options, recorder);
    return { ...runMachine(machine, file, options, recorder), stops: recorder.stops };
  }

  /**
   * Runs the program as `trace` does, keeping its stops without snapshots and checkpoints of the
   * machine along the way: `Recording.snapshot(i)` rebuilds a stop's snapshot by replaying from
   * the last checkpoint before it. A long trace takes little memory this way (`onStop` is not
   * used: the stops are the recording's). The event list leaves out calls into std's functions
   * and their returns.
   */
  record(file: SourceFile, options: TraceOptions = {}): Recording {
    const mir = this.compile(file);
    const keep = new Set(STOPS[options.at ?? 'calls']);
    const log = new StopLog();
    const store = new CheckpointStore(options.checkpointInterval);
    const recorder = new Recorder({ keep, events: options.events ?? true, skipStdCalls: true, log, ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
    const machine = newMachine(mir, file, options, recorder, store);
    const head = runMachine(machine, file, options, recorder);
    const replayOptions: TraceOptions = { ...options, allocLog: false };
    return new Recording(head, log, store, keep, (replayRecorder) => newMachine(mir, file, replayOptions, replayRecorder));
  }
}

function newMachine(mir: MirProgram, file: SourceFile, options: TraceOptions, recorder: Recorder, checkpoints?: CheckpointSink): Machine {
  const target = options.model === 'real' ? realTarget(options.allocator ?? 'glibc') : BOOK_TARGET;
  return new Machine(mir, target, file, recorder, {
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    ...(options.allocLog ? { allocLog: true } : {}),
    ...(checkpoints ? { checkpoints } : {}),
  });
}

/** Runs the machine and assembles everything a trace holds but its stops. */
function runMachine(machine: Machine, file: SourceFile, options: TraceOptions, recorder: Recorder): TraceHead {
  const model = options.model ?? 'book';
  const { outcome, stdout, stderr, steps, leaks } = machine.run();
  return {
    version: TRACE_FORMAT_VERSION,
    file: file.path,
    model,
    ...(model === 'real' ? { allocator: options.allocator ?? 'glibc' } : {}),
    ...(machine.allocLog ? { allocLog: machine.allocLog } : {}),
    ...(leaks ? { leaks } : {}),
    events: recorder.events,
    stdout,
    stderr,
    outcome,
    steps,
  };
}

export function crateName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.rs$/, '').replace(/[^A-Za-z0-9_]/g, '_');
}

function endOfFile(file: SourceFile): Span {
  const lines = file.text.replace(/\n$/, '').split('\n');
  const line = lines.length;
  const col = (lines[line - 1] ?? '').length + 1;
  const end = file.text.replace(/\n$/, '').length;
  return { start: end, end, line, col: Math.max(1, col - 1), endLine: line, endCol: col };
}

export { Diagnostic, Recording };

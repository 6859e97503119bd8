import { crateName, isConstructorFnName } from './diagnostics/names.js';
import { checkBorrows } from './borrowck/borrows.js';
import { findMutabilityError } from './borrowck/mutability.js';
import { PlaceNames } from './borrowck/place-names.js';
import { ConstValues, findKnownPanic } from './borrowck/known-panics.js';
import { findMoveError } from './borrowck/moves.js';
import { Diagnostic, firstByLocation, unsupported } from './diagnostics/diagnostic.js';
import type { SourceFile, Span } from './diagnostics/span.js';
import { DEFAULT_MAX_STEPS, Machine, type CheckpointSink } from './machine/machine.js';
import type { AllocatorName } from './memory/allocators.js';
import { BOOK_TARGET } from './memory/book.js';
import { realTarget } from './memory/real.js';
import type { Body, MirProgram } from './mir/ir.js';
import { showTy, type Ty } from './types/ty.js';
import { typeLayoutReport, type TypeLayoutReport } from './views/layout.js';
import { LazyMirProgram } from './mir/program.js';
import { collectItems, declaredTypeNames, type FnDef } from './resolve/items.js';
import { PRELUDE_PATH, PRELUDE_TYPES_NAMED_BY_STACKHEAP, preludeYielding } from './resolve/prelude.js';
import { expandStdMacros, stdFileOfLine, type StdFile } from './resolve/std-macros.js';
import { readStdFiles, stdFilesStamp } from './resolve/std-source.js';
import type { Program } from './syntax/ast.js';
import { readAstArtifact, writeAstArtifact, type ArtifactReader, type ArtifactSource, type ParsedText } from './syntax/ast-artifact.js';
import { LineIndex } from './syntax/positions.js';
import { tokenize } from './syntax/tokens.js';
import { checkSourceLength, loadRustParser, type GrammarSource, type RustParser } from './syntax/parser.js';
import { Recorder } from './trace/recorder.js';
import { CheckpointStore, Recording, ReplayedSnapshots, StoredSnapshots, type RecordingHead } from './machine/replay.js';
import { StopLog } from './trace/stop-log.js';
import { STOP_KINDS, TRACE_FORMAT_VERSION, type Outcome, type SnapshotWindow, type Stop, type StopKind, type Trace, type TraceEvent } from './trace/types.js';
import { checkBodies } from './types/check.js';
import { TypeContext } from './types/context.js';
import { checkItems, itemResolutionErrors, RESOLUTION_CODES } from './types/item-checks.js';

/** The library's entry: the whole pipeline, usable from the CLI and from a browser alike. */

/** How `stackheap layout`'s TYPE argument is named in diagnostics about it. */
export const TYPE_ARGUMENT_PATH = '<TYPE>';

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
  /** The main thread's stack size in the model's units (`--stack-size`): 2^20 cells in the
   *  book model, 8 MiB in the real one by default. */
  readonly stackSize?: number;
  /** The memory budget in the model's units (bytes in the real model, cells in the book's). */
  readonly maxMemory?: number;
  /** The thread scheduler's seed (`--seed N`): 0, the default, is plain round-robin. */
  readonly seed?: number;
  /** Snapshots include the temporaries of the program's frames that hold a value (in scratch
   *  memory, named `_N` with the expression they hold). */
  readonly temps?: boolean;
  /** Keep the event list (calls, allocations, drops, prints); `run` has no use for it. */
  readonly events?: boolean;
  /**
   * "What if the borrow checker were off": skip rustc's borrow-check errors (moves,
   * initialisation, borrows, mutability) and run the program anyway; the machine stops at the
   * first undefined behaviour (use after free, a reference into a dead frame or local, use of a
   * moved or uninitialised value, a write through a shared reference, a use of a reference a
   * write invalidated). Type errors still stop the program. See docs/unchecked.md.
   */
  readonly unchecked?: boolean;
  /** Streams each stop to this callback instead of keeping it in the trace. */
  readonly onStop?: (stop: Stop) => void;
  /** `trace`: the part of memory each stop's snapshot shows (all of it when absent). */
  readonly window?: SnapshotWindow;
  /** Sees every event as it happens. */
  readonly onEvent?: (event: TraceEvent) => void;
  /** `record`: sees the machine's step count at each stop it keeps (a long run's progress). */
  readonly onProgress?: (steps: number) => void;
  /** `record`: the fewest steps between two checkpoints (default `MIN_INTERVAL`); fewer make
   *  replays shorter and the recording larger. */
  readonly checkpointInterval?: number;
}

const STOPS: Readonly<Record<StopPolicy, readonly StopKind[]>> = {
  none: [],
  calls: ['call', 'return', 'undefined', 'overflow'],
  statements: ['statement', 'drop', 'undefined', 'overflow'],
  all: STOP_KINDS,
};

export class Stackheap {
  /** The names of the prelude's structs and enums. */
  private readonly preludeTypes: ReadonlySet<string>;

  /** `std`: the std prelude's AST and text, parsed once per instance: it is the same for every program. */
  private constructor(
    private readonly parser: RustParser,
    private readonly std: ParsedText,
  ) {
    this.preludeTypes = new Set(declaredTypeNames(std.program).keys());
    this.stdFile = {
      path: PRELUDE_PATH,
      get text(): string {
        return std.text;
      },
    };
  }

  /** std's file as a compile names it. Its text, which only a diagnostic inside std quotes, is
   *  decoded from std's artifact when first read. */
  private readonly stdFile: SourceFile;

  /**
   * `stdArtifact` is `dist/std-ast.json` (std's AST, made by `npm run build`), its text or its
   * bytes, or its download, which goes on while tree-sitter loads; in Node it is read from there
   * when not given. Without it, or when it was made from another std, std is parsed here, which
   * is most of a short run's time.
   */
  static async load(grammar?: GrammarSource, stdArtifact?: ArtifactSource | Promise<ArtifactSource | undefined>): Promise<Stackheap> {
    const [parser, artifact, files] = await Promise.all([loadRustParser(grammar), stdArtifact ?? readBuiltStdArtifact(), readStdFiles()]);
    const built = artifact ? readAstArtifact(artifact, files && (await stdFilesStamp(files))) : null;
    if (built) return new Stackheap(parser, built);
    if (!files) throw new Error("stackheap's std is missing: neither std/*.rs nor its artifact (dist/std-ast.json) could be read");
    return new Stackheap(parser, parseStd(parser, files));
  }

  /** std's AST as `npm run build` writes it to `dist/std-ast.json` (see `readAstArtifact`). */
  static async buildStdArtifact(grammar?: GrammarSource): Promise<string> {
    const [parser, files] = await Promise.all([loadRustParser(grammar), readStdFiles()]);
    if (!files) throw new Error("std's artifact is built where std/*.rs can be read");
    const std = parseStd(parser, files);
    return writeAstArtifact(std.program, std.text, await stdFilesStamp(files));
  }

  /** Parses and checks the program and lowers it to MIR; throws a Diagnostic if it can't.
   *  `unchecked` skips the borrow checker's errors (see `TraceOptions.unchecked`). */
  compile(file: SourceFile, unchecked = false): MirProgram {
    return this.compileProgram(file, unchecked);
  }

  /**
   * The real layout of `typeText` (a Rust type, e.g. `Option<Box<i32>>`) as the program in
   * `file` names it (`stackheap layout`). The program must compile; a type that does not
   * resolve, or one with no size (`str`, `[T]`, `dyn Trait`), is a Diagnostic located in the
   * type's own text (its `source`).
   */
  layout(file: SourceFile, typeText: string): TypeLayoutReport {
    const ctx = this.compileProgram(file).ctx;
    const source: SourceFile = { path: TYPE_ARGUMENT_PATH, text: typeText };
    // The type on a line of its own inside a tuple struct: the parser's spans on line 2 are the
    // type's own, one line up.
    const wrapped = `struct __StackheapLayout(\n${typeText}\n);\n`;
    const prefix = wrapped.indexOf('\n') + 1;
    const relocate = (error: unknown): unknown => {
      if (!(error instanceof Diagnostic)) return error;
      const s = error.span;
      const line = Math.min(Math.max(s.line - 1, 1), typeText.split('\n').length);
      const span: Span = { start: Math.max(0, s.start - prefix), end: Math.max(0, s.end - prefix), line, col: s.line === 2 ? s.col : 1, endLine: Math.max(line, s.endLine - 1), endCol: s.line === 2 ? s.endCol : typeText.length + 1 };
      return new Diagnostic(error.kind, error.headline, span, error.code, error.label, error.notes, source);
    };
    const whole: Span = { start: 0, end: typeText.length, line: 1, col: 1, endLine: 1, endCol: typeText.length + 1 };
    let ty: Ty;
    try {
      const program = this.parser.parse({ path: TYPE_ARGUMENT_PATH, text: wrapped });
      const written = program.items.filter((i) => i.kind !== 'fn' || !isConstructorFnName(i.name.name));
      const item = written[0];
      const field = item?.kind === 'struct' && written.length === 1 && item.fields.length === 1 ? item.fields[0]! : null;
      if (!field || field.ty.span.start !== prefix || field.ty.span.end !== prefix + typeText.trimEnd().length) throw new Diagnostic('syntax', 'expected one type', { ...whole, line: 2, endLine: 2, start: prefix, end: prefix + typeText.length });
      ty = ctx.lowerType(field.ty, { generics: new Set(), selfTy: null, stdImports: ctx.items.stdImports, blockTypes: true });
    } catch (error) {
      throw relocate(error);
    }
    const report = typeLayoutReport(ty);
    if (!report) throw new Diagnostic('compile', `the size for values of type \`${showTy(ty)}\` cannot be known at compilation time`, whole, 'E0277', "doesn't have a size known at compile-time", [], source);
    return report;
  }

  private compileProgram(file: SourceFile, unchecked = false): LazyMirProgram {
    try {
      return this.compileWithPrelude(file, unchecked);
    } catch (error) {
      // A diagnostic inside stackheap's own prelude is stackheap's bug, not the program's: say so,
      // with the prelude's location, instead of pointing into the user's file.
      if (error instanceof Diagnostic && file.path !== PRELUDE_PATH && !this.preludeWorks()) {
        const line = this.std.text.split('\n')[error.span.line - 1]?.trim() ?? '';
        const file = stdFileOfLine(this.std.text, error.span.line);
        throw new Error(`stackheap's std prelude does not compile: ${error.headline} at ${PRELUDE_PATH}:${error.span.line}:${error.span.col}${file ? `, in std/${file}` : ''} (${line})`);
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

  /** Preludes whose types yield their names to a program's (see `preludeYielding`). */
  private readonly yieldingPreludes = new Map<string, Program>();

  /** The prelude for a program: std types the program declares types of the same name as are
   *  renamed out of its way (a program's `enum Cell` is not std's `Cell`). */
  private preludeFor(program: Program): Program {
    const declared = declaredTypeNames(program);
    const shadowed = [...declared.keys()].filter((name) => this.preludeTypes.has(name)).sort();
    if (shadowed.length === 0) return this.std.program;
    const reserved = shadowed.find((name) => PRELUDE_TYPES_NAMED_BY_STACKHEAP.has(name));
    if (reserved) throw unsupported(`a type named \`${reserved}\` (stackheap's std has one it cannot rename)`, declared.get(reserved)!);
    const key = shadowed.join(',');
    let prelude = this.yieldingPreludes.get(key);
    if (!prelude) {
      prelude = preludeYielding(this.std.program, new Set(shadowed));
      this.yieldingPreludes.set(key, prelude);
    }
    return prelude;
  }

  private compileWithPrelude(file: SourceFile, unchecked = false): LazyMirProgram {
    checkSourceLength(file);
    const program = this.parser.parse(file);
    const prelude = this.preludeFor(program);
    const items = collectItems(
      [
        { program: prelude, file: this.stdFile, std: true },
        { program, file, std: false },
      ],
      () => endOfCrate(file),
      crateName(file.path),
    );
    // rustc's phases before type checking: name resolution (the names bodies use as values, the
    // impls' traits and types, the items' resolution errors), then the entry point (E0601).
    let ctx: TypeContext;
    try {
      ctx = new TypeContext(items);
    } catch (error) {
      const resolution = error instanceof Diagnostic && error.kind === 'compile' && RESOLUTION_CODES.has(error.code ?? '');
      throw (resolution ? firstByLocation([error, ...(items.unresolvedValue ? [items.unresolvedValue] : [])]) : items.unresolvedValue) ?? error;
    }
    const unresolved = firstByLocation([...itemResolutionErrors(ctx), ...(items.unresolvedValue ? [items.unresolvedValue] : [])]);
    if (unresolved) throw unresolved;
    if (items.missingMain) throw items.missingMain;
    checkItems(ctx);
    const typeck = checkBodies(ctx, { mutability: !unchecked });
    const mir = new LazyMirProgram(ctx, typeck);
    const consts = new ConstValues((instance) => mir.body(instance));
    // rustc's phases after type checking, body by body in source order: the unsafety check, the
    // borrow checker, then its lints on MIR (known panics); its late lints only once no phase
    // found an error anywhere.
    const unsafetyChecked = new Set<FnDef>();
    const checkUnsafety = (fn: FnDef): void => {
      if (unsafetyChecked.has(fn)) return;
      unsafetyChecked.add(fn);
      const first = firstByLocation(typeck.get(fn)?.unsafetyErrors ?? []);
      if (first) throw first;
    };
    // Build (and check) every function of the program and the closures it makes now, so that
    // whatever the MIR builder or the checkers reject is reported before the program runs.
    for (const body of mir.checkedBodies()) {
      // A closure's unsafe operations are checked with the function that makes it, before any
      // of its bodies is borrow-checked.
      if (!body.std) checkUnsafety(rootFn(body.instance.def));
      // rustc's lints on values known at compile time look at the instances of a generic body.
      const linted = !body.std && !mir.isCheckingInstance(body.instance);
      if (unchecked) {
        // The borrow checker is off; rustc's lints on known values still run.
        const lintError = linted ? findKnownPanic(body, consts) : null;
        if (lintError) throw lintError;
        continue;
      }
      // A closure's body is checked as a body of its own, its captured variables held by its
      // environment as its kind and capture modes say (`FnOnce` owns what it captured by value).
      const moveError = findMoveError(body, mir);
      const borrowError = body.std ? null : checkBorrows(body, mir, file.text);
      const mutabilityError = body.std ? null : findMutabilityError(body, new PlaceNames(body));
      const typeckErrors = body.std ? [] : ownBorrowErrors(body, typeck);
      // rustc's lints on MIR run once borrow checking has passed.
      const lintError = !linted || moveError || borrowError || mutabilityError || typeckErrors.length > 0 ? null : findKnownPanic(body, consts);
      if (lintError) throw lintError;
      // rustc reports a body's borrow-check errors sorted by location: the first one is shown.
      // At one location, the type checker's words are the more specific (an immutable static).
      const first = firstByLocation([...typeckErrors, moveError, borrowError, mutabilityError].filter((e) => e !== null));
      if (first) throw first;
    }
    // The bodies the builder could not make without an instance's types are still checked for
    // unsafety, as rustc checks every body.
    const programFns = [...typeck.keys()].filter((fn) => !fn.std && !fn.closure);
    for (const fn of programFns) checkUnsafety(fn);
    const lint = firstByLocation(programFns.flatMap((fn) => typeck.get(fn)!.lints));
    if (lint) throw lint;
    return mir;
  }

  trace(file: SourceFile, options: TraceOptions = {}): Trace {
    const mir = this.compile(file, options.unchecked);
    const recorder = new Recorder({
      keep: new Set(STOPS[options.at ?? 'calls']),
      events: options.events ?? true,
      ...(options.window ? { window: options.window } : {}),
      ...(options.onStop ? { onStop: options.onStop } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
    const machine = newMachine(mir, file, options, recorder);
    return { ...runMachine(machine, file, options), events: recorder.events, stops: recorder.stops };
  }

  /**
   * Runs the program as `trace` does, keeping its stops without snapshots and checkpoints of the
   * machine along the way: `Recording.snapshot(i)` rebuilds a stop's snapshot by replaying from
   * the last checkpoint before it. A long trace takes little memory this way (`onStop` is not
   * used: the stops are the recording's). The event list leaves out calls into std's functions
   * and their returns.
   */
  record(file: SourceFile, options: TraceOptions = {}): Recording {
    const mir = this.compile(file, options.unchecked);
    const keep = new Set(STOPS[options.at ?? 'calls']);
    const log = new StopLog();
    const recording = { keep, events: options.events ?? true, skipStdCalls: true, ...(options.onEvent ? { onEvent: options.onEvent } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
    if (options.unchecked) {
      // `--unchecked`'s checker keeps state that checkpoints do not capture (borrows carried by
      // pointers, the lives of frames' locals): such a recording keeps each stop's snapshot.
      const recorder = new Recorder(recording);
      const head = runMachine(newMachine(mir, file, options, recorder), file, options);
      for (const stop of recorder.stops) log.push(stop.kind, stop.step, stop.caption, stop.span, stop.stdoutLength, stop.snapshot.frames.length, stop.dropBegan);
      return new Recording(head, log, recorder.eventLog, new StoredSnapshots(recorder.stops));
    }
    const store = new CheckpointStore(options.checkpointInterval);
    const recorder = new Recorder({ ...recording, log });
    const head = runMachine(newMachine(mir, file, options, recorder, store), file, options);
    const replayOptions: TraceOptions = { ...options, allocLog: false };
    return new Recording(head, log, recorder.eventLog, new ReplayedSnapshots(store, keep, (replayRecorder) => newMachine(mir, file, replayOptions, replayRecorder)));
  }
}

/** The function a closure belongs to (a closure's closure's, and so on). */
function rootFn(def: FnDef): FnDef {
  let fn = def;
  while (fn.closure) fn = fn.closure.parent;
  return fn;
}

/** The borrow checker's errors the type checker found (E0594, E0596) in this body: those of
 *  the function it belongs to that lie in it and in none of the closures it makes (which report
 *  their own, before it, as rustc does). */
function ownBorrowErrors(body: Body, typeck: ReturnType<typeof checkBodies>): readonly Diagnostic[] {
  const errors = typeck.get(rootFn(body.instance.def))?.borrowErrors ?? [];
  if (errors.length === 0) return errors;
  const within = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;
  const closures = body.locals.flatMap((local) => (local.ty.k === 'closure' ? [local.ty.def.span] : []));
  const own = body.instance.def.closure ? body.span : null;
  return errors.filter((e) => (!own || within(e.span, own)) && !closures.some((c) => c !== own && within(e.span, c)));
}

function newMachine(mir: MirProgram, file: SourceFile, options: TraceOptions, recorder: Recorder, checkpoints?: CheckpointSink): Machine {
  const target = options.model === 'real' ? realTarget(options.allocator ?? 'glibc') : BOOK_TARGET;
  return new Machine(mir, target, file, recorder, {
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    ...(options.stackSize !== undefined ? { stackSize: options.stackSize } : {}),
    ...(options.maxMemory !== undefined ? { maxMemory: options.maxMemory } : {}),
    ...(options.allocLog ? { allocLog: true } : {}),
    ...(options.unchecked ? { unchecked: true } : {}),
    ...(options.temps ? { temps: true } : {}),
    ...(options.seed ? { seed: options.seed } : {}),
    ...(checkpoints ? { checkpoints } : {}),
  });
}

/** Runs the machine and assembles everything a trace holds but its stops and events. */
function runMachine(machine: Machine, file: SourceFile, options: TraceOptions): RecordingHead {
  const model = options.model ?? 'book';
  const { outcome, stdout, stderr, steps, leaks } = machine.run();
  return {
    version: TRACE_FORMAT_VERSION,
    file: file.path,
    model,
    ...(model === 'real' ? { allocator: options.allocator ?? 'glibc' } : {}),
    ...(options.unchecked ? { unchecked: true as const } : {}),
    ...(machine.allocLog ? { allocLog: machine.allocLog } : {}),
    ...(leaks ? { leaks } : {}),
    stdout,
    stderr,
    outcome,
    steps,
  };
}

/** The located error a run's outcome reports after the program's own output, if any: a refusal
 *  while running (`unsupported`) or undefined behaviour (`--unchecked`). */
export function outcomeDiagnostic(outcome: Outcome): Diagnostic | null {
  if (outcome.kind === 'unsupported') return new Diagnostic('unsupported', outcome.message, outcome.span);
  if (outcome.kind === 'undefined') return new Diagnostic('undefined', `undefined behavior: ${outcome.message}`, outcome.span, undefined, undefined, outcome.notes);
  return null;
}


/** Where rustc points when the crate has no `main` (E0601): just after the crate's last token,
 *  comments and whitespace left out (the file's end when it has no token). */
function endOfCrate(file: SourceFile): Span {
  let end = file.text.length;
  try {
    const last = tokenize(file.text, () => {
      throw new Error('no token');
    }).at(-1);
    if (last) end = last.end;
  } catch {
    // Text that is no token was refused by the parser already; the file's end will do.
  }
  return new LineIndex(file.text).span(end, end);
}

export { Diagnostic, Recording };
export { VIEW_WINDOW } from './views/window.js';

/** Where the build writes std's AST, `dist/std-ast.json`, from this module: one folder up both
 *  in `dist/` (the built library) and in `src/` (tests running the sources), and next to the CLI's
 *  bundle of it in `dist/cli/` (scripts/build.mjs). */
function stdArtifactPath(moduleUrl: string): string {
  return moduleUrl.includes('/dist/cli/') ? '../std-ast.json' : '../dist/std-ast.json';
}

/** std's files as the one text compiled with every program, parsed. */
function parseStd(parser: RustParser, files: readonly StdFile[]): ParsedText {
  const text = expandStdMacros(files);
  return { program: parser.parse({ path: PRELUDE_PATH, text }), text };
}

/** The artifact, read a part at a time as a run needs them (see `ArtifactSource`): a short run
 *  reads its head and little else of its 10 MB. The file stays open while the process runs; the
 *  build replaces it by a rename, never in place, so what is open stays what was read. */
async function readBuiltStdArtifact(): Promise<ArtifactReader | null> {
  // The URL is built from a variable so that Vite does not bundle the file into the page.
  const url = new URL(stdArtifactPath(import.meta.url), import.meta.url);
  if (url.protocol !== 'file:') return null;
  try {
    // Imported lazily so that a browser bundle never needs it.
    const { openSync, fstatSync, readSync } = await import(/* @vite-ignore */ 'node:fs');
    const fd = openSync(url, 'r');
    return {
      size: fstatSync(fd).size,
      read: (start, end) => {
        const bytes = new Uint8Array(end - start);
        for (let done = 0; done < bytes.length; ) {
          const n = readSync(fd, bytes, done, bytes.length - done, start + done);
          if (n === 0) throw new Error(`${url.pathname} ended early: it changed while it was read`);
          done += n;
        }
        return bytes;
      },
    };
  } catch {
    return null;
  }
}

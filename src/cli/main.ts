import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Stackheap } from '../api.js';
import { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic, renderReport } from '../diagnostics/emitter.js';
import type { SourceFile } from '../diagnostics/span.js';
import { JsonTraceWriter } from '../render/json.js';
import { ProgramOutputLines, renderBookStop, StopFolder } from '../render/text.js';
import { DEFAULT_MAX_MEMORY, DEFAULT_MAX_STEPS, RUN_MAX_MEMORY, RUN_MAX_STEPS } from '../machine/limits.js';
import { StepLimit } from '../machine/signals.js';
import { renderLeaks } from '../render/leaks.js';
import type { Stop, TraceEvent } from '../trace/types.js';
import { layoutText } from '../views/layout.js';
import { renderRealStop } from '../views/real.js';
import { VIEW_WINDOW } from '../views/window.js';
import { exportTrace } from './exports.js';
import { Output, reportStop } from './output.js';
import { parseArgs, UsageError, USAGE } from './args.js';

/** Exit codes: the program's own (0, 101 for a panic, or its `process::exit` code), 1 for a
 *  program rustc rejects, 2 for bad usage, unreadable or unsupported input, 3 for a stackheap
 *  limit, 4 for undefined behaviour (`--unchecked`). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    // Anything else is a bug in stackheap; say so plainly rather than print a stack trace.
    process.stderr.write(`error: internal error in stackheap: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    process.stdout.write(`stackheap ${pkg.version}\n`);
    return 0;
  }
  if (args.command === 'serve') {
    // Loaded only here: node:http is a noticeable part of every other command's start.
    const { serve } = await import('./serve.js');
    return serve(args.port, process.stdout, process.stderr);
  }
  if (args.command === 'mdbook') {
    // Loaded only here: worker_threads and the preprocessor are no part of the other commands.
    const { mdbook } = await import('./mdbook.js');
    return mdbook(args.supports);
  }
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (error as Error).message;
    process.stderr.write(`error: couldn't read \`${args.file}\`: ${reason}\n`);
    return 2;
  }
  const file: SourceFile = { path: args.file, text };
  const stackheap = await Stackheap.load();
  const stdout = new Output(1);
  const stderr = new Output(2);
  if (args.command === 'layout') return layout(stackheap, file, args.type, args.format, stdout, stderr);
  if (args.command === 'trace' && args.format !== 'text' && args.format !== 'json') return exportTrace(stackheap, file, args, stdout, stderr);
  const run = args.command === 'run';
  const json = !run && args.format === 'json' ? new JsonTraceWriter((text) => stdout.write(text)) : null;
  try {
    const programOutput = new ProgramOutputLines();
    const real = !run && args.model === 'real';
    // The step budget bounds the output too: a stop costs a step, but its table can be long.
    const maxSteps = args.maxSteps ?? (run ? RUN_MAX_STEPS : DEFAULT_MAX_STEPS);
    let outputLeft = maxSteps * OUTPUT_PER_STEP;
    const folder = new StopFolder(real ? renderRealStop : renderBookStop);
    const onStop = (stop: Stop) => {
      if (json) outputLeft -= json.stop(stop);
      const text = json ? null : folder.next(stop, programOutput.take());
      if (text !== null) outputLeft -= text.length;
      if (outputLeft < 0) throw new StepLimit(`the output budget of ${maxSteps * OUTPUT_PER_STEP} characters (${OUTPUT_PER_STEP} a step of --max-steps) ran out`);
      if (text !== null) stdout.write(text);
    };
    const onEvent = (event: TraceEvent) => {
      if (!run && !json && event.kind === 'print' && event.stream === 'stdout') programOutput.add(event.text);
    };
    const trace = stackheap.trace(file, {
      at: run ? 'none' : args.at,
      events: json !== null,
      maxSteps,
      maxMemory: args.maxMemory ?? (run ? RUN_MAX_MEMORY : DEFAULT_MAX_MEMORY),
      ...(args.stackSize !== undefined ? { stackSize: args.stackSize } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      onStop,
      onEvent,
      // A text trace shows a deep stack's outer and inner frames, and the run between as one
      // row (`sum_to() × 99,980`), as the page does; every block whole.
      ...(run || json ? {} : { window: { ...VIEW_WINDOW, blockUnits: Infinity } }),
      ...(run ? {} : { model: args.model, ...(args.allocator ? { allocator: args.allocator } : {}), ...(args.temps ? { temps: true } : {}) }),
      ...(run && args.allocLog !== undefined ? { allocLog: true } : {}),
      ...(args.unchecked ? { unchecked: true } : {}),
    });
    if (run && args.allocLog !== undefined) await writeFile(args.allocLog, (trace.allocLog ?? []).map((l) => `${l}\n`).join(''));
    if (run) stdout.write(trace.stdout);
    else if (!json) stdout.write(folder.end() + programOutput.take(true) + renderLeaks(trace.leaks ?? [], file.path, trace.model));
    json?.finish(trace);
    stdout.flush();
    stderr.write(trace.stderr);
    // After the program's own stderr, so that stays byte for byte the binary's.
    if (run && args.leaks) stderr.write(renderLeaks(trace.leaks ?? [], file.path, trace.model) || (trace.leaks ? 'leaked: nothing: every heap block was freed\n' : ''));
    reportStop(trace.outcome, file, args.maxSteps, args.maxMemory, stderr);
    stderr.flush();
    return trace.outcome.exitCode;
  } catch (error) {
    if (error instanceof Diagnostic) {
      json?.reject(file.path, error);
      stdout.flush();
      stderr.write(renderReport(error, file));
      stderr.flush();
      return error.exitCode;
    }
    stdout.flush();
    throw error;
  }
}

function layout(stackheap: Stackheap, file: SourceFile, type: string, format: 'text' | 'json', stdout: Output, stderr: Output): number {
  try {
    const report = stackheap.layout(file, type);
    stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : layoutText(report));
    stdout.flush();
    return 0;
  } catch (error) {
    if (!(error instanceof Diagnostic)) throw error;
    stderr.write(renderDiagnostic(error, file));
    stderr.flush();
    return error.exitCode;
  }
}

/** What a trace may print for each step of its budget (`--max-steps`). */
const OUTPUT_PER_STEP = 64;


import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Stackheap } from '../api.js';
import { Diagnostic, renderDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/span.js';
import { renderBookStops } from '../render/text.js';
import { renderJson } from '../render/json.js';
import type { Outcome } from '../trace/types.js';
import { parseArgs, UsageError, USAGE } from './args.js';

/** Exit codes: the program's own (0, 101 for a panic, or its `process::exit` code), 1 for a
 *  program rustc rejects, 2 for bad usage, unreadable or unsupported input, 3 for a stackheap limit. */
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
  try {
    const run = args.command === 'run';
    const trace = stackheap.trace(file, { at: run ? 'none' : args.at, events: !run, maxSteps: args.maxSteps });
    if (run) {
      process.stdout.write(trace.stdout);
      process.stderr.write(trace.stderr);
    } else if (args.format === 'json') {
      process.stdout.write(renderJson(trace));
      process.stderr.write(trace.stderr);
    } else {
      process.stdout.write(renderBookStops(trace.stops));
      process.stderr.write(trace.stderr);
    }
    reportLimit(trace.outcome, args.maxSteps);
    return trace.outcome.exitCode;
  } catch (error) {
    if (error instanceof Diagnostic) {
      process.stderr.write(renderDiagnostic(error, file));
      return error.exitCode;
    }
    throw error;
  }
}

function reportLimit(outcome: Outcome, maxSteps: number | undefined): void {
  if (outcome.kind !== 'limit') return;
  const hint = maxSteps === undefined ? ' (raise it with --max-steps N)' : '';
  process.stderr.write(`error: stopped: ${outcome.message}${hint}\n --> ${outcome.location}\n`);
}

import { ALLOCATORS, type AllocatorName } from '../memory/allocators.js';
import { BOOK_STACK_SPACING } from '../memory/book.js';
import { REAL_MAX_STACK_BYTES } from '../memory/real.js';

const MAX_STACK_SIZE = { book: BOOK_STACK_SPACING, real: REAL_MAX_STACK_BYTES } as const;

export const USAGE = `usage:
  stackheap trace FILE [--model book|real] [--allocator A] [--at calls|statements] [--format text|json] [--temps] [--max-steps N] [--max-memory BYTES] [--stack-size N] [--seed N] [--unchecked]
  stackheap trace FILE --format svg|markdown|html [--stop N] [--line L] [--out DIR] [trace's options]
  stackheap mdbook [supports RENDERER]
  stackheap run FILE [--alloc-log PATH] [--leaks] [--max-steps N] [--max-memory BYTES] [--stack-size N] [--seed N] [--unchecked]
  stackheap layout FILE TYPE [--format text|json]
  stackheap serve [--port N]
  stackheap --help | --version

trace   runs FILE and prints its memory: tables in the seed's "Address Name Value" shape
        (--format text, the default) or the whole trace as JSON (--format json).
        --at calls       a table before each call and before each return (default)
        --at statements  a table after every statement and after every drop
        --model book     the seed's cells: one per scalar, stack from 0 up (default)
        --model real     rustc's x86_64 layouts in bytes, Linux addresses, a malloc-like heap
        --allocator A    the real model's heap: glibc (default), first-fit, best-fit, bump,
                         jemalloc or book
        --temps          also show each frame's temporaries that hold a value (a String being
                         built, a value a reference keeps alive), named _N, with their expression
        --format svg       each stop's memory diagram (the web page's), one standalone SVG per
                           stop: DIR/NAME-NN.svg with --out DIR, or stdout for a single stop
        --format markdown  each stop's table as a Markdown table, led by its caption
        --format html      one self-contained page: the whole trace with a stepper
        --stop N         only stop N (1-based, as the page counts its steps)
        --line L         only the stops on line L
        --out DIR        write the files into DIR (NAME.md, NAME.html, NAME-NN.svg)
mdbook  an mdBook preprocessor: \`[preprocessor.stackheap]\` in book.toml runs it; it draws the
        memory of each \`\`\`rust,stackheap code block (see the README). \`mdbook supports html\`
        exits 0, any other renderer 1.
run     runs FILE as its rustc-built binary would: its stdout, stderr and exit code.
        --alloc-log PATH  writes main's heap events to PATH, one per line, in real bytes:
                          alloc SIZE ALIGN, dealloc SIZE ALIGN, realloc OLD_SIZE NEW_SIZE ALIGN
        --leaks           after the program's stderr, lists the heap blocks still allocated at
                          the end (size, type, where allocated, and why: Box::leak, mem::forget
                          or unreachable); trace always ends with that list
layout  prints the layout rustc gives TYPE on x86_64 (TYPE as FILE names it, e.g.
        'Option<Box<i32>>', 'Vec<String>', '(u8, u32)', 'Shape'): size, alignment, niche,
        each field at its offset with its size, padding, and how an enum's variants are told
        apart (a tag, or values stored in a niche).
serve   serves the web page (dist/web) on http://127.0.0.1:8080/ (or --port N) and prints its URL.
--max-steps N   stop after N machine steps (trace: default 10000000; run: default 10000000000,
                a native debug build's second or so of work); the run then exits with 3.
--max-memory BYTES  stop when the program's stacks and heap would hold more than BYTES (cells
                in the book model; trace: default 16777216; run: default 134217728); the run
                then exits with 3.
--stack-size N  the main thread's stack: N cells in the book model (default 1048576, at most
                2097152), N bytes in the real one (default 8388608, Linux's \`ulimit -s\`; at
                most 2146435072). A frame that does not fit overflows the stack, as rustc's
                binary does: "thread 'main' has overflowed its stack", exit 134.
--seed N        the thread scheduler's seed: 0 (the default) runs threads round-robin, a slice
                of 100 steps each; another N draws each slice's length and the next thread
                from N, to explore other interleavings. The same program and seed always give
                the same run.
--unchecked     what if the borrow checker were off: skips rustc's borrow-check errors (moves,
                borrows, lifetimes, mutability; type errors still stop the program), runs it,
                and stops at the first undefined behaviour (use after free, a reference to a
                popped frame or a dead local, use of a moved value, a write through a shared
                reference, a reference invalidated by another write) with its location; exit 4.
`;

export class UsageError extends Error {}

export type Args =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'run'; readonly file: string; readonly maxSteps: number | undefined; readonly maxMemory: number | undefined; readonly stackSize?: number; readonly seed?: number; readonly allocLog?: string; readonly leaks?: boolean; readonly unchecked?: boolean }
  | { readonly command: 'serve'; readonly port: number | undefined }
  /** `supports`: the renderer mdBook asks about; without it, the book comes on stdin. */
  | { readonly command: 'mdbook'; readonly supports?: string }
  | { readonly command: 'layout'; readonly file: string; readonly type: string; readonly format: 'text' | 'json' }
  | {
      readonly command: 'trace';
      readonly file: string;
      readonly maxSteps: number | undefined;
      readonly maxMemory: number | undefined;
      readonly stackSize?: number;
      readonly seed?: number;
      readonly at: 'calls' | 'statements';
      readonly format: TraceFormat;
      readonly model: 'book' | 'real';
      readonly allocator: AllocatorName | undefined;
      readonly unchecked?: boolean;
      readonly temps?: boolean;
      /** The exports (svg, markdown, html): which stops, and where to write. */
      readonly stop?: number;
      readonly line?: number;
      readonly out?: string;
    };

export type TraceFormat = 'text' | 'json' | 'svg' | 'markdown' | 'html';
const EXPORTS: readonly TraceFormat[] = ['svg', 'markdown', 'html'];

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  '--model': ['book', 'real'],
  '--allocator': ALLOCATORS,
  '--at': ['calls', 'statements'],
  '--format': ['text', 'json', ...EXPORTS],
};

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-V')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'serve') return parseServe(rest);
  if (command === 'layout') return parseLayout(rest);
  if (command === 'mdbook') return parseMdbook(rest);
  if (command !== 'trace' && command !== 'run') throw new UsageError(`unknown command \`${command}\``);
  const options = new Map<string, string>();
  const positional: string[] = [];
  let leaks = false;
  let unchecked = false;
  let temps = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (command === 'run' && arg === '--leaks') {
      leaks = true;
      continue;
    }
    if (arg === '--unchecked') {
      unchecked = true;
      continue;
    }
    if (command === 'trace' && arg === '--temps') {
      temps = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const allowed = command === 'trace' ? ['--model', '--allocator', '--at', '--format', '--max-steps', '--max-memory', '--stack-size', '--seed', '--stop', '--line', '--out'] : ['--max-steps', '--max-memory', '--stack-size', '--seed', '--alloc-log'];
    if (!allowed.includes(flag)) throw new UsageError(`unknown option \`${flag}\` for \`${command}\``);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`\`${flag}\` needs a value`);
    const choices = CHOICES[flag];
    if (choices && !choices.includes(value)) throw new UsageError(`\`${flag}\` takes ${choices.map((c) => `\`${c}\``).join(' or ')}, not \`${value}\``);
    options.set(flag, value);
  }
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'no input file' : `expected one input file, got ${positional.length}`);
  const file = positional[0]!;
  const maxSteps = positiveOption(options, '--max-steps');
  const maxMemory = positiveOption(options, '--max-memory');
  const stackSize = positiveOption(options, '--stack-size');
  const sized = stackSize === undefined ? {} : { stackSize };
  const seedText = options.get('--seed');
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UsageError(`\`--seed\` takes a whole number, not \`${seedText}\``);
  const seed = seedText === undefined ? {} : { seed: Number(seedText) % 2 ** 32 };
  if (command === 'run') {
    checkStackSize(stackSize, 'book');
    const allocLog = options.get('--alloc-log');
    return { command, file, maxSteps, maxMemory, ...sized, ...seed, ...(allocLog === undefined ? {} : { allocLog }), ...(leaks ? { leaks } : {}), ...(unchecked ? { unchecked } : {}) };
  }
  const model = (options.get('--model') ?? 'book') as 'book' | 'real';
  const allocator = options.get('--allocator') as AllocatorName | undefined;
  if (allocator !== undefined && model !== 'real') throw new UsageError('`--allocator` needs `--model real`');
  checkStackSize(stackSize, model);
  const format = (options.get('--format') ?? 'text') as TraceFormat;
  const stop = positiveOption(options, '--stop');
  const line = positiveOption(options, '--line');
  const out = options.get('--out');
  for (const [flag, given] of [['--stop', stop], ['--line', line], ['--out', out]] as const) {
    if (given !== undefined && !EXPORTS.includes(format)) throw new UsageError(`\`${flag}\` needs \`--format svg\`, \`markdown\` or \`html\``);
  }
  return {
    model,
    allocator,
    command,
    file,
    maxSteps,
    maxMemory,
    ...sized,
    ...seed,
    at: (options.get('--at') ?? 'calls') as 'calls' | 'statements',
    format,
    ...(unchecked ? { unchecked } : {}),
    ...(temps ? { temps } : {}),
    ...(stop !== undefined ? { stop } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(out !== undefined ? { out } : {}),
  };
}

/** `--stack-size` within what the model has room for: no stack may reach the next one. */
function checkStackSize(size: number | undefined, model: 'book' | 'real'): void {
  const most = MAX_STACK_SIZE[model];
  if (size !== undefined && size > most) throw new UsageError(`\`--stack-size\` is at most ${most} ${model === 'book' ? 'cells' : 'bytes'} in the ${model} model, not ${size}`);
}

/** A flag's value as a positive whole number, or undefined when the flag is absent. */
function positiveOption(options: ReadonlyMap<string, string>, flag: string): number | undefined {
  const text = options.get(flag);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw new UsageError(`\`${flag}\` takes a positive whole number, not \`${text}\``);
  return value;
}

function parseLayout(rest: readonly string[]): Args {
  const positional: string[] = [];
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--format') throw new UsageError(`unknown option \`${flag}\` for \`layout\``);
    const value = inline ?? rest[++i];
    if (value !== 'text' && value !== 'json') throw new UsageError(value === undefined ? '`--format` needs a value' : `\`--format\` takes \`text\` or \`json\`, not \`${value}\``);
    format = value;
  }
  if (positional.length !== 2) throw new UsageError(positional.length === 0 ? 'no input file' : positional.length === 1 ? 'no type: `stackheap layout FILE TYPE`' : `expected a file and a type, got ${positional.length} arguments (quote the type)`);
  return { command: 'layout', file: positional[0]!, type: positional[1]!, format };
}

function parseMdbook(rest: readonly string[]): Args {
  if (rest.length === 0) return { command: 'mdbook' };
  if (rest[0] === 'supports' && rest.length === 2) return { command: 'mdbook', supports: rest[1]! };
  throw new UsageError(rest[0] === 'supports' ? '`mdbook supports` takes one renderer name' : `\`mdbook\` takes \`supports RENDERER\` or nothing (the book comes on stdin), not \`${rest[0]}\``);
}

function parseServe(rest: readonly string[]): Args {
  let port: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--port') throw new UsageError(arg.startsWith('--') ? `unknown option \`${flag}\` for \`serve\`` : `\`serve\` takes no file, got \`${arg}\``);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError('`--port` needs a value');
    port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`\`--port\` takes a port number (0 to 65535), not \`${value}\``);
  }
  return { command: 'serve', port };
}

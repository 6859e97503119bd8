import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BookError, chaptersOf, parseBookInput, snippetsOf, withDiagrams, type Snippet } from './mdbook-book.js';
import type { SnippetJob, SnippetResult } from './mdbook-snippet.js';

/**
 * `stackheap mdbook`: mdBook's preprocessor protocol. `stackheap mdbook supports RENDERER` exits
 * 0 for `html` (the diagrams are HTML and SVG) and 1 for any other renderer, so mdBook leaves
 * those untouched; without arguments it reads `[context, book]` on stdin and writes the book, its
 * ```` ```rust,stackheap ```` blocks each followed by its diagram, on stdout. The book's snippets
 * run at once on worker threads, as many as the machine has cores (and snippets).
 *
 * A snippet that fails stops the build: every failure is reported on stderr (chapter, the
 * block's line, stackheap's diagnostic), nothing is written on stdout, and the exit code is 1,
 * which mdBook reports as the preprocessor's failure.
 */

/** Renders the book's jobs, in any order, into results in the jobs' order. */
export type SnippetRunner = (jobs: readonly SnippetJob[]) => Promise<SnippetResult[]>;

export interface PreprocessResult {
  readonly book: string | null;
  readonly errors: readonly string[];
}

/** The whole preprocessing of mdBook's input, with the snippets run by `run`. */
export async function preprocess(input: string, run: SnippetRunner): Promise<PreprocessResult> {
  let parsed;
  try {
    parsed = parseBookInput(input);
  } catch (error) {
    if (error instanceof BookError) return { book: null, errors: [`error: ${error.message}\n`] };
    throw error;
  }
  const defaults = bookDefaults(parsed.context);
  const chapters = chaptersOf(parsed.book).map((chapter) => ({ chapter, snippets: snippetsOf(chapter.content) }));
  const jobs: SnippetJob[] = [];
  const where: { chapter: number; snippet: Snippet }[] = [];
  chapters.forEach(({ snippets }, c) => {
    snippets.forEach((snippet, k) => {
      jobs.push({ id: `sh${c + 1}-${k + 1}`, source: snippet.source, options: [...defaults, ...snippet.options] });
      where.push({ chapter: c, snippet });
    });
  });
  const results = jobs.length === 0 ? [] : await run(jobs);
  const errors: string[] = [];
  results.forEach((result, j) => {
    if (result.ok) return;
    const { chapter, snippet } = where[j]!;
    const { name, source_path, path } = chapters[chapter]!.chapter;
    const file = source_path ?? path;
    errors.push(`error: stackheap could not draw the block at line ${snippet.line} of chapter "${name}"${file ? ` (${file})` : ''}:\n${result.message}`);
  });
  if (errors.length > 0) return { book: null, errors };
  let j = 0;
  for (const { chapter, snippets } of chapters) {
    if (snippets.length === 0) continue;
    const html = snippets.map(() => (results[j++] as { html: string }).html);
    chapter.content = withDiagrams(chapter.content, snippets, html);
  }
  return { book: JSON.stringify(parsed.book), errors: [] };
}

/** Options `book.toml` gives every block (`[preprocessor.stackheap]`'s `model`, `at`, `embed`);
 *  a block's own options come after them, and win. mdBook's own keys there are not ours. */
const BOOK_WIDE = ['model', 'at', 'embed'];

function bookDefaults(context: Record<string, unknown>): [string, string][] {
  const config = context.config as { preprocessor?: { stackheap?: Record<string, unknown> } } | undefined;
  const table = config?.preprocessor?.stackheap ?? {};
  return BOOK_WIDE.filter((key) => typeof table[key] === 'string').map((key) => [key, table[key] as string]);
}

/** Runs jobs on worker threads, one stackheap per worker, up to the core count. */
export const workerRunner: SnippetRunner = (jobs) =>
  new Promise((resolve, reject) => {
    const results: SnippetResult[] = new Array(jobs.length);
    const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    const finish = (error?: Error): void => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(new URL('./mdbook-worker.js', import.meta.url));
      workers.push(worker);
      const feed = (): void => {
        if (next < jobs.length) {
          const index = next++;
          worker.postMessage({ ...jobs[index]!, index });
        }
      };
      worker.on('message', (message: { index: number; result: SnippetResult }) => {
        results[message.index] = message.result;
        if (++done === jobs.length) finish();
        else feed();
      });
      worker.on('error', (error) => finish(error));
      feed();
    }
  });

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function mdbook(supports: string | undefined): Promise<number> {
  if (supports !== undefined) return supports === 'html' ? 0 : 1;
  const { book, errors } = await preprocess(await readStdin(), workerRunner);
  if (book === null) {
    process.stderr.write(errors.join('\n'));
    return 1;
  }
  process.stdout.write(`${book}\n`);
  return 0;
}

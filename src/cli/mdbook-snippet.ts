import { outcomeDiagnostic, type Stackheap } from '../api.js';
import { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderReport } from '../diagnostics/emitter.js';
import type { SourceFile } from '../diagnostics/span.js';
import { DEFAULT_MAX_MEMORY, DEFAULT_MAX_STEPS } from '../machine/limits.js';
import { stepperHtml } from '../render/html.js';
import { chooseSteps, TracePictures } from '../render/pictures.js';
import { diagramSvg } from '../render/svg.js';

/**
 * One ```` ```rust,stackheap ```` block of a book, run and drawn: the inline SVGs of the stops
 * it chooses, or the stepper over them (`embed=stepper`). Its options:
 *
 * - `model=book|real` (default book), `at=calls|statements` (default calls)
 * - `stop=N` one stop (1-based), `line=L` the stops on line L (default: every stop)
 * - `embed=svg|stepper` (default svg)
 *
 * `book.toml`'s `[preprocessor.stackheap]` may set `model`, `at` and `embed` for every block
 * (`mdbook.ts` puts them before the block's own).
 *
 * A program that does not compile, or that stackheap refuses (before or while running), or an
 * option it does not know, is a failure with stackheap's diagnostic; a panic is drawn, as the
 * page draws it.
 */

export interface SnippetJob {
  /** Unique in the book: the SVGs' marker ids are made from it. */
  readonly id: string;
  readonly source: string;
  readonly options: readonly (readonly [string, string])[];
}

export type SnippetResult = { readonly ok: true; readonly html: string } | { readonly ok: false; readonly message: string };

/** The path a snippet's panics and diagnostics name, as a cargo project's would. */
const SNIPPET_PATH = 'src/main.rs';

interface Choices {
  model: 'book' | 'real';
  at: 'calls' | 'statements';
  stop?: number;
  line?: number;
  embed: 'svg' | 'stepper';
}

const CHOICES: Readonly<Record<string, readonly string[]>> = { model: ['book', 'real'], at: ['calls', 'statements'], embed: ['svg', 'stepper'] };

function readOptions(options: SnippetJob['options']): Choices | string {
  const choices: Choices = { model: 'book', at: 'calls', embed: 'svg' };
  for (const [key, value] of options) {
    if (key === 'stop' || key === 'line') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) return `\`${key}\` takes a positive whole number, not \`${value}\``;
      choices[key] = n;
      continue;
    }
    const allowed = CHOICES[key];
    if (!allowed) return `unknown option \`${key}\` (stackheap blocks take model, at, stop, line and embed)`;
    if (!allowed.includes(value)) return `\`${key}\` takes ${allowed.map((c) => `\`${c}\``).join(' or ')}, not \`${value}\``;
    (choices as unknown as Record<string, string>)[key] = value;
  }
  return choices;
}

export function renderSnippet(stackheap: Stackheap, job: SnippetJob): SnippetResult {
  const choices = readOptions(job.options);
  if (typeof choices === 'string') return { ok: false, message: `error: ${choices}\n` };
  const file: SourceFile = { path: SNIPPET_PATH, text: job.source };
  let pictures: TracePictures;
  try {
    const recording = stackheap.record(file, { at: choices.at, model: choices.model, maxSteps: DEFAULT_MAX_STEPS, maxMemory: DEFAULT_MAX_MEMORY });
    const refused = outcomeDiagnostic(recording.outcome);
    if (refused) return { ok: false, message: renderReport(refused, file) };
    pictures = new TracePictures(recording, DEFAULT_MAX_STEPS);
  } catch (error) {
    if (error instanceof Diagnostic) return { ok: false, message: renderReport(error, file) };
    throw error;
  }
  const chosen = chooseSteps(pictures.steps, { ...(choices.stop !== undefined ? { stop: choices.stop } : {}), ...(choices.line !== undefined ? { line: choices.line } : {}) });
  if (typeof chosen === 'string') return { ok: false, message: `error: ${chosen}\n` };
  if (choices.embed === 'stepper') return { ok: true, html: stepperHtml(pictures, chosen, { id: job.id }) };
  const svgs = chosen.map((index) => diagramSvg(pictures.picture(index, `${job.id}-${index + 1}`)).trimEnd());
  return { ok: true, html: `<div class="stackheap-diagrams">\n${svgs.join('\n')}\n</div>` };
}

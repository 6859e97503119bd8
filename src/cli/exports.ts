import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Stackheap } from '../api.js';
import { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderReport } from '../diagnostics/emitter.js';
import type { SourceFile } from '../diagnostics/span.js';
import { DEFAULT_MAX_MEMORY, DEFAULT_MAX_STEPS } from '../machine/limits.js';
import { traceHtml } from '../render/html.js';
import { markdownTable } from '../render/markdown.js';
import { chooseSteps, TracePictures } from '../render/pictures.js';
import { diagramSvg } from '../render/svg.js';
import type { Args } from './args.js';
import { reportStop, type Output } from './output.js';

type ExportArgs = Extract<Args, { command: 'trace' }>;

/** The file name's stem (`examples/box.rs` → `box`), as the exported files are named. */
function stem(path: string): string {
  return basename(path).replace(/\.rs$/, '');
}

/** `n` of `count`, zero-padded to two digits at least (and to the count's width). */
function numbered(n: number, count: number): string {
  return String(n).padStart(Math.max(2, String(count).length), '0');
}

/**
 * `trace --format svg|markdown|html`: the recorded trace's steps (the page's, panic step
 * included), the chosen ones written as SVG files, one Markdown document or one HTML page.
 * Exit codes are trace's: the program's own, 1 or 2 for a program that does not run, 3 for a
 * limit; 2 for a choice of stops that picks none.
 */
export async function exportTrace(stackheap: Stackheap, file: SourceFile, args: ExportArgs, stdout: Output, stderr: Output): Promise<number> {
  const maxSteps = args.maxSteps ?? DEFAULT_MAX_STEPS;
  let pictures: TracePictures;
  try {
    const recording = stackheap.record(file, {
      at: args.at,
      maxSteps,
      maxMemory: args.maxMemory ?? DEFAULT_MAX_MEMORY,
      ...(args.stackSize !== undefined ? { stackSize: args.stackSize } : {}),
      model: args.model,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      ...(args.allocator ? { allocator: args.allocator } : {}),
      ...(args.temps ? { temps: true } : {}),
      ...(args.unchecked ? { unchecked: true } : {}),
    });
    pictures = new TracePictures(recording, maxSteps);
  } catch (error) {
    if (!(error instanceof Diagnostic)) throw error;
    stderr.write(renderReport(error, file));
    stderr.flush();
    return error.exitCode;
  }
  const chosen = chooseSteps(pictures.steps, { ...(args.stop !== undefined ? { stop: args.stop } : {}), ...(args.line !== undefined ? { line: args.line } : {}) });
  if (typeof chosen === 'string') {
    stderr.write(`error: ${chosen}\n`);
    stderr.flush();
    return 2;
  }
  const name = stem(file.path);
  const files: { name: string; text: string }[] = [];
  switch (args.format) {
    case 'svg':
      for (const index of chosen) files.push({ name: `${name}-${numbered(index + 1, pictures.steps.length)}.svg`, text: diagramSvg(pictures.picture(index, `${name}-${index + 1}`)) });
      break;
    case 'markdown':
      files.push({ name: `${name}.md`, text: chosen.map((index) => markdownTable(pictures.snapshot(index), pictures.trace.model, pictures.steps[index]!.caption, index + 1)).join('\n') });
      break;
    default: {
      files.push({ name: `${name}.html`, text: traceHtml(pictures, file.path, file.text, chosen) });
      break;
    }
  }
  if (args.out !== undefined) {
    await mkdir(args.out, { recursive: true });
    for (const f of files) await writeFile(join(args.out, f.name), f.text);
    stdout.write(files.map((f) => `${join(args.out!, f.name)}\n`).join(''));
  } else if (files.length === 1) {
    stdout.write(files[0]!.text);
  } else {
    stderr.write(`error: ${files.length} SVG files: write them into a folder with \`--out DIR\`, or choose one with \`--stop N\`\n`);
    stderr.flush();
    return 2;
  }
  stdout.flush();
  stderr.write(pictures.trace.stderr);
  reportStop(pictures.trace.outcome, file, args.maxSteps, args.maxMemory, stderr);
  stderr.flush();
  return pictures.trace.outcome.exitCode;
}

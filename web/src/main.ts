import type { LeakedBlock, Snapshot, SnapshotWindow, TraceSummary } from '../../src/trace/types.js';
import { VIEW_WINDOW } from '../../src/views/window.js';
import { Arrows } from './arrows.js';
import { MORE_FRAMES, renderDiagram } from './diagram.js';
import { byId, h } from './dom.js';
import { Editor } from './editor.js';
import { DEFAULT_EXAMPLE, EXAMPLES } from './examples.js';
import { examplesMenu } from './menu.js';
import { RUN_INNER_SHOWN, type MemoryModel } from '../../src/views/memory-view.js';
import { narrate, narrationText, sinceWords, TENSE_WORDS, threadWords } from '../../src/views/narration.js';
import type { DiagnosticData, RunResult } from './protocol.js';
import { runner } from './page-runner.js';
import { markdownTable } from '../../src/render/markdown.js';
import { diagramSvg, type DiagramPicture } from '../../src/render/svg.js';
import { copyText, download, embedCode, pngBlob, svgBlob } from './export.js';
import { DEFAULT_MAX_STEPS, fragmentOf, readFragment, type Shared } from './share.js';
import { buildSteps, executedSteps, groupDigits, runToLine, stepOut, stepOver, type Step, type StopFilter } from '../../src/views/steps.js';
import { renderRealTable, renderTable } from './table.js';
import { tabs } from './tabs.js';
import { revealRunningThread } from './threads.js';

/**
 * The page's controller: it runs the program in the worker, keeps the current step, and
 * renders the editor line, narration, output, diagram and table for it.
 *
 * Timings are recorded with performance.mark/measure (`stackheap:run` from pressing Run to the
 * first diagram, `stackheap:step` for each step's render) for the browser benchmark.
 */

const FILE_PATH = 'src/main.rs'; // what rustc would print in a panic message of a cargo project

interface State {
  trace: TraceSummary | null;
  /** The run that recorded `trace`: the worker rebuilds its snapshots. */
  run: number;
  steps: Step[];
  index: number;
  /** The text was edited since the run that produced `trace`. */
  stale: boolean;
  filter: StopFilter;
  panel: 'panel-diagram' | 'panel-table';
  /** The step to show after the next run (from a share link). */
  pendingStep: number;
  /** The step budget of the run that produced `trace`. */
  budget: number;
  /** Show the frames of std's functions in the diagram. */
  showStd: boolean;
  /** The model the next run traces with (the shown trace says its own in `trace.model`). */
  model: MemoryModel;
  /** Run with the borrow checker off (`--unchecked`). */
  unchecked: boolean;
  /** The error the shown run ended with after its output (undefined behaviour), if any. */
  stopped: DiagnosticData | null;
  /** How many innermost calls of a collapsed run of frames are drawn (the reader draws more). */
  runInnerShown: number;
  /** Where the window of each large block starts (by block address), as the reader paged it. */
  blockOffsets: Map<number, number>;
  /** The trace on screen is of a run the reader stopped: its steps so far. */
  stoppedByYou: boolean;
  /** Draw the variables with no value rather than fold them (the reader unfolded them). */
  showUnset: boolean;
}

const state: State = { trace: null, run: 0, steps: [], index: 0, stale: false, filter: 'all', panel: 'panel-diagram', pendingStep: 0, budget: DEFAULT_MAX_STEPS, showStd: false, model: 'book', unchecked: false, stopped: null, runInnerShown: RUN_INNER_SHOWN, blockOffsets: new Map(), stoppedByYou: false, showUnset: false };

const ui = {
  run: byId<HTMLButtonElement>('run'),
  stop: byId<HTMLButtonElement>('stop'),
  share: byId<HTMLButtonElement>('share'),
  maxSteps: byId<HTMLInputElement>('max-steps'),
  status: byId<HTMLParagraphElement>('status'),
  slider: byId<HTMLInputElement>('slider'),
  counter: byId<HTMLOutputElement>('counter'),
  first: byId<HTMLButtonElement>('first'),
  prev: byId<HTMLButtonElement>('prev'),
  next: byId<HTMLButtonElement>('next'),
  last: byId<HTMLButtonElement>('last'),
  into: byId<HTMLButtonElement>('into'),
  over: byId<HTMLButtonElement>('over'),
  out: byId<HTMLButtonElement>('out'),
  stops: byId<HTMLSelectElement>('stops'),
  showStd: byId<HTMLInputElement>('show-std'),
  narration: byId<HTMLParagraphElement>('narration'),
  console: byId<HTMLPreElement>('console'),
  diagramHost: byId<HTMLDivElement>('diagram-host'),
  tableHost: byId<HTMLDivElement>('table-host'),
  toast: byId<HTMLDivElement>('toast'),
  memory: byId<HTMLElement>('memory'),
  models: [...document.querySelectorAll<HTMLInputElement>('input[name="model"]')],
  unchecked: byId<HTMLInputElement>('unchecked'),
  exportSvg: byId<HTMLButtonElement>('export-svg'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  copyMarkdown: byId<HTMLButtonElement>('copy-markdown'),
  copyEmbed: byId<HTMLButtonElement>('copy-embed'),
};

const { shared, embed } = readFragment(location.hash);
// `#embed:…` (an iframe on another site): the diagram and its stepper, without the editor.
document.body.classList.toggle('embed', embed);
state.filter = shared?.stops ?? 'all';
state.pendingStep = shared?.step ?? 0;
ui.stops.value = state.filter;
ui.maxSteps.value = String(shared?.maxSteps ?? DEFAULT_MAX_STEPS);
setModel(shared?.model ?? 'book');
state.unchecked = ui.unchecked.checked = shared?.unchecked ?? false;

const editor = new Editor(byId('editor'), shared?.source ?? DEFAULT_EXAMPLE.source, {
  onChange: () => {
    editor.showDiagnostic(null);
    // While a run runs, its status stays: the run ends by saying the program has changed since.
    if (running) return;
    markStale();
  },
  onRun: () => void run(),
  onLineClick: (line) => {
    if (state.stale || state.steps.length === 0) return;
    const j = runToLine(state.steps, state.index, line);
    if (j < 0) toast(`No step stops on line ${line}.`);
    else void show(j);
  },
});

const arrows = new Arrows(ui.diagramHost);

// ---- running ----

function markStale(): void {
  state.stale = true;
  document.body.classList.add('stale');
  setStatus('The program has changed: press Run (Ctrl+Enter) to trace it again.', 'info');
}

/** A run is running (the Stop button is live). */
let running = false;

/**
 * Runs the editor's program, or (`stopped`) re-runs a program the reader stopped, up to the
 * steps it had run: the machine is deterministic, so that rebuilds the trace so far, which the
 * terminated worker took with it.
 */
async function run(stopped?: { readonly source: string; readonly steps: number }): Promise<void> {
  const maxSteps = stopped?.steps ?? readBudget();
  performance.clearMarks('stackheap:run-start');
  performance.mark('stackheap:run-start');
  running = true;
  ui.run.disabled = true;
  ui.stop.disabled = stopped !== undefined;
  document.body.classList.add('running');
  const doing = stopped ? `Stopped by you: rebuilding the trace of its ${stopped.steps.toLocaleString('en')} steps` : 'Running';
  setStatus(`${doing}…`, 'info');
  const source = stopped?.source ?? editor.text;
  // Keep the address bar's link current, so a reload keeps the program.
  if (!stopped) history.replaceState(null, '', fragmentOf({ source, maxSteps, stops: state.filter, step: state.pendingStep, model: state.model, unchecked: state.unchecked }, embed));
  const started = performance.now();
  const result = await runner.run({ path: FILE_PATH, source, maxSteps, model: state.model, unchecked: state.unchecked }, (steps) => {
    ui.status.dataset.steps = String(steps);
    setStatus(`${doing}… ${steps.toLocaleString('en')} steps so far`, 'info');
  });
  delete ui.status.dataset.steps;
  running = false;
  state.budget = maxSteps;
  state.stoppedByYou = stopped !== undefined;
  ui.run.disabled = false;
  ui.stop.disabled = true;
  document.body.classList.remove('running', 'stale');
  state.stale = false;
  if (result.kind === 'stopped' && result.steps > 0) {
    void run({ source, steps: result.steps });
    return;
  }
  await finish(result, performance.now() - started);
  // Typed during the run: the trace on screen is of the program as it was.
  if (editor.text !== source) markStale();
}

async function finish(result: RunResult, ms: number): Promise<void> {
  snapshots.clear();
  state.runInnerShown = RUN_INNER_SHOWN;
  state.blockOffsets.clear();
  state.stopped = result.kind === 'trace' ? (result.stopped ?? null) : null;
  const diagnostic = result.kind === 'diagnostic' ? result.diagnostic : state.stopped;
  editor.showDiagnostic(diagnostic, diagnostic?.runsUnchecked ? seeWhatWouldHappen : undefined);
  if (result.kind !== 'trace') {
    state.trace = null;
    state.steps = [];
    state.index = 0;
    clearViews();
    if (result.kind === 'stopped') {
      setStatus(`Stopped by you after ${(ms / 1000).toFixed(1)} s, before its first step. Lower the step budget to see where the program goes.`, 'warn');
    } else if (result.kind === 'diagnostic') {
      showDiagnostic(result.diagnostic);
    } else {
      setStatus(result.message, 'error');
    }
    return;
  }
  const trace = result.trace;
  state.trace = trace;
  state.run = result.id;
  state.steps = buildSteps(trace, state.filter, state.budget);
  const index = Math.min(state.pendingStep, state.steps.length - 1);
  state.pendingStep = 0;
  ui.slider.max = String(Math.max(0, state.steps.length - 1));
  // The status says the run is over once its first diagram is on screen.
  await show(Math.max(0, index));
  reportOutcome();
  performance.mark('stackheap:run-end');
  performance.measure('stackheap:run', 'stackheap:run-start', 'stackheap:run-end');
}

/** The status line for the trace on screen: how it ended, and how many of its steps are shown. */
function reportOutcome(): void {
  const trace = state.trace;
  if (!trace) return;
  const outcome = trace.outcome;
  const executed = executedSteps(trace, state.budget).toLocaleString('en');
  const summary = `${executed} machine steps, ${state.steps.length.toLocaleString('en')} shown`;
  switch (outcome.kind) {
    case 'returned':
      setStatus(`Finished: ${summary}.${leakSummary(trace.leaks ?? [])}`, trace.leaks?.length ? 'warn' : 'ok');
      break;
    case 'exited':
      setStatus(`Exited with code ${outcome.exitCode}: ${summary}.`, 'ok');
      break;
    case 'panicked':
      setStatus(`The program panicked: ${outcome.message}`, 'error');
      break;
    case 'aborted':
      setStatus(`The program panicked and aborted (the panic cannot unwind): ${outcome.message}`, 'error');
      break;
    case 'limit':
      if (state.stoppedByYou) setStatus(`Stopped by you after ${executed} machine steps: the trace so far, ${state.steps.length.toLocaleString('en')} steps shown.`, 'warn');
      else setStatus(`Stopped after ${executed} steps: ${groupDigits(outcome.message)}. Raise the step budget to run longer.`, 'warn');
      break;
    case 'overflowed':
      setStatus(`The program overflowed its stack at ${outcome.location}: the frame of ${outcome.fn}() did not fit.`, 'error');
      break;
    case 'undefined':
      setStatus(`Line ${outcome.span.line}: undefined behavior: ${outcome.message}.`, 'error');
      break;
  }
}

/** What the program left allocated, by cause (the last step's heap shows the blocks). */
function leakSummary(leaks: readonly LeakedBlock[]): string {
  if (leaks.length === 0) return '';
  const bytes = leaks.reduce((sum, l) => sum + l.size, 0);
  const causes = [...new Set(leaks.map((l) => l.cause))].join(', ');
  return ` Leaked ${leaks.length} heap block${leaks.length === 1 ? '' : 's'} (${bytes} B): ${causes}.`;
}

function showDiagnostic(diagnostic: DiagnosticData): void {
  const what = diagnostic.kind === 'compile' ? 'rustc would reject this program' : diagnostic.kind === 'syntax' ? 'a syntax error' : 'stackheap does not support this yet';
  setStatus(`Line ${diagnostic.span.line}: ${what}. ${diagnostic.headline}`, 'error');
  ui.console.replaceChildren(h('span', { class: 'stderr' }, diagnostic.rendered));
  if (diagnostic.runsUnchecked) {
    const button = h('button', { type: 'button', class: 'see-what-would-happen', title: 'Run it with the borrow checker off (unchecked), stopping at the first undefined behavior' }, 'See what would happen');
    button.addEventListener('click', seeWhatWouldHappen);
    ui.console.append(button);
  }
  editor.showLine(0);
}

/** Runs the program rustc rejected with the borrow checker off, as the "unchecked" box does. */
function seeWhatWouldHappen(): void {
  ui.unchecked.checked = true;
  state.unchecked = true;
  void run();
}

function readBudget(): number {
  const value = Number(ui.maxSteps.value);
  const budget = Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_STEPS;
  ui.maxSteps.value = String(budget);
  return budget;
}

// ---- showing a step ----

/** Snapshots the worker rebuilt for the trace on screen, by stop index (the latest few). */
const snapshots = new Map<number, Snapshot>();
const KEPT_SNAPSHOTS = 200;
const EMPTY: Snapshot = { frames: [], heap: [] };
/** The latest show() call: an earlier one whose snapshots arrive later draws nothing. */
let showing = 0;

function snapshotOf(stop: number): Snapshot {
  return stop < 0 ? EMPTY : snapshots.get(stop)!;
}

/**
 * Shows step `index`: its caption, narration and output at once, its memory once the worker has
 * rebuilt its snapshot and the previous step's (for what changed); meanwhile the memory of the
 * step shown before is hidden, so the counter never stands over another step's diagram. The
 * next step's snapshot is then fetched ahead, so stepping forward draws at once.
 */
async function show(index: number): Promise<void> {
  if (state.steps.length === 0 || !state.trace) return;
  performance.mark('stackheap:step-start');
  state.index = Math.max(0, Math.min(index, state.steps.length - 1));
  const token = ++showing;
  const step = state.steps[state.index]!;
  const previous = state.index > 0 ? state.steps[state.index - 1]! : null;
  renderText(step);
  // Until its memory is here the diagram of another step is hidden, never shown under this counter.
  const wanted = [step.stop, previous?.stop ?? -1];
  if (wanted.some((i) => i >= 0 && !snapshots.has(i))) ui.memory.setAttribute('aria-busy', 'true');
  if (!(await fetchSnapshots(wanted, wanted)) || token !== showing) return;
  renderMemory(step, previous);
  ui.memory.removeAttribute('aria-busy');
  performance.mark('stackheap:step-end');
  performance.measure('stackheap:step', 'stackheap:step-start', 'stackheap:step-end');
  const next = state.steps[state.index + 1];
  if (next) void fetchSnapshots([next.stop], [step.stop, next.stop]);
}

/** What the diagram asks the worker for: the frames and parts of blocks it draws. */
function snapshotWindow(): SnapshotWindow {
  const blockOffsets = [...state.blockOffsets].map(([addr, from]) => ({ addr, from }));
  return { ...VIEW_WINDOW, innerFrames: VIEW_WINDOW.innerFrames + state.runInnerShown - RUN_INNER_SHOWN, blockOffsets };
}

/** Counts the windows asked for: a reply for an earlier window is not kept. */
let windowGeneration = 0;

/** The reader asked for another part of memory: snapshots already here show the old one. */
function widen(change: () => void): void {
  change();
  windowGeneration++;
  snapshots.clear();
  void show(state.index);
}

/** Gets the snapshots of `stops` from the worker unless already here; false if the trace on
 *  screen changed meanwhile or its recording is gone. Keeps `keep` when making room. */
async function fetchSnapshots(stops: readonly number[], keep: readonly number[]): Promise<boolean> {
  const run = state.run;
  const wanted = [...new Set(stops)].filter((i) => i >= 0 && !snapshots.has(i));
  if (wanted.length === 0) return true;
  const generation = windowGeneration;
  const reply = await runner.snapshots(run, wanted, snapshotWindow());
  if (run !== state.run || generation !== windowGeneration) return false;
  if (!reply?.snapshots) {
    if (reply?.message) setStatus(reply.message, 'error');
    return false;
  }
  reply.snapshots.forEach((snapshot, k) => snapshots.set(wanted[k]!, snapshot));
  for (const key of snapshots.keys()) {
    if (snapshots.size <= KEPT_SNAPSHOTS) break;
    if (!keep.includes(key)) snapshots.delete(key);
  }
  return true;
}

/** What a step says without its memory: counter, slider, buttons, narration, output, line. */
function renderText(step: Step): void {
  if (!state.trace) return;
  const last = state.steps.length - 1;
  ui.slider.value = String(state.index);
  ui.slider.setAttribute('aria-valuetext', `step ${state.index + 1} of ${state.steps.length}: ${step.caption}`);
  ui.counter.value = `${state.index + 1} / ${state.steps.length}`;
  ui.first.disabled = ui.prev.disabled = state.index === 0;
  ui.next.disabled = ui.last.disabled = ui.into.disabled = ui.over.disabled = ui.out.disabled = state.index === last;

  const narration = narrate(state.trace.events, state.steps, state.index, state.trace.model);
  ui.narration.dataset.tense = narration.tense;
  ui.narration.replaceChildren(
    h('span', { class: `tense ${narration.tense}` }, TENSE_WORDS[narration.tense]),
    ...(narration.thread ? [h('span', { class: 'thread', 'data-thread': narration.thread.id }, threadWords(narration.thread))] : []),
    h('span', { class: `now ${step.kind}` }, narration.now),
    ...(narration.since.length > 0 ? [h('span', { class: 'since' }, ` — ${sinceWords(narration.from)}: ${narration.since.join('; ')}`)] : []),
  );
  ui.narration.title = narrationText(narration);
  renderConsole(step);
  editor.showLine(step.line, narration.tense);
}

/** The step's memory: the diagram or the table. */
function renderMemory(step: Step, previous: Step | null): void {
  if (!state.trace) return;
  // Hooks for tests and user styles: which step's memory is on screen, and of what kind.
  ui.memory.dataset.step = String(state.index);
  ui.memory.dataset.kind = step.kind;
  if (state.panel === 'panel-diagram') {
    const ended = state.index === state.steps.length - 1;
    const leaked = new Set(ended ? (state.trace.leaks ?? []).map((l) => l.addr) : []);
    const outcome = state.trace.outcome;
    const overflow = step.kind === 'overflow' && outcome.kind === 'overflowed' ? outcome : undefined;
    ui.diagramHost.replaceChildren(renderDiagram(snapshotOf(step.stop), previous ? snapshotOf(previous.stop) : null, { showStd: state.showStd, model: state.trace.model, runInnerShown: state.runInnerShown, leaked, showUnset: state.showUnset, overflow }));
    revealRunningThread(ui.diagramHost);
    arrows.draw(); // synchronously, so the measured time includes layout
  } else {
    // The seed's table reads cells, not bytes: the real model has its own text view.
    ui.tableHost.replaceChildren(state.trace.model === 'real' ? renderRealTable(snapshotOf(step.stop), step.caption) : renderTable(snapshotOf(step.stop), step.caption));
  }
}

function renderConsole(step: Step): void {
  const trace = state.trace!;
  const final = state.index === state.steps.length - 1;
  const parts: Node[] = outputUpTo(trace, step, final).map(({ stream, text }) => h('span', { class: stream }, text));
  if (final && state.stopped) parts.push(h('span', { class: 'stderr' }, state.stopped.rendered));
  if (parts.length === 0) parts.push(h('span', { class: 'placeholder' }, final ? '(the program printed nothing)' : '(nothing printed yet)'));
  ui.console.replaceChildren(...parts);
}

/**
 * What the program printed by `step` (all of it at the last step), stdout and stderr interleaved
 * as it wrote them (the print events' order), each run of one stream one part. The stop's
 * stdout length is what it had printed; stderr has none, so its events' steps say. At the end
 * the rest of each stream follows (a panic's message is written after the last event).
 */
function outputUpTo(trace: TraceSummary, step: Step, final: boolean): { stream: 'stdout' | 'stderr'; text: string }[] {
  const stdoutLength = final ? trace.stdout.length : step.stdoutLength;
  const parts: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const written = { stdout: 0, stderr: 0 };
  const write = (stream: 'stdout' | 'stderr', text: string): void => {
    if (!text) return;
    written[stream] += text.length;
    const last = parts[parts.length - 1];
    if (last?.stream === stream) last.text += text;
    else parts.push({ stream, text });
  };
  for (const event of trace.events) {
    if (event.kind !== 'print') continue;
    if (event.stream === 'stdout') write('stdout', event.text.slice(0, stdoutLength - written.stdout));
    else if (final || event.step <= step.machineStep) write('stderr', event.text);
  }
  if (final) {
    write('stdout', trace.stdout.slice(written.stdout));
    write('stderr', trace.stderr.slice(written.stderr));
  }
  return parts;
}

function clearViews(): void {
  ui.memory.removeAttribute('aria-busy');
  ui.slider.max = '0';
  ui.slider.value = '0';
  ui.counter.value = '–';
  for (const b of [ui.first, ui.prev, ui.next, ui.last, ui.into, ui.over, ui.out]) b.disabled = true;
  ui.narration.replaceChildren();
  ui.console.replaceChildren();
  ui.diagramHost.replaceChildren(h('p', { class: 'placeholder' }, 'No trace to show.'));
  ui.tableHost.replaceChildren();
  arrows.draw();
  editor.showLine(0);
}

function setStatus(text: string, tone: 'info' | 'ok' | 'warn' | 'error'): void {
  ui.status.textContent = text;
  ui.status.dataset.tone = tone;
}

let toastTimer = 0;
function toast(text: string): void {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (ui.toast.hidden = true), 2500);
}

// ---- controls ----

// The introduction stays until the reader hides it (once: the browser remembers).
const INTRO_HIDDEN = 'stackheap:intro-hidden';
const intro = byId<HTMLElement>('intro');
intro.hidden = readStorage(INTRO_HIDDEN) === '1';
byId<HTMLButtonElement>('intro-close').addEventListener('click', () => {
  intro.hidden = true;
  writeStorage(INTRO_HIDDEN, '1');
});

/** localStorage, which a browser may refuse (private windows, sandboxed iframes). */
function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered: the introduction shows again next time.
  }
}

ui.run.addEventListener('click', () => void run());
ui.stop.addEventListener('click', () => runner.stop());
ui.first.addEventListener('click', () => void show(0));
ui.prev.addEventListener('click', () => void show(state.index - 1));
ui.next.addEventListener('click', () => void show(state.index + 1));
ui.last.addEventListener('click', () => void show(state.steps.length - 1));
ui.into.addEventListener('click', () => void show(state.index + 1));
ui.over.addEventListener('click', () => void show(stepOver(state.steps, state.index)));
ui.out.addEventListener('click', () => void show(stepOut(state.steps, state.index)));
ui.slider.addEventListener('input', () => void show(Number(ui.slider.value)));
ui.stops.addEventListener('change', () => {
  state.filter = ui.stops.value === 'calls' ? 'calls' : 'all';
  if (!state.trace) return;
  // Keep the place: the first step of the new list at or after the current machine step.
  const at = state.steps[state.index]?.machineStep ?? 0;
  state.steps = buildSteps(state.trace, state.filter, state.budget);
  ui.slider.max = String(Math.max(0, state.steps.length - 1));
  const j = state.steps.findIndex((s) => s.machineStep >= at);
  void show(j < 0 ? state.steps.length - 1 : j);
  if (!state.stale) reportOutcome();
});

function setShowStd(visible: boolean): void {
  state.showStd = visible;
  ui.showStd.checked = visible;
  if (state.trace) void show(state.index);
}
ui.showStd.addEventListener('change', () => setShowStd(ui.showStd.checked));

function setModel(model: MemoryModel): void {
  state.model = model;
  for (const input of ui.models) input.checked = input.value === model;
  document.body.dataset.model = model;
}
// Another model is another trace: run again, staying at the same step (both models stop at the same places).
for (const input of ui.models) {
  input.addEventListener('change', () => {
    if (!input.checked) return;
    setModel(input.value === 'real' ? 'real' : 'book');
    if (state.trace && !state.stale) state.pendingStep = state.index;
    void run();
  });
}
// The borrow checker off or on is another trace too.
ui.unchecked.addEventListener('change', () => {
  state.unchecked = ui.unchecked.checked;
  if (state.trace && !state.stale) state.pendingStep = state.index;
  void run();
});
// A collapsed run of std frames in the diagram is a button that shows them; a collapsed run of
// one function's calls draws more of them; a large block's pager shows another part of it.
ui.diagramHost.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-action="show-std"]')) setShowStd(true);
  if (target.closest('[data-action="toggle-unset"]')) {
    state.showUnset = !state.showUnset;
    void show(state.index);
  }
  if (target.closest('[data-action="more-frames"]')) widen(() => (state.runInnerShown += MORE_FRAMES));
  const page = target.closest<HTMLElement>('[data-action="block-page"]');
  if (page) widen(() => state.blockOffsets.set(Number(page.dataset.blockAddr), Number(page.dataset.from)));
});

/** The program, its options and the step on screen, as a link holds them. */
function sharedNow(): Shared {
  return { source: editor.text, maxSteps: readBudget(), stops: state.filter, step: state.stale ? 0 : state.index, model: state.model, unchecked: state.unchecked };
}

ui.share.addEventListener('click', () => {
  history.replaceState(null, '', fragmentOf(sharedNow(), embed));
  const url = location.href;
  navigator.clipboard?.writeText(url).then(
    () => toast('Link copied: it holds the program, the options and this step.'),
    () => toast('The link is in the address bar.'),
  ) ?? toast('The link is in the address bar.');
});

tabs(byId('memory').querySelector<HTMLElement>('[role="tablist"]')!, (panel) => {
  state.panel = panel === 'panel-table' ? 'panel-table' : 'panel-diagram';
  void show(state.index);
});

examplesMenu(byId('examples-button'), byId('examples-list'), EXAMPLES, (example) => {
  editor.text = example.source;
  void run();
});

// ← → Home End step through the trace, except where those keys already mean something.
window.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('.cm-editor, input, select, textarea, [role="menu"], [role="tablist"]')) return;
  const moves: Record<string, () => number> = {
    ArrowLeft: () => state.index - 1,
    ArrowRight: () => state.index + 1,
    Home: () => 0,
    End: () => state.steps.length - 1,
  };
  const move = moves[event.key];
  if (!move || state.steps.length === 0) return;
  event.preventDefault();
  void show(move());
});

// A link opened in the same tab (hash change only) restores its program too.
window.addEventListener('hashchange', () => {
  const next = readFragment(location.hash).shared;
  if (!next || (next.source === editor.text && next.model === state.model && next.unchecked === state.unchecked)) return;
  state.filter = next.stops;
  ui.stops.value = next.stops;
  ui.maxSteps.value = String(next.maxSteps);
  setModel(next.model);
  state.unchecked = ui.unchecked.checked = next.unchecked;
  state.pendingStep = next.step;
  editor.text = next.source;
  void run();
});

// ---- exports of the step on screen ----

/** The step on screen as the SVG export draws it (its snapshots are here once it is shown). */
function currentPicture(): DiagramPicture | null {
  const trace = state.trace;
  const step = state.steps[state.index];
  if (!trace || !step || (step.stop >= 0 && !snapshots.has(step.stop))) return null;
  const previous = state.index > 0 ? state.steps[state.index - 1]! : null;
  return {
    snapshot: snapshotOf(step.stop),
    previous: previous && (previous.stop < 0 || snapshots.has(previous.stop)) ? snapshotOf(previous.stop) : null,
    model: trace.model,
    caption: step.caption,
    since: narrate(trace.events, state.steps, state.index, trace.model).since,
    showStd: state.showStd,
  };
}

const exportName = (ext: string): string => `stackheap-step-${String(state.index + 1).padStart(2, '0')}.${ext}`;

ui.exportSvg.addEventListener('click', () => {
  const picture = currentPicture();
  if (picture) download(exportName('svg'), svgBlob(diagramSvg(picture)));
});
ui.exportPng.addEventListener('click', () => {
  const picture = currentPicture();
  if (!picture) return;
  pngBlob(diagramSvg(picture)).then(
    (blob) => download(exportName('png'), blob),
    (error: Error) => toast(error.message),
  );
});
ui.copyMarkdown.addEventListener('click', () => {
  const picture = currentPicture();
  if (!picture) return;
  void copyText(markdownTable(picture.snapshot, picture.model, picture.caption, state.index + 1)).then((ok) => toast(ok ? 'The table is on the clipboard, as Markdown.' : 'The browser did not allow copying.'));
});
ui.copyEmbed.addEventListener('click', () => {
  const url = `${location.href.split('#')[0]}${fragmentOf(sharedNow(), true)}`;
  void copyText(embedCode(url, 'stackheap: Rust memory, step by step')).then((ok) => toast(ok ? 'Embed code copied: an iframe of this program and step.' : 'The browser did not allow copying.'));
});

void run();

import type { LeakedBlock, Trace } from '../../src/trace/types.js';
import { Arrows } from './arrows.js';
import { renderDiagram } from './diagram.js';
import { byId, h } from './dom.js';
import { Editor } from './editor.js';
import { DEFAULT_EXAMPLE, EXAMPLES } from './examples.js';
import { examplesMenu } from './menu.js';
import type { MemoryModel } from './model.js';
import { narrate, narrationText } from './narration.js';
import type { DiagnosticData, RunResult } from './protocol.js';
import { Runner } from './runner.js';
import { decodeShared, DEFAULT_MAX_STEPS, encodeShared } from './share.js';
import { buildSteps, executedSteps, runToLine, stepOut, stepOver, type Step, type StopFilter } from './steps.js';
import { renderRealTable, renderTable } from './table.js';
import { tabs } from './tabs.js';

/**
 * The page's controller: it runs the program in the worker, keeps the current step, and
 * renders the editor line, narration, output, diagram and table for it.
 *
 * Timings are recorded with performance.mark/measure (`stackheap:run` from pressing Run to the
 * first diagram, `stackheap:step` for each step's render) for the browser benchmark.
 */

const FILE_PATH = 'src/main.rs'; // what rustc would print in a panic message of a cargo project

interface State {
  trace: Trace | null;
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
}

const state: State = { trace: null, steps: [], index: 0, stale: false, filter: 'all', panel: 'panel-diagram', pendingStep: 0, budget: DEFAULT_MAX_STEPS, showStd: false, model: 'book', unchecked: false, stopped: null };

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
};

const shared = decodeShared(location.hash);
state.filter = shared?.stops ?? 'all';
state.pendingStep = shared?.step ?? 0;
ui.stops.value = state.filter;
ui.maxSteps.value = String(shared?.maxSteps ?? DEFAULT_MAX_STEPS);
setModel(shared?.model ?? 'book');
state.unchecked = ui.unchecked.checked = shared?.unchecked ?? false;

const editor = new Editor(byId('editor'), shared?.source ?? DEFAULT_EXAMPLE.source, {
  onChange: () => {
    editor.showDiagnostic(null);
    state.stale = true;
    document.body.classList.add('stale');
    setStatus('The program has changed: press Run (Ctrl+Enter) to trace it again.', 'info');
  },
  onRun: () => void run(),
  onLineClick: (line) => {
    if (state.stale || state.steps.length === 0) return;
    const j = runToLine(state.steps, state.index, line);
    if (j < 0) toast(`No step stops on line ${line}.`);
    else show(j);
  },
});

const arrows = new Arrows(ui.diagramHost);
const runner = new Runner();

// ---- running ----

async function run(): Promise<void> {
  const maxSteps = readBudget();
  performance.clearMarks('stackheap:run-start');
  performance.mark('stackheap:run-start');
  ui.run.disabled = true;
  ui.stop.disabled = false;
  document.body.classList.add('running');
  setStatus('Running…', 'info');
  const source = editor.text;
  // Keep the address bar's link current, so a reload keeps the program.
  history.replaceState(null, '', `#${encodeShared({ source, maxSteps, stops: state.filter, step: state.pendingStep, model: state.model, unchecked: state.unchecked })}`);
  const started = performance.now();
  const result = await runner.run({ path: FILE_PATH, source, maxSteps, model: state.model, unchecked: state.unchecked });
  state.budget = maxSteps;
  ui.run.disabled = false;
  ui.stop.disabled = true;
  document.body.classList.remove('running', 'stale');
  state.stale = false;
  finish(result, performance.now() - started);
}

function finish(result: RunResult, ms: number): void {
  state.stopped = result.kind === 'trace' ? (result.stopped ?? null) : null;
  editor.showDiagnostic(result.kind === 'diagnostic' ? result.diagnostic : state.stopped);
  if (result.kind !== 'trace') {
    state.trace = null;
    state.steps = [];
    state.index = 0;
    clearViews();
    if (result.kind === 'stopped') {
      setStatus(`Stopped by you after ${(ms / 1000).toFixed(1)} s. Lower the step budget to see where the program goes.`, 'warn');
    } else if (result.kind === 'diagnostic') {
      showDiagnostic(result.diagnostic);
    } else {
      setStatus(result.message, 'error');
    }
    return;
  }
  const trace = result.trace;
  state.trace = trace;
  state.steps = buildSteps(trace, state.filter, state.budget);
  const outcome = trace.outcome;
  const summary = `${executedSteps(trace, state.budget).toLocaleString('en')} machine steps, ${state.steps.length} shown`;
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
    case 'limit':
      setStatus(`Stopped after ${executedSteps(trace, state.budget).toLocaleString('en')} steps: ${outcome.message}. Raise the step budget to run longer.`, 'warn');
      break;
    case 'undefined':
      setStatus(`Line ${outcome.span.line}: undefined behavior: ${outcome.message}.`, 'error');
      break;
  }
  const index = Math.min(state.pendingStep, state.steps.length - 1);
  state.pendingStep = 0;
  ui.slider.max = String(Math.max(0, state.steps.length - 1));
  show(Math.max(0, index));
  performance.mark('stackheap:run-end');
  performance.measure('stackheap:run', 'stackheap:run-start', 'stackheap:run-end');
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
  editor.showLine(0);
}

function readBudget(): number {
  const value = Number(ui.maxSteps.value);
  const budget = Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_STEPS;
  ui.maxSteps.value = String(budget);
  return budget;
}

// ---- showing a step ----

function show(index: number): void {
  if (state.steps.length === 0 || !state.trace) return;
  performance.mark('stackheap:step-start');
  state.index = Math.max(0, Math.min(index, state.steps.length - 1));
  const step = state.steps[state.index]!;
  const previous = state.index > 0 ? state.steps[state.index - 1]! : null;
  const last = state.steps.length - 1;

  // Hooks for tests and user styles: which step is on screen, and of what kind.
  ui.memory.dataset.step = String(state.index);
  ui.memory.dataset.kind = step.kind;
  ui.slider.value = String(state.index);
  ui.slider.setAttribute('aria-valuetext', `step ${state.index + 1} of ${state.steps.length}: ${step.caption}`);
  ui.counter.value = `${state.index + 1} / ${state.steps.length}`;
  ui.first.disabled = ui.prev.disabled = state.index === 0;
  ui.next.disabled = ui.last.disabled = ui.into.disabled = ui.over.disabled = ui.out.disabled = state.index === last;

  const narration = narrate(state.trace.events, state.steps, state.index, state.trace.model);
  ui.narration.replaceChildren(
    h('span', { class: `now ${step.kind}` }, narration.now),
    ...(narration.since.length > 0 ? [h('span', { class: 'since' }, ` — since the last step: ${narration.since.join('; ')}`)] : []),
  );
  ui.narration.title = narrationText(narration);
  renderConsole(step);
  editor.showLine(step.line);

  if (state.panel === 'panel-diagram') {
    ui.diagramHost.replaceChildren(renderDiagram(step.snapshot, previous?.snapshot ?? null, { showStd: state.showStd, model: state.trace.model }));
    arrows.draw(); // synchronously, so the measured time includes layout
  } else {
    // The seed's table reads cells, not bytes: the real model has its own text view.
    ui.tableHost.replaceChildren(state.trace.model === 'real' ? renderRealTable(step.snapshot, step.caption) : renderTable(step.snapshot, step.caption));
  }
  performance.mark('stackheap:step-end');
  performance.measure('stackheap:step', 'stackheap:step-start', 'stackheap:step-end');
}

function renderConsole(step: Step): void {
  const trace = state.trace!;
  const final = state.index === state.steps.length - 1;
  const stdout = trace.stdout.slice(0, step.stdoutLength);
  // stderr has no per-stop length in the trace; its print events say when each part was written.
  const stderr = final
    ? trace.stderr
    : trace.events.flatMap((e) => (e.kind === 'print' && e.stream === 'stderr' && e.step <= step.machineStep ? [e.text] : [])).join('');
  const parts: Node[] = [];
  if (stdout) parts.push(h('span', { class: 'stdout' }, stdout));
  if (stderr) parts.push(h('span', { class: 'stderr' }, stderr));
  if (final && state.stopped) parts.push(h('span', { class: 'stderr' }, state.stopped.rendered));
  if (parts.length === 0) parts.push(h('span', { class: 'placeholder' }, final ? '(the program printed nothing)' : '(nothing printed yet)'));
  ui.console.replaceChildren(...parts);
}

function clearViews(): void {
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

ui.run.addEventListener('click', () => void run());
ui.stop.addEventListener('click', () => runner.stop());
ui.first.addEventListener('click', () => show(0));
ui.prev.addEventListener('click', () => show(state.index - 1));
ui.next.addEventListener('click', () => show(state.index + 1));
ui.last.addEventListener('click', () => show(state.steps.length - 1));
ui.into.addEventListener('click', () => show(state.index + 1));
ui.over.addEventListener('click', () => show(stepOver(state.steps, state.index)));
ui.out.addEventListener('click', () => show(stepOut(state.steps, state.index)));
ui.slider.addEventListener('input', () => show(Number(ui.slider.value)));
ui.stops.addEventListener('change', () => {
  state.filter = ui.stops.value === 'calls' ? 'calls' : 'all';
  if (!state.trace) return;
  // Keep the place: the first step of the new list at or after the current machine step.
  const at = state.steps[state.index]?.machineStep ?? 0;
  state.steps = buildSteps(state.trace, state.filter, state.budget);
  ui.slider.max = String(Math.max(0, state.steps.length - 1));
  const j = state.steps.findIndex((s) => s.machineStep >= at);
  show(j < 0 ? state.steps.length - 1 : j);
});

function setShowStd(visible: boolean): void {
  state.showStd = visible;
  ui.showStd.checked = visible;
  if (state.trace) show(state.index);
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
// A collapsed run of std frames in the diagram is a button that shows them.
ui.diagramHost.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('[data-action="show-std"]')) setShowStd(true);
});

ui.share.addEventListener('click', () => {
  const hash = `#${encodeShared({ source: editor.text, maxSteps: readBudget(), stops: state.filter, step: state.stale ? 0 : state.index, model: state.model, unchecked: state.unchecked })}`;
  history.replaceState(null, '', hash);
  const url = location.href;
  navigator.clipboard?.writeText(url).then(
    () => toast('Link copied: it holds the program, the options and this step.'),
    () => toast('The link is in the address bar.'),
  ) ?? toast('The link is in the address bar.');
});

tabs(byId('memory').querySelector<HTMLElement>('[role="tablist"]')!, (panel) => {
  state.panel = panel === 'panel-table' ? 'panel-table' : 'panel-diagram';
  show(state.index);
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
  show(move());
});

// A link opened in the same tab (hash change only) restores its program too.
window.addEventListener('hashchange', () => {
  const next = decodeShared(location.hash);
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

void run();

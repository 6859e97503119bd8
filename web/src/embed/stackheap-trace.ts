import type { Snapshot, Trace, TraceSummary } from '../../../src/trace/types.js';
import { tableHtml } from '../../../src/render/html.js';
import { diagramSvg } from '../../../src/render/svg.js';
import { narrate, sinceWords } from '../../../src/views/narration.js';
import { buildSteps, type Step, type StopFilter } from '../../../src/views/steps.js';
import { VIEW_WINDOW } from '../../../src/views/window.js';
import { Runner } from '../runner.js';
import { DEFAULT_MAX_STEPS } from '../share.js';
import './embed.css';

/**
 * `<stackheap-trace>`: a trace's diagram and the page's stepper on any site, from one script
 * and one stylesheet (`stackheap-trace.js`, `stackheap-trace.css` in dist/web).
 *
 * - A trace as `stackheap trace FILE --format json` prints it, in a child
 *   `<script type="application/json">`: drawn at once, with no interpreter.
 * - A program, in a child `<script type="text/rust">`: run by stackheap in a worker (the page's
 *   own, so the element must be served from the same origin as stackheap's files), with the
 *   attributes `model="book|real"` and `stops="all|calls"`.
 *
 * It shows each step's narration, its diagram (the SVG export: the page's model, drawn by the
 * same writer) or its table, and ← → and a slider; ← and → work while focus is inside it. What
 * it writes from the trace is made by the library's writers, which escape every text.
 */

interface Source {
  readonly trace: TraceSummary;
  snapshot(stop: number): Promise<Snapshot>;
}

const EMPTY: Snapshot = { frames: [], heap: [] };

/** A trace in `--format json`'s shape: its stops carry their snapshots. */
function jsonSource(trace: Trace): Source {
  const summary: TraceSummary = { ...trace, stops: trace.stops.map(({ snapshot, ...stop }) => ({ ...stop, depth: snapshot.frames.length })) };
  return { trace: summary, snapshot: async (stop) => trace.stops[stop]?.snapshot ?? EMPTY };
}

let runner: Runner | null = null;

async function rustSource(source: string, model: 'book' | 'real'): Promise<Source | string> {
  runner ??= new Runner();
  const shared = runner;
  const result = await shared.run({ path: 'src/main.rs', source, maxSteps: DEFAULT_MAX_STEPS, model, unchecked: false });
  if (result.kind === 'diagnostic') return result.diagnostic.rendered;
  if (result.kind !== 'trace') return result.kind === 'crash' ? result.message : 'stopped';
  const run = result.id;
  return {
    trace: result.trace,
    snapshot: async (stop) => {
      const reply = await shared.snapshots(run, [stop], VIEW_WINDOW);
      return reply?.snapshots?.[0] ?? EMPTY;
    },
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

let instances = 0;

export class StackheapTrace extends HTMLElement {
  private started = false;
  private source: Source | null = null;
  private steps: Step[] = [];
  private at = 0;
  private tab: 'diagram' | 'table' = 'diagram';
  private readonly markerPrefix = `sh-embed-${++instances}`;
  private readonly ui = {
    narration: element('p', 'sh-narration'),
    view: element('div', 'sh-view'),
    prev: element('button', 'sh-prev', '←'),
    next: element('button', 'sh-next', '→'),
    slider: element('input', 'sh-slider'),
    counter: element('output', 'sh-counter', '–'),
    diagramTab: element('button', 'sh-tab', 'Diagram'),
    tableTab: element('button', 'sh-tab', 'Table'),
    output: element('pre', 'sh-output'),
  };

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const json = this.querySelector<HTMLScriptElement>('script[type="application/json"]');
    const rust = this.querySelector<HTMLScriptElement>('script[type="text/rust"]');
    this.build();
    if (json) {
      let trace: Trace;
      try {
        trace = JSON.parse(json.textContent ?? '') as Trace;
      } catch (error) {
        this.fail(`stackheap-trace: the JSON trace does not parse (${(error as Error).message})`);
        return;
      }
      if ((trace.outcome as { kind: string }).kind === 'rejected') {
        this.fail(`stackheap did not run the program: ${(trace.outcome as unknown as { diagnostic: { headline: string } }).diagnostic.headline}`);
        return;
      }
      this.start(jsonSource(trace));
    } else if (rust) {
      this.ui.narration.textContent = 'Running…';
      void rustSource(rust.textContent ?? '', this.getAttribute('model') === 'real' ? 'real' : 'book').then((source) => (typeof source === 'string' ? this.fail(source) : this.start(source)));
    } else {
      this.fail('stackheap-trace: put a JSON trace (stackheap trace --format json) or a Rust program in a <script type="application/json"> or <script type="text/rust"> inside the element');
    }
  }

  private build(): void {
    const { prev, next, slider, counter, diagramTab, tableTab } = this.ui;
    prev.type = next.type = diagramTab.type = tableTab.type = 'button';
    prev.setAttribute('aria-label', 'Previous step');
    next.setAttribute('aria-label', 'Next step');
    slider.type = 'range';
    slider.min = '0';
    slider.setAttribute('aria-label', 'Step');
    diagramTab.setAttribute('role', 'tab');
    tableTab.setAttribute('role', 'tab');
    const tabs = element('span', 'sh-tabs');
    tabs.setAttribute('role', 'tablist');
    tabs.append(diagramTab, tableTab);
    const controls = element('div', 'sh-controls');
    controls.setAttribute('role', 'group');
    controls.setAttribute('aria-label', 'Stepping');
    controls.append(prev, slider, next, counter, tabs);
    this.classList.add('stackheap-trace');
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.append(controls, this.ui.narration, this.ui.view, this.ui.output);
    prev.addEventListener('click', () => void this.show(this.at - 1));
    next.addEventListener('click', () => void this.show(this.at + 1));
    slider.addEventListener('input', () => void this.show(Number(slider.value)));
    diagramTab.addEventListener('click', () => this.setTab('diagram'));
    tableTab.addEventListener('click', () => this.setTab('table'));
    this.addEventListener('keydown', (event) => {
      if (event.target === slider || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
      event.preventDefault();
      event.stopPropagation();
      void this.show(this.at + (event.key === 'ArrowRight' ? 1 : -1));
    });
    this.setTab('diagram', false);
  }

  private setTab(tab: 'diagram' | 'table', redraw = true): void {
    this.tab = tab;
    this.dataset.tab = tab;
    this.ui.diagramTab.setAttribute('aria-selected', String(tab === 'diagram'));
    this.ui.tableTab.setAttribute('aria-selected', String(tab === 'table'));
    if (redraw) void this.show(this.at);
  }

  private fail(message: string): void {
    this.dataset.state = 'error';
    this.ui.narration.textContent = '';
    this.ui.view.replaceChildren(element('pre', 'sh-error', message));
  }

  private start(source: Source): void {
    this.source = source;
    const filter: StopFilter = this.getAttribute('stops') === 'calls' ? 'calls' : 'all';
    this.steps = buildSteps(source.trace, filter);
    this.ui.slider.max = String(Math.max(0, this.steps.length - 1));
    const first = Number(this.getAttribute('step') ?? '1');
    void this.show(Number.isSafeInteger(first) && first > 0 ? first - 1 : 0);
  }

  /** Shows step `index`: narration and output at once, the diagram or table once its snapshots are here. */
  async show(index: number): Promise<void> {
    const source = this.source;
    if (!source || this.steps.length === 0) return;
    this.at = Math.max(0, Math.min(index, this.steps.length - 1));
    const at = this.at;
    const step = this.steps[at]!;
    const { prev, next, slider, counter, narration, output } = this.ui;
    slider.value = String(at);
    counter.textContent = `${at + 1} / ${this.steps.length}`;
    prev.disabled = at === 0;
    next.disabled = at === this.steps.length - 1;
    const words = narrate(source.trace.events, this.steps, at, source.trace.model);
    narration.replaceChildren(element('span', 'sh-now', words.now), ...(words.since.length > 0 ? [element('span', 'sh-since', ` — ${sinceWords(words.from)}: ${words.since.join('; ')}`)] : []));
    output.textContent = source.trace.stdout.slice(0, step.stdoutLength) || '(nothing printed yet)';
    const previous = at > 0 ? this.steps[at - 1]! : null;
    const [snapshot, before] = await Promise.all([step.stop < 0 ? EMPTY : source.snapshot(step.stop), previous && previous.stop >= 0 ? source.snapshot(previous.stop) : Promise.resolve(null)]);
    if (at !== this.at) return; // another step was asked for meanwhile
    // Both writers escape every text they take from the trace.
    this.ui.view.innerHTML =
      this.tab === 'diagram'
        ? diagramSvg({ snapshot, previous: before, model: source.trace.model, caption: step.caption, since: words.since, id: `${this.markerPrefix}-${at + 1}` })
        : tableHtml(snapshot, source.trace.model, step.caption);
    this.dataset.step = String(at);
    this.dataset.state = 'ready';
  }
}

if (!customElements.get('stackheap-trace')) customElements.define('stackheap-trace', StackheapTrace);

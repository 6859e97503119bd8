import type { Snapshot } from '../trace/types.js';
import { bookRows } from '../views/book.js';
import type { MemoryModel } from '../views/memory-view.js';
import { realLines } from '../views/real.js';
import { escapeMarkup } from './markup.js';
import type { TracePictures } from './pictures.js';
import { sinceWords } from '../views/narration.js';
import { diagramSvg, sinceFrom } from './svg.js';

/**
 * A trace as HTML that needs nothing else: every step's diagram (the SVG export), table,
 * narration and output written into `<template>`s, and a small stepper (← →, a slider, a
 * Diagram/Table tab) that shows one at a time. `stepperHtml` is the part a page embeds (an
 * mdBook chapter, a blog post); `traceHtml` a whole document with the program's source.
 * No byte of it comes from the program unescaped, and its script only clones its templates.
 */

/** The seed's table for one step (the real model's text view in the real model). */
export function tableHtml(snapshot: Snapshot, model: MemoryModel, caption: string): string {
  if (model === 'real') return `<figure class="sh-real-table"><figcaption>${escapeMarkup(caption)}</figcaption><pre>${escapeMarkup(realLines(snapshot).join('\n'))}</pre></figure>`;
  const rows = bookRows(snapshot);
  const body = rows.map((r) => `<tr class="sh-${r.kind}${r.moved ? ' sh-moved' : ''}"><td>${escapeMarkup(r.address)}</td><td>${escapeMarkup(r.name)}</td><td>${escapeMarkup(r.value)}</td></tr>`);
  if (rows.length === 0) body.push('<tr><td colspan="3">memory is empty</td></tr>');
  return `<table class="sh-table"><caption>${escapeMarkup(caption)}</caption><thead><tr><th scope="col">Address</th><th scope="col">Name</th><th scope="col">Value</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

export interface StepperOptions {
  /** Unique among the steppers of one page (ids of the SVGs' markers). */
  readonly id: string;
  /** The program's text, shown with the step's line marked. */
  readonly source?: string;
}

/** The stepper over `indices` (the trace's steps to show, in order). */
export function stepperHtml(pictures: TracePictures, indices: readonly number[], options: StepperOptions): string {
  const templates = indices.map((index, k) => {
    const picture = pictures.picture(index, `${options.id}-${k + 1}`);
    const step = pictures.steps[index]!;
    const since = picture.since && picture.since.length > 0 ? `<span class="sh-since"> — ${sinceWords(sinceFrom(picture))}: ${escapeMarkup(picture.since.join('; '))}</span>` : '';
    const output = pictures.stdout(index);
    return [
      `<template data-step="${k}" data-line="${step.line}">`,
      `<p class="sh-narration"><span class="sh-now">${escapeMarkup(step.caption)}</span>${since}</p>`,
      `<div class="sh-step-diagram">${diagramSvg(picture).trimEnd()}</div>`,
      `<div class="sh-step-table">${tableHtml(picture.snapshot, pictures.trace.model, step.caption)}</div>`,
      `<pre class="sh-output" aria-label="Program output up to this step">${output ? lineFeeds(escapeMarkup(output)) : '<span class="sh-muted">(nothing printed yet)</span>'}</pre>`,
      '</template>',
    ].join('\n');
  });
  const source = options.source === undefined ? '' : `<pre class="sh-source">${options.source.replace(/\n$/, '').split('\n').map((line, k) => `<span data-line="${k + 1}">${escapeMarkup(line) || ' '}</span>`).join('')}</pre>`;
  const last = Math.max(0, indices.length - 1);
  return [
    `<div class="stackheap-stepper" data-tab="diagram" data-model="${pictures.trace.model}">`,
    `<style>${STEPPER_STYLE}</style>`,
    source,
    '<div class="sh-controls" role="group" aria-label="Stepping">',
    '<button type="button" class="sh-prev" aria-label="Previous step">←</button>',
    `<input type="range" class="sh-slider" min="0" max="${last}" value="0" aria-label="Step">`,
    '<button type="button" class="sh-next" aria-label="Next step">→</button>',
    `<output class="sh-counter">1 / ${indices.length}</output>`,
    '<span class="sh-tabs" role="tablist" aria-label="Memory view"><button type="button" role="tab" data-tab="diagram" aria-selected="true">Diagram</button><button type="button" role="tab" data-tab="table" aria-selected="false">Table</button></span>',
    '</div>',
    '<div class="sh-view" aria-live="polite"></div>',
    ...templates,
    `<script>${STEPPER_SCRIPT}</script>`,
    '</div>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Newlines as character references: a blank line would end the HTML block a Markdown page
 *  (an mdBook chapter) holds the stepper in. */
function lineFeeds(html: string): string {
  return html.replace(/\n/g, '&#10;');
}

/** The whole trace as one HTML document (`trace --format html`). */
export function traceHtml(pictures: TracePictures, title: string, source: string, indices: readonly number[] = pictures.steps.map((_, i) => i)): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing is fetched: no script, style, font or image from anywhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeMarkup(title)} — stackheap</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeMarkup(title)}</h1>`,
    stepperHtml(pictures, indices, { id: 'trace', source }),
    '<p class="sh-foot">Made with stackheap.</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const PAGE_STYLE = [
  'body{margin:1.5rem;font-family:system-ui,sans-serif;background:#f6f5f2;color:#1d2025}',
  'h1{font:600 1.2rem ui-monospace,monospace}',
  '.sh-foot{color:#676b73;font-size:.85rem}',
  '@media (prefers-color-scheme: dark){body{background:#121418;color:#e4e6ea}.sh-foot{color:#a0a5ae}}',
].join('\n');

const STEPPER_STYLE = [
  '.stackheap-stepper{font-family:system-ui,sans-serif;border:1px solid #cbc6bb;border-radius:8px;padding:.6rem;margin:1rem 0;background:#fff;color:#1d2025}',
  '.stackheap-stepper pre,.stackheap-stepper table{font-family:ui-monospace,\'SF Mono\',Menlo,Consolas,\'DejaVu Sans Mono\',monospace;font-size:13px}',
  '.stackheap-stepper .sh-source{margin:0 0 .5rem;padding:.4rem 0;background:#faf9f7;border-radius:6px;overflow:auto}',
  '.stackheap-stepper .sh-source span{display:block;padding:0 .6rem}',
  '.stackheap-stepper .sh-source span.sh-here{background:#fff1c2;box-shadow:inset 3px 0 0 #e0a400}',
  '.stackheap-stepper .sh-controls{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}',
  '.stackheap-stepper .sh-slider{flex:1;min-width:8rem}',
  '.stackheap-stepper button{font:inherit;padding:.15rem .6rem;border:1px solid #cbc6bb;border-radius:5px;background:#faf9f7;color:inherit;cursor:pointer}',
  '.stackheap-stepper button[aria-selected="true"]{background:#2f5f95;color:#fff;border-color:#2f5f95}',
  '.stackheap-stepper .sh-narration{margin:.5rem 0;font-size:.95rem}',
  '.stackheap-stepper .sh-now{font-weight:600}',
  '.stackheap-stepper .sh-since,.stackheap-stepper .sh-muted{color:#676b73}',
  '.stackheap-stepper .sh-view{overflow:auto}',
  '.stackheap-stepper[data-tab="diagram"] .sh-step-table,.stackheap-stepper[data-tab="table"] .sh-step-diagram{display:none}',
  '.stackheap-stepper .sh-table{border-collapse:collapse}',
  '.stackheap-stepper .sh-table caption{text-align:left;font-weight:600;padding:.3rem 0}',
  '.stackheap-stepper .sh-table td,.stackheap-stepper .sh-table th{border:1px solid #e2dfd8;padding:.15rem .6rem;text-align:left}',
  '.stackheap-stepper .sh-output{margin:.5rem 0 0;padding:.4rem .6rem;background:#faf9f7;border-radius:6px;white-space:pre-wrap}',
  '@media (prefers-color-scheme: dark){',
  '.stackheap-stepper{background:#1a1d22;color:#e4e6ea;border-color:#3d434d}',
  '.stackheap-stepper .sh-source,.stackheap-stepper .sh-output,.stackheap-stepper button{background:#1f2329;border-color:#3d434d}',
  '.stackheap-stepper .sh-source span.sh-here{background:#3a3115;box-shadow:inset 3px 0 0 #d9a31a}',
  '.stackheap-stepper button[aria-selected="true"]{background:#8db8ec;color:#121418;border-color:#8db8ec}',
  '.stackheap-stepper .sh-since,.stackheap-stepper .sh-muted{color:#a0a5ae}',
  '.stackheap-stepper .sh-table td,.stackheap-stepper .sh-table th{border-color:#2d323a}',
  '}',
].join('\n');

/**
 * Sets up every stepper on the page once (a page may hold several, each with this script).
 * ← and → step while focus is inside a stepper and are kept from the page (mdBook turns pages
 * with them).
 */
const STEPPER_SCRIPT = `(function () {
  function setup(root) {
    if (root.getAttribute('data-ready')) return;
    root.setAttribute('data-ready', '1');
    var steps = root.querySelectorAll('template[data-step]');
    var view = root.querySelector('.sh-view');
    var slider = root.querySelector('.sh-slider');
    var counter = root.querySelector('.sh-counter');
    var prev = root.querySelector('.sh-prev');
    var next = root.querySelector('.sh-next');
    var lines = root.querySelectorAll('.sh-source [data-line]');
    var at = 0;
    function show(k) {
      at = Math.max(0, Math.min(steps.length - 1, k));
      view.replaceChildren(steps[at].content.cloneNode(true));
      slider.value = String(at);
      counter.textContent = (at + 1) + ' / ' + steps.length;
      prev.disabled = at === 0;
      next.disabled = at === steps.length - 1;
      root.setAttribute('data-step', String(at));
      var line = steps[at].getAttribute('data-line');
      for (var j = 0; j < lines.length; j++) lines[j].classList.toggle('sh-here', lines[j].getAttribute('data-line') === line);
    }
    prev.addEventListener('click', function () { show(at - 1); });
    next.addEventListener('click', function () { show(at + 1); });
    slider.addEventListener('input', function () { show(Number(slider.value)); });
    root.querySelectorAll('[role="tab"]').forEach(function (tab) {
      tab.addEventListener('click', function () {
        root.setAttribute('data-tab', tab.getAttribute('data-tab'));
        root.querySelectorAll('[role="tab"]').forEach(function (t) { t.setAttribute('aria-selected', String(t === tab)); });
      });
    });
    root.addEventListener('keydown', function (event) {
      if (event.target === slider || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
      event.preventDefault();
      event.stopPropagation();
      show(at + (event.key === 'ArrowRight' ? 1 : -1));
    });
    if (!root.hasAttribute('tabindex')) root.setAttribute('tabindex', '0');
    if (steps.length > 0) show(0);
  }
  document.querySelectorAll('.stackheap-stepper').forEach(setup);
})();`;

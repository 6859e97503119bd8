import type { AddressOrder, FrameView, MemoryModel, ThreadView } from '../../src/views/memory-view.js';
import { threadName } from '../../src/views/narration.js';
import { h } from './dom.js';

/**
 * The stacks of a program with threads: one column per thread, side by side (stacked at narrow
 * widths), `main` first then in spawn order, each headed with the thread's name and state; the
 * running thread's column is marked. A finished thread's stack is unmapped: its column folds to
 * its heading. And the frame that did not fit, drawn on top of the stack it overflowed.
 *
 * DOM hooks: each column is a `.region.stack.thread` with `data-thread` (its id),
 * `data-thread-name`, `data-state` and, for the running one, the class `running`; the frame that
 * did not fit is a `.frame.overflow` with `data-fn`.
 */

/** What the run's `overflowed` outcome says of the frame that did not fit (in the model's units). */
export interface Overflow {
  readonly fn: string;
  readonly needed: number;
  readonly free: number;
  readonly stackSize: number;
}

/** Draws a column's frames (newest on top), as a stack without threads draws its own. */
export type StackItems = (frames: readonly FrameView[]) => HTMLElement[];

export function renderThreads(threads: readonly ThreadView[], items: StackItems, order: AddressOrder, overflow: HTMLElement | null): HTMLElement {
  const growth = `each grows ${order.stackGrows === 'up' ? '↑ toward higher' : '↓ toward lower'} addresses · ${order.top} addresses on top`;
  return h(
    'section',
    { class: 'stacks', 'aria-label': 'Stacks, one per thread' },
    h('h3', {}, 'Stacks', h('span', { class: 'grows', 'data-grows': order.stackGrows, 'data-top': order.top }, `one per thread · ${growth}`)),
    h('div', { class: 'stack-columns' }, ...threads.map((thread) => column(thread, items, thread.running ? overflow : null))),
  );
}

function column(thread: ThreadView, items: StackItems, overflow: HTMLElement | null): HTMLElement {
  const label = threadName(thread);
  const classes = ['region', 'stack', 'thread', ...(thread.running ? ['running'] : []), ...(thread.ended ? ['ended'] : [])];
  return h(
    'section',
    { class: classes.join(' '), 'data-thread': thread.id, 'data-thread-name': thread.name, 'data-state': thread.state, 'aria-label': `Stack of ${label}: ${thread.state}`, 'aria-current': thread.running ? 'true' : undefined },
    h(
      'h4',
      { class: 'thread-head', title: thread.running ? `${label} runs at this step` : `${label}: ${thread.state}` },
      thread.running ? h('span', { class: 'run-mark', 'aria-hidden': 'true' }, '▶') : null,
      h('span', { class: 'thread-name' }, label),
      h('span', { class: 'thread-state' }, ...stateText(thread.state)),
    ),
    thread.ended ? h('p', { class: 'empty' }, thread.state === 'panicked' ? 'unwound and gone: its stack was freed' : 'returned: its stack was freed') : null,
    overflow,
    ...(thread.ended ? [] : thread.frames.length === 0 ? [h('p', { class: 'empty' }, 'no frames yet')] : items(thread.frames)),
  );
}

/** A state as words, with the program's call it waits in (``blocked on `m.lock()` ``) as code. */
function stateText(state: string): (string | HTMLElement)[] {
  return state.split('`').map((part, k) => (k % 2 === 1 ? h('code', {}, part) : part)).filter((part) => part !== '');
}

/** The frame that did not fit: where it would have gone, on top of the stack, and by how much. */
export function renderOverflow(overflow: Overflow, model: MemoryModel): HTMLElement {
  const units = (n: number): string => `${n.toLocaleString('en')} ${model === 'real' ? (n === 1 ? 'byte' : 'bytes') : n === 1 ? 'cell' : 'cells'}`;
  return h(
    'div',
    { class: 'frame overflow', 'data-fn': overflow.fn, role: 'group', 'aria-label': `frame of ${overflow.fn}(), which did not fit in the stack` },
    h('div', { class: 'frame-head' }, h('span', { class: 'fn' }, `${overflow.fn}()`), h('span', { class: 'overflow-badge' }, 'did not fit')),
    h('p', { class: 'overflow-why' }, `Its frame needs ${units(overflow.needed)}; ${overflow.free.toLocaleString('en')} of the stack’s ${units(overflow.stackSize)} are left. The process aborts: stack overflow.`),
  );
}

/** Scrolls the diagram sideways, if need be, so that the running thread's column is in view
 *  (with many threads the columns are wider than the diagram). */
export function revealRunningThread(host: HTMLElement): void {
  const column = host.querySelector<HTMLElement>('.region.stack.thread.running');
  if (!column) return;
  const view = host.getBoundingClientRect();
  const box = column.getBoundingClientRect();
  const margin = 8;
  if (box.left < view.left) host.scrollLeft -= view.left - box.left + margin;
  else if (box.right > view.right) host.scrollLeft += Math.min(box.right - view.right + margin, box.left - view.left - margin);
}

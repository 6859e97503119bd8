import { bookAddress, bookValue } from '../../src/views/book.js';
import type { Cell, CellValue, Snapshot } from '../../src/trace/types.js';
import { h } from './dom.js';

/**
 * The diagram of one step: the stack (newest frame on top, main at the bottom, each frame's
 * cells from the highest address down, as in the seed's tables), then the heap.
 *
 * DOM hooks (used by the arrows and the tests): every live cell has `data-addr`; a pointer
 * cell has `data-points-to`; freed heap cells have `data-freed`, unused gaps `data-hole`.
 */

/** Runs of more unused heap addresses than this are drawn as one gap. */
const MAX_HOLES = 4;

export function renderDiagram(snapshot: Snapshot, previous: Snapshot | null): HTMLElement {
  const before = previous ? cellValues(previous) : null;
  return h('div', { class: 'diagram' }, renderStack(snapshot, before), renderHeap(snapshot, previous, before));
}

function renderStack(snapshot: Snapshot, before: Map<number, CellValue> | null): HTMLElement {
  const frames = snapshot.frames.map((frame, depth) => {
    const cells = frame.locals
      .flatMap((local) => local.cells.map((cell, k) => ({ cell, name: k === 0 ? local.name : '', ty: local.ty })))
      .sort((a, b) => b.cell.addr - a.cell.addr);
    return h(
      'div',
      { class: 'frame', 'data-fn': frame.fn, 'data-depth': depth + 1, role: 'group', 'aria-label': `frame of ${frame.fn}()` },
      h('div', { class: 'frame-head' }, h('span', { class: 'fn' }, `${frame.fn}()`)),
      cells.length === 0 ? h('div', { class: 'empty' }, 'no variables') : null,
      ...cells.map(({ cell, name, ty }) => renderCell(cell, name, ty, before)),
    );
  });
  frames.reverse(); // newest on top: the stack grows upward, like the addresses
  return h(
    'section',
    { class: 'region stack', 'aria-label': 'Stack' },
    h('h3', {}, 'Stack'),
    frames.length === 0 ? h('p', { class: 'empty' }, 'empty — no function is running') : null,
    ...frames,
  );
}

function renderHeap(snapshot: Snapshot, previous: Snapshot | null, before: Map<number, CellValue> | null): HTMLElement {
  const live = new Map<number, { cell: Cell; ty: string; first: boolean; block: number }>();
  for (const block of snapshot.heap) {
    block.cells.forEach((cell, k) => live.set(cell.addr, { cell, ty: block.ty, first: k === 0, block: block.addr }));
  }
  // Blocks freed since the previous step are shown where they were, as ⦻.
  const freed = new Set<number>();
  for (const block of previous?.heap ?? []) for (const cell of block.cells) if (!live.has(cell.addr)) freed.add(cell.addr);
  const addrs = [...live.keys(), ...freed];
  const items: HTMLElement[] = [];
  if (addrs.length > 0) {
    const high = Math.max(...addrs);
    const low = Math.min(...addrs);
    let holes: number[] = [];
    const flushHoles = (): void => {
      if (holes.length > MAX_HOLES) items.push(h('div', { class: 'hole gap', 'data-hole': holes[0]! }, `${holes.length} unused addresses`));
      else for (const addr of holes) items.push(h('div', { class: 'hole', 'data-hole': addr, title: 'unused (a hole)' }, h('span', { class: 'addr' }, bookAddress(addr))));
      holes = [];
    };
    let group: HTMLElement | null = null;
    for (let addr = high; addr >= low; addr--) {
      const entry = live.get(addr);
      if (entry) {
        flushHoles();
        if (entry.first || !group) {
          group = h('div', { class: 'block', 'data-block': entry.block, role: 'group', 'aria-label': `heap block of ${entry.ty}` }, h('div', { class: 'block-head' }, entry.ty));
          items.push(group);
        }
        group.append(renderCell(entry.cell, '', entry.ty, before));
      } else if (freed.has(addr)) {
        flushHoles();
        group = null;
        items.push(
          h('div', { class: 'cell freed', 'data-freed': addr, title: 'freed since the previous step' }, h('span', { class: 'addr' }, bookAddress(addr)), h('span', { class: 'name' }), h('span', { class: 'value' }, h('span', { class: 'freed-mark', 'aria-hidden': 'true' }), 'freed')),
        );
      } else {
        group = null;
        holes.push(addr);
      }
    }
    flushHoles();
  }
  return h(
    'section',
    { class: 'region heap', 'aria-label': 'Heap' },
    h('h3', {}, 'Heap'),
    items.length === 0 ? h('p', { class: 'empty' }, 'empty — nothing is allocated') : null,
    ...items,
  );
}

function renderCell(cell: Cell, name: string, ty: string, before: Map<number, CellValue> | null): HTMLElement {
  const value = cell.value;
  const classes = ['cell', value.kind];
  if (before && !sameValue(before.get(cell.addr), value)) classes.push('changed');
  const text = bookValue(value);
  const title = value.kind === 'moved' ? 'moved out: the value is no longer usable here' : value.kind === 'uninit' ? 'not initialised yet' : ty;
  return h(
    'div',
    {
      class: classes.join(' '),
      'data-addr': cell.addr,
      'data-name': name || undefined,
      'data-points-to': value.kind === 'ptr' ? value.to : undefined,
      title,
    },
    h('span', { class: 'addr' }, bookAddress(cell.addr)),
    h('span', { class: 'name' }, name),
    h('span', { class: 'value' }, h('span', { class: 'text' }, text), value.kind === 'ptr' ? h('span', { class: 'dot', 'aria-hidden': 'true' }) : null),
  );
}

function cellValues(snapshot: Snapshot): Map<number, CellValue> {
  const values = new Map<number, CellValue>();
  for (const frame of snapshot.frames) for (const local of frame.locals) for (const cell of local.cells) values.set(cell.addr, cell.value);
  for (const block of snapshot.heap) for (const cell of block.cells) values.set(cell.addr, cell.value);
  return values;
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'ptr' && b.kind === 'ptr') return a.to === b.to;
  if ((a.kind === 'int' || a.kind === 'bool') && (b.kind === 'int' || b.kind === 'bool')) return a.text === b.text;
  return true;
}

import { bookRows } from '../../src/views/book.js';
import { realLines } from '../../src/views/real.js';
import type { Snapshot } from '../../src/trace/types.js';
import { h } from './dom.js';

/** The real model's table: the CLI's text view of the step (`trace --model real`), line for line. */
export function renderRealTable(snapshot: Snapshot, caption: string): HTMLElement {
  return h('figure', { class: 'real-table' }, h('figcaption', {}, caption), h('pre', { 'aria-label': `memory at: ${caption}` }, realLines(snapshot).join('\n')));
}

/** The seed's `Address Name Value` table for one step, row for row (the view layer's bookRows). */
export function renderTable(snapshot: Snapshot, caption: string): HTMLElement {
  const rows = bookRows(snapshot);
  return h(
    'table',
    { class: 'book-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Address'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Value'))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { class: [row.kind, row.moved ? 'moved' : ''].join(' ').trim(), 'data-row-addr': row.addr },
          h('td', {}, row.address),
          h('td', {}, row.name),
          h('td', {}, row.value),
        ),
      ),
      rows.length === 0 ? h('tr', { class: 'empty' }, h('td', { colspan: 3 }, 'memory is empty')) : null,
    ),
  );
}

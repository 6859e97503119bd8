import { bookRows } from '../../src/views/book.js';
import type { Snapshot } from '../../src/trace/types.js';
import { h } from './dom.js';

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

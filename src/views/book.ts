import { BOOK_HEAP_TOP } from '../memory/book.js';
import type { Cell, CellValue, Snapshot } from '../trace/types.js';

/** One row of the seed's `Address Name Value` table. */
export interface BookRow {
  readonly kind: 'heap' | 'hole' | 'gap' | 'stack';
  readonly address: string;
  readonly name: string;
  readonly value: string;
  /** Set for rows whose value is missing because it was moved out. */
  readonly moved?: boolean;
  /** The address a pointer row points at, for drawing arrows. */
  readonly pointsTo?: number;
  readonly addr?: number;
}

/**
 * The seed writes heap addresses as `(2^30) - k`. The stack grows up from 0 and the heap down
 * from (2^30) - 1, so the upper half of the space is heap; scratch space lies beyond it.
 */
export function bookAddress(addr: number): string {
  if (addr > BOOK_HEAP_TOP) return '(temporary)';
  if (addr > BOOK_HEAP_TOP / 2) return `(2^30) - ${BOOK_HEAP_TOP + 1 - addr}`;
  return String(addr);
}

export function bookValue(value: CellValue): string {
  switch (value.kind) {
    case 'uninit':
    case 'moved':
      return '??????';
    case 'ptr':
      return `→ ${bookAddress(value.to)}`;
    default:
      return value.text;
  }
}

function row(kind: BookRow['kind'], name: string, cell: Cell): BookRow {
  return {
    kind,
    address: bookAddress(cell.addr),
    name,
    value: bookValue(cell.value),
    addr: cell.addr,
    ...(cell.value.kind === 'moved' ? { moved: true } : {}),
    ...(cell.value.kind === 'ptr' ? { pointsTo: cell.value.to } : {}),
  };
}

/**
 * The seed's table: heap cells from the highest address down (free cells between live ones
 * are holes), a `...` row, then every stack cell from the top of the stack down.
 */
export function bookRows(snapshot: Snapshot): BookRow[] {
  const rows: BookRow[] = [];
  const heapCells = new Map<number, Cell>();
  for (const block of snapshot.heap) for (const cell of block.cells) heapCells.set(cell.addr, cell);
  if (heapCells.size > 0) {
    const addrs = [...heapCells.keys()];
    const high = Math.max(...addrs);
    const low = Math.min(...addrs);
    for (let addr = high; addr >= low; addr--) {
      const cell = heapCells.get(addr);
      rows.push(cell ? row('heap', '', cell) : { kind: 'hole', address: bookAddress(addr), name: '', value: '', addr });
    }
    rows.push({ kind: 'gap', address: '...', name: '...', value: '...' });
  }
  const stack = snapshot.frames.flatMap((frame) => frame.locals.flatMap((local) => local.cells.map((cell) => row('stack', local.name, cell))));
  stack.sort((a, b) => b.addr! - a.addr!);
  rows.push(...stack);
  return rows;
}

import { BOOK_HEAP_TOP } from '../memory/book.js';
import type { Cell, CellValue, Snapshot } from '../trace/types.js';

/** One row of the seed's `Address Name Value` table. */
export interface BookRow {
  readonly kind: 'heap' | 'hole' | 'gap' | 'static' | 'stack';
  readonly address: string;
  readonly name: string;
  readonly value: string;
  /** Set for rows whose value is missing because it was moved out. */
  readonly moved?: boolean;
  /** The address a pointer row points at, for drawing arrows. */
  readonly pointsTo?: number;
  readonly addr?: number;
}

/** Heap addresses are the top quarter of the gigabyte: from 3 * 2^28 up to (2^30) - 1. */
const HEAP_FLOOR = 3 * 2 ** 28;

/**
 * The seed writes heap addresses as `(2^30) - k`. The stack grows up from 0, static memory up
 * from 2^29 (plain numbers), the heap down from (2^30) - 1; scratch space lies beyond it.
 */
export function bookAddress(addr: number): string {
  if (addr > BOOK_HEAP_TOP) return '(temporary)';
  if (addr >= HEAP_FLOOR) return `(2^30) - ${BOOK_HEAP_TOP + 1 - addr}`;
  return String(addr);
}

export function bookValue(value: CellValue): string {
  switch (value.kind) {
    case 'uninit':
    case 'moved':
      return '??????';
    case 'ptr':
      return `→ ${bookAddress(value.to)}`;
    case 'variant':
      return value.name;
    case 'vtable':
      return `vtable of ${value.ty}`;
    case 'fn':
      return value.name ?? 'null';
    case 'unused':
    case 'padding':
      return '';
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

const GAP: BookRow = { kind: 'gap', address: '...', name: '...', value: '...' };

/**
 * The seed's table: heap cells from the highest address down (free cells between live ones
 * are holes), a `...` row; then static memory (string literals, `static` items) from the highest address down
 * and another `...` row, when the program has placed any; then every stack cell from the top
 * of the stack down. Frames of std functions are not shown (their locals live in scratch).
 * A heap block of one scalar has no name; cells of larger blocks are named by their path in
 * the block (`[1]`, `.x`).
 */
export function bookRows(snapshot: Snapshot): BookRow[] {
  const rows: BookRow[] = [];
  const heapCells = new Map<number, Cell>();
  for (const block of snapshot.heap) for (const cell of block.cells) heapCells.set(cell.addr, cell);
  if (heapCells.size > 0) {
    let high = -Infinity;
    let low = Infinity;
    for (const addr of heapCells.keys()) {
      if (addr > high) high = addr;
      if (addr < low) low = addr;
    }
    for (let addr = high; addr >= low; addr--) {
      const cell = heapCells.get(addr);
      rows.push(cell ? row('heap', cell.name, cell) : { kind: 'hole', address: bookAddress(addr), name: '', value: '', addr });
    }
    rows.push(GAP);
  }
  // A `static` item's cells are named after it; a literal's bytes have no name.
  const statics = (snapshot.statics ?? []).flatMap((block) => block.cells.map((cell) => row('static', block.kind === 'static' ? `${block.name}${cell.name}` : '', cell)));
  if (statics.length > 0) {
    statics.sort((a, b) => b.addr! - a.addr!);
    rows.push(...statics, GAP);
  }
  const stack = snapshot.frames.flatMap((frame) => (frame.std ? [] : frame.locals.flatMap((local) => local.cells.map((cell) => row('stack', cell.name, cell)))));
  stack.sort((a, b) => b.addr! - a.addr!);
  rows.push(...stack);
  return rows;
}

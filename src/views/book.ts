import { bookAddress } from '../memory/book.js';
import type { Cell, CellValue, Dangling, DeadBlock, ElidedFrames, Snapshot, ThreadSnapshot } from '../trace/types.js';
import { appendAll, maxOf } from '../util/arrays.js';

/** One row of the seed's `Address Name Value` table. */
export interface BookRow {
  /** `dead` (`--unchecked`): memory a dangling pointer points at, freed or popped. */
  readonly kind: 'heap' | 'hole' | 'gap' | 'static' | 'stack' | 'dead';
  readonly address: string;
  readonly name: string;
  readonly value: string;
  /** Set for rows whose value is missing because it was moved out. */
  readonly moved?: boolean;
  /** The address a pointer row points at, for drawing arrows. */
  readonly pointsTo?: number;
  readonly addr?: number;
}

/** Why a pointer may no longer be used (`--unchecked`), as views say it: `(dangling: freed)`. */
export function danglingText(dangling: Dangling): string {
  return dangling === 'invalidated' ? '(invalidated)' : `(dangling: ${dangling})`;
}

export function bookValue(value: CellValue): string {
  switch (value.kind) {
    case 'uninit':
    case 'moved':
      return '??????';
    case 'ptr':
      if (value.null) return 'null';
      return `→ ${bookAddress(value.to)}${value.dangling ? ` ${danglingText(value.dangling)}` : ''}`;
    case 'variant':
      return value.name;
    case 'vtable':
      return `vtable of ${value.ty}`;
    case 'fn':
      return value.name === null ? 'null' : `fn ${value.name}`;
    case 'unused':
    case 'padding':
      return '';
    default:
      return value.text;
  }
}

/** Memory that lives for the whole run: static memory (literals, statics, promoted constants)
 *  and heap blocks `Box::leak` gave up. A reference into it is `'static`. */
export function foreverRanges(snapshot: Snapshot): (readonly [number, number])[] {
  return [
    ...snapshot.heap.filter((block) => block.leaked).map((block) => [block.addr, block.addr + block.size] as const),
    ...(snapshot.statics ?? []).map((block) => [block.addr, block.addr + Math.max(block.size, 1)] as const),
  ];
}

export const pointsForever = (forever: readonly (readonly [number, number])[], to: number): boolean => forever.some(([from, end]) => to >= from && to < end);

function row(kind: BookRow['kind'], name: string, cell: Cell, forever: readonly (readonly [number, number])[] = []): BookRow {
  const value = bookValue(cell.value);
  return {
    kind,
    address: bookAddress(cell.addr),
    name,
    value: cell.value.kind === 'ptr' && !cell.value.dangling && pointsForever(forever, cell.value.to) ? `${value} 'static` : value,
    addr: cell.addr,
    ...(cell.value.kind === 'moved' ? { moved: true } : {}),
    ...(cell.value.kind === 'ptr' && !cell.value.null ? { pointsTo: cell.value.to } : {}),
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
  const forever = foreverRanges(snapshot);
  const heapCells = new Map<number, Cell>();
  for (const block of snapshot.heap) for (const cell of block.cells) heapCells.set(cell.addr, cell);
  const dead = snapshot.dead ?? [];
  const freed = deadRows(dead.filter((d) => d.reason === 'freed'), heapCells);
  if (heapCells.size > 0 || freed.size > 0) {
    let high = -Infinity;
    let low = Infinity;
    for (const addr of [...heapCells.keys(), ...freed.keys()]) {
      if (addr > high) high = addr;
      if (addr < low) low = addr;
    }
    // The parts of large blocks a windowed snapshot leaves out, highest first: a row each.
    const unshown = snapshot.heap.flatMap((block) => (block.window ? unshownParts(block.addr, block.size, block.window) : [])).sort((a, b) => b.high - a.high);
    for (const part of unshown) {
      high = Math.max(high, part.high);
      low = Math.min(low, part.low);
    }
    let next = 0;
    for (let addr = high; addr >= low; addr--) {
      const part = unshown[next];
      if (part && addr === part.high) {
        rows.push({ kind: 'gap', address: '...', name: `(${(part.high - part.low + 1).toLocaleString('en')} ${part.high === part.low ? 'cell' : 'cells'} not shown)`, value: '...' });
        addr = part.low;
        next++;
        continue;
      }
      const cell = heapCells.get(addr);
      rows.push(cell ? row('heap', cell.name, cell, forever) : (freed.get(addr) ?? { kind: 'hole', address: bookAddress(addr), name: '', value: '', addr }));
    }
    rows.push(GAP);
  }
  // A `static` item's cells are named after it; a literal's bytes have no name.
  const statics = (snapshot.statics ?? []).flatMap((block) => block.cells.map((cell) => row('static', block.kind === 'static' ? `${block.name}${cell.name}` : '', cell, forever)));
  if (statics.length > 0) {
    statics.sort((a, b) => b.addr! - a.addr!);
    appendAll(rows, statics);
    rows.push(GAP);
  }
  const outOfScope = dead.filter((d) => d.reason === 'out of scope');
  // Each spawned thread's stack is a section of its own, headed by its name and state; the
  // highest addresses (the last spawned) first, `main`'s last.
  const threads = snapshot.threads ?? [];
  for (let i = threads.length - 1; i > 0; i--) {
    const thread = threads[i]!;
    rows.push(threadHeader(thread));
    const cells = thread.frames.flatMap((frame) => (frame.std ? [] : frame.locals.flatMap((local) => local.cells.map((cell) => row('stack', cell.name, cell, forever)))));
    appendAll(rows, cells.sort((a, b) => b.addr! - a.addr!));
    rows.push(GAP);
  }
  if (threads.length > 0) rows.push(threadHeader(threads[0]!));
  const stack = snapshot.frames.flatMap((frame) =>
    frame.std ? [] : frame.locals.flatMap((local) => local.cells.map((cell) => (outOfScope.some((d) => within(d, cell.addr)) ? { ...row('stack', cell.name, cell), value: '?????? (out of scope)' } : row('stack', cell.name, cell, forever)))),
  );
  const stackCells = new Map(stack.map((r) => [r.addr!, r]));
  appendAll(stack, deadRows(dead.filter((d) => d.reason === 'popped'), stackCells).values());
  stack.sort((a, b) => b.addr! - a.addr!);
  const elided = snapshot.elided;
  if (elided) {
    // The frames left out lie between the outer frames' cells and the inner ones' (above).
    const outerTop = maxOf(snapshot.frames.slice(0, elided.at).flatMap((f) => (f.std ? [] : f.locals.flatMap((l) => l.cells.map((c) => c.addr)))));
    const at = stack.findIndex((r) => r.addr !== undefined && r.addr <= outerTop);
    const count = elided.runs.reduce((sum, run) => sum + run.count, 0);
    stack.splice(at < 0 ? stack.length : at, 0, { kind: 'gap', address: '...', name: `(${count.toLocaleString('en')} ${count === 1 ? 'frame' : 'frames'} not shown: ${runsText(elided)})`, value: '...' });
  }
  appendAll(rows, stack);
  return rows;
}

/** A thread's section starts with its name (and the id its panic message would print) and
 *  its state. */
function threadHeader(thread: ThreadSnapshot): BookRow {
  return { kind: 'gap', address: '--', name: `thread '${thread.name}' (${thread.id + 1})`, value: thread.state };
}

/** The frames a windowed snapshot left out, as views say them: `fact() × 9,980, main() × 1`. */
export function runsText(elided: ElidedFrames): string {
  return elided.runs.map((r) => `${r.fn}() × ${r.count.toLocaleString('en')}`).join(', ');
}

/** The units of a block outside its window, as inclusive address ranges. */
function unshownParts(addr: number, size: number, window: { readonly from: number; readonly to: number }): { readonly high: number; readonly low: number }[] {
  const parts: { high: number; low: number }[] = [];
  if (window.to < size) parts.push({ high: addr + size - 1, low: addr + window.to });
  if (window.from > 0) parts.push({ high: addr + window.from - 1, low: addr });
  return parts;
}

const within = (d: DeadBlock, addr: number): boolean => addr >= d.addr && addr < d.addr + d.size;

/** One row per cell of dead memory that nothing live occupies now, by address. */
function deadRows(blocks: readonly DeadBlock[], live: ReadonlyMap<number, unknown>): Map<number, BookRow> {
  const rows = new Map<number, BookRow>();
  for (const d of blocks) {
    const value = d.reason === 'freed' ? `(freed ${d.ty})` : `(${d.reason}: ${d.fn}() returned)`;
    for (let addr = d.addr; addr < d.addr + d.size; addr++) {
      if (!live.has(addr)) rows.set(addr, { kind: 'dead', address: bookAddress(addr), name: d.name, value, addr });
    }
  }
  return rows;
}

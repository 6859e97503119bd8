import { BOOK_HEAP_TOP, bookAddress } from '../memory/book.js';
import { hex } from '../memory/real.js';
import { danglingText } from './book.js';
import type { AllocatorSnapshot, BlockSnapshot, Cell, CellValue, DeadBlock, FrameSnapshot, LocalSnapshot, Snapshot, StaticBlockSnapshot, ThreadSnapshot } from '../trace/types.js';

/**
 * What the diagram shows for one snapshot, as plain data (no DOM, so it is tested in Node):
 * frames of locals, heap blocks with holes and freed blocks between them, and static memory.
 *
 * Every region, and every value inside it, runs one way by address (`ADDRESS_ORDER`: the book
 * higher addresses on top, the real model lower). A local (or heap block) of several cells is
 * one value: its rows are its cells in that order, each labelled with its path relative to the value (`.x`, `.0`, `[2]`). The first cell
 * of a fat pointer is `.ptr`; an enum's tag row is labelled `tag`. A Vec or String header
 * (`P.buf.ptr`, `P.buf.cap`, `P.len`; a String's P ends in `.vec`) reads `.ptr`, `.cap`, `.len`
 * as the Rust book draws it, and tells its buffer's owner, length and capacity: elements at and
 * past `len` are spare capacity (the trace has them `uninit`), and a header with capacity 0
 * holds a dangling pointer (no arrow).
 *
 * The real model (`model: 'real'`) reads the same snapshot in bytes: addresses are hex, padding
 * cells are rows of their own, and the heap is the allocator's live blocks and free chunks (its
 * gaps are chunk headers and alignment, not holes a reader could use, so none are drawn).
 *
 * The stack's runs of more than `FRAME_RUN` calls of one function (deep recursion) are one
 * collapsed frame that counts them, between the run's outermost call and its innermost ones;
 * frames a windowed snapshot left out (`snapshot.elided`) count in the run they belong to. A
 * block of a windowed snapshot shows the cells of its window.
 *
 * Once the program has spawned a thread, `threads` has every thread's stack (`main`'s frames are
 * `frames`), each with its name and state; a spawned thread's frames are read as `main`'s are
 * (deep runs collapsed, Vec headers found, changes marked).
 *
 * A `--unchecked` trace adds the dead memory its dangling pointers point at (`snapshot.dead`):
 * freed blocks stay in the heap as freed items, a popped frame's locals as a frame marked
 * `popped` above the live ones, and a local whose scope ended says so.
 */

export type MemoryModel = 'book' | 'real';

/** How the model writes an address: the book's small numbers (`2^30 - 1`) or hex. */
export function addressFormat(model: MemoryModel): (addr: number) => string {
  return model === 'real' ? hex : bookAddress;
}

/** Real model: pointers below the first page (an empty Vec's `NonNull::dangling()`) point at nothing. */
const NULL_PAGE = 0x1000;

/** A pointer drawn without an arrow: null, or (real model) into the first page. */
function pointsNowhere(value: CellValue, model: MemoryModel): boolean {
  return value.kind === 'ptr' && (value.null === true || (model === 'real' && value.to < NULL_PAGE));
}

export type RowRole =
  /** The data pointer of a fat pointer (`&str`, `&[T]`, `&dyn T`, `Box<dyn T>`). */
  | 'ptr'
  /** An enum's tag. */
  | 'tag'
  /** Room in an enum that the active variant does not use. */
  | 'unused'
  /** A Vec or String buffer's element at or past its length. */
  | 'spare'
  /** Real model: bytes between or after fields that no field uses. */
  | 'padding';

export interface Row {
  readonly cell: Cell;
  /** The label: the path relative to the value (`.x`, `[2]`), or the local's name for a scalar. */
  readonly label: string;
  readonly role?: RowRole;
  /** The value as text (`'a'`, `3.5`, `Some`, `vtable for Circle`, `→ 3`). */
  readonly text: string;
  /** A pointer with nothing behind it (an empty Vec's): no arrow is drawn from it. */
  readonly dangling?: boolean;
}

export interface LocalView {
  readonly name: string;
  readonly ty: string;
  readonly addr: number;
  /** In the model's units: cells (book) or bytes (real). */
  readonly size: number;
  /** Several cells (or a path other than the name): drawn as one box with a row per cell. */
  readonly compound: boolean;
  readonly rows: readonly Row[];
  /** A variable whose every cell is empty: its scope has not begun (or has ended), or it is
   *  declared and not yet assigned. Its cells exist from the frame's push all the same. */
  readonly unset?: true;
}

export interface FrameView {
  readonly fn: string;
  readonly std: boolean;
  /** `--unchecked`: a frame already popped, shown because a dangling pointer points into it. */
  readonly popped?: true;
  /** Its position among all frames, outermost (main) = 1 (a collapsed run: its first's). */
  readonly depth: number;
  /** A run of calls of one function drawn as one line (`fact() × 9,996`): how many frames it
   *  stands for; its locals are not shown. */
  readonly collapsed?: number;
  /** In the model's address order (`ADDRESS_ORDER`), top first. */
  readonly locals: readonly LocalView[];
}

/** A Vec's or String's header, seen from its buffer. */
export interface Owner {
  /** The header's path (`v`, `s`, `vv[0]`), or '' when nothing names it. */
  readonly name: string;
  readonly len: number | null;
  readonly cap: number | null;
  /** The header is a String's (the buffer holds UTF-8 text). */
  readonly string: boolean;
}

export interface BlockView {
  readonly addr: number;
  readonly size: number;
  readonly ty: string;
  readonly rows: readonly Row[];
  readonly owner?: Owner;
  /** The block holds text (a String's buffer, a string literal): drawn as a strip of bytes. */
  readonly bytes: boolean;
  /** The text its initialised bytes spell (up to the owner's length), for byte blocks. */
  readonly text?: string;
  /** A large block of a windowed snapshot: the units [from, to) its rows show. */
  readonly window?: { readonly from: number; readonly to: number };
}

export type HeapItem =
  | { readonly kind: 'block'; readonly block: BlockView }
  /** A block freed since the previous step, shown where it was (`dangling`: freed earlier, and
   *  a dangling pointer still points into it). */
  | { readonly kind: 'freed'; readonly addr: number; readonly size: number; readonly ty: string; readonly dangling?: true }
  /** Real model: a chunk the allocator holds free for reuse. */
  | { readonly kind: 'chunk'; readonly addr: number; readonly size: number }
  /** Unused addresses between blocks: `count` of them, from `high` down. */
  | { readonly kind: 'holes'; readonly high: number; readonly count: number; readonly top?: true };

/**
 * Which way addresses run down the page: the same in every region and inside every value, so
 * that nothing zig-zags. The book draws higher addresses on top, as its tables list them (its
 * stack grows up from 0, its heap down from 2^30 - 1); the real model lower ones, as a memory
 * dump does (x86_64's stack grows down, glibc's heap up). Either way the newest frame is on top.
 */
export interface AddressOrder {
  readonly top: 'higher' | 'lower';
  readonly stackGrows: 'up' | 'down';
  readonly heapGrows: 'up' | 'down';
}

export const ADDRESS_ORDER: Readonly<Record<MemoryModel, AddressOrder>> = {
  book: { top: 'higher', stackGrows: 'up', heapGrows: 'down' },
  real: { top: 'lower', stackGrows: 'down', heapGrows: 'up' },
};

/** Sorts by address the way `order` draws them, top first. */
export function byAddress<T>(items: readonly T[], addr: (item: T) => number, order: AddressOrder): T[] {
  const sign = order.top === 'higher' ? -1 : 1;
  return [...items].sort((a, b) => sign * (addr(a) - addr(b)));
}

/** A thread's stack, once the program has spawned one: its name (as its panic message would
 *  spell it), its state (`running`, ``blocked on `m.lock()` ``, `finished`) and its frames. */
export interface ThreadView {
  readonly id: number;
  readonly name: string;
  readonly state: string;
  readonly running: boolean;
  /** Finished or panicked: its stack is unmapped, nothing of it is left to show. */
  readonly ended: boolean;
  /** Outermost first, as `MemoryView.frames` (which are `main`'s). */
  readonly frames: readonly FrameView[];
}

export interface MemoryView {
  /** Outermost (main) first. */
  readonly frames: readonly FrameView[];
  /** Once the program has spawned a thread: every thread, `main` first (its frames are `frames`). */
  readonly threads?: readonly ThreadView[];
  /** In the model's address order (`ADDRESS_ORDER`), top first. */
  readonly heap: readonly HeapItem[];
  readonly statics: readonly BlockView[];
  /** Real model: the allocator's summary, when the snapshot has one. */
  readonly allocator?: AllocatorSnapshot;
}

/** What rows need to know about the model. */
interface Reading {
  readonly model: MemoryModel;
  readonly address: (addr: number) => string;
}

/** A run of more frames of one function than this is collapsed to one line. */
export const FRAME_RUN = 6;
/** A collapsed run still shows its innermost frames (the running calls), this many at least. */
export const RUN_INNER_SHOWN = 2;

export function memoryView(snapshot: Snapshot, previous: Snapshot | null, model: MemoryModel = 'book', runInnerShown = RUN_INNER_SHOWN): MemoryView {
  const reading: Reading = { model, address: addressFormat(model) };
  const headers = findHeaders(snapshot);
  const dead = snapshot.dead ?? [];
  const outOfScope = new Set(dead.filter((d) => d.reason === 'out of scope').map((d) => d.addr));
  const elided = snapshot.elided;
  const left = elided?.runs.reduce((sum, run) => sum + run.count, 0) ?? 0;
  const shown = snapshot.frames.map((frame, k) => frameView(frame, k + 1 + (elided && k >= elided.at ? left : 0), headers, reading, outOfScope));
  const frames = collapseRuns(shown, elided, runInnerShown);
  frames.push(...poppedFrames(dead, left + shown.length));
  const heap = model === 'real' ? realHeapItems(snapshot, previous, headers, reading) : heapItems(snapshot, previous, headers, reading);
  const statics = (snapshot.statics ?? []).map((block) => staticView(block, reading));
  const threads = snapshot.threads?.map((thread) => threadView(thread, thread.id === 0 ? frames : stackView(thread, headers, reading, runInnerShown)));
  return ordered({ frames, heap, statics, ...(threads ? { threads } : {}), ...(model === 'real' && snapshot.allocator ? { allocator: snapshot.allocator } : {}) }, ADDRESS_ORDER[model]);
}

const NO_ADDRESSES: ReadonlySet<number> = new Set();

/** The states of a thread whose stack is gone. */
const ENDED_STATES: ReadonlySet<string> = new Set(['finished', 'panicked']);

function threadView(thread: ThreadSnapshot, frames: readonly FrameView[]): ThreadView {
  return { id: thread.id, name: thread.name, state: thread.state, running: thread.running, ended: ENDED_STATES.has(thread.state), frames };
}

/** A spawned thread's frames as drawn: deep runs collapsed, as `main`'s are. */
function stackView(thread: ThreadSnapshot, headers: Headers, reading: Reading, runInnerShown: number): FrameView[] {
  const elided = thread.elided;
  const left = elided?.runs.reduce((sum, run) => sum + run.count, 0) ?? 0;
  const shown = thread.frames.map((frame, k) => frameView(frame, k + 1 + (elided && k >= elided.at ? left : 0), headers, reading, NO_ADDRESSES));
  return collapseRuns(shown, elided, runInnerShown);
}

/** Every stack's frames: `main`'s, then each spawned thread's. */
function allFrames(snapshot: Snapshot): FrameSnapshot[] {
  return [...snapshot.frames, ...(snapshot.threads ?? []).flatMap((t) => t.frames)];
}

/** The view in `order`: locals, heap items, static blocks and each value's rows (built with the
 *  rows from the lowest address and the rest from the highest). */
function ordered(view: MemoryView, order: AddressOrder): MemoryView {
  // A text buffer is a strip of bytes, read left to right: its order is the text's.
  const rows = <T extends { readonly rows: readonly Row[]; readonly bytes?: boolean }>(value: T): T => (order.top === 'higher' && !value.bytes ? { ...value, rows: [...value.rows].reverse() } : value);
  // Heap items come from the highest address down (holes between blocks count down too).
  const heap = order.top === 'higher' ? view.heap : [...view.heap].reverse();
  const frames = (list: readonly FrameView[]): FrameView[] => list.map((frame) => ({ ...frame, locals: byAddress(frame.locals, (l) => l.addr, order).map(rows) }));
  const main = frames(view.frames);
  return {
    ...view,
    frames: main,
    ...(view.threads ? { threads: view.threads.map((thread) => ({ ...thread, frames: thread.id === 0 ? main : frames(thread.frames) })) } : {}),
    heap: heap.map((item) => (item.kind === 'block' ? { ...item, block: rows(item.block) } : item)),
    statics: byAddress(view.statics, (b) => b.addr, order).map(rows),
  };
}

// ---- values ----

export function valueText(value: CellValue, address: (addr: number) => string = bookAddress): string {
  switch (value.kind) {
    case 'uninit':
    case 'moved':
      return '??????';
    case 'ptr':
      if (value.null) return 'null';
      return `→ ${address(value.to)}${value.dangling ? ` ${danglingText(value.dangling)}` : ''}`;
    case 'variant':
      return value.name;
    case 'vtable':
      return `vtable for ${value.ty}`;
    case 'fn':
      return value.name ?? 'null';
    case 'unused':
      return 'unused';
    case 'padding':
      return 'padding';
    default:
      // A kind this page does not know yet (the format only adds): its text, or its kind.
      return 'text' in value && typeof value.text === 'string' ? value.text : (value as { kind: string }).kind;
  }
}

export function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (!a || a.kind !== b.kind) return false;
  switch (b.kind) {
    case 'ptr':
      return (a as typeof b).to === b.to;
    case 'variant':
      return (a as typeof b).name === b.name;
    case 'vtable':
      return (a as typeof b).ty === b.ty;
    case 'int':
    case 'bool':
    case 'float':
    case 'char':
      return (a as typeof b).text === b.text;
    default:
      return true;
  }
}

/** Every cell's value by address: the stack (std frames too), the heap and static memory. */
export function cellValues(snapshot: Snapshot): Map<number, CellValue> {
  const values = new Map<number, CellValue>();
  for (const frame of allFrames(snapshot)) for (const local of frame.locals) for (const cell of local.cells) values.set(cell.addr, cell.value);
  for (const block of snapshot.heap) for (const cell of block.cells) values.set(cell.addr, cell.value);
  for (const block of snapshot.statics ?? []) for (const cell of block.cells) values.set(cell.addr, cell.value);
  return values;
}

// ---- Vec and String headers ----

interface Header {
  /** The header's path, e.g. `v`, `owned` (a String's `.vec` left out), `vv[0]`. */
  readonly name: string;
  readonly len: number | null;
  readonly cap: number | null;
  readonly string: boolean;
  /** The `.buf.ptr` cell. */
  readonly ptr: Cell;
  readonly ring: boolean;
}

interface Headers {
  /** By the address of the buffer they point at. */
  readonly byBuffer: Map<number, Header>;
  /** Addresses of `.buf.ptr` cells whose capacity is 0: the pointer dangles. */
  readonly dangling: Set<number>;
  /** A header's cells by address, with the short paths the diagram shows: `v.buf.ptr` is
   *  `v.ptr`, `s.vec.buf.cap` is `s.cap`, `s.vec.len` is `s.len` (as the Rust book draws them). */
  readonly short: Map<number, string>;
}

function noHeaders(): Headers {
  return { byBuffer: new Map(), dangling: new Set(), short: new Map() };
}

const BUF_PTR = '.buf.ptr';

function intOf(cell: Cell | undefined): number | null {
  return cell && cell.value.kind === 'int' ? Number(cell.value.text) : null;
}

/** The headers among a value's cells; `prefix` turns a cell path into the header's name. */
function scanHeaders(cells: readonly Cell[], prefix: (path: string) => string, into: Headers, found: Header[]): void {
  let byName: Map<string, Cell> | null = null;
  for (const cell of cells) {
    if (!cell.name.endsWith(BUF_PTR)) continue;
    byName ??= new Map(cells.map((c) => [c.name, c]));
    const path = cell.name.slice(0, -BUF_PTR.length);
    const capCell = byName.get(`${path}.buf.cap`);
    const lenCell = byName.get(`${path}.len`);
    if (!capCell) continue;
    const cap = intOf(capCell);
    const string = path.endsWith('.vec');
    const shortPath = string ? path.slice(0, -'.vec'.length) : path;
    into.short.set(cell.addr, `${shortPath}.ptr`);
    into.short.set(capCell.addr, `${shortPath}.cap`);
    if (lenCell) into.short.set(lenCell.addr, `${shortPath}.len`);
    if (cap === 0) into.dangling.add(cell.addr);
    if (cell.value.kind !== 'ptr' || cap === 0) continue;
    // A ring buffer (a `head` beside `len`) keeps its elements anywhere in its buffer.
    const header: Header = { name: prefix(shortPath), len: intOf(lenCell), cap, string, ptr: cell, ring: byName.has(`${path}.head`) };
    into.byBuffer.set(cell.value.to, header);
    found.push(header);
  }
}

/** The addresses of the cells of every Vec and String header (`ptr`, `cap`, `len`). */
export function headerCells(snapshot: Snapshot): ReadonlySet<number> {
  return new Set(findHeaders(snapshot).short.keys());
}

function findHeaders(snapshot: Snapshot): Headers {
  const headers = noHeaders();
  const pending: Header[] = [];
  for (const frame of allFrames(snapshot)) for (const local of frame.locals) scanHeaders(local.cells, (p) => p, headers, pending);
  // Headers inside heap blocks (a Vec of Vecs) are named from their block's owner: `vv[0]`.
  const blocks = new Map(snapshot.heap.map((b) => [b.addr, b]));
  const done = new Set<number>();
  while (pending.length > 0) {
    const header = pending.pop()!;
    const to = (header.ptr.value as { to: number }).to;
    const block = blocks.get(to);
    if (!block || done.has(to)) continue;
    done.add(to);
    scanHeaders(block.cells, (p) => (header.name ? header.name + p : p), headers, pending);
  }
  // Blocks no named header reaches (a Box<Vec<T>>'s, say) still get their headers found.
  for (const block of snapshot.heap) if (!done.has(block.addr)) scanHeaders(block.cells, () => '', headers, []);
  return headers;
}

// ---- rows ----

/**
 * Rows for a value's cells. `base` is the value's own name (a local's), stripped from each
 * cell's path; heap and static cells are named relative to their block already.
 */
function rows(cells: readonly Cell[], base: string, headers: Headers, spareFrom: number | null, reading: Reading): Row[] {
  // Paths that head a compound part: another cell shares the path (an enum's tag and the room
  // behind it) or extends it with a field (`s` then `s.len`, `o.shape` then `o.shape.0`).
  const all = new Set<string>();
  const heads = new Set<string>();
  for (const cell of cells) {
    const name = cell.name;
    if (all.has(name)) heads.add(name);
    all.add(name);
    for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) heads.add(name.slice(0, i));
  }
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const cell of cells) {
    const name = headers.short.get(cell.addr) ?? cell.name;
    const rel = base && name.startsWith(base) ? name.slice(base.length) : name;
    let label = rel;
    let role: RowRole | undefined;
    if (spareFrom !== null && elementIndex(rel) >= spareFrom) {
      role = 'spare';
    } else if (seen.has(cell.name)) {
      // A second cell with the same path: room in an enum behind its tag.
      role = 'unused';
      label = '';
    } else if (cell.value.kind === 'padding') {
      role = 'padding';
      label = '(padding)';
    } else if (cell.value.kind === 'unused') {
      role = 'unused';
    } else if (heads.has(cell.name)) {
      const kind = cell.value.kind;
      const fat = all.has(`${cell.name}.len`) || all.has(`${cell.name}.vtable`);
      if (kind === 'ptr' || (kind !== 'variant' && fat)) {
        role = 'ptr';
        label = `${rel}.ptr`;
      } else {
        role = 'tag';
      }
    }
    seen.add(cell.name);
    const dangling = headers.dangling.has(cell.addr) || pointsNowhere(cell.value, reading.model);
    const text = cell.value.kind === 'ptr' && cell.value.null ? 'null' : dangling ? 'dangling' : role === 'spare' && (cell.value.kind === 'uninit' || cell.value.kind === 'moved') ? '' : valueText(cell.value, reading.address);
    out.push({ cell, label, text, ...(role ? { role } : {}), ...(dangling ? { dangling: true } : {}) });
  }
  return out;
}

/** What a byte of a text strip shows: its character (a space as ␣), a continuation byte's value, `?` when unset; nothing for spare capacity. */
export function byteText(row: Row): string {
  const value = row.cell.value;
  if (row.role === 'spare') return '';
  switch (value.kind) {
    case 'char': {
      const inner = value.text.slice(1, -1);
      return inner === ' ' ? '␣' : inner === "\\'" ? "'" : inner;
    }
    case 'int':
      return value.text;
    case 'uninit':
    case 'moved':
      return '?';
    default:
      return row.text;
  }
}

/** `[3].x` → 3; a path that does not start with an index → -1. */
function elementIndex(rel: string): number {
  const match = /^\[(\d+)\]/.exec(rel);
  return match ? Number(match[1]) : -1;
}

// ---- stack ----

function frameView(frame: FrameSnapshot, depth: number, headers: Headers, reading: Reading, outOfScope: ReadonlySet<number>): FrameView {
  const locals = frame.locals.map((local) => (outOfScope.has(local.addr) ? scopeEnded(localView(local, headers, reading)) : localView(local, headers, reading))).sort((a, b) => b.addr - a.addr);
  return { fn: frame.fn, std: frame.std === true, depth, locals };
}

/**
 * The frames as drawn: a run of more than `FRAME_RUN` calls of one function (deep recursion),
 * counting the frames a windowed snapshot left out, keeps its outermost call and its
 * `innerShown` innermost ones, and the calls between become one collapsed line.
 */
function collapseRuns(shown: readonly FrameView[], elided: Snapshot['elided'], innerShown: number): FrameView[] {
  // The stack in order, each part a frame drawn or a run left out of the snapshot.
  type Part = { readonly fn: string; readonly std: boolean; readonly count: number; readonly depth: number; readonly frame: FrameView | null };
  const parts: Part[] = shown.map((frame) => ({ fn: frame.fn, std: frame.std, count: 1, depth: frame.depth, frame }));
  if (elided) {
    let depth = elided.at + 1;
    const runs = elided.runs.map((run) => {
      const part: Part = { fn: run.fn, std: run.std === true, count: run.count, depth, frame: null };
      depth += run.count;
      return part;
    });
    parts.splice(elided.at, 0, ...runs);
  }
  const out: FrameView[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = i;
    let count = 0;
    while (j < parts.length && parts[j]!.fn === parts[i]!.fn && parts[j]!.std === parts[i]!.std) count += parts[j++]!.count;
    const run = parts.slice(i, j);
    i = j;
    if (count <= FRAME_RUN) {
      for (const part of run) if (part.frame) out.push(part.frame);
      continue;
    }
    const first = run[0]!.frame;
    // The innermost frames drawn, up to the first part left out from the end.
    const inner: FrameView[] = [];
    for (let k = run.length - 1; k >= (first ? 1 : 0) && inner.length < innerShown && run[k]!.frame; k--) inner.unshift(run[k]!.frame!);
    const collapsed = count - (first ? 1 : 0) - inner.length;
    if (first) out.push(first);
    if (collapsed > 0) out.push({ fn: run[0]!.fn, std: run[0]!.std, depth: run[0]!.depth + (first ? 1 : 0), locals: [], collapsed });
    out.push(...inner);
  }
  return out;
}

/** A local whose storage is dead, that a dangling pointer points to. */
function scopeEnded(local: LocalView): LocalView {
  // A dangling pointer points here: it stays drawn.
  const { unset: _, ...shown } = local;
  return { ...shown, rows: local.rows.map((row) => ({ ...row, text: `${row.text} (out of scope)` })) };
}

/** The popped frames dangling pointers point into, one per function, newest last. */
function poppedFrames(dead: readonly DeadBlock[], depth: number): FrameView[] {
  const byFn = new Map<string, DeadBlock[]>();
  for (const d of dead) if (d.reason === 'popped') byFn.set(d.fn!, [...(byFn.get(d.fn!) ?? []), d]);
  return [...byFn].map(([fn, locals], k) => ({
    fn,
    std: false,
    popped: true,
    depth: depth + k + 1,
    locals: locals
      .sort((a, b) => b.addr - a.addr)
      .map((d) => {
        const cell: Cell = { addr: d.addr, size: d.size, name: d.name, value: { kind: 'uninit' } };
        return { name: d.name, ty: d.ty, addr: d.addr, size: d.size, compound: false, rows: [{ cell, label: d.name, text: '(popped)' }] };
      }),
  }));
}

function localView(local: LocalSnapshot, headers: Headers, reading: Reading): LocalView {
  const cell = local.cells[0];
  const { name, ty, addr, size } = local;
  const unset = local.kind === 'var' && local.cells.length > 0 && local.cells.every((c) => c.value.kind === 'uninit' || c.value.kind === 'padding' || c.value.kind === 'unused');
  const flags = unset ? { unset: true as const } : {};
  if (local.cells.length === 1 && cell!.name === local.name) {
    const dangling = pointsNowhere(cell!.value, reading.model);
    const row: Row = { cell: cell!, label: name, text: dangling && !(cell!.value.kind === 'ptr' && cell!.value.null) ? 'dangling' : valueText(cell!.value, reading.address), ...(dangling ? { dangling } : {}) };
    return { name, ty, addr, size, compound: false, rows: [row], ...flags };
  }
  return { name, ty, addr, size, compound: true, rows: rows(local.cells, local.name, headers, null, reading), ...flags };
}

// ---- heap and static memory ----

const BYTE_BLOCK = /^\[u8; \d+\]$/;

function blockView(block: BlockSnapshot, headers: Headers, reading: Reading): BlockView {
  const owner = headers.byBuffer.get(block.addr);
  const spareFrom = owner && owner.len !== null && !owner.ring ? owner.len : null;
  const view = rows(block.cells, '', headers, spareFrom, reading);
  const bytes = BYTE_BLOCK.test(block.ty) && (owner?.string === true || block.cells.some((c) => c.value.kind === 'char'));
  return {
    addr: block.addr,
    size: block.size,
    ty: block.ty,
    rows: view,
    bytes,
    ...(owner ? { owner: { name: owner.name, len: owner.len, cap: owner.cap, string: owner.string } } : {}),
    ...(bytes ? { text: textOf(view.filter((r) => r.role !== 'spare').map((r) => r.cell)) } : {}),
    ...(block.window ? { window: block.window } : {}),
  };
}

/** A string literal is a strip of bytes; a static, a promoted constant or a vtable has rows,
 *  headed by what it is. */
function staticView(block: StaticBlockSnapshot, reading: Reading): BlockView {
  const view = rows(block.cells, '', noHeaders(), null, reading);
  if (block.kind === undefined || block.kind === 'literal') return { addr: block.addr, size: block.size, ty: block.ty, rows: view, bytes: true, ...(block.text !== undefined ? { text: block.text } : {}) };
  const section = block.section ? ` (${block.section})` : '';
  const title = block.kind === 'static' ? `static ${block.name}: ${block.ty}` : block.kind === 'vtable' ? `vtable for ${block.name}` : `promoted ${block.name}: ${block.ty}`;
  return { addr: block.addr, size: block.size, ty: `${title}${section}`, rows: view, bytes: false };
}

/** The characters that char cells start (`'h'` → h); continuation bytes add nothing. */
function textOf(cells: readonly Cell[]): string {
  let text = '';
  for (const cell of cells) if (cell.value.kind === 'char') text += unescapeChar(cell.value.text);
  return text;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\', "'": "'", '"': '"' };

/** A char as `{:?}` prints it (`'h'`, `'\\n'`, `'\\u{301}'`) → the character itself. */
export function unescapeChar(debug: string): string {
  const inner = debug.slice(1, -1);
  if (!inner.startsWith('\\')) return inner;
  const unicode = /^\\u\{([0-9a-fA-F]+)\}$/.exec(inner);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1]!, 16));
  return ESCAPES[inner.slice(1)] ?? inner;
}

function heapItems(snapshot: Snapshot, previous: Snapshot | null, headers: Headers, reading: Reading): HeapItem[] {
  const live = new Set<number>();
  for (const block of snapshot.heap) for (const cell of block.cells) live.add(cell.addr);
  type Placed = { readonly addr: number; readonly size: number; readonly item: HeapItem };
  const placed: Placed[] = snapshot.heap.map((block) => ({ addr: block.addr, size: Math.max(1, block.size), item: { kind: 'block', block: blockView(block, headers, reading) } }));
  const blocks = new Set(snapshot.heap.map((b) => b.addr));
  for (const block of previous?.heap ?? []) {
    if (blocks.has(block.addr) || block.cells.some((cell) => live.has(cell.addr))) continue;
    blocks.add(block.addr);
    placed.push({ addr: block.addr, size: Math.max(1, block.size), item: { kind: 'freed', addr: block.addr, size: block.size, ty: block.ty } });
  }
  for (const d of snapshot.dead ?? []) {
    if (d.reason !== 'freed' || blocks.has(d.addr) || live.has(d.addr)) continue;
    placed.push({ addr: d.addr, size: Math.max(1, d.size), item: { kind: 'freed', addr: d.addr, size: d.size, ty: d.ty, dangling: true } });
  }
  placed.sort((a, b) => b.addr - a.addr);
  const items: HeapItem[] = [];
  // The heap fills from its top down: room above the highest block was freed earlier.
  const top = placed[0];
  if (top && top.addr + top.size <= BOOK_HEAP_TOP) items.push({ kind: 'holes', high: BOOK_HEAP_TOP, count: BOOK_HEAP_TOP + 1 - (top.addr + top.size), top: true });
  for (let k = 0; k < placed.length; k++) {
    const here = placed[k]!;
    items.push(here.item);
    const below = placed[k + 1];
    if (!below) break;
    const count = here.addr - (below.addr + below.size);
    if (count > 0) items.push({ kind: 'holes', high: here.addr - 1, count });
  }
  return items;
}

/** Real model: live blocks, blocks freed since the previous step, and the allocator's free chunks, highest address first. */
function realHeapItems(snapshot: Snapshot, previous: Snapshot | null, headers: Headers, reading: Reading): HeapItem[] {
  const placed: { readonly addr: number; readonly item: HeapItem }[] = snapshot.heap.map((block) => ({ addr: block.addr, item: { kind: 'block', block: blockView(block, headers, reading) } }));
  const live = new Set(snapshot.heap.map((b) => b.addr));
  for (const block of previous?.heap ?? []) {
    if (!live.has(block.addr)) placed.push({ addr: block.addr, item: { kind: 'freed', addr: block.addr, size: block.size, ty: block.ty } });
  }
  const freed = new Set(placed.filter((p) => p.item.kind === 'freed').map((p) => p.addr));
  // A block reallocated in place has a live successor at its address: both are shown.
  for (const d of snapshot.dead ?? []) {
    if (d.reason === 'freed' && !freed.has(d.addr)) placed.push({ addr: d.addr, item: { kind: 'freed', addr: d.addr, size: d.size, ty: d.ty, dangling: true } });
  }
  for (const chunk of snapshot.allocator?.freeChunks ?? []) placed.push({ addr: chunk.addr, item: { kind: 'chunk', addr: chunk.addr, size: chunk.size } });
  return placed.sort((a, b) => b.addr - a.addr).map((p) => p.item);
}

import { hex } from '../memory/real.js';
import type { Cell, CellValue, DeadBlock, FrameSnapshot, LocalSnapshot, Snapshot, StaticBlockSnapshot, Stop } from '../trace/types.js';
import { danglingText, foreverRanges, pointsForever, runsText } from './book.js';
import { ADDRESS_ORDER, byAddress, headerCells, unescapeChar } from './memory-view.js';
import { appendAll, maxOf } from '../util/arrays.js';

/**
 * The real model's text view: one block per region (the stack at 0x7ffc…, then the heap and
 * static memory of the PIE binary at 0x5555…), each saying which way it grows, and inside every
 * region lower addresses first, as the page's diagram draws them (`ADDRESS_ORDER`: the newest
 * frame on top, a frame's locals and the heap's blocks by address, never zig-zagging); each
 * value on a line of its own (address, size in bytes, name and type) followed by its fields at
 * their offsets.
 *
 * - Pointers print as hex with an arrow to what they point at, named: a local (`→ x`), a field
 *   or element (`→ p.y`, `→ heap [i32; 4][2]`), a string literal (`→ "hi"`), a static
 *   (`→ LIMIT`), a promoted constant (`→ (promoted) 5`), or `dangling`; a pointer into static
 *   memory or a leaked heap block is marked `'static`. A `dyn`'s vtable half points at its vtable.
 * - Static memory is one block per section (`.rodata`, `.data.rel.ro`, `.data`, `.bss`);
 *   a vtable shows a line per slot.
 * - Temporaries (shown on request) follow their frame's locals, with their expression.
 * - Uninitialised bytes are `??`, padding is `(padding)`, room an enum keeps for a larger variant
 *   `(unused)`; a Vec's spare capacity is a run of `??` elements shown as one line.
 * - A String's buffer (and a string literal) shows its bytes decoded as UTF-8 on one line.
 * - The heap block's header names the allocator, with live bytes, free bytes and the largest free
 *   chunk; free chunks are listed after the live blocks.
 * - `--unchecked`: a pointer that may no longer be used says why (`(dangling: freed)`,
 *   `(invalidated)`); the freed blocks and popped locals such pointers point at are listed
 *   (`(freed)`, under a `f() (popped)` frame), and a local whose scope ended says so.
 */

const bytes = (n: number): string => `${n} B`;

const ORDER = ADDRESS_ORDER.real;

export interface RealLine {
  readonly address: string;
  readonly size: string;
  readonly name: string;
  readonly value: string;
}

/** What each address is called, for pointer arrows (locals, then every cell), and which ranges
 *  live for the whole run (static memory, leaked heap blocks): pointers there are `'static`. */
interface Targets {
  readonly names: Map<number, string>;
  readonly forever: readonly (readonly [number, number])[];
  /** The cells of Vec and String headers (`ptr`, `cap`, `len`), named as the diagram names them. */
  readonly headers: ReadonlySet<number>;
}

/** How a block of static memory is named: a literal by its text, a static by its name. */
function staticName(block: StaticBlockSnapshot): string {
  switch (block.kind) {
    case 'static':
      return block.name ?? block.ty;
    case 'promoted':
      return `(promoted) ${block.name ?? block.ty}`;
    case 'vtable':
      return `vtable for ${block.name ?? block.ty}`;
    default:
      return debugStr(block.text ?? '');
  }
}

/** A text as Rust's `{:?}` of a `str` writes it: in double quotes, which it escapes (and
 *  backslashes and control characters), a single quote as it is. */
export function debugStr(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch in CONTROL) out += CONTROL[ch];
    else if (cp < 0x20 || cp === 0x7f) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return `"${out}"`;
}

const CONTROL: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** A Vec's or String's header fields by std's paths (`s.vec.buf.cap`), named as the diagram
 *  and the Rust book name them (`s.cap`). */
function headerName(name: string): string {
  return name.replace(/(?:\.vec)?(?:\.buf)?\.(ptr|cap|len)$/, '.$1');
}

function targets(snapshot: Snapshot): Targets {
  const names = new Map<number, string>();
  const add = (addr: number, name: string): void => {
    if (!names.has(addr)) names.set(addr, name);
  };
  for (const frame of snapshot.frames) {
    if (frame.std) continue;
    for (const local of frame.locals) add(local.addr, local.name);
    for (const local of frame.locals) for (const cell of local.cells) if (cell.size > 0) add(cell.addr, cell.name);
  }
  for (const block of snapshot.heap) {
    for (const cell of block.cells) if (cell.size > 0) add(cell.addr, `heap ${block.ty}${cell.name}`);
    add(block.addr, `heap ${block.ty}`);

  }
  for (const block of snapshot.statics ?? []) {
    const name = staticName(block);
    add(block.addr, name);
    for (const cell of block.cells) add(cell.addr, `${name}${cell.name}`);
  }
  return { names, forever: foreverRanges(snapshot), headers: headerCells(snapshot) };
}

function valueText(value: CellValue, targets: Targets): string {
  switch (value.kind) {
    case 'uninit':
      return '??';
    case 'moved':
      return '?? (moved out)';
    case 'ptr': {
      if (value.null) return `${hex(value.to)} (null)`;
      if (value.to < 0x1000) return `${hex(value.to)} (dangling)`;
      if (value.dangling) return `${hex(value.to)} ${danglingText(value.dangling)}`;
      const name = targets.names.get(value.to);
      const forever = pointsForever(targets.forever, value.to) ? " 'static" : '';
      return name ? `${hex(value.to)} → ${name}${forever}` : `${hex(value.to)}${forever}`;
    }
    case 'variant':
      return value.name;
    case 'vtable': {
      const name = value.to !== undefined ? targets.names.get(value.to) : undefined;
      return value.to !== undefined && name ? `${hex(value.to)} → ${name}` : `vtable of ${value.ty}`;
    }
    case 'fn':
      return value.name === null ? 'null (nothing to drop)' : `fn ${value.name}`;
    case 'unused':
      return '(unused)';
    case 'padding':
      return '(padding)';
    default:
      return value.text;
  }
}

/** A value's lines: one line when it is a single scalar, else a header and its fields. */
function valueLines(addr: number, size: number, title: string, cells: readonly Cell[], names: Targets, text?: string): RealLine[] {
  const single = text === undefined && cells.length === 1 && cells[0]!.addr === addr && cells[0]!.size === size && cells[0]!.value.kind !== 'variant';
  if (single) return [{ address: hex(addr), size: String(size), name: title, value: valueText(cells[0]!.value, names) }];
  const lines: RealLine[] = [{ address: hex(addr), size: String(size), name: title, value: text ?? '' }];
  if (text !== undefined) return lines;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    // A run of uninitialised elements (a Vec's spare capacity) is one line.
    let j = i;
    const element = (c: Cell): boolean => /\[\d+\]$/.test(c.name);
    while (j + 1 < cells.length && cell.value.kind === 'uninit' && element(cell) && cells[j + 1]!.value.kind === 'uninit' && element(cells[j + 1]!) && cells[j + 1]!.addr === cells[j]!.addr + cells[j]!.size) j++;
    if (j > i) {
      const last = cells[j]!;
      lines.push({ address: `  +${cell.addr - addr}`, size: String(last.addr + last.size - cell.addr), name: `  ${cell.name}..${last.name}`, value: `?? (${j - i + 1} slots)` });
      i = j;
      continue;
    }
    const name = names.headers.has(cell.addr) ? headerName(cell.name) : cell.name;
    lines.push({ address: `  +${cell.addr - addr}`, size: String(cell.size), name: `  ${name || '(value)'}`, value: valueText(cell.value, names) });
  }
  return lines;
}

/** The characters of a string's bytes (cells from snapshot.ts: chars, continuation bytes, uninit). */
function stringText(cells: readonly Cell[]): string {
  let out = '';
  let uninit = 0;
  for (const c of cells) {
    if (c.value.kind === 'uninit') uninit++;
    else if (c.value.kind === 'char') out += unescapeChar(c.value.text);
  }
  return `${debugStr(out)}${uninit > 0 ? ` + ${uninit} × ??` : ''}`;
}

const isStringBlock = (cells: readonly Cell[]): boolean => cells.length > 0 && cells.every((c) => c.size === 1 && /^\[\d+\]$/.test(c.name) && (c.value.kind === 'char' || c.value.kind === 'uninit' || (c.value.kind === 'int' && Number(c.value.text) >= 0x80)));

/** A temporary's source is cut to this many characters. */
const SOURCE_WIDTH = 40;

function localLines(local: LocalSnapshot, names: Targets, outOfScope: boolean): RealLine[] {
  let title = `${local.name}: ${local.ty}${outOfScope ? ' (out of scope)' : ''}`;
  if (local.kind === 'temp' && local.source !== undefined) {
    const source = local.source.replace(/\s+/g, ' ');
    title = `${title} (temp: ${source.length > SOURCE_WIDTH ? `${source.slice(0, SOURCE_WIDTH - 1)}…` : source})`;
  }
  return valueLines(local.addr, local.size, title, local.cells, names);
}

/** A dead block's line: a freed heap block, or a local of a popped frame. */
const deadLine = (d: DeadBlock): RealLine => ({ address: hex(d.addr), size: String(d.size), name: d.name === '' ? `(freed) ${d.ty}` : `${d.name}: ${d.ty}`, value: `(${d.reason})` });

/** The real model's view in regions (the stack, the heap, each section of static memory), each a header and its lines. */
export function realSections(snapshot: Snapshot): { readonly header: string; readonly lines: readonly RealLine[] }[] {
  const names = targets(snapshot);
  const sections: { header: string; lines: RealLine[] }[] = [];
  const stack: RealLine[] = [];
  const dead = snapshot.dead ?? [];
  const popped = new Map<string, DeadBlock[]>();
  for (const d of dead) if (d.reason === 'popped') popped.set(d.fn!, [...(popped.get(d.fn!) ?? []), d]);
  for (const [fn, locals] of popped) {
    stack.push({ address: '', size: '', name: `${fn}() (popped)`, value: '' });
    appendAll(stack, byAddress(locals, (d) => d.addr, ORDER).map(deadLine));
  }
  const elided = snapshot.elided;
  const elidedLine = (): RealLine => ({ address: '', size: '', name: `(${runsText(elided!)} not shown)`, value: '' });
  const frameLines = (frames: readonly FrameSnapshot[], into: RealLine[], windowed: boolean): void => {
    for (let k = frames.length - 1; k >= 0; k--) {
      const frame = frames[k]!;
      // A windowed snapshot's frames left out sit below the inner frames shown.
      if (windowed && elided && k === elided.at - 1) into.push(elidedLine());
      if (frame.std) continue;
      into.push({ address: '', size: '', name: `${frame.fn}()`, value: '' });
      // The frame's locals by address, then its temporaries (shown on request), which live apart.
      const locals = byAddress(frame.locals, (l) => l.addr, ORDER).sort((a, b) => Number(a.kind === 'temp') - Number(b.kind === 'temp'));
      for (const local of locals) appendAll(into, localLines(local, names, dead.some((d) => d.reason === 'out of scope' && d.addr === local.addr)));
    }
  };
  frameLines(snapshot.frames, stack, true);
  if (elided && elided.at === 0) stack.push(elidedLine());
  const threads = snapshot.threads ?? [];
  const main = threads[0];
  sections.push({ header: main ? `stack (thread 'main' (1), ${main.state}, grows ${ORDER.stackGrows})` : `stack (main thread, grows ${ORDER.stackGrows})`, lines: stack });
  // Each spawned thread's stack, in its own mapping below the others.
  for (const thread of threads.slice(1)) {
    const lines: RealLine[] = [];
    frameLines(thread.frames, lines, false);
    sections.push({ header: `stack (thread '${thread.name}' (${thread.id + 1}), ${thread.state}, grows ${ORDER.stackGrows})`, lines });
  }
  const a = snapshot.allocator;
  // Live blocks, free chunks and freed blocks, by address.
  const parts: { addr: number; lines: RealLine[] }[] = snapshot.heap.map((block) => {
    const text = isStringBlock(block.cells) && block.ty !== 'u8' ? stringText(block.cells) : undefined;
    const lines = valueLines(block.addr, block.size, block.ty, block.cells, names, text);
    if (block.window) lines.push({ address: '', size: '', name: '  …', value: `(bytes +${block.window.from}..+${block.window.to} of ${block.size} shown)` });
    return { addr: block.addr, lines };
  });
  for (const c of a?.freeChunks ?? []) parts.push({ addr: c.addr, lines: [{ address: hex(c.addr), size: String(c.size), name: '(free)', value: '' }] });
  for (const d of dead) if (d.reason === 'freed') parts.push({ addr: d.addr, lines: [deadLine(d)] });
  const heap = byAddress(parts, (p) => p.addr, ORDER).flatMap((p) => p.lines);
  // The book's policy hands out the highest free address first, even in real bytes.
  const grows = `grows ${a?.name === 'book' ? 'down' : ORDER.heapGrows}`;
  const heapHeader = a
    ? `heap (${a.name}: ${snapshot.heap.length} live block${snapshot.heap.length === 1 ? '' : 's'}, ${bytes(a.live)} live, ${bytes(a.free)} free, largest free ${bytes(a.largestFree)}; ${grows})`
    : `heap (${grows})`;
  sections.push({ header: heapHeader, lines: heap });
  // Static memory by address: one block per section of the binary.
  for (const block of byAddress(snapshot.statics ?? [], (b) => b.addr, ORDER)) {
    const header = `static (${block.section ?? '.rodata'})`;
    if (sections[sections.length - 1]!.header !== header) sections.push({ header, lines: [] });
    appendAll(sections[sections.length - 1]!.lines, staticLines(block, names));
  }
  return sections;
}

export function realLines(snapshot: Snapshot): string[] {
  const sections = realSections(snapshot);
  const all = sections.flatMap((s) => s.lines);
  const header: RealLine = { address: 'Address', size: 'Size', name: 'Name', value: 'Value' };
  const lines = [header, ...all];
  const wa = maxOf(lines.map((l) => l.address.length));
  const ws = maxOf(lines.map((l) => l.size.length));
  const wn = maxOf(lines.map((l) => l.name.length));
  const fmt = (l: RealLine): string => `${l.address.padEnd(wa)}  ${l.size.padStart(ws)}  ${l.name.padEnd(wn)}  ${l.value}`.trimEnd();
  const out = [fmt(header)];
  for (const s of sections) {
    out.push(`-- ${s.header}`);
    appendAll(out, s.lines.map(fmt));
  }
  return out;
}

function staticLines(block: StaticBlockSnapshot, names: Targets): RealLine[] {
  switch (block.kind) {
    case 'static':
      return valueLines(block.addr, block.size, `${block.name}: ${block.ty}`, block.cells, names);
    case 'promoted':
      return valueLines(block.addr, block.size, `${staticName(block)}: ${block.ty}`, block.cells, names);
    case 'vtable':
      return valueLines(block.addr, block.size, staticName(block), block.cells, names);
    default:
      return valueLines(block.addr, block.size, block.ty, block.cells, names, block.ty === 'str' ? stringText(block.cells) : undefined);
  }
}

/** One stop as text: its caption, then the regions. */
export function renderRealStop(stop: Stop): string {
  return `${stop.caption}\n${realLines(stop.snapshot).join('\n')}\n\n`;
}

import { displayWidth } from '../diagnostics/span.js';
import type { AllocatorSnapshot, CellValue, Snapshot } from '../trace/types.js';
import { addressFormat, byteText, cellValues, memoryView, sameValue, type BlockView, type FrameView, type HeapItem, type LocalView, type MemoryModel, type Row, type ThreadView } from '../views/memory-view.js';
import { sinceWords, threadName } from '../views/narration.js';
import { route, routeVertical, type Box } from './arrow-routes.js';
import { escapeMarkup } from './markup.js';

/**
 * One step's memory diagram as a standalone SVG document: the page's diagram (web/src/diagram.ts)
 * drawn from the same model (`memoryView`) without a browser. The stack is the left column
 * (newest frame on top, a collapsed line for std's frames; with threads, each thread's stack
 * under a title of its own), the heap and static memory the right
 * one; a value of several cells is a box with a row per cell, a text buffer a strip of bytes, and
 * each pointer an arrow (the page's own curves, `arrow-routes.ts`) to the exact cell or byte.
 *
 * Text stays text (selectable, searchable), in the system's monospace; colours come from a
 * stylesheet inside the SVG with a `prefers-color-scheme: dark` variant. Every class is prefixed
 * `sh-` and every rule scoped to the root's class, so an SVG inlined into a page (an mdBook
 * chapter) leaves the page's own styles alone; `id` keeps marker ids apart between SVGs.
 *
 * Hooks, as the page's: a drawn cell has `data-addr`, a pointer `data-points-to`, an arrow
 * `data-from` and `data-to`.
 *
 * Layout is computed from character counts (a wide character counts two columns), so it does not
 * depend on the font the reader has: only text fits in boxes sized for 0.6em per column, which
 * every common monospace font matches.
 */

export interface DiagramPicture {
  readonly snapshot: Snapshot;
  /** The step before (what changed since, and what was freed); null for the first step. */
  readonly previous: Snapshot | null;
  readonly model: MemoryModel;
  /** The step's caption (the stop's, or the panic's). */
  readonly caption: string;
  /** The narration's phrases: what happened since the step before. */
  readonly since?: readonly string[];
  /** Show std's frames (otherwise a run of them is one line). */
  readonly showStd?: boolean;
  /** A prefix for the SVG's ids (markers), unique among the SVGs of one HTML page. */
  readonly id?: string;
}

/** The first step (no step before it) tells what happened since the start. */
export function sinceFrom(picture: DiagramPicture): 'start' | 'previous' {
  return picture.previous === null ? 'start' : 'previous';
}

const FONT = 12;
/** One column of monospace text: every common monospace font's advance is about 0.6em. */
const CH = FONT * 0.6;
const LINE = 20;
const PAD = 12;
const TEXT_PAD = 6;
/** Room between the two columns, where arrows from the stack to the heap run. */
const GUTTER = 64;
/** Room right of the heap column for arrows that loop back into it. */
const RIGHT_ROOM = 48;
const INSET = 7;
const GROUP_GAP = 6;
/** Bytes of a text buffer on one line of its strip. */
const STRIP_BYTES = 16;
/** Runs of more unused heap addresses than this are one gap line (as on the page). */
const MAX_HOLES = 4;

const textWidth = (text: string): number => displayWidth(text) * CH;

// ---- lines: what a column shows, before it is placed ----

interface Part {
  readonly text: string;
  readonly cls: string;
}

/** A row of the seed's three columns (address, name, value); `target` registers it as an arrow's end. */
interface RowLine {
  readonly kind: 'row';
  readonly addr: string;
  readonly label: string;
  readonly value: string;
  readonly cls: string;
  readonly target?: number;
  readonly pointsTo?: number;
  readonly changed: boolean;
}

type Line =
  | { readonly kind: 'title'; readonly text: string; readonly region: string }
  | { readonly kind: 'note'; readonly parts: readonly Part[] }
  | { readonly kind: 'head'; readonly parts: readonly Part[]; readonly cls: string }
  | RowLine
  | { readonly kind: 'strip'; readonly addr: string; readonly bytes: readonly { readonly text: string; readonly addr: number; readonly cls: string }[] }
  | { readonly kind: 'open'; readonly cls: string; readonly label: string }
  | { readonly kind: 'close' };

interface Ctx {
  readonly real: boolean;
  readonly address: (addr: number) => string;
  readonly changed: (addr: number, value: CellValue) => boolean;
}

function rowLine(row: Row, ctx: Ctx, base?: number, suffix = ''): RowLine {
  const { cell, role } = row;
  const value = cell.value;
  const classes = ['sh-cell', `sh-${value.kind}`];
  if (role) classes.push(`sh-${role}`);
  if (row.dangling) classes.push('sh-dangling');
  if (value.kind === 'ptr' && value.dangling) classes.push('sh-stale');
  const changed = role !== 'spare' && ctx.changed(cell.addr, value);
  if (changed) classes.push('sh-changed');
  const pointer = value.kind === 'ptr' && !row.dangling;
  const addr = base !== undefined ? `+${cell.addr - base}` : ctx.address(cell.addr);
  const label = role === 'tag' ? `${row.label} tag` : row.label;
  return {
    kind: 'row',
    addr: addr === '(temporary)' ? '' : addr,
    label: label + suffix,
    value: value.kind === 'moved' ? `${row.text} moved` : row.text,
    cls: classes.join(' '),
    target: cell.addr,
    changed,
    ...(pointer ? { pointsTo: value.to } : {}),
  };
}

/** A program with threads: each thread's stack under a title with its name and state, `main`'s
 *  first, the running one marked ▶ (the page draws them side by side; here one column holds
 *  them, one below the other). A finished thread's stack is gone: its title says so. */
function threadsLines(threads: readonly ThreadView[], showStd: boolean, ctx: Ctx): Line[] {
  return threads.flatMap((thread) => {
    const title = `${thread.running ? '▶ ' : ''}Stack of ${threadName(thread)}: ${thread.state}`;
    return thread.ended ? [{ kind: 'title', text: title, region: 'stack' } as const] : stackLines(thread.frames, showStd, ctx, title);
  });
}

function stackLines(frames: readonly FrameView[], showStd: boolean, ctx: Ctx, title = 'Stack'): Line[] {
  const groups: Line[][] = [];
  let hidden: FrameView[] = [];
  const flush = (): void => {
    if (hidden.length === 0) return;
    const names = hidden.map((f) => f.fn).join(' › ');
    groups.push([{ kind: 'note', parts: [{ text: 'std', cls: 'sh-badge' }, { text: ` ${hidden.length === 1 ? '1 frame' : `${hidden.length} frames`}: ${names}`, cls: 'sh-muted' }] }]);
    hidden = [];
  };
  for (const frame of frames) {
    if (frame.std && !showStd) {
      hidden.push(frame);
      continue;
    }
    flush();
    groups.push(frameLines(frame, ctx));
  }
  flush();
  groups.reverse(); // newest on top, as on the page
  const lines: Line[] = [{ kind: 'title', text: title, region: 'stack' }];
  if (frames.length === 0) lines.push({ kind: 'note', parts: [{ text: 'empty — no function is running', cls: 'sh-muted' }] });
  for (const group of groups) lines.push(...group);
  return lines;
}

function frameLines(frame: FrameView, ctx: Ctx): Line[] {
  const cls = frame.std ? 'sh-frame sh-std' : frame.popped ? 'sh-frame sh-popped' : 'sh-frame';
  const badge = frame.std ? [{ text: ' std', cls: 'sh-badge' }] : frame.popped ? [{ text: ' popped', cls: 'sh-badge' }] : [];
  const lines: Line[] = [{ kind: 'open', cls, label: `frame of ${frame.fn}()` }, { kind: 'head', parts: [{ text: `${frame.fn}()`, cls: 'sh-fn' }, ...badge], cls: 'sh-frame-head' }];
  if (frame.locals.length === 0) lines.push({ kind: 'note', parts: [{ text: 'no variables', cls: 'sh-muted' }] });
  for (const local of frame.locals) lines.push(...localLines(local, ctx));
  lines.push({ kind: 'close' });
  return lines;
}

function localLines(local: LocalView, ctx: Ctx): Line[] {
  if (!local.compound) return [rowLine(local.rows[0]!, ctx, undefined, ctx.real ? `: ${local.ty} · ${local.size} B` : '')];
  const head: Part[] = [
    ...(ctx.real ? [{ text: `${ctx.address(local.addr)} `, cls: 'sh-muted' }] : []),
    { text: local.name, cls: 'sh-name-strong' },
    { text: `: ${local.ty}`, cls: 'sh-muted' },
    ...(ctx.real ? [{ text: ` · ${local.size} B`, cls: 'sh-muted' }] : []),
  ];
  const lines: Line[] = [{ kind: 'open', cls: 'sh-local', label: `${local.name}: ${local.ty}` }, { kind: 'head', parts: head, cls: 'sh-local-head' }];
  if (local.rows.length === 0) lines.push({ kind: 'note', parts: [{ text: ctx.real ? 'zero-sized: no bytes' : 'zero-sized: no cells', cls: 'sh-muted' }] });
  else lines.push(...groupSpare(local.rows, ctx, ctx.real ? local.addr : undefined));
  lines.push({ kind: 'close' });
  return lines;
}

/** Rows, each run of spare capacity in one dashed box. */
function groupSpare(rows: readonly Row[], ctx: Ctx, base?: number): Line[] {
  const lines: Line[] = [];
  let inSpare = false;
  for (const row of rows) {
    const spare = row.role === 'spare';
    if (spare && !inSpare) lines.push({ kind: 'open', cls: 'sh-spare-group', label: 'spare capacity' }, { kind: 'note', parts: [{ text: 'spare capacity', cls: 'sh-spare-head' }] });
    if (!spare && inSpare) lines.push({ kind: 'close' });
    inSpare = spare;
    lines.push(rowLine(row, ctx, base));
  }
  if (inSpare) lines.push({ kind: 'close' });
  return lines;
}

function heapLines(items: readonly HeapItem[], allocator: AllocatorSnapshot | undefined, ctx: Ctx): Line[] {
  const lines: Line[] = [{ kind: 'title', text: 'Heap', region: 'heap' }];
  if (allocator) {
    const live = items.filter((i) => i.kind === 'block').length;
    lines.push({ kind: 'note', parts: [{ text: allocator.name, cls: 'sh-strong' }, { text: ` · ${live} live block${live === 1 ? '' : 's'} · ${allocator.live} B live · ${allocator.free} B free · largest free ${allocator.largestFree} B`, cls: 'sh-muted' }] });
  }
  if (items.length === 0) lines.push({ kind: 'note', parts: [{ text: 'empty — nothing is allocated', cls: 'sh-muted' }] });
  for (const item of items) {
    switch (item.kind) {
      case 'block':
        lines.push(...blockLines(item.block, ctx, 'heap'));
        break;
      case 'freed': {
        const size = ctx.real ? `${item.size} B` : item.size > 1 ? `${item.size} cells` : '';
        lines.push({ kind: 'row', addr: ctx.address(item.addr), label: `✕ freed ${item.ty}`, value: size, cls: 'sh-freed', changed: false, ...(item.dangling ? { target: item.addr } : {}) });
        break;
      }
      case 'chunk':
        lines.push({ kind: 'row', addr: ctx.address(item.addr), label: 'free chunk', value: `${item.size} B`, cls: 'sh-freed sh-chunk', changed: false });
        break;
      case 'holes':
        if (item.count > MAX_HOLES || item.top) {
          const what = item.count === 1 ? '1 unused address' : `${item.count} unused addresses`;
          lines.push({ kind: 'note', parts: [{ text: `${ctx.address(item.high)} … ${ctx.address(item.high - item.count + 1)}: ${item.top ? `${what} (freed)` : what}`, cls: 'sh-muted' }] });
        } else {
          for (let k = 0; k < item.count; k++) lines.push({ kind: 'row', addr: ctx.address(item.high - k), label: '', value: '', cls: 'sh-hole', changed: false });
        }
        break;
    }
  }
  return lines;
}

function blockLines(block: BlockView, ctx: Ctx, region: 'heap' | 'static'): Line[] {
  const owner = block.owner;
  const head: Part[] = [
    ...(ctx.real ? [{ text: `${ctx.address(block.addr)} `, cls: 'sh-muted' }] : []),
    { text: block.ty, cls: 'sh-ty' },
    ...(block.text !== undefined ? [{ text: ` ${JSON.stringify(block.text)}`, cls: 'sh-str' }] : []),
    ...(owner ? [{ text: `  ${owner.name ? `${owner.name} ` : ''}`, cls: 'sh-owner' }, { text: `len ${owner.len ?? '?'} · cap ${owner.cap ?? '?'}`, cls: 'sh-muted' }] : []),
    ...(ctx.real ? [{ text: ` · ${block.size} B`, cls: 'sh-muted' }] : []),
  ];
  const label = `${region === 'static' ? 'static' : 'heap block of'} ${block.ty}${owner?.name ? `, the buffer of ${owner.name}` : ''}`;
  const lines: Line[] = [{ kind: 'open', cls: `sh-block sh-${region}`, label }, { kind: 'head', parts: head, cls: `sh-block-head sh-${region}-head` }];
  if (block.bytes) lines.push(...stripLines(block, ctx));
  else lines.push(...groupSpare(block.rows, ctx, ctx.real ? block.addr : undefined));
  lines.push({ kind: 'close' });
  return lines;
}

/** A text buffer: its bytes in strips of `STRIP_BYTES`, each line led by its first byte's address. */
function stripLines(block: BlockView, ctx: Ctx): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at < block.rows.length; at += STRIP_BYTES) {
    const rows = block.rows.slice(at, at + STRIP_BYTES);
    lines.push({
      kind: 'strip',
      addr: ctx.address(rows[0]!.cell.addr),
      bytes: rows.map((row) => {
        const classes = ['sh-byte', `sh-${row.cell.value.kind}`];
        if (row.role) classes.push(`sh-${row.role}`);
        if (row.role !== 'spare' && ctx.changed(row.cell.addr, row.cell.value)) classes.push('sh-changed');
        return { text: byteText(row), addr: row.cell.addr, cls: classes.join(' ') };
      }),
    });
  }
  const spare = block.rows.filter((r) => r.role === 'spare').length;
  if (spare > 0) lines.push({ kind: 'note', parts: [{ text: `spare capacity: ${spare} byte${spare === 1 ? '' : 's'}`, cls: 'sh-spare-head' }] });
  return lines;
}


// ---- placing a column ----

interface Column {
  readonly addrWidth: number;
  readonly labelWidth: number;
  readonly byteWidth: number;
  /** The column's full width, its boxes' insets included. */
  readonly width: number;
}

function measure(lines: readonly Line[]): Column {
  let depth = 0;
  let addrWidth = 0;
  let labelWidth = 0;
  let byteWidth = 2 * CH + 8;
  for (const line of lines) {
    if (line.kind === 'row') {
      addrWidth = Math.max(addrWidth, textWidth(line.addr) + 2 * TEXT_PAD);
      labelWidth = Math.max(labelWidth, textWidth(line.label) + 2 * TEXT_PAD);
    } else if (line.kind === 'strip') {
      addrWidth = Math.max(addrWidth, textWidth(line.addr) + 2 * TEXT_PAD);
      for (const b of line.bytes) byteWidth = Math.max(byteWidth, textWidth(b.text) + 8);
    }
  }
  let width = 0;
  let valueWidth = 0;
  for (const line of lines) {
    const inset = 2 * INSET * depth;
    switch (line.kind) {
      case 'open':
        depth++;
        break;
      case 'close':
        depth--;
        break;
      case 'row':
        valueWidth = Math.max(valueWidth, textWidth(line.value) + 2 * TEXT_PAD + (line.pointsTo !== undefined ? 14 : 0));
        width = Math.max(width, inset + addrWidth + labelWidth + valueWidth);
        break;
      case 'strip':
        width = Math.max(width, inset + addrWidth + line.bytes.length * byteWidth + TEXT_PAD);
        break;
      case 'title':
        width = Math.max(width, textWidth(line.text) + 2 * TEXT_PAD);
        break;
      case 'note':
      case 'head':
        width = Math.max(width, inset + textWidth(line.parts.map((p) => p.text).join('')) + 2 * TEXT_PAD);
        break;
    }
  }
  return { addrWidth, labelWidth, byteWidth, width: Math.max(width, 180) };
}

/** Where each cell was drawn, by address: arrows end there. */
interface Placed {
  readonly box: Box;
  readonly byte: boolean;
}

interface Source {
  readonly dot: Box;
  readonly from: number;
  readonly to: number;
  readonly changed: boolean;
  /** The pointer sits in the stack's column: its loops stay left of the heap's. */
  readonly stack: boolean;
}

interface Drawn {
  readonly svg: string[];
  readonly height: number;
}

function place(lines: readonly Line[], column: Column, x0: number, y0: number, targets: Map<number, Placed>, sources: Source[], stack: boolean): Drawn {
  const out: string[] = [];
  const open: { y: number; cls: string; label: string; depth: number; at: number }[] = [];
  let y = y0;
  const text = (x: number, yy: number, parts: readonly Part[]): string => {
    const spans = parts.map((p) => `<tspan class="${p.cls}">${escapeMarkup(p.text)}</tspan>`).join('');
    return `<text x="${n(x)}" y="${n(yy + LINE / 2)}" dominant-baseline="central" xml:space="preserve">${spans}</text>`;
  };
  for (const line of lines) {
    const depth = open.length;
    const left = x0 + INSET * depth;
    const right = x0 + column.width - INSET * depth;
    switch (line.kind) {
      case 'title':
        out.push(`<text x="${n(x0)}" y="${n(y + LINE / 2)}" dominant-baseline="central" class="sh-title sh-title-${line.region}">${escapeMarkup(line.text)}</text>`);
        y += LINE + 4;
        break;
      case 'open':
        // The box is drawn when it closes (its height known), behind what it holds.
        open.push({ y, cls: line.cls, label: line.label, depth, at: out.length });
        y += depth === 0 ? 0 : 2;
        break;
      case 'close': {
        const box = open.pop()!;
        const bx = x0 + INSET * box.depth;
        const width = column.width - 2 * INSET * box.depth;
        y += 3;
        out.splice(box.at, 0, `<g class="${box.cls}" role="group" aria-label="${escapeMarkup(box.label)}"><rect class="sh-box" x="${n(bx)}" y="${n(box.y)}" width="${n(width)}" height="${n(y - box.y)}" rx="6"/></g>`);
        y += box.depth === 0 ? GROUP_GAP + 4 : 3;
        break;
      }
      case 'head':
        out.push(`<rect class="${line.cls}" x="${n(left)}" y="${n(y)}" width="${n(right - left)}" height="${LINE + 2}" rx="5"/>`);
        out.push(text(left + TEXT_PAD, y + 1, line.parts));
        y += LINE + 4;
        break;
      case 'note':
        out.push(text(left + TEXT_PAD, y, line.parts));
        y += LINE;
        break;
      case 'row': {
        const addrX = left;
        const labelX = addrX + column.addrWidth;
        const valueX = labelX + column.labelWidth;
        const valueWidth = right - valueX - 4;
        const hooks = `${line.target !== undefined ? ` data-addr="${line.target}"` : ''}${line.pointsTo !== undefined ? ` data-points-to="${line.pointsTo}"` : ''}`;
        out.push(`<g class="${line.cls}"${hooks}>`);
        out.push(`<rect class="sh-row" x="${n(left)}" y="${n(y)}" width="${n(right - left)}" height="${LINE + 2}" rx="3"/>`);
        if (line.addr) out.push(`<text x="${n(addrX + TEXT_PAD)}" y="${n(y + 1 + LINE / 2)}" dominant-baseline="central" class="sh-addr">${escapeMarkup(line.addr)}</text>`);
        if (line.label) out.push(`<text x="${n(labelX + TEXT_PAD)}" y="${n(y + 1 + LINE / 2)}" dominant-baseline="central" class="sh-label" xml:space="preserve">${escapeMarkup(line.label)}</text>`);
        if (line.cls.startsWith('sh-cell')) out.push(`<rect class="sh-value" x="${n(valueX)}" y="${n(y + 2)}" width="${n(valueWidth)}" height="${LINE - 2}" rx="3"/>`);
        if (line.value) out.push(`<text x="${n(valueX + TEXT_PAD)}" y="${n(y + 1 + LINE / 2)}" dominant-baseline="central" class="sh-val" xml:space="preserve">${escapeMarkup(line.value)}</text>`);
        if (line.pointsTo !== undefined) {
          const cx = valueX + valueWidth - 8;
          const cy = y + 1 + LINE / 2;
          out.push(`<circle class="sh-dot" cx="${n(cx)}" cy="${n(cy)}" r="3.5"/>`);
          sources.push({ dot: { left: cx - 3.5, right: cx + 3.5, top: cy - 3.5, bottom: cy + 3.5 }, from: line.target!, to: line.pointsTo, changed: line.changed, stack });
        }
        out.push('</g>');
        if (line.target !== undefined && !targets.has(line.target)) targets.set(line.target, { box: { left, right, top: y, bottom: y + LINE + 2 }, byte: false });
        y += LINE + 3;
        break;
      }
      case 'strip': {
        out.push(`<text x="${n(left + TEXT_PAD)}" y="${n(y + 2 + LINE / 2)}" dominant-baseline="central" class="sh-addr">${escapeMarkup(line.addr)}</text>`);
        let x = left + column.addrWidth;
        for (const b of line.bytes) {
          const box: Box = { left: x, right: x + column.byteWidth - 3, top: y + 2, bottom: y + LINE + 2 };
          out.push(`<g class="${b.cls}" data-addr="${b.addr}"><rect class="sh-byte-box" x="${n(box.left)}" y="${n(box.top)}" width="${n(box.right - box.left)}" height="${LINE}" rx="3"/>`);
          if (b.text) out.push(`<text x="${n((box.left + box.right) / 2)}" y="${n(y + 2 + LINE / 2)}" dominant-baseline="central" text-anchor="middle" class="sh-val" xml:space="preserve">${escapeMarkup(b.text)}</text>`);
          out.push('</g>');
          if (!targets.has(b.addr)) targets.set(b.addr, { box, byte: true });
          x += column.byteWidth;
        }
        y += LINE + 6;
        break;
      }
    }
  }
  return { svg: out, height: y - y0 };
}

// ---- the document ----

/** Words of `text` in lines of at most `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function diagramSvg(picture: DiagramPicture): string {
  const { snapshot, previous, model } = picture;
  const id = (picture.id ?? 'sh').replace(/[^A-Za-z0-9_-]/g, '_');
  const view = memoryView(snapshot, previous, model);
  const before = previous ? cellValues(previous) : null;
  const ctx: Ctx = { real: model === 'real', address: addressFormat(model), changed: (addr, value) => before !== null && !sameValue(before.get(addr), value) };
  const left = view.threads ? threadsLines(view.threads, picture.showStd ?? false, ctx) : stackLines(view.frames, picture.showStd ?? false, ctx);
  const right = heapLines(view.heap, view.allocator, ctx);
  if (view.statics.length > 0) {
    right.push({ kind: 'title', text: 'Static memory', region: 'static' });
    for (const block of view.statics) right.push(...blockLines(block, ctx, 'static'));
  }
  const leftColumn = measure(left);
  const rightColumn = measure(right);
  const width = PAD + leftColumn.width + GUTTER + rightColumn.width + RIGHT_ROOM;

  const header: string[] = [];
  let y = PAD;
  const columns = Math.max(40, Math.floor((width - 2 * PAD) / CH));
  for (const line of wrap(picture.caption, columns)) {
    header.push(`<text x="${PAD}" y="${n(y + LINE / 2)}" dominant-baseline="central" class="sh-caption" xml:space="preserve">${escapeMarkup(line)}</text>`);
    y += LINE;
  }
  if (picture.since && picture.since.length > 0) {
    for (const line of wrap(`${sinceWords(sinceFrom(picture))}: ${picture.since.join('; ')}`, columns)) {
      header.push(`<text x="${PAD}" y="${n(y + LINE / 2)}" dominant-baseline="central" class="sh-narration" xml:space="preserve">${escapeMarkup(line)}</text>`);
      y += LINE;
    }
  }
  y += 8;

  const targets = new Map<number, Placed>();
  const sources: Source[] = [];
  const stackX = PAD;
  const heapX = PAD + leftColumn.width + GUTTER;
  const stack = place(left, leftColumn, stackX, y, targets, sources, true);
  const heap = place(right, rightColumn, heapX, y, targets, sources, false);
  const height = y + Math.max(stack.height, heap.height) + PAD;

  const arrows: string[] = [];
  for (const source of sources) {
    const target = targets.get(source.to);
    if (!target) continue; // e.g. a temporary outside the diagram, as on the page
    const maxX = source.stack ? heapX - 10 : width - 3;
    const d = target.byte ? routeVertical(source.dot, target.box) : route(source.dot, target.box, maxX);
    arrows.push(`<path class="sh-arrow${source.changed ? ' sh-arrow-changed' : ''}" d="${d}" marker-end="url(#${id}-${source.changed ? 'tip-changed' : 'tip'})" data-from="${source.from}" data-to="${source.to}"/>`);
  }

  const title = picture.since && picture.since.length > 0 ? `${picture.caption} — ${sinceWords(sinceFrom(picture))}: ${picture.since.join('; ')}` : picture.caption;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="stackheap-diagram" data-model="${model}" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${escapeMarkup(`memory diagram: ${picture.caption}`)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${STYLE}</style>`,
    `<defs>${marker(`${id}-tip`, 'sh-tip')}${marker(`${id}-tip-changed`, 'sh-tip sh-tip-changed')}</defs>`,
    `<rect class="sh-bg" width="100%" height="100%"/>`,
    ...header,
    `<g class="sh-region sh-stack-region" aria-label="Stack">`,
    ...stack.svg,
    '</g>',
    `<g class="sh-region sh-heap-region" aria-label="Heap and static memory">`,
    ...heap.svg,
    '</g>',
    `<g class="sh-arrows" aria-hidden="true">${arrows.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function marker(id: string, cls: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="${cls}"/></marker>`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

// ---- colours: the page's palette (web/src/styles.css), light and dark ----

interface Palette {
  readonly bg: string;
  readonly panel: string;
  readonly border: string;
  readonly text: string;
  readonly muted: string;
  readonly faint: string;
  readonly stack: string;
  readonly stackBg: string;
  readonly stackHead: string;
  readonly heap: string;
  readonly heapBg: string;
  readonly heapHead: string;
  readonly static: string;
  readonly staticBg: string;
  readonly staticHead: string;
  readonly changedBg: string;
  readonly changedBorder: string;
  readonly moved: string;
  readonly freed: string;
  readonly arrow: string;
  readonly arrowChanged: string;
}

const LIGHT: Palette = {
  bg: '#ffffff', panel: '#faf9f7', border: '#cbc6bb', text: '#1d2025', muted: '#676b73', faint: '#9a9ea6',
  stack: '#2f5f95', stackBg: '#eef3fa', stackHead: '#dfe9f6', heap: '#2f7a4f', heapBg: '#eef7f1', heapHead: '#dcefe3',
  static: '#7a4e9a', staticBg: '#f6f1fa', staticHead: '#ebe0f4', changedBg: '#fff1c2', changedBorder: '#e0a400',
  moved: '#a3a7ae', freed: '#c0392b', arrow: '#3b4453', arrowChanged: '#c77c00',
};

const DARK: Palette = {
  bg: '#1a1d22', panel: '#1f2329', border: '#3d434d', text: '#e4e6ea', muted: '#a0a5ae', faint: '#6f757f',
  stack: '#8db8ec', stackBg: '#1b2532', stackHead: '#223247', heap: '#7fcf9d', heapBg: '#1a2a21', heapHead: '#21392b',
  static: '#c9a4e8', staticBg: '#241d2c', staticHead: '#30253d', changedBg: '#3d3214', changedBorder: '#d9a31a',
  moved: '#6b717b', freed: '#f07b6e', arrow: '#b9c2d0', arrowChanged: '#f2b84b',
};

function colours(p: Palette): string {
  const r = '.stackheap-diagram';
  return [
    `${r} .sh-bg{fill:${p.bg}}`,
    `${r} text{fill:${p.text}}`,
    `${r} .sh-muted,${r} .sh-addr,${r} .sh-spare .sh-label{fill:${p.muted}}`,
    `${r} .sh-narration{fill:${p.muted}}`,
    `${r} .sh-title-stack,${r} .sh-fn,${r} .sh-owner{fill:${p.stack}}`,
    `${r} .sh-title-heap,${r} .sh-spare-head{fill:${p.heap}}`,
    `${r} .sh-title-static{fill:${p.static}}`,
    `${r} .sh-frame>.sh-box{fill:${p.stackBg};stroke:${p.stack}}`,
    `${r} .sh-frame-head{fill:${p.stackHead}}`,
    `${r} .sh-local>.sh-box{fill:${p.panel};stroke:${p.stack}}`,
    `${r} .sh-local-head{fill:none}`,
    `${r} .sh-heap>.sh-box{fill:${p.heapBg};stroke:${p.heap}}`,
    `${r} .sh-heap-head{fill:${p.heapHead}}`,
    `${r} .sh-static>.sh-box{fill:${p.staticBg};stroke:${p.static}}`,
    `${r} .sh-static-head{fill:${p.staticHead}}`,
    `${r} .sh-spare-group>.sh-box{fill:none;stroke:${p.heap};stroke-dasharray:4 3}`,
    `${r} .sh-std>.sh-box{fill:${p.panel};stroke:${p.border};stroke-dasharray:4 3}`,
    `${r} .sh-popped>.sh-box{fill:none;stroke:${p.freed};stroke-dasharray:4 3}`,
    `${r} .sh-value,${r} .sh-byte-box{fill:${p.bg};stroke:${p.border}}`,
    `${r} .sh-changed .sh-row{fill:${p.changedBg}}`,
    `${r} .sh-changed .sh-value,${r} .sh-changed .sh-byte-box{stroke:${p.changedBorder}}`,
    `${r} .sh-uninit .sh-val{fill:${p.faint}}`,
    `${r} .sh-moved .sh-val,${r} .sh-moved .sh-label{fill:${p.moved}}`,
    `${r} .sh-spare .sh-value,${r} .sh-spare .sh-byte-box,${r} .sh-moved .sh-value{fill:none;stroke-dasharray:3 2}`,
    `${r} .sh-freed .sh-row,${r} .sh-hole .sh-row{fill:none;stroke:${p.border};stroke-dasharray:4 3}`,
    `${r} .sh-freed text{fill:${p.freed}}`,
    `${r} .sh-stale .sh-val,${r} .sh-popped .sh-val{fill:${p.freed}}`,
    `${r} .sh-badge{fill:${p.muted}}`,
    `${r} .sh-dot{fill:${p.arrow}}`,
    `${r} .sh-arrow{stroke:${p.arrow}}`,
    `${r} .sh-tip{fill:${p.arrow}}`,
    `${r} .sh-arrow-changed{stroke:${p.arrowChanged};stroke-width:2}`,
    `${r} .sh-tip-changed{fill:${p.arrowChanged}}`,
  ].join('\n');
}

const STYLE = [
  `.stackheap-diagram text{font-family:ui-monospace,'SF Mono','Cascadia Mono',Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:${FONT}px;white-space:pre}`,
  '.stackheap-diagram .sh-caption,.stackheap-diagram .sh-title,.stackheap-diagram .sh-fn,.stackheap-diagram .sh-name-strong,.stackheap-diagram .sh-strong,.stackheap-diagram .sh-owner{font-weight:700}',
  '.stackheap-diagram .sh-narration,.stackheap-diagram .sh-spare-head{font-style:italic}',
  '.stackheap-diagram .sh-row{fill:none}',
  '.stackheap-diagram .sh-arrow{fill:none;stroke-width:1.5}',
  colours(LIGHT),
  `@media (prefers-color-scheme: dark){\n${colours(DARK)}\n}`,
].join('\n');

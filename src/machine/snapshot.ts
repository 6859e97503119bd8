import { NULL_PROVENANCE, type Raw } from '../memory/memory.js';
import type { BlockWindow, Cell, CellValue, ElidedFrames, FrameSnapshot, LocalSnapshot, Snapshot, SnapshotWindow, StaticBlockSnapshot } from '../trace/types.js';
import { blockWindow } from '../trace/window.js';
import { adtName, showTy, type Ty } from '../types/ty.js';
import { debugChar, formatFloat, type ResolvedSpec } from './fmt.js';
import type { Frame, Machine } from './machine.js';
import { readVariant } from '../memory/tags.js';
import type { StaticBlock } from './statics.js';
import { appendAll } from '../util/arrays.js';
import { localAddr } from './frame.js';
import { isUnsized, unsizedValueLayout } from '../memory/target.js';
import { statusLabel, threadLabel } from './threads.js';

/** A picture of memory: every named local of every frame, live heap blocks, static memory,
 *  cell by cell (one per leaf scalar), each with its path (`p.x`, `t.0`, `arr[2]`). With a
 *  `window`, only the frames and the parts of large blocks it asks for: what it costs then does
 *  not grow with the stack's depth or a block's size. */
export function takeSnapshot(m: Machine, window?: SnapshotWindow): Snapshot {
  const temps = m.options.temps === true;
  const frameSnapshot = (frame: Frame): FrameSnapshot => {
    const locals = frame.info.body.locals.flatMap((local, id): LocalSnapshot[] => {
      const addr = localAddr(frame, id);
      const ty = frame.info.tys[id]!;
      const size = frame.info.layouts[id]!.size;
      if (local.kind === 'temp') {
        // On request, a program frame's temporaries that hold a value, named as rustc's MIR names them.
        if (!temps || frame.info.std || size === 0 || !m.memory.anyInit(addr, size)) return [];
        const name = `_${id}`;
        return [{ name, kind: 'temp', source: m.file.text.slice(local.span.start, local.span.end), ty: showTy(ty), addr, size, cells: cellsOf(m, addr, ty, name, -1) }];
      }
      if (local.kind !== 'arg' && local.kind !== 'var') return [];
      const name = local.name ?? `_${id}`;
      return [{ name, kind: local.kind, ty: showTy(ty), addr, size, cells: cellsOf(m, addr, ty, name, -1) }];
    });
    return frame.info.std ? { fn: frame.info.name, std: true as const, locals } : { fn: frame.info.name, locals };
  };
  // With threads, `frames` is main's stack; every thread's comes in `threads`.
  const threads = m.threads;
  // Each stack, windowed: its frames at both ends, the rest counted.
  const stack = (all: readonly Frame[]): { frames: FrameSnapshot[]; elided?: ElidedFrames } => {
    if (window === undefined || all.length <= window.outerFrames + window.innerFrames) return { frames: all.map(frameSnapshot) };
    const frames = [...all.slice(0, window.outerFrames), ...all.slice(all.length - window.innerFrames)].map(frameSnapshot);
    return { frames, elided: { at: window.outerFrames, runs: leftOut(all, window.outerFrames, all.length - window.innerFrames) } };
  };
  const { frames, elided } = stack(threads === null || threads.current.id === 0 ? m.frames : threads.threads[0]!.frames);
  const offsets = new Map((window?.blockOffsets ?? []).map(({ addr, from }) => [addr, from]));
  const heap = [...m.heapBlocks.values()]
    .sort((a, b) => b.allocation.base - a.allocation.base)
    .map(({ allocation, ty, utf8, keptBy, tailLen }) => {
      const { base, size } = allocation;
      const part = window ? blockWindow(size, window.blockUnits, offsets.get(base)) : null;
      // An unsized value's tail ends where its length says, before the block's padding.
      const valueUnits = tailLen === undefined ? size : unsizedValueLayout(m.target.layout, ty, tailLen, null).end;
      return {
        addr: base,
        size,
        ty: allocation.label,
        cells: utf8 ? stringCells(m, base, size, true, part) : cellsOf(m, base, ty, '', valueUnits, part),
        ...(part ? { window: part } : {}),
        ...(keptBy === 'Box::leak' ? { leaked: true as const } : {}),
      };
    });
  const statics = m.statics.blocks.map((block) => staticSnapshot(m, block, window ? blockWindow(block.allocation.size, window.blockUnits, offsets.get(block.allocation.base)) : null)).sort((a, b) => b.addr - a.addr);
  const stats = m.heap.stats?.();
  const dead = m.ub?.takeDeadBlocks() ?? [];
  return {
    frames,
    heap,
    statics,
    ...(stats ? { allocator: { name: m.heap.name ?? 'heap', ...stats, freeChunks: [...stats.freeChunks] } } : {}),
    ...(dead.length > 0 ? { dead } : {}),
    ...(elided ? { elided } : {}),
    ...(threads !== null
      ? {
          threads: threads.threads.map((t) => {
            const running = t === threads.current;
            return { id: t.id, name: threadLabel(t), state: statusLabel(t, running), running, ...(t.id === 0 ? { frames: [] } : stack(running ? m.frames : t.frames)) };
          }),
        }
      : {}),
  };
}

/** Frames `[from, to)` as runs of consecutive frames of one function, found run by run (a
 *  recursion 100,000 deep is one run): a snapshot costs what it shows, whatever the depth. */
function leftOut(frames: readonly Frame[], from: number, to: number): ElidedFrames['runs'] {
  const runs: { fn: string; count: number; std?: true }[] = [];
  for (let i = to - 1; i >= from; ) {
    const frame = frames[i]!;
    const start = Math.max(frame.runStart, from);
    const fn = frame.info.name;
    const std = frame.info.std;
    const next = runs.at(-1);
    // Two bodies of one name (two instances of a generic function) make one run, as views say it.
    if (next && next.fn === fn && (next.std === true) === std) next.count += i - start + 1;
    else runs.push({ fn, count: i - start + 1, ...(std ? { std: true as const } : {}) });
    i = start - 1;
  }
  return runs.reverse();
}

/** A leaf cell's value; under `--unchecked`, a pointer that may no longer be used says why. */
function cellValue(m: Machine, raw: Raw, ty: Ty): CellValue {
  if (ty.k === 'fnPtr' && typeof raw !== 'string' && raw.kind === 'ptr') return { kind: 'fn', name: m.fnPointers.at(raw.addr)?.name ?? null };
  const value = scalarValue(raw, ty);
  if (m.ub === null || value.kind !== 'ptr' || typeof raw === 'string' || raw.kind !== 'ptr') return value;
  const dangling = m.ub.pointerState(raw);
  return dangling ? { ...value, dangling } : value;
}

/** A block of static memory: a literal's bytes (as characters), a static's or promoted
 *  constant's value field by field, or a vtable's slots. */
function staticSnapshot(m: Machine, block: StaticBlock, part: BlockWindow | null): StaticBlockSnapshot {
  const { allocation, kind, ty } = block;
  const addr = allocation.base;
  let cells: Cell[];
  if (kind === 'literal') cells = stringCells(m, addr, allocation.size, ty.k === 'str', part);
  else if (kind === 'vtable') {
    cells = (block.entries ?? []).map((e, i) => ({ addr: addr + 8 * i, size: 8, name: `.${e.name}`, value: e.value.kind === 'fn' ? { kind: 'fn', name: e.value.fn } : { kind: 'int', text: String(e.value.value) } }));
    if (part) cells = cells.filter((c) => inWindow(c, addr, part));
  } else cells = cellsOf(m, addr, ty, '', -1, part);
  return {
    addr,
    size: allocation.size,
    ty: kind === 'literal' ? allocation.label : showTy(ty),
    kind,
    cells,
    ...(part ? { window: part } : {}),
    ...(block.text !== undefined ? { text: block.text } : {}),
    ...(block.name !== undefined ? { name: block.name } : {}),
    ...(block.section ? { section: block.section } : {}),
  };
}

/** Floats show as `{:?}` does, so `2.0` reads as a float. */
const DEBUG: ResolvedSpec = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null };

/** The leaf cells of a value of type `ty` at `addr`. `blockSize` bounds unsized heap values.
 *  With `part`, only the cells within those units of the value: elements outside are not read. */
export function cellsOf(m: Machine, addr: number, ty: Ty, path: string, blockSize: number, part: BlockWindow | null = null): Cell[] {
  const out: Cell[] = [];
  const bounds = part ? { lo: addr + part.from, hi: addr + part.to } : null;
  walk(m, addr, ty, path, blockSize, out, bounds);
  // An element or field across the window's edge gave its cells on both sides.
  return part ? out.filter((c) => inWindow(c, addr, part)) : out;
}

const inWindow = (cell: Cell, addr: number, part: BlockWindow): boolean => cell.addr >= addr + part.from && cell.addr < addr + part.to;

/** The addresses `[lo, hi)` a windowed walk reads; elements wholly outside are skipped. */
type Bounds = { readonly lo: number; readonly hi: number } | null;

/** The elements `[first, end)` of `count` from `addr`, `stride` apart, that meet `bounds`. */
function elementRange(addr: number, stride: number, count: number, bounds: Bounds): readonly [number, number] {
  if (!bounds) return [0, count];
  return [Math.max(0, Math.floor((bounds.lo - addr) / stride)), Math.min(count, Math.ceil((bounds.hi - addr) / stride))];
}

function walk(m: Machine, addr: number, ty: Ty, path: string, blockSize: number, out: Cell[], bounds: Bounds = null): void {
  const layout = m.layout(ty);
  if (bounds && layout.shape !== 'unsized' && (addr >= bounds.hi || addr + layout.size <= bounds.lo)) return;
  switch (layout.shape) {
    case 'zst':
      return;
    case 'scalar':
      out.push({ addr, size: layout.size, name: path, value: cellValue(m, m.memory.read(addr), ty) });
      return;
    case 'fat': {
      const [data, meta] = layout.variants[0]!.fields;
      out.push({ addr, size: m.target.pointerSize, name: path, value: cellValue(m, m.memory.read(addr + data!.offset), data!.ty) });
      const raw = m.memory.read(addr + meta!.offset);
      let value = scalarValue(raw, meta!.ty);
      // A vtable pointer points at the vtable in static memory (the real model places them).
      const inner = ty.k === 'ref' || ty.k === 'ptr' || ty.k === 'box' ? ty.inner : null;
      if (value.kind === 'vtable' && typeof raw !== 'string' && raw.kind === 'vtable' && inner?.k === 'dyn') {
        const to = m.statics.vtableAddress(raw.ty, inner.trait);
        if (to !== undefined) value = { ...value, to };
      }
      out.push({ addr: addr + meta!.offset, size: m.target.pointerSize, name: `${path}.${layout.meta === 'vtable' ? 'vtable' : 'len'}`, value });
      return;
    }
    case 'array': {
      const [first, end] = elementRange(addr, layout.stride, layout.count, bounds);
      for (let i = first; i < end; i++) walk(m, addr + i * layout.stride, layout.elem!, `${path}[${i}]`, -1, out, bounds);
      return;
    }
    case 'unsized': {
      if (ty.k === 'str') {
        appendAll(out, stringCells(m, addr, Math.max(blockSize, 0), true, bounds ? { from: bounds.lo - addr, to: bounds.hi - addr } : null, path));
        return;
      }
      if (!layout.elem || layout.stride === 0) return;
      const [first, end] = elementRange(addr, layout.stride, Math.floor(Math.max(blockSize, 0) / layout.stride), bounds);
      for (let i = first; i < end; i++) walk(m, addr + i * layout.stride, layout.elem, `${path}[${i}]`, -1, out, bounds);
      return;
    }
    case 'aggregate': {
      const names = ty.k === 'adt' ? ty.def.variants[0]!.fields.map((f) => f.name) : null;
      // A `Cell` is its value (std's `UnsafeCell` inside it is no more than a marker).
      const transparent = ty.k === 'adt' && ty.def.std && adtName(ty.def) === 'Cell';
      const start = out.length;
      const fields = layout.variants[0]!.fields;
      // A struct ending in an unsized field: the tail takes the value's units after its offset.
      const tail = isUnsized(ty) ? fields.length - 1 : -1;
      fields.forEach((f, i) => walk(m, addr + f.offset, f.ty, transparent ? path : `${path}.${names?.[i] ?? i}`, i === tail ? blockSize - f.offset : -1, out, bounds));
      if (m.target.name === 'real') padding(out, start, addr, tail >= 0 ? Math.ceil(Math.max(blockSize, layout.size) / layout.align) * layout.align : layout.size, path, 'padding');
      return;
    }
    case 'enum': {
      const def = (ty as Ty & { k: 'adt' }).def;
      if (m.target.name === 'real') {
        realEnum(m, addr, ty as Ty & { k: 'adt' }, path, out);
        return;
      }
      const tagAddr = addr + layout.tagOffset;
      const tag = m.memory.read(tagAddr);
      if (typeof tag === 'string' || tag.kind !== 'int') {
        // No variant to read the rest by: show every cell as it is.
        for (let a = addr; a < addr + layout.size; a++) {
          const raw = m.memory.read(a);
          out.push({ addr: a, size: 1, name: path, value: typeof raw === 'string' ? { kind: raw } : scalarValue(raw, { k: 'int', int: 'usize' }) });
        }
        return;
      }
      const v = Number(tag.value);
      const variant = def.variants[v]!;
      out.push({ addr: tagAddr, size: 1, name: path, value: { kind: 'variant', name: variant.name, index: v } });
      const fields = layout.variants[v]!.fields;
      const start = out.length;
      fields.forEach((f, i) => walk(m, addr + f.offset, f.ty, `${path}.${variant.fields[i]?.name ?? i}`, -1, out));
      // Room kept for larger variants.
      const used = new Set<number>([tagAddr, ...out.slice(start).map((c) => c.addr)]);
      const unused: Cell[] = [];
      for (let a = addr; a < addr + layout.size; a++) if (!used.has(a)) unused.push({ addr: a, size: 1, name: path, value: { kind: 'unused' } });
      appendAll(out, unused);
      return;
    }
  }
}

/** Bytes of `[addr, addr + size)` that no cell from `start` on covers: padding (or room an enum
 *  keeps for a larger variant), one cell per run. */
function padding(out: Cell[], start: number, addr: number, size: number, path: string, kind: 'padding' | 'unused'): void {
  const covered = new Uint8Array(size);
  for (let i = start; i < out.length; i++) {
    const c = out[i]!;
    for (let a = c.addr; a < c.addr + c.size; a++) if (a >= addr && a < addr + size) covered[a - addr] = 1;
  }
  const gaps: Cell[] = [];
  for (let i = 0; i < size; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < size && !covered[j]) j++;
    gaps.push({ addr: addr + i, size: j - i, name: path, value: { kind } });
    i = j;
  }
  const cells = out.splice(start).concat(gaps);
  cells.sort((a, b) => a.addr - b.addr || a.size - b.size);
  appendAll(out, cells);
}

/** A real-model enum: its tag cell (a niche's value, or a zero-sized marker at the enum's address
 *  when the variant is stored in its fields), its fields, then padding or room for larger variants. */
function realEnum(m: Machine, addr: number, ty: Ty & { k: 'adt' }, path: string, out: Cell[]): void {
  const layout = m.layout(ty);
  const v = readVariant(m.memory, addr, layout);
  const start = out.length;
  if (v < 0) {
    out.push({ addr, size: layout.size, name: path, value: { kind: 'moved' } });
    return;
  }
  const variant = ty.def.variants[v]!;
  const tagged = layout.tagEncoding === 'index' || (layout.tagEncoding === 'niche' && v !== layout.niche!.untagged);
  out.push({ addr: addr + (tagged ? layout.tagOffset : 0), size: tagged ? (layout.tagSize ?? 1) : 0, name: path, value: { kind: 'variant', name: variant.name, index: v } });
  layout.variants[v]!.fields.forEach((f, i) => walk(m, addr + f.offset, f.ty, `${path}.${variant.fields[i]?.name ?? i}`, -1, out));
  padding(out, start, addr, layout.size, path, 'unused');
}

/** A string's bytes: a byte that starts a character shows the character (`'h'`, `'é'`); the
 *  bytes that continue a multi-byte character show their value. */
function stringCells(m: Machine, addr: number, len: number, utf8: boolean, part: BlockWindow | null = null, path = ''): Cell[] {
  const from = part ? Math.max(0, part.from) : 0;
  const to = part ? Math.min(len, part.to) : len;
  // A character that starts near the window's end reads up to 3 bytes past it.
  const bytes: number[] = [];
  for (let i = from; i < Math.min(len, to + 3); i++) {
    const raw = m.memory.read(addr + i);
    bytes.push(typeof raw === 'string' || raw.kind !== 'int' ? -1 : Number(raw.value));
  }
  const cells: Cell[] = [];
  for (let i = from; i < to; i++) {
    const b = bytes[i - from]!;
    let value: CellValue;
    if (b < 0) value = { kind: 'uninit' };
    else if (!utf8) value = { kind: 'int', text: String(b) };
    else if ((b & 0xc0) === 0x80) value = { kind: 'int', text: String(b) };
    else if (b < 0x80) value = { kind: 'char', text: debugChar(b) };
    else {
      const n = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      const text = new TextDecoder().decode(Uint8Array.from(bytes.slice(i - from, i - from + n).map((x) => Math.max(x, 0))));
      value = { kind: 'char', text: debugChar(text.codePointAt(0) ?? 0xfffd) };
    }
    cells.push({ addr: addr + i, size: 1, name: `${path}[${i}]`, value });
  }
  return cells;
}

export function scalarValue(raw: Raw, ty: Ty): CellValue {
  if (typeof raw === 'string') return { kind: raw };
  switch (raw.kind) {
    case 'ptr':
      return raw.alloc === NULL_PROVENANCE ? { kind: 'ptr', to: raw.addr, null: true } : { kind: 'ptr', to: raw.addr };
    case 'vtable':
      return { kind: 'vtable', ty: showTy(raw.ty) };
    case 'float':
      return { kind: 'float', text: formatFloat(raw.value, ty.k === 'float' ? ty.float : 'f64', DEBUG) };
    case 'int':
      if (ty.k === 'bool') return { kind: 'bool', text: raw.value !== 0n ? 'true' : 'false' };
      if (ty.k === 'char') return { kind: 'char', text: debugChar(Number(raw.value)) };
      return { kind: 'int', text: raw.value.toString() };
  }
}

import type { AllocatorSnapshot, CellValue, Dangling, Snapshot } from '../../src/trace/types.js';
import { h } from './dom.js';
import { renderOverflow, renderThreads, type Overflow } from './threads.js';
import { ADDRESS_ORDER, addressFormat, byteText, type AddressOrder, cellValues, memoryView, sameValue, type BlockView, type FrameView, type HeapItem, type LocalView, type MemoryModel, type Row } from '../../src/views/memory-view.js';

/**
 * The diagram of one step: the stack (newest frame on top, main at the bottom), or once the
 * program has spawned a thread each thread's stack in a column of its own (threads.ts), the heap and
 * static memory, each in the model's address order (`ADDRESS_ORDER`: the book's higher addresses
 * on top, the real model's lower), which its heading says with the way the region grows.
 * A value of several cells (struct, tuple, array, enum, fat pointer, Vec or String header) is
 * one box with a row per cell, in address order. Text buffers (a String's, a literal's) are a
 * strip of bytes.
 *
 * DOM hooks (used by the arrows and the tests): every cell has `data-addr` and `data-name` (its
 * path); a pointer cell has `data-points-to`; a local's box has `data-local`; a heap block has
 * `data-block`, a static one `data-static`; spare capacity cells have the class `spare`; freed
 * blocks have `data-freed`, unused gaps `data-hole`, the real model's free chunks `data-chunk`.
 * A collapsed run of calls is a `.frame-run` button (`data-fn`, `data-count`,
 * `data-action="more-frames"`); a large block's window is in its `.block-pager` (`data-window`,
 * buttons with `data-action="block-page"`, `data-block-addr` and `data-from`).
 *
 * In the real model addresses are hex; a value of several cells shows its address and size in
 * bytes in its head and each field at its byte offset (`+8`); every local shows its type and size.
 */

/** Runs of more unused heap addresses than this are drawn as one gap. */
const MAX_HOLES = 4;

export interface DiagramOptions {
  /** Show the frames of std's functions (otherwise a run of them is one collapsed line). */
  readonly showStd: boolean;
  /** `book` (the default) or `real`: how the snapshot's addresses and sizes read. */
  readonly model?: MemoryModel;
  /** How many innermost calls of a collapsed run of one function stay drawn. */
  readonly runInnerShown?: number;
  /** The program has ended and never freed the heap blocks at these addresses: marked leaked. */
  readonly leaked?: ReadonlySet<number>;
  /** Draw each variable that holds no value (not in scope yet, or no more) rather than fold
   *  them into one line per frame. */
  readonly showUnset?: boolean;
  /** The step is a stack overflow: the frame that did not fit, drawn on top of its stack. */
  readonly overflow?: Overflow;
}

/** A frame folds its variables with no value into one line when it has at least this many. */
export const FOLD_UNSET = 2;

/** Calls of a collapsed run that "show more" draws each time it is pressed. */
export const MORE_FRAMES = 50;

/** What each part of the diagram needs: what changed since the previous step, and the model. */
interface Ctx {
  readonly changed: (addr: number, value: CellValue) => boolean;
  readonly real: boolean;
  readonly address: (addr: number) => string;
  readonly leaked: ReadonlySet<number>;
  readonly order: AddressOrder;
}

/** A region's name, which way it grows, and which addresses are on top. */
function regionHeading(name: string, grows: 'up' | 'down' | null, order: AddressOrder): HTMLElement {
  const top = `${order.top} addresses on top`;
  const growth = grows === null ? top : `grows ${grows === 'up' ? '↑ toward higher' : '↓ toward lower'} addresses · ${top}`;
  return h('h3', {}, name, h('span', { class: 'grows', 'data-grows': grows ?? undefined, 'data-top': order.top }, growth));
}

export function renderDiagram(snapshot: Snapshot, previous: Snapshot | null, options: DiagramOptions = { showStd: false }): HTMLElement {
  const model = options.model ?? 'book';
  const view = memoryView(snapshot, previous, model, options.runInnerShown);
  const before = previous ? cellValues(previous) : null;
  const changed = (addr: number, value: CellValue): boolean => before !== null && !sameValue(before.get(addr), value);
  const ctx: Ctx = { changed, real: model === 'real', address: addressFormat(model), leaked: options.leaked ?? new Set(), order: ADDRESS_ORDER[model] };
  const overflow = options.overflow ? renderOverflow(options.overflow, model) : null;
  return h(
    'div',
    { class: ['diagram', ...(model === 'real' ? ['real'] : []), ...(view.threads ? ['threads'] : [])].join(' '), 'data-model': model },
    view.threads ? renderThreads(view.threads, (frames) => stackItems(frames, options, ctx), ctx.order, overflow) : renderStack(view.frames, options, ctx, overflow),
    h(
      'div',
      { class: 'column' },
      renderHeap(view.heap, view.allocator, ctx),
      view.statics.length > 0
        ? h('section', { class: 'region static', 'aria-label': 'Static memory' }, regionHeading('Static memory', null, ctx.order), ...view.statics.map((b) => renderBlock(b, ctx, 'static')))
        : null,
    ),
  );
}


function renderStack(frames: readonly FrameView[], options: DiagramOptions, ctx: Ctx, overflow: HTMLElement | null): HTMLElement {
  return h(
    'section',
    { class: 'region stack', 'aria-label': 'Stack' },
    regionHeading('Stack', ctx.order.stackGrows, ctx.order),
    frames.length === 0 ? h('p', { class: 'empty' }, 'empty — no function is running') : null,
    overflow,
    ...stackItems(frames, options, ctx),
  );
}

/** A stack's frames, newest on top (the stack grows upward, like the book's addresses), with
 *  each run of std's frames one line unless they are shown. */
function stackItems(frames: readonly FrameView[], options: DiagramOptions, ctx: Ctx): HTMLElement[] {
  const items: HTMLElement[] = [];
  let hidden: FrameView[] = [];
  const flush = (): void => {
    if (hidden.length === 0) return;
    const names = hidden.map((f) => (f.collapsed ? `${f.fn} × ${f.collapsed.toLocaleString('en')}` : f.fn)).join(' › ');
    const count = hidden.reduce((sum, f) => sum + (f.collapsed ?? 1), 0);
    items.push(
      h(
        'button',
        { type: 'button', class: 'std-frames', 'data-action': 'show-std', title: `std’s functions: ${names} (click to show their frames)` },
        h('span', { class: 'std-badge' }, 'std'),
        h('span', { class: 'std-names' }, `${count === 1 ? '1 frame' : `${count.toLocaleString('en')} frames`}: ${names}`),
      ),
    );
    hidden = [];
  };
  for (const frame of frames) {
    if (frame.std && !options.showStd) {
      hidden.push(frame);
      continue;
    }
    flush();
    items.push(frame.collapsed ? renderRun(frame) : renderFrame(frame, ctx, options.showUnset === true));
  }
  flush();
  return items.reverse();
}

/** A run of calls of one function, collapsed: one line that draws more of them when pressed. */
function renderRun(frame: FrameView): HTMLElement {
  const count = frame.collapsed!.toLocaleString('en');
  return h(
    'button',
    { type: 'button', class: 'frame-run', 'data-action': 'more-frames', 'data-fn': frame.fn, 'data-count': frame.collapsed, title: `${count} more calls of ${frame.fn}() (click to draw ${MORE_FRAMES} more of the innermost)` },
    h('span', { class: 'fn' }, `${frame.fn}() × ${count}`),
    h('span', { class: 'more' }, `show ${Math.min(MORE_FRAMES, frame.collapsed!)} more`),
  );
}

function renderFrame(frame: FrameView, ctx: Ctx, showUnset: boolean): HTMLElement {
  const unset = frame.locals.filter((l) => l.unset);
  const fold = unset.length >= FOLD_UNSET;
  const locals = fold && !showUnset ? frame.locals.filter((l) => !l.unset) : frame.locals;
  return h(
    'div',
    { class: frame.std ? 'frame std' : frame.popped ? 'frame popped' : 'frame', 'data-fn': frame.fn, 'data-depth': frame.depth, role: 'group', 'aria-label': `frame of ${frame.fn}()${frame.std ? ' (std)' : frame.popped ? ' (popped)' : ''}` },
    h(
      'div',
      { class: 'frame-head' },
      h('span', { class: 'fn' }, `${frame.fn}()`),
      frame.std ? h('span', { class: 'std-badge', title: 'a function of std: its locals live in scratch memory, which has no addresses in the book model' }, 'std') : null,
      frame.popped ? h('span', { class: 'popped-badge', title: 'this function has returned: its frame is gone, but a dangling pointer still points into it' }, 'popped') : null,
    ),
    frame.locals.length === 0 ? h('div', { class: 'empty' }, 'no variables') : null,
    fold ? renderUnset(unset, showUnset) : null,
    ...locals.map((local) => renderLocal(local, ctx)),
  );
}

/** The line that stands for a frame's variables with no value: pressed, it draws them (or folds
 *  them again). Their cells exist all the while: they are only out of the way. */
function renderUnset(unset: readonly LocalView[], shown: boolean): HTMLElement {
  const names = unset.map((l) => l.name).join(', ');
  return h(
    'button',
    { type: 'button', class: 'unset-locals', 'data-action': 'toggle-unset', 'data-count': unset.length, 'aria-expanded': String(shown), title: `${names}: their cells exist from the function’s start; they have a value once their \`let\` runs (click to ${shown ? 'fold them' : 'draw them'})` },
    h('span', { class: 'unset-mark', 'aria-hidden': 'true' }, shown ? '▾' : '▸'),
    h('span', { class: 'unset-names' }, `${unset.length} variables with no value yet or any more: ${names}`),
  );
}

function renderLocal(local: LocalView, ctx: Ctx): HTMLElement {
  if (!local.compound) return renderRow(local.rows[0]!, ctx, { title: local.ty, ...(ctx.real ? { meta: `${local.ty} · ${bytes(local.size)}` } : {}) });
  return h(
    'div',
    { class: 'local', 'data-local': local.name, role: 'group', 'aria-label': `${local.name}: ${local.ty}${ctx.real ? `, ${bytes(local.size)} at ${ctx.address(local.addr)}` : ''}` },
    h(
      'div',
      { class: 'local-head' },
      ctx.real ? h('span', { class: 'local-addr' }, ctx.address(local.addr)) : null,
      h('span', { class: 'local-name' }, local.name),
      h('span', { class: 'ty', title: local.ty }, local.ty),
      ctx.real ? h('span', { class: 'size' }, bytes(local.size)) : null,
    ),
    ...(local.rows.length === 0 ? [h('div', { class: 'zst' }, ctx.real ? 'zero-sized: no bytes' : 'zero-sized: no cells')] : groupSpare(local.rows, ctx, ctx.real ? local.addr : undefined)),
  );
}

const bytes = (n: number): string => `${n} B`;

interface RowExtra {
  /** The local's type, for the tooltip. */
  readonly title?: string;
  /** Real model: the type and size under a scalar local's name. */
  readonly meta?: string;
  /** Real model: the address of the value the row is part of; the row shows its offset. */
  readonly base?: number;
}

function renderRow(row: Row, ctx: Ctx, extra: RowExtra = {}): HTMLElement {
  const { title, meta, base } = extra;
  const { cell, role } = row;
  const value = cell.value;
  const classes = ['cell', value.kind];
  if (role) classes.push(role);
  if (row.dangling) classes.push('dangling');
  if (value.kind === 'ptr' && value.dangling) classes.push('stale');
  if (role !== 'spare' && ctx.changed(cell.addr, value)) classes.push('changed');
  const pointer = value.kind === 'ptr' && !row.dangling;
  return h(
    'div',
    {
      class: classes.join(' '),
      'data-addr': cell.addr,
      'data-name': cell.name,
      'data-points-to': pointer ? value.to : undefined,
      title: rowTitle(row) ?? (title ? `${cell.name}: ${title}` : cell.name || undefined),
    },
    h('span', { class: 'addr', title: base !== undefined ? ctx.address(cell.addr) : undefined }, base !== undefined ? `+${cell.addr - base}` : addressText(cell.addr, ctx)),
    h(
      'span',
      { class: 'name' },
      shortPath(row.label),
      role === 'tag' ? h('span', { class: 'role' }, 'tag') : null,
      base !== undefined ? h('span', { class: 'meta' }, bytes(cell.size)) : null,
      // The address repeats here for narrow screens, where the address column is left out.
      meta ? h('span', { class: 'meta line' }, meta, h('span', { class: 'at' }, ctx.address(cell.addr))) : null,
    ),
    h('span', { class: 'value' }, h('span', { class: 'text' }, row.text), pointer ? h('span', { class: 'dot', 'aria-hidden': 'true' }) : null),
  );
}

/** The longest field path drawn whole; the row's tooltip has every path whole. */
const PATH_CHARS = 22;

/** A long field path keeps its last fields (`….slice.ptr`): one line, never wrapped, and the
 *  end of a path is what tells its rows apart. */
export function shortPath(label: string): string {
  if (label.length <= PATH_CHARS) return label;
  const parts = label.split(/(?=[.[])/);
  let kept = '';
  for (let k = parts.length - 1; k > 0 && kept.length + parts[k]!.length < PATH_CHARS; k--) kept = parts[k]! + kept;
  return kept ? `…${kept}` : `${label.slice(0, PATH_CHARS - 1)}…`;
}

function rowTitle(row: Row): string | undefined {
  if (row.dangling) return 'dangling: the Vec has no buffer yet (capacity 0), so its pointer points at nothing';
  switch (row.role) {
    case 'spare':
      return 'spare capacity: allocated, not yet part of the Vec';
    case 'unused':
      return 'unused: room only a larger variant of the enum needs';
    case 'padding':
      return 'padding: bytes no field uses, so that every field is aligned';
    case 'tag':
      return 'the enum’s tag: which variant it holds';
  }
  const value = row.cell.value;
  if (value.kind === 'ptr' && value.dangling) return STALE[value.dangling];
  switch (value.kind) {
    case 'moved':
      return 'moved out: the value is no longer usable here';
    case 'uninit':
      return 'not initialised';
  }
  return undefined;
}

/** Why a pointer may no longer be used (`--unchecked` traces). */
const STALE: Readonly<Record<Dangling, string>> = {
  freed: 'dangling: the heap block it points into was freed',
  popped: 'dangling: it points into the frame of a function that has returned',
  'out of scope': 'dangling: it points to a local whose scope has ended',
  invalidated: 'invalidated: a write through another path changed what it points to',
};

/** Rows, with each run of spare capacity in one dashed group. */
/** `base` (real model only): the value's address, so that each row shows its offset. */
function groupSpare(rows: readonly Row[], ctx: Ctx, base?: number): HTMLElement[] {
  const extra: RowExtra = base === undefined ? {} : { base };
  const out: HTMLElement[] = [];
  let spare: HTMLElement | null = null;
  for (const row of rows) {
    if (row.role !== 'spare') {
      spare = null;
      out.push(renderRow(row, ctx, extra));
      continue;
    }
    if (!spare) {
      spare = h('div', { class: 'spare-group', role: 'group', 'aria-label': 'spare capacity' }, h('div', { class: 'spare-head' }, 'spare capacity'));
      out.push(spare);
    }
    spare.append(renderRow(row, ctx, extra));
  }
  return out;
}

/** Scratch memory (std frames' locals) has no book-model address: its cells show none. */
function addressText(addr: number, ctx: Ctx): string {
  const text = ctx.address(addr);
  return text === '(temporary)' ? '' : text;
}

// ---- heap and static memory ----

function renderHeap(items: readonly HeapItem[], allocator: AllocatorSnapshot | undefined, ctx: Ctx): HTMLElement {
  const out: HTMLElement[] = [];
  for (const item of items) {
    switch (item.kind) {
      case 'block':
        out.push(renderBlock(item.block, ctx, 'heap'));
        break;
      case 'freed':
        out.push(
          h(
            'div',
            {
              class: 'freed',
              'data-freed': item.addr,
              // A dangling pointer's arrow ends here.
              'data-addr': item.dangling ? item.addr : undefined,
              title: item.dangling ? 'freed, but a dangling pointer still points into it' : 'freed since the previous step',
            },
            h('span', { class: 'addr' }, ctx.address(item.addr)),
            h('span', { class: 'freed-what' }, h('span', { class: 'freed-mark', 'aria-hidden': 'true' }), `freed ${item.ty}`),
            ctx.real ? h('span', { class: 'freed-size' }, bytes(item.size)) : item.size > 1 ? h('span', { class: 'freed-size' }, `${item.size} cells`) : null,
          ),
        );
        break;
      case 'chunk':
        out.push(
          h(
            'div',
            { class: 'freed chunk', 'data-chunk': item.addr, title: 'a free chunk, from its header on: the allocator can reuse it for a later allocation' },
            h('span', { class: 'addr' }, ctx.address(item.addr)),
            h('span', { class: 'freed-what' }, 'free chunk'),
            h('span', { class: 'freed-size' }, bytes(item.size)),
          ),
        );
        break;
      case 'holes':
        if (item.count > MAX_HOLES || item.top) {
          const range = `${ctx.address(item.high)} … ${ctx.address(item.high - item.count + 1)}`;
          const what = item.count === 1 ? '1 unused address' : `${item.count} unused addresses`;
          out.push(h('div', { class: 'hole gap', 'data-hole': item.high, title: `${range}: free (freed earlier, or never used)` }, item.top ? `${what} (freed)` : what));
        } else {
          for (let k = 0; k < item.count; k++) {
            out.push(h('div', { class: 'hole', 'data-hole': item.high - k, title: 'unused (a hole)' }, h('span', { class: 'addr' }, ctx.address(item.high - k))));
          }
        }
        break;
    }
  }
  return h(
    'section',
    { class: 'region heap', 'aria-label': 'Heap' },
    regionHeading('Heap', ctx.order.heapGrows, ctx.order),
    allocator ? allocatorSummary(allocator, items) : null,
    out.length === 0 ? h('p', { class: 'empty' }, 'empty — nothing is allocated') : null,
    ...out,
  );
}

/** The allocator's name and totals, as the text view's heap header has them. */
function allocatorSummary(allocator: AllocatorSnapshot, items: readonly HeapItem[]): HTMLElement {
  const live = items.filter((i) => i.kind === 'block').length;
  return h(
    'p',
    { class: 'allocator', 'data-allocator': allocator.name },
    h('b', {}, allocator.name),
    ` · ${live} live block${live === 1 ? '' : 's'} · ${bytes(allocator.live)} live · ${bytes(allocator.free)} free · largest free ${bytes(allocator.largestFree)}`,
  );
}

function renderBlock(block: BlockView, ctx: Ctx, region: 'heap' | 'static'): HTMLElement {
  const owner = block.owner;
  const leaked = region === 'heap' && ctx.leaked.has(block.addr);
  const head = h(
    'div',
    { class: 'block-head' },
    ctx.real ? h('span', { class: 'block-addr' }, ctx.address(block.addr)) : null,
    h('span', { class: 'ty' }, block.ty),
    block.text !== undefined ? h('span', { class: 'str', title: 'the text its bytes spell' }, JSON.stringify(block.text)) : null,
    owner
      ? h(
          'span',
          { class: 'owner', title: `the ${owner.string ? 'String' : 'Vec'}’s header: its length and capacity` },
          owner.name ? h('b', {}, owner.name) : null,
          `len ${owner.len ?? '?'} · cap ${owner.cap ?? '?'}`,
        )
      : null,
    ctx.real ? h('span', { class: 'size' }, bytes(block.size)) : null,
    leaked ? h('span', { class: 'leak-badge', title: 'the program ended without freeing this block' }, 'leaked') : null,
  );
  const label = `${region === 'static' ? 'static' : 'heap block of'} ${block.ty}${owner?.name ? `, the buffer of ${owner.name}` : ''}${leaked ? ', leaked' : ''}`;
  return h(
    'div',
    {
      class: ['block', region, ...(block.bytes ? ['bytes'] : []), ...(leaked ? ['leaked'] : [])].join(' '),
      'data-block': region === 'heap' ? block.addr : undefined,
      'data-static': region === 'static' ? block.addr : undefined,
      role: 'group',
      'aria-label': label,
    },
    head,
    block.window ? renderPager(block, ctx) : null,
    ...(block.bytes ? [renderBytes(block, ctx)] : groupSpare(block.rows, ctx, ctx.real ? block.addr : undefined)),
  );
}

/** A large block shows a window of its units: which, and buttons to the previous and next. */
function renderPager(block: BlockView, ctx: Ctx): HTMLElement {
  const { from, to } = block.window!;
  const span = to - from;
  const unit = ctx.real ? 'bytes' : 'cells';
  const button = (label: string, at: number, disabled: boolean): HTMLElement =>
    h('button', { type: 'button', 'data-action': 'block-page', 'data-block-addr': block.addr, 'data-from': Math.max(0, Math.min(at, block.size - span)), disabled }, label);
  return h(
    'div',
    { class: 'block-pager', 'data-window': `${from}-${to}` },
    button('‹ earlier', from - span, from === 0),
    h('span', {}, `${unit} ${from.toLocaleString('en')}–${(to - 1).toLocaleString('en')} of ${block.size.toLocaleString('en')}`),
    button('later ›', to, to >= block.size),
  );
}

/** A text buffer: the address of its first byte, then one small box per byte. */
function renderBytes(block: BlockView, ctx: Ctx): HTMLElement {
  const bytes = block.rows.map((row) => {
    const { cell } = row;
    const classes = ['byte', cell.value.kind];
    if (row.role) classes.push(row.role);
    if (row.role !== 'spare' && ctx.changed(cell.addr, cell.value)) classes.push('changed');
    return h(
      'span',
      { class: classes.join(' '), 'data-addr': cell.addr, 'data-name': cell.name, title: `${ctx.address(cell.addr)} ${cell.name}${row.role === 'spare' ? ': spare capacity' : cell.value.kind === 'int' ? ': continues a character' : ''}` },
      h('span', { class: 'value' }, byteText(row)),
    );
  });
  const spare = block.rows.filter((r) => r.role === 'spare').length;
  return h(
    'div',
    { class: 'strip-row' },
    h('span', { class: 'addr' }, block.rows.length > 0 ? ctx.address(block.rows[0]!.cell.addr) : ''),
    h('div', { class: 'strip' }, ...bytes),
    spare > 0 ? h('span', { class: 'spare-note' }, `spare capacity: ${spare} byte${spare === 1 ? '' : 's'}`) : null,
  );
}

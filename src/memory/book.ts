import { showTy, variantFields, type Ty, knownLen } from '../types/ty.js';
import { cachedLayout, isUnsized, pointerMeta, type FieldLayout, type FrameSizes, type HeapAllocator, type Layout, type Target } from './target.js';
import type { StackSpec } from './stack.js';

/** (2^30) - 1: the seed's highest address, for a machine with a gigabyte of memory. */
export const BOOK_HEAP_TOP = 2 ** 30 - 1;

/** 2^29: static memory (string literals) grows up from the middle of the space, far from both
 *  the stack (from 0 up) and the heap (from 2^30 - 1 down). */
export const BOOK_STATIC_BASE = 2 ** 29;

/** Temporaries and std's frames live here, beyond the book model's gigabyte: views hide them. */
export const BOOK_SCRATCH_BASE = 2 ** 40;

/** The heap may grow down to here, leaving static memory (which grows up from 2^29) its room. */
export const BOOK_HEAP_FLOOR = BOOK_STATIC_BASE + 2 ** 28;

/** Each thread's stack in the book model: 2^20 cells (`--stack-size` changes it). A frame costs
 *  its cells and one more, its return address (which the table does not show): enough for a
 *  recursion 100,000 deep with a few cells a frame, as a native 8 MiB stack holds it, and too
 *  few for a `[u8; 10_000_000]`, which overflows the native stack too. */
export const BOOK_STACK_CELLS = 2 ** 20;

/** Stacks lie this many cells apart (the main thread's from 0, the `k`th spawned thread's from
 *  `k` times this): the largest stack the book model has room for. A frame costs the host a few
 *  hundred bytes, so a stack this large full of one-cell frames already takes it most of a
 *  gigabyte. */
export const BOOK_STACK_SPACING = 2 ** 21;

/** A stack of `size` cells growing up from `base`. */
function bookStack(base: number, size: number): StackSpec {
  return { base, size, growsDown: false, reserved: 0, guard: 0 };
}

/**
 * The seed writes heap addresses as `(2^30) - k`. The stack grows up from 0, static memory up
 * from 2^29 (plain numbers), the heap down from (2^30) - 1; scratch space lies beyond it.
 */
export function bookAddress(addr: number): string {
  if (addr > BOOK_HEAP_TOP) return '(temporary)';
  if (addr >= BOOK_HEAP_FLOOR) return `(2^30) - ${BOOK_HEAP_TOP + 1 - addr}`;
  return String(addr);
}

/**
 * The seed's heap: every allocation takes the highest run of free cells (first fit from the
 * top), so freed cells become holes that the next allocation of that size reuses.
 */
export class HighestFirstFit implements HeapAllocator {
  /** Live blocks, highest first. */
  private readonly blocks: { addr: number; size: number }[] = [];

  allocate(size: number): number {
    const n = Math.max(size, 1);
    let top = BOOK_HEAP_TOP;
    let i = 0;
    for (; i < this.blocks.length; i++) {
      const block = this.blocks[i]!;
      const gap = top - (block.addr + block.size - 1);
      if (gap >= n) break;
      top = block.addr - 1;
    }
    const addr = top - n + 1;
    if (addr < BOOK_HEAP_FLOOR) return -1;
    this.blocks.splice(i, 0, { addr, size: n });
    return addr;
  }

  free(addr: number): void {
    const i = this.blocks.findIndex((b) => b.addr === addr);
    if (i >= 0) this.blocks.splice(i, 1);
  }
}

const USIZE: Ty = { k: 'int', int: 'usize' };
const SCALAR: Layout = { size: 1, align: 1, shape: 'scalar', variants: [], tagOffset: -1, tagEncoding: null, elem: null, stride: 0, count: 0, meta: null };
const ZST: Layout = { ...SCALAR, size: 0, shape: 'zst' };
const DATA_PTR: Ty = { k: 'ptr', mutable: false, inner: { k: 'int', int: 'u8' } };

function fat(meta: 'len' | 'vtable'): Layout {
  return { ...SCALAR, size: 2, shape: 'fat', meta, variants: [{ fields: [{ offset: 0, ty: DATA_PTR }, { offset: 1, ty: USIZE }] }] };
}
const FAT_LEN = fat('len');
const FAT_VTABLE = fat('vtable');

function sequence(tys: readonly Ty[]): { fields: FieldLayout[]; size: number } {
  let size = 0;
  const fields = tys.map((ty) => {
    const field = { offset: size, ty };
    size += bookLayout(ty).size;
    return field;
  });
  return { fields, size };
}

function aggregate(tys: readonly Ty[]): Layout {
  const { fields, size } = sequence(tys);
  return { ...SCALAR, size, shape: size === 0 ? 'zst' : 'aggregate', variants: [{ fields }] };
}

function computeLayout(ty: Ty): Layout {
  switch (ty.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'fnPtr':
      return SCALAR;
    case 'never':
    case 'fnDef':
      return ZST;
    case 'tuple':
      return aggregate(ty.elems);
    case 'closure':
      return aggregate(ty.captures);
    case 'array': {
      const stride = bookLayout(ty.elem).size;
      const size = stride * knownLen(ty);
      return { ...SCALAR, size, shape: size === 0 ? 'zst' : 'array', elem: ty.elem, stride, count: knownLen(ty) };
    }
    case 'slice':
      return { ...SCALAR, size: 0, shape: 'unsized', elem: ty.elem, stride: bookLayout(ty.elem).size };
    case 'str':
      return { ...SCALAR, size: 0, shape: 'unsized', elem: { k: 'int', int: 'u8' }, stride: 1 };
    case 'dyn':
    case 'dynFn':
      return { ...SCALAR, size: 0, shape: 'unsized' };
    case 'ref':
    case 'ptr':
    case 'box': {
      const meta = pointerMeta(ty.inner);
      return meta === null ? SCALAR : meta === 'vtable' ? FAT_VTABLE : FAT_LEN;
    }
    case 'adt': {
      // A struct ending in an unsized field is its sized fields, then the tail at their end.
      if (ty.def.kind === 'struct') return isUnsized(ty) ? { ...aggregate(variantFields(ty, 0)), shape: 'aggregate' } : aggregate(variantFields(ty, 0));
      if (ty.def.variants.length === 0) return ZST;
      // A tag cell (the variant index), then the active variant's fields, sized for the largest.
      const variants = ty.def.variants.map((_, v) => {
        const { fields } = sequence(variantFields(ty, v));
        return { fields: fields.map((f) => ({ offset: f.offset + 1, ty: f.ty })) };
      });
      const size = 1 + Math.max(0, ...ty.def.variants.map((_, v) => sequence(variantFields(ty, v)).size));
      return { ...SCALAR, size, shape: 'enum', variants, tagOffset: 0, tagEncoding: 'index' };
    }
    case 'param':
    case 'var':
    case 'assoc':
    case 'opaque':
    case 'const':
      throw new Error(`internal error: layout of the unresolved type ${showTy(ty)}`);
  }
}

/** Every scalar is one cell, a fat pointer two; aggregates are their fields in order, without
 *  padding; an enum is a tag cell and room for its largest variant; zero-sized types take none. */
export const bookLayout: (ty: Ty) => Layout = cachedLayout(computeLayout);

export const BOOK_TARGET: Target = {
  name: 'book',
  layout: bookLayout,
  pointerSize: 1,
  mainStack: (size = BOOK_STACK_CELLS) => bookStack(0, size),
  threadStack: (index, size = BOOK_STACK_CELLS) => {
    const base = index * BOOK_STACK_SPACING;
    return size <= BOOK_STACK_SPACING && base + BOOK_STACK_SPACING <= BOOK_STATIC_BASE ? bookStack(base, size) : null;
  },
  frameCost: ({ shown }: FrameSizes) => shown + 1,
  scratchBase: BOOK_SCRATCH_BASE,
  staticBase: BOOK_STATIC_BASE,
  createHeap: () => new HighestFirstFit(),
  showAddress: bookAddress,
};

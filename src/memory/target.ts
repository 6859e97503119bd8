import { typeKey, variantFields, type Ty } from '../types/ty.js';
import type { StackSpec } from './stack.js';

/** Where a field of a struct, tuple, closure or enum variant lives, from the start of the value. */
export interface FieldLayout {
  readonly offset: number;
  readonly ty: Ty;
}

export interface VariantLayout {
  readonly fields: readonly FieldLayout[];
}

/**
 * How a value of a type is laid out, in the target's units (cells in the book model, bytes on
 * a real target).
 *
 * - `scalar`: one scalar at offset 0 (integers, floats, bool, char, thin pointers).
 * - `fat`: a pointer to an unsized value: the data pointer at 0, then the metadata (`meta`:
 *   a length for slices and `str`, a vtable for `dyn Trait`) at `variants[0].fields[1].offset`.
 * - `aggregate`: tuples, structs, closures: `variants[0]` has the fields.
 * - `enum`: a tag at `tagOffset` holding the variant index (`tagEncoding` says how), and one
 *   entry of `variants` per variant.
 * - `array`: `count` elements of `elem`, `stride` apart.
 * - `unsized`: `str`, slices (`elem`/`stride` set, the length comes from the pointer) and `dyn`.
 * - `zst`: takes no room (`()`, unit structs, function items, `!`).
 */
export interface Layout {
  readonly size: number;
  readonly align: number;
  readonly shape: 'scalar' | 'fat' | 'aggregate' | 'enum' | 'array' | 'unsized' | 'zst';
  readonly variants: readonly VariantLayout[];
  /** `enum`: where the tag is; -1 otherwise. */
  readonly tagOffset: number;
  /** `enum`: how the tag stores the variant. `index`: a tag of its own holds the variant index;
   *  `niche`: invalid values of a field of the untagged variant (rustc's `Option<&T>` keeps
   *  `None` in the reference's null) stand for the other variants (see `niche`); `none`: one
   *  variant and no tag at all. */
  readonly tagEncoding: 'index' | 'niche' | 'none' | null;
  /** `enum` on a byte target: the tag's (or niche scalar's) size in bytes. */
  readonly tagSize?: number;
  /** `tagEncoding: 'niche'`: how variants are read from the niche at `tagOffset`. */
  readonly niche?: NicheEncoding;
  /** `array` and `unsized` slices/str: the element type and the distance between elements. */
  readonly elem: Ty | null;
  readonly stride: number;
  /** `array`: the number of elements. */
  readonly count: number;
  /** `fat`: what the second half of the pointer holds. */
  readonly meta: 'len' | 'vtable' | null;
}

/** A niche-encoded enum: variants `first..=last` (except `untagged`) are stored as the value
 *  `start + (variant - first)` in the scalar at `tagOffset`; any other content (a pointer, a valid
 *  value) means the `untagged` variant, whose field it is. */
export interface NicheEncoding {
  readonly untagged: number;
  readonly first: number;
  readonly last: number;
  readonly start: bigint;
  /** Real layouts: the value rustc stores for variant `first` (an unsigned integer of the
   *  niche's size); the others follow it, wrapping. */
  readonly rustcStart?: bigint;
}

/** What an allocator reports about its heap: views show the free chunks and a summary. */
export interface HeapStats {
  /** Bytes (or cells) in live blocks, as requested. */
  readonly live: number;
  /** Bytes in free chunks the allocator can reuse (its top chunk or untouched arena excluded). */
  readonly free: number;
  readonly largestFree: number;
  readonly freeChunks: readonly { readonly addr: number; readonly size: number }[];
}

/** Hands out heap addresses; each target (and later each `--allocator`) has its own policy. */
export interface HeapAllocator {
  /** The address of a new block, or -1 when the heap has no room for it. */
  allocate(size: number, align: number): number;
  free(addr: number, size: number): void;
  /** Resizes a block, in place when the policy can (glibc grows a chunk into the free space
   *  after it); returns the new address (the old block is then free), or -1. Without it, the
   *  machine allocates a new block and frees the old one. */
  reallocate?(addr: number, oldSize: number, newSize: number, align: number): number;
  /** The allocator's name, free chunks and summary, for views. */
  readonly name?: string;
  stats?(): HeapStats;
}

/** Where a binary keeps static data: string literals, promoted constants and immutable statics
 *  in `.rodata`; those holding pointers (and vtables) in `.data.rel.ro`, which the loader
 *  relocates; `static mut`s in `.data`, or `.bss` when all their bytes are zero. */
export type StaticSection = '.rodata' | '.data.rel.ro' | '.data' | '.bss';

/** A body's frame as its stack sees it. */
export interface FrameSizes {
  /** The units the frame occupies at its stack's addresses (views show them). */
  readonly shown: number;
  /** The size of its return value, which a debug build keeps in a slot of the frame. */
  readonly returnSize: number;
}

/** What differs between address models; the machine itself is the same for all of them. */
export interface Target {
  readonly name: 'book' | 'real';
  /** Layouts are cached by the target (by `typeKey`), so calling this often is cheap. */
  layout(ty: Ty): Layout;
  /** The size of a thin pointer (and of a `usize`), in the target's units. */
  readonly pointerSize: number;
  /** The main thread's stack (memory/stack.ts); `size` replaces the model's default
   *  (`--stack-size`). */
  mainStack(size?: number): StackSpec;
  /** The stack of the `index`th thread spawned (1, 2, ...), at addresses of its own: `size`
   *  (`Builder::stack_size`, or `--stack-size` in the book model) or the model's default for
   *  threads; null when the model has no room for another stack that large. */
  threadStack(index: number, size?: number): StackSpec | null;
  /** What a frame costs its stack (at least its shown units): the model of a debug build's frame. */
  frameCost(frame: FrameSizes): number;
  /** The real model's stacks grow down: each frame sits below its caller's, 16-byte aligned,
   *  its locals aligned in declaration order from the frame's top down. */
  readonly stackGrowsDown?: boolean;
  /** Addresses below this are stored densely (the book's stack); defaults to `staticBase`. */
  readonly denseBelow?: number;
  /** The heap policy's name (`--allocator`). */
  readonly allocator?: string;
  /** Where temporaries live: an area the book model has no addresses for, so views hide it. */
  readonly scratchBase: number;
  /** Where static memory (string literals) starts; it grows up. */
  readonly staticBase: number;
  /** The real model: the sections of a PIE binary, each from its own base (`.rodata` from
   *  `staticBase`; `.bss` follows `.data`). Without them (the book model) static memory is one
   *  area, filled in order. */
  readonly staticSections?: Readonly<Record<Exclude<StaticSection, '.bss'>, number>>;
  createHeap(): HeapAllocator;
  /** An address as this model writes it: `(2^30) - 1` in the book, `0x5555555592a0` on a real target. */
  showAddress(addr: number): string;
}

/** `str`, slices, trait objects and structs ending in one have no static size: pointers to them
 *  are fat. */
export function isUnsized(ty: Ty): boolean {
  return unsizedTail(ty) !== null;
}

const tails = new WeakMap<Ty, Ty | null>();

/** The unsized type a value of `ty` ends in, whose metadata a pointer to it carries: `ty` itself
 *  for `str`, a slice or `dyn Trait`; a struct's last field's (`RcInner<str>` ends in `str`, as
 *  rustc's `struct_tail` finds it); null for a sized type. */
export function unsizedTail(ty: Ty): Ty | null {
  if (ty.k === 'str' || ty.k === 'slice' || isTraitObject(ty)) return ty;
  if (ty.k !== 'adt' || ty.def.kind !== 'struct') return null;
  let tail = tails.get(ty);
  if (tail === undefined) {
    const last = variantFields(ty, 0).at(-1);
    tail = last ? unsizedTail(last) : null;
    tails.set(ty, tail);
  }
  return tail;
}

/** What a pointer to `ty` carries besides its address: a length, a vtable, or nothing. */
export function pointerMeta(ty: Ty): 'len' | 'vtable' | null {
  const tail = unsizedTail(ty);
  return tail === null ? null : isTraitObject(tail) ? 'vtable' : 'len';
}

const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;

/** The size and alignment of a value of the unsized type `ty` whose pointer carries `len` (a
 *  slice's elements, a `str`'s bytes) or `dyn` (a trait object's concrete type), in the units of
 *  `layout`, and where its tail starts: rustc's `size_of_val`, a struct's sized fields and its
 *  tail at its own alignment, the whole rounded up to the larger alignment. */
export function unsizedValueLayout(layout: (ty: Ty) => Layout, ty: Ty, len: number, dyn: Ty | null): UnsizedValueLayout {
  const l = layout(ty);
  if (isTraitObject(ty)) {
    const d = layout(dyn!);
    return { size: d.size, align: d.align, tailOffset: 0, end: d.size };
  }
  if (ty.k !== 'adt') {
    const size = (ty.k === 'str' ? 1 : l.stride) * len;
    return { size, align: l.align, tailOffset: 0, end: size };
  }
  const last = l.variants[0]!.fields.at(-1)!;
  const tail = unsizedValueLayout(layout, last.ty, len, dyn);
  const align = Math.max(l.align, tail.align);
  const tailOffset = roundUp(last.offset, tail.align);
  return { size: roundUp(tailOffset + tail.size, align), align, tailOffset, end: tailOffset + tail.end };
}

export interface UnsizedValueLayout {
  readonly size: number;
  readonly align: number;
  /** Where the unsized tail starts (0 for a `str`, slice or trait object itself). */
  readonly tailOffset: number;
  /** Where the tail ends: the units up to it hold the value, those after it padding. */
  readonly end: number;
}


/** `dyn Trait` or `dyn Fn(..)`: unsized, behind a pointer with a vtable. */
export function isTraitObject(ty: Ty): boolean {
  return ty.k === 'dyn' || ty.k === 'dynFn';
}

/** The type a reference, raw pointer or box points to; null for other types. */
export function pointee(ty: Ty): Ty | null {
  return ty.k === 'ref' || ty.k === 'ptr' || ty.k === 'box' ? ty.inner : null;
}

/** The first ADT or closure definition a type mentions: what ties it to one compiled program. */
export function typeOwner(ty: Ty): object | null {
  switch (ty.k) {
    case 'adt':
      return ty.def;
    case 'closure':
      return ty.def;
    case 'tuple':
      for (const e of ty.elems) {
        const o = typeOwner(e);
        if (o) return o;
      }
      return null;
    case 'array':
    case 'slice':
      return typeOwner(ty.elem);
    case 'ref':
    case 'ptr':
    case 'box':
      return typeOwner(ty.inner);
    default:
      return null;
  }
}

/**
 * A layout function with its cache. Layouts are cached by `typeKey`, per program: a type's key
 * names its ADTs and closures by their ids, which repeat in every compiled program, and a
 * layout holds its fields' types (the ADT objects of one program), so types that mention them
 * are cached per definition object.
 */
export function cachedLayout<L>(compute: (ty: Ty) => L): (ty: Ty) => L {
  const byObject = new WeakMap<Ty, L>();
  const byKey = new Map<string, L>();
  const byDefKey = new WeakMap<object, Map<string, L>>();
  return (ty) => {
    let layout = byObject.get(ty);
    if (layout !== undefined) return layout;
    const key = typeKey(ty);
    const def = typeOwner(ty);
    let cache = byKey;
    if (def) {
      let scoped = byDefKey.get(def);
      if (!scoped) byDefKey.set(def, (scoped = new Map()));
      cache = scoped;
    }
    layout = cache.get(key);
    if (layout === undefined) {
      layout = compute(ty);
      cache.set(key, layout);
    }
    byObject.set(ty, layout);
    return layout;
  };
}

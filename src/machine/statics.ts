import { shownName } from '../diagnostics/names.js';
import type { ConstDef } from '../resolve/items.js';
import type { Allocation, Memory, Raw } from '../memory/memory.js';
import { realLayout } from '../memory/real.js';
import type { StaticSection, Target } from '../memory/target.js';
import type { StaticItem } from '../mir/ir.js';
import { showTy, typeKey, type TraitDef, type Ty, knownLen } from '../types/ty.js';
import type { Machine, Value } from './machine.js';
import { StepLimit } from './signals.js';
import { intScalar } from './values.js';

/**
 * Static memory: what a binary has before it runs (string literals, `static` items, promoted
 * constants, vtables), placed as the program first needs it.
 *
 * In the real model each kind goes to its section of a PIE binary (`Target.staticSections`):
 * literals, promoted constants and immutable statics to `.rodata`, those of them holding
 * pointers and the vtables to `.data.rel.ro`, `static mut`s to `.data` (or `.bss` when all
 * their bytes are zero). Each section is a page; a program needing more is stopped (a stackheap
 * limit) rather than given overlapping addresses. The book model has one area, filled in order.
 */

export type StaticKind = 'literal' | 'static' | 'promoted' | 'vtable';

/** One slot of a vtable: what rustc puts there (`drop_in_place`, `size`, `align`, methods). */
export interface VtableEntry {
  readonly name: string;
  /** `fn`: a function's name, or null for an empty slot (a type with nothing to drop). */
  readonly value: { readonly kind: 'fn'; readonly fn: string | null } | { readonly kind: 'int'; readonly value: number };
}

export interface StaticBlock {
  readonly allocation: Allocation;
  readonly kind: StaticKind;
  /** The real model's section; null in the book model. */
  readonly section: StaticSection | null;
  readonly ty: Ty;
  /** A literal's text. */
  readonly text?: string;
  /** A static's name; a promoted constant's expression; a vtable's `<Circle as Shape>`. */
  readonly name?: string;
  /** A vtable's slots, 8 bytes each. */
  readonly entries?: readonly VtableEntry[];
  /** False when a vtable's methods are not known (a std trait's, which stackheap does not model):
   *  `entries` then has the first three slots only. */
  readonly complete?: boolean;
}

/** Static memory's bookkeeping at a checkpoint (the bytes are memory's): blocks name their
 *  allocation by id. */
export interface StaticsCheckpoint {
  readonly blocks: readonly (Omit<StaticBlock, 'allocation'> & { readonly allocationId: number })[];
  readonly tops: readonly (readonly [StaticSection, number])[];
  readonly top: number;
  readonly stdTop: number;
  readonly literals: readonly (readonly [string, { readonly addr: number; readonly len: number }])[];
  readonly promoted: readonly (readonly [string, number])[];
  readonly vtables: readonly (readonly [string, number])[];
  readonly items: readonly (readonly [ConstDef, number])[];
}

/** Where std's literals start, past any program's own (a program's literals are far smaller). */
const STD_STATICS_OFFSET = 2 ** 24;
/** Each real section's room: one page. */
const SECTION_ROOM = 0x1000;

export class StaticMemory {
  /** What views show, in order of placement (std's literals are not shown). */
  readonly blocks: StaticBlock[] = [];
  private readonly tops = new Map<StaticSection, number>();
  private readonly limits = new Map<StaticSection, number>();
  /** The book model's single area. */
  private top: number;
  private stdTop: number;
  private readonly literals = new Map<string, { addr: number; len: number }>();
  /** Promoted constants by type and contents: equal constants share one place, as in rustc. */
  private readonly promoted = new Map<string, number>();
  private readonly vtables = new Map<string, number>();
  private readonly items = new Map<ConstDef, number>();

  constructor(
    private readonly memory: Memory,
    private readonly target: Target,
  ) {
    this.top = target.staticBase;
    this.stdTop = target.staticBase + STD_STATICS_OFFSET;
    const sections = target.staticSections;
    if (sections) {
      const bases = Object.entries(sections).sort((a, b) => a[1] - b[1]);
      bases.forEach(([name, base], i) => {
        this.tops.set(name as StaticSection, base);
        this.limits.set(name as StaticSection, bases[i + 1]?.[1] ?? base + SECTION_ROOM);
      });
      this.limits.set('.bss', sections['.data'] + SECTION_ROOM);
    }
  }

  /** What is placed so far (machine/checkpoint.ts); no static is being initialised then. */
  checkpoint(): StaticsCheckpoint {
    return {
      blocks: this.blocks.map(({ allocation, ...block }) => ({ ...block, allocationId: allocation.id })),
      tops: [...this.tops],
      top: this.top,
      stdTop: this.stdTop,
      literals: [...this.literals],
      promoted: [...this.promoted],
      vtables: [...this.vtables],
      items: [...this.items],
    };
  }

  /** Back to a checkpoint, over the memory restored with it (`allocation` finds its blocks). */
  restore(c: StaticsCheckpoint, allocation: (id: number) => Allocation): void {
    this.blocks.length = 0;
    for (const { allocationId, ...block } of c.blocks) this.blocks.push({ ...block, allocation: allocation(allocationId) });
    const refill = <K, V>(map: Map<K, V>, entries: readonly (readonly [K, V])[]) => {
      map.clear();
      for (const [k, v] of entries) map.set(k, v);
    };
    refill(this.tops, c.tops);
    this.top = c.top;
    this.stdTop = c.stdTop;
    refill(this.literals, c.literals);
    refill(this.promoted, c.promoted);
    refill(this.vtables, c.vtables);
    refill(this.items, c.items);
  }

  /** Whether this target has sections (the real model). */
  get sectioned(): boolean {
    return this.target.staticSections !== undefined;
  }

  /** The next `size` bytes aligned to `align` in `section` (the single area without sections).
   *  `.bss` starts where `.data` ends, so it is placed after every `.data` item. */
  private reserve(section: StaticSection, size: number, align: number): number {
    if (!this.sectioned) {
      const addr = Math.ceil(this.top / align) * align;
      this.top = addr + size;
      return addr;
    }
    if (!this.tops.has(section)) this.tops.set(section, this.tops.get('.data')!);
    const addr = Math.ceil(this.tops.get(section)! / align) * align;
    if (addr + size > this.limits.get(section)!) throw new StepLimit(`the program's ${section} needs more than the ${SECTION_ROOM} bytes stackheap gives it`);
    this.tops.set(section, addr + size);
    if (section === '.data') this.tops.delete('.bss');
    return addr;
  }

  private add(block: Omit<StaticBlock, 'allocation'>, addr: number, size: number): StaticBlock {
    const allocation = this.memory.addAllocation('static', addr, size, block.kind === 'literal' ? (block.ty.k === 'str' ? 'str' : showTy(block.ty)) : block.name ?? showTy(block.ty));
    const placed = { ...block, allocation };
    this.blocks.push(placed);
    return placed;
  }

  /** A string literal's UTF-8 bytes, once per distinct literal. std's own literals live apart,
   *  above the program's, and are not shown. */
  literal(text: string, bytes: boolean, std: boolean): { addr: number; len: number } {
    const key = `${std ? 'std' : ''}${bytes ? 'b' : 's'}${text}`;
    const known = this.literals.get(key);
    if (known) return known;
    const data = bytes ? Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff) : new TextEncoder().encode(text);
    const len = data.length;
    const ty: Ty = bytes ? { k: 'array', elem: { k: 'int', int: 'u8' }, len } : { k: 'str' };
    let addr: number;
    if (std) {
      addr = this.stdTop;
      this.stdTop += len;
      this.memory.addAllocation('static', addr, len, showTy(ty));
    } else {
      addr = this.reserve('.rodata', len, 1);
      this.add({ kind: 'literal', section: this.sectioned ? '.rodata' : null, ty, text }, addr, len);
    }
    for (let i = 0; i < len; i++) this.memory.write(addr + i, intScalar(BigInt(data[i]!)));
    const placed = { addr, len };
    this.literals.set(key, placed);
    return placed;
  }

  /**
   * A promoted constant's place: `raw` (the value, unit by unit) is copied to `.rodata`
   * (`.data.rel.ro` when it holds pointers), once per distinct value of a type. Zero-sized
   * constants get no room: their address is their alignment, as rustc's dangling pointers.
   */
  promote(ty: Ty, size: number, align: number, raw: readonly Raw[], name: string): number {
    if (size === 0) return align;
    const key = `${typeKey(ty)}=${raw.map(rawKey).join(',')}`;
    const known = this.promoted.get(key);
    if (known !== undefined) return known;
    const section = raw.some(isPointer) ? '.data.rel.ro' : '.rodata';
    const addr = this.reserve(section, size, align);
    this.add({ kind: 'promoted', section: this.sectioned ? section : null, ty, name }, addr, size);
    raw.forEach((r, i) => this.memory.writeRaw(addr + i, r));
    this.promoted.set(key, addr);
    return addr;
  }

  /** The address of the vtable of `concrete` as a `dyn trait` (placed on first use). */
  vtable(concrete: Ty, trait: TraitDef, entries: () => { entries: readonly VtableEntry[]; complete: boolean }): number {
    const key = vtableKey(concrete, trait);
    const known = this.vtables.get(key);
    if (known !== undefined) return known;
    const slots = entries();
    const size = 8 * slots.entries.length;
    const addr = this.reserve('.data.rel.ro', size, 8);
    this.add({ kind: 'vtable', section: '.data.rel.ro', ty: concrete, name: shownName(`<${showTy(concrete)} as ${trait.name}>`), ...slots }, addr, size);
    this.vtables.set(key, addr);
    return addr;
  }

  /** Where the vtable of `concrete` as a `dyn trait` is, if it was placed. */
  vtableAddress(concrete: Ty, trait: TraitDef): number | undefined {
    return this.vtables.get(vtableKey(concrete, trait));
  }

  /** Statics whose initializers are running: one needed again is in a cycle of addresses. */
  private readonly evaluating = new Set<ConstDef>();

  /**
   * The address of a `static` item; an immutable one is placed (and initialised) on first use:
   * in `.data.rel.ro` when its value holds a pointer, else in `.rodata`. Statics whose
   * initializers take each other's addresses get theirs by type, before their values exist.
   */
  item(m: Machine, def: ConstDef): number {
    const known = this.items.get(def);
    if (known !== undefined) return known;
    const item = m.program.statics.find((s) => s.def === def);
    if (!item || item.mutable) throw new Error(`internal error: the static \`${def.name}\` is used before it is placed`);
    const { size, align } = m.layout(item.ty);
    const place = (section: StaticSection): number => {
      const addr = this.reserve(section, size, align);
      this.items.set(def, addr);
      this.add({ kind: 'static', section: this.sectioned ? section : null, ty: item.ty, name: shownName(def.name) }, addr, size);
      return addr;
    };
    if (this.evaluating.has(def)) return place(holdsPointers(item.ty) ? '.data.rel.ro' : '.rodata');
    this.evaluating.add(def);
    const value = m.callNested(item.init, [], def.item.span);
    this.evaluating.delete(def);
    const addr = this.items.get(def) ?? place(hasPointer(value) ? '.data.rel.ro' : '.rodata');
    m.writeValue(addr, item.ty, value);
    return addr;
  }

  /**
   * Places every `static` before `main` runs, in declaration order: immutable ones at once,
   * `static mut`s once all are evaluated, `.data` first and `.bss` after it.
   */
  placeItems(m: Machine): void {
    const writable: { item: StaticItem; value: Value }[] = [];
    for (const item of m.program.statics) {
      if (!item.mutable) this.item(m, item.def);
      else writable.push({ item, value: m.callNested(item.init, [], item.def.item.span) });
    }
    const zero = writable.filter((w) => allZero(w.value));
    const data = writable.filter((w) => !allZero(w.value));
    for (const { item, value } of [...data, ...zero]) {
      const { size, align } = m.layout(item.ty);
      const section: StaticSection = zero.some((z) => z.item === item) ? '.bss' : '.data';
      const addr = this.reserve(section, size, align);
      this.items.set(item.def, addr);
      m.writeValue(addr, item.ty, value);
      this.add({ kind: 'static', section: this.sectioned ? section : null, ty: item.ty, name: shownName(item.def.name) }, addr, size);
    }
  }
}

const vtableKey = (concrete: Ty, trait: TraitDef): string => `${typeKey(concrete)} as ${trait.id}`;

function rawKey(r: Raw): string {
  if (typeof r === 'string') return '?';
  switch (r.kind) {
    case 'int':
      return r.value.toString();
    case 'float':
      return `f${Object.is(r.value, -0) ? '-0' : String(r.value)}`;
    case 'ptr':
      return `p${r.addr}`;
    case 'vtable':
      return `v${typeKey(r.ty)}`;
  }
}

const isPointer = (r: Raw): boolean => typeof r !== 'string' && (r.kind === 'ptr' || r.kind === 'vtable');

/** Whether a value holds a pointer the loader would relocate. */
function hasPointer(value: Value): boolean {
  if (value === null) return false;
  return value.kind === 'cells' ? value.raw.some(isPointer) : isPointer(value);
}

/** Whether a value's bytes are all zero (padding counts as zero): a `static mut` of it is `.bss`. */
function allZero(value: Value): boolean {
  if (value === null) return true;
  const raws: readonly Raw[] = value.kind === 'cells' ? value.raw : [value];
  return raws.every((r) => typeof r === 'string' || (r.kind === 'int' && r.value === 0n) || (r.kind === 'float' && Object.is(r.value, 0)));
}

/** Whether values of the type may hold pointers (which the loader relocates). */
function holdsPointers(ty: Ty): boolean {
  switch (ty.k) {
    case 'ref':
    case 'ptr':
    case 'box':
      return true;
    case 'array':
      return knownLen(ty) > 0 && holdsPointers(ty.elem);
    case 'tuple':
    case 'closure':
    case 'adt':
      return realLayout(ty).variants.some((v) => v.fields.some((f) => holdsPointers(f.ty)));
    default:
      return false;
  }
}

/** The slots of the vtable of `concrete` as a `dyn trait`, as rustc fills them: `drop_in_place`
 *  (null when the type has nothing to drop), size, align, then the methods (see `vtableSlots`). */
export function vtableEntries(m: Machine, concrete: Ty, trait: TraitDef): { entries: VtableEntry[]; complete: boolean } {
  const slots = m.program.vtableSlots(trait);
  const { size, align } = realLayout(concrete);
  const self = showTy(concrete);
  const metadata: VtableEntry[] = [
    { name: 'drop_in_place', value: { kind: 'fn', fn: m.needsDrop(concrete) ? `core::ptr::drop_in_place::<${self}>` : null } },
    { name: 'size', value: { kind: 'int', value: size } },
    { name: 'align', value: { kind: 'int', value: align } },
  ];
  if (!slots) return { entries: metadata, complete: false };
  const methods = slots.map((slot): VtableEntry => {
      if (slot.kind === 'vptr') return { name: `vtable of ${shownName(slot.trait.name)}`, value: { kind: 'fn', fn: shownName(`<${self} as ${slot.trait.name}>'s vtable`) } };
      const owner = shownName(slot.fn.owner.kind === 'trait' ? slot.fn.owner.trait.name : trait.name);
      return { name: slot.fn.name, value: { kind: 'fn', fn: `<${self} as ${owner}>::${slot.fn.name}` } };
  });
  return { entries: [...metadata, ...methods], complete: true };
}

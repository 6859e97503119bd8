import { DUMMY_SPAN, type Span } from '../diagnostics/span.js';
import type { Place, Rvalue, Terminator } from '../mir/ir.js';
import type { Allocation, PointerTag, Raw, Scalar } from '../memory/memory.js';
import type { Dangling, DeadBlock, Note, UndefinedKind } from '../trace/types.js';
import { showTy } from '../types/ty.js';
import type { Frame, Machine, Value } from './machine.js';
import { describePlace, pointeeArg, valueSize, type PlaceRef } from './places.js';
import { localAddr } from './frame.js';

/**
 * `--unchecked`: the program runs although rustc's borrow checker would reject it, and the
 * machine stops at the first undefined behaviour, where it happens (docs/unchecked.md):
 *
 * - a pointer used after the heap block it points into was freed (or moved by a reallocation);
 * - a reference used after the frame of the local it points to was popped, or after that
 *   local's scope ended (its storage is dead);
 * - a value read after it was moved out (memory remembers the move), or never written;
 * - a write through a shared reference (or a reference derived from one);
 * - a reference used after a write to its memory that did not go through it (or through a
 *   reference derived from it): a simplified Stacked Borrows in which writes invalidate the
 *   other references to the written bytes and reads invalidate nothing.
 *
 * Every reference the program makes (`&place`, `&mut place`) gets a `Borrow`, carried by the
 * pointer (its `tag`) wherever it is copied: what memory it points into (a heap allocation, a
 * local of a frame, static memory), its bytes, whether it may write, the borrow it was derived
 * from, and when it was made. The machine calls in at derefs, reads, writes, moves and the ends
 * of storage; nothing here runs without `--unchecked`.
 */

/** Undefined behaviour: the run ends at once, without unwinding. */
export class UndefinedBehavior {
  constructor(
    readonly ub: UndefinedKind,
    readonly message: string,
    readonly span: Span,
    readonly notes: readonly Note[],
  ) {}
}

/** What a pointer points into: its liveness is that memory's. */
type Storage =
  | { readonly kind: 'heap'; readonly allocation: Allocation }
  | { readonly kind: 'local'; readonly frame: Frame; readonly local: number; readonly generation: number }
  | { readonly kind: 'static' };

interface Borrow extends PointerTag {
  readonly mutable: boolean;
  /** `&mut` not derived from a shared reference. */
  readonly writable: boolean;
  readonly parent: Borrow | null;
  readonly storage: Storage;
  readonly addr: number;
  readonly size: number;
  /** The write epoch when it was made: only later writes can invalidate it. */
  readonly epoch: number;
  readonly span: Span;
}

interface WriteRecord {
  readonly epoch: number;
  /** The borrow the write went through; null for the owner (or a raw pointer). */
  readonly writer: Borrow | null;
  readonly span: Span;
}

interface MoveRecord {
  readonly span: Span;
  readonly frame: Frame;
  readonly place: Place;
}

interface FreeRecord {
  readonly span: Span;
  readonly reallocated: boolean;
  readonly block: DeadBlock;
}

interface LocalLife {
  generation: number;
  /** Where its storage ended (null while it is live). */
  died: Span | null;
  /** Where its storage last ended, kept through a new life (for references to an old one). */
  lastDied: Span | null;
}

/** The tag of a pointer into an `UnsafeCell` (std's `Cell`/`RefCell` write through `&self` with
 *  one): writes through it are interior mutability, allowed under shared references, and
 *  invalidate none of them. */
const INTERIOR: PointerTag = { id: -1 };

/** The tag of a raw pointer std makes from a reference (`ptr_from_ref`, `UnsafeCell::get`): like
 *  `INTERIOR` its writes invalidate nothing; it also remembers the nearest `&mut` the reference
 *  was derived from, so a `&mut` reborrowed through the pointer (std's B-tree writing its root
 *  through the map's `&mut self`) derives from that `&mut` and does not invalidate it, as in
 *  Stacked Borrows, where the raw pointer's permission sits above the reference's. */
interface RawFromRef extends PointerTag {
  readonly origin: Borrow;
}

const isRawTag = (tag: PointerTag | undefined): boolean => tag !== undefined && tag.id === -1;
const rawOrigin = (ptr: Scalar & { kind: 'ptr' }): Borrow | null => (isRawTag(ptr.tag) ? ((ptr.tag as Partial<RawFromRef>).origin ?? null) : null);

/** The nearest `&mut` among a borrow and the borrows it was derived from. */
function nearestMutable(borrow: Borrow | null): Borrow | null {
  let b = borrow;
  while (b !== null && !b.mutable) b = b.parent;
  return b;
}

/** A pointer's borrow: none for `INTERIOR` and a raw pointer's origin (tags with negative ids,
 *  machine/raw-pointers.ts). */
const borrowOf = (ptr: Scalar & { kind: 'ptr' }): Borrow | null => (ptr.tag === undefined || ptr.tag.id < 0 ? null : (ptr.tag as Borrow));

export class Unchecked {
  /** The statement or terminator being executed (set by the machine each step). */
  span: Span;
  /** The pointer the place being resolved was last reached through (null: a local itself). */
  cur: Scalar | null = null;
  private nextTag = 1;
  private epoch = 0;
  private readonly writes = new Map<number, WriteRecord>();
  private readonly moves = new Map<number, MoveRecord>();
  private readonly freed = new Map<number, FreeRecord>();
  private readonly popped = new WeakMap<Frame, Span>();
  private readonly lives = new WeakMap<Frame, Map<number, LocalLife>>();
  /** Dead memory seen behind dangling pointers while a snapshot is taken. */
  private deadSeen = new Map<string, DeadBlock>();

  constructor(private readonly m: Machine) {
    this.span = DUMMY_SPAN;
  }

  // ---- events the machine reports -----------------------------------------------------------

  /** `place` (at `addr`, `size` units) was moved out. */
  moved(addr: number, size: number, frame: Frame, place: Place): void {
    const record: MoveRecord = { span: this.here(), frame, place };
    for (let a = addr; a < addr + size; a++) this.moves.set(a, record);
  }

  /** A heap block was freed (`reallocated`: its contents moved to a new block). */
  freedBlock(allocation: Allocation, span: Span, reallocated: boolean): void {
    const block: DeadBlock = { addr: allocation.base, size: allocation.size, ty: allocation.label, name: '', reason: 'freed' };
    this.freed.set(allocation.id, { span: this.m.programSpan(span), reallocated, block });
  }

  framePopped(frame: Frame, span: Span): void {
    this.popped.set(frame, span);
  }

  storageDead(frame: Frame, local: number, span: Span): void {
    const life = this.life(frame, local);
    life.died = span;
    life.lastDied = span;
  }

  storageLive(frame: Frame, local: number): void {
    const life = this.life(frame, local);
    if (life.died === null) return;
    // Live again (a loop's next iteration): references to its previous life stay dead.
    life.generation++;
    life.died = null;
  }

  // ---- references ---------------------------------------------------------------------------

  /** `&place` or `&mut place` (`ptr` points at the resolved `place`): a shared borrow reads the
   *  place; either kind must be made through a live, valid pointer. The new reference carries
   *  its borrow. */
  reference(ptr: Scalar & { kind: 'ptr' }, place: PlaceRef, r: Rvalue & { kind: 'ref' }, frame: Frame): Scalar & { kind: 'ptr' } {
    const size = valueSize(this.m, place);
    const reached = this.through(r.place);
    const through = reached !== null && reached.kind === 'ptr' ? reached : null;
    if (r.mutable) {
      if (through) this.check(through, place.addr, size, false);
    } else {
      this.read(place.addr, size, through);
    }
    return this.borrow(ptr, size, r.mutable, through, frame, r.place.local);
  }

  /** A borrow of `[ptr.addr, + size)`, reached through `through` (null: the local `local` of
   *  `frame` itself), carried by the pointer. */
  private borrow(ptr: Scalar & { kind: 'ptr' }, size: number, mutable: boolean, through: (Scalar & { kind: 'ptr' }) | null, frame: Frame, local: number): Scalar & { kind: 'ptr' } {
    const parent = (through ? (borrowOf(through) ?? rawOrigin(through)) : null) ?? (through ? this.dropOwner : null);
    const storage: Storage = parent
      ? parent.storage
      : through
        ? this.storageAt(through)
        : { kind: 'local', frame, local, generation: this.life(frame, local).generation };
    const tag: Borrow = {
      id: this.nextTag++,
      mutable,
      writable: mutable && (parent === null || parent.writable),
      parent,
      storage,
      addr: ptr.addr,
      size,
      epoch: this.epoch,
      span: this.here(),
    };
    return { kind: 'ptr', addr: ptr.addr, alloc: storage.kind === 'heap' ? storage.allocation.id : ptr.alloc, tag };
  }

  /** The pointer arguments of an intrinsic: what they point to must be live, and is read (`&T`)
   *  or written (`&mut T`) through them. */
  intrinsicArgs(t: Terminator & { kind: 'call' }, args: readonly Value[], frame: Frame): void {
    for (let i = 0; i < t.args.length; i++) {
      const ty = this.m.operandType(t.args[i]!, frame);
      if (ty.k !== 'ref') continue;
      const value = args[i];
      const ptr = value && value.kind === 'cells' ? value.raw[0] : value;
      if (!ptr || typeof ptr === 'string' || ptr.kind !== 'ptr') continue;
      this.live(ptr);
      const pointee = pointeeArg(this.m, t, args, i, frame);
      const size = valueSize(this.m, pointee);
      if (ty.mutable) this.write(pointee.addr, size, ptr);
      else this.check(ptr, pointee.addr, size, false);
    }
  }

  /** While a place reached through a reference is dropped: the drop glue works through that
   *  reference (rustc passes it a reborrow of it), so what the glue writes or borrows without a
   *  borrow of its own is derived from it. */
  private dropOwner: Borrow | null = null;

  /** Runs `drop` for a place reached through `through` (null: a local). */
  dropping(through: Scalar | null, drop: () => void): void {
    const saved = this.dropOwner;
    const owner = through !== null && through.kind === 'ptr' ? borrowOf(through) : null;
    if (owner) this.dropOwner = owner;
    try {
      drop();
    } finally {
      this.dropOwner = saved;
    }
  }

  /** `UnsafeCell::get`: a raw pointer for interior mutability, same provenance. */
  interior(source: Scalar): Scalar {
    if (source.kind !== 'ptr') return source;
    const origin = nearestMutable(borrowOf(source)) ?? rawOrigin(source);
    const fromRef: RawFromRef | null = origin !== null ? { id: -1, origin } : null;
    return { kind: 'ptr', addr: source.addr, alloc: source.alloc, tag: fromRef ?? INTERIOR };
  }

  /** The slice `a[i..j]` of what `source` points to: the MIR reaches it through a shared
   *  `&a` whatever the program then borrows (`&a[i..j]` or `&mut a[i..j]`), so it keeps only
   *  the allocation; the program's own borrow of it is the reference that is checked. */
  sliced(source: Scalar, addr: number): Scalar {
    return { kind: 'ptr', addr, alloc: source.kind === 'ptr' ? source.alloc : 0 };
  }

  // ---- checks -------------------------------------------------------------------------------

  /** A raw pointer's access: the memory of the reference it was made from must still live. A
   *  raw pointer carries no borrow of its own (writes through others of the same place leave
   *  it valid, as in Stacked Borrows, where raw pointers share their place's permission). */
  rawAccess(reference: PointerTag): void {
    const borrow = reference as Borrow;
    const dead = this.deadStorage(borrow.storage);
    if (dead) throw this.danglingStop(dead, borrow.storage, borrow);
  }

  /**
   * Dereferences the pointer read from `cellAddr`: it must hold a pointer (not a moved-out or
   * uninitialised value) into live memory; `accessSize` units behind it are then read.
   */
  deref(raw: Raw, cellAddr: number, accessSize = 0): void {
    if (typeof raw === 'string') this.emptyRead(cellAddr, raw);
    if (raw.kind !== 'ptr') return;
    this.live(raw);
    if (accessSize > 0) this.check(raw, raw.addr, accessSize, false);
    this.cur = raw;
  }

  /** Reads `size` units at `addr`, reached through `through` (null: the owner). A value moved
   *  out as a whole is moved from its first unit and holds nothing else; one whose first part
   *  alone was moved out through a raw pointer (std's array iterator) still holds the rest, and
   *  a part moved out alone is found when read. */
  read(addr: number, size: number, through: Scalar | null): void {
    if (through !== null && through.kind === 'ptr') this.check(through, addr, size, false);
    if (size > 0 && this.m.memory.read(addr) === 'moved' && !this.m.memory.anyInit(addr, size)) this.emptyRead(addr, 'moved');
  }

  /** What the place just resolved was reached through (null: a local itself). */
  through(place: Place): Scalar | null {
    return place.projection.length === 0 ? null : this.cur;
  }

  /** Writes `size` units at `addr`, reached through `through` (null: the owner or a raw
   *  pointer of std's own): every other reference to those units is invalidated. */
  write(addr: number, size: number, through: Scalar | null): void {
    const ptr = through !== null && through.kind === 'ptr' ? through : null;
    if (ptr) this.check(ptr, addr, size, true);
    if (size <= 0 || isRawTag(ptr?.tag)) return;
    const record: WriteRecord = { epoch: ++this.epoch, writer: (ptr ? borrowOf(ptr) : null) ?? this.dropOwner, span: this.here() };
    for (let a = addr; a < addr + size; a++) this.writes.set(a, record);
  }

  /** A read of a location holding no value: a moved-out or uninitialised one. */
  emptyRead(addr: number, raw: 'moved' | 'uninit'): never {
    if (raw === 'uninit') throw this.stop('uninitialized', 'use of an uninitialized value', []);
    const record = this.moves.get(addr);
    const name = record ? describePlace(this.m, record.frame, record.place) : null;
    throw this.stop('use after move', name ? `use of a moved value: \`${name}\`` : 'use of a moved value', record ? [{ kind: 'note', message: `value moved here`, span: record.span }] : []);
  }

  /** The pointer must point into live memory. */
  private live(ptr: Scalar & { kind: 'ptr' }): void {
    const borrow = borrowOf(ptr);
    if (borrow) {
      const dead = this.deadStorage(borrow.storage);
      if (dead) throw this.danglingStop(dead, borrow.storage, borrow);
      return;
    }
    if (ptr.alloc > 0 && this.m.memory.allocation(ptr.alloc) === undefined) {
      const record = this.freed.get(ptr.alloc);
      if (record) this.deadSeen.set(`h${ptr.alloc}`, record.block);
      throw this.stop('use after free', 'use after free: this pointer points into a heap block that was freed', record ? [freeNote(record)] : []);
    }
  }

  /** An access through `ptr`: it must not have been invalidated by a later write that did not
   *  go through it, and it may write only if it is a `&mut` not derived from a `&`. */
  private check(ptr: Scalar & { kind: 'ptr' }, addr: number, size: number, write: boolean): void {
    const borrow = borrowOf(ptr);
    if (!borrow) return;
    for (let a = addr; a < addr + size; a++) {
      const w = this.writes.get(a);
      if (w && w.epoch > borrow.epoch && !derivedFrom(w.writer, borrow)) {
        throw this.stop('invalidated', 'use of a reference that a write through another path invalidated', [
          { kind: 'help', message: 'the reference was created here', span: borrow.span },
          { kind: 'help', message: 'and invalidated by this write to the memory it points to', span: w.span },
        ]);
      }
    }
    if (write && !borrow.writable) {
      const message = borrow.mutable ? 'this `&mut` was derived from a shared reference, created here' : 'the shared reference was created here';
      let origin: Borrow = borrow;
      while (origin.mutable && origin.parent) origin = origin.parent;
      throw this.stop('write through shared', 'write through a shared reference', [{ kind: 'help', message, span: origin.span }]);
    }
  }

  // ---- views --------------------------------------------------------------------------------

  /** Why the pointer may no longer be used, if it may not; notes the dead memory it points at
   *  for the snapshot being taken. */
  pointerState(ptr: Scalar & { kind: 'ptr' }): Dangling | null {
    const borrow = borrowOf(ptr);
    if (borrow) {
      const dead = this.deadStorage(borrow.storage);
      if (dead) {
        this.noteDead(borrow.storage, dead);
        return dead;
      }
      for (let a = borrow.addr; a < borrow.addr + borrow.size; a++) {
        const w = this.writes.get(a);
        if (w && w.epoch > borrow.epoch && !derivedFrom(w.writer, borrow)) return 'invalidated';
      }
      return null;
    }
    const record = ptr.alloc !== 0 ? this.freed.get(ptr.alloc) : undefined;
    if (!record) return null;
    this.deadSeen.set(`h${ptr.alloc}`, record.block);
    return 'freed';
  }

  /** The dead memory noted since the last call, highest address first. */
  takeDeadBlocks(): DeadBlock[] {
    const blocks = [...this.deadSeen.values()].sort((a, b) => b.addr - a.addr);
    this.deadSeen = new Map();
    return blocks;
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Where the program is: the statement being executed, or its call into std. */
  private here(): Span {
    return this.m.programSpan(this.span);
  }

  private stop(ub: UndefinedKind, message: string, notes: readonly Note[]): UndefinedBehavior {
    return new UndefinedBehavior(ub, message, this.here(), notes);
  }

  private life(frame: Frame, local: number): LocalLife {
    let lives = this.lives.get(frame);
    if (!lives) this.lives.set(frame, (lives = new Map()));
    let life = lives.get(local);
    if (!life) lives.set(local, (life = { generation: 0, died: null, lastDied: null }));
    return life;
  }

  private deadStorage(storage: Storage): Exclude<Dangling, 'invalidated'> | null {
    switch (storage.kind) {
      case 'heap':
        return storage.allocation.live ? null : 'freed';
      case 'local': {
        if (this.popped.has(storage.frame)) return 'popped';
        const life = this.lives.get(storage.frame)?.get(storage.local);
        return life && (life.died !== null || life.generation !== storage.generation) ? 'out of scope' : null;
      }
      case 'static':
        return null;
    }
  }

  private danglingStop(dead: Exclude<Dangling, 'invalidated'>, storage: Storage, borrow: Borrow): UndefinedBehavior {
    // The snapshot at the stop shows the dead memory, whoever else still points to it.
    this.noteDead(storage, dead);
    const created: Note = { kind: 'help', message: 'the reference was created here', span: borrow.span };
    if (storage.kind === 'heap') {
      const record = this.freed.get(storage.allocation.id);
      return this.stop('use after free', 'use after free: this reference points into a heap block that was freed', [created, ...(record ? [freeNote(record)] : [])]);
    }
    if (storage.kind !== 'local') throw new Error('internal error: static memory died');
    const info = storage.frame.info;
    const name = localName(storage.frame, storage.local);
    if (dead === 'popped') {
      return this.stop('popped frame', `use of a reference to ${name}, a local of \`${info.name}\` whose frame was popped`, [
        created,
        { kind: 'help', message: `\`${info.name}\` returned here: its frame was popped`, span: this.popped.get(storage.frame)! },
      ]);
    }
    const died = this.lives.get(storage.frame)?.get(storage.local)?.lastDied;
    return this.stop('out of scope', `use of a reference to ${name}, whose scope has ended`, [
      created,
      ...(died ? [{ kind: 'help' as const, message: `${name} went out of scope here`, span: died }] : []),
    ]);
  }

  private noteDead(storage: Storage, reason: Exclude<Dangling, 'invalidated'>): void {
    if (storage.kind === 'heap') {
      const record = this.freed.get(storage.allocation.id);
      if (record) this.deadSeen.set(`h${storage.allocation.id}`, record.block);
    } else if (storage.kind === 'local') {
      const { frame, local } = storage;
      const key = `l${frame.stackBase}:${frame.scratchBase}:${local}`;
      const block: DeadBlock = { addr: localAddr(frame, local), size: frame.info.layouts[local]!.size, ty: showTy(frame.info.tys[local]!), name: frame.info.body.locals[local]!.name ?? '', fn: frame.info.name, reason };
      this.deadSeen.set(key, block);
    }
  }

  /** What a pointer without a borrow points into, found by its address. */
  private storageAt(ptr: Scalar & { kind: 'ptr' }): Storage {
    const allocation = ptr.alloc !== 0 ? this.m.memory.allocation(ptr.alloc) : undefined;
    if (allocation) return { kind: 'heap', allocation };
    for (const block of this.m.heapBlocks.values()) {
      const a = block.allocation;
      if (ptr.addr >= a.base && ptr.addr < a.base + Math.max(a.size, 1)) return { kind: 'heap', allocation: a };
    }
    const frames = this.m.frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i]!;
      for (let local = 0; local < frame.info.offsets.length; local++) {
        const start = localAddr(frame, local);
        // A zero-sized local shares its address with the next one and holds nothing to reach.
        if (ptr.addr >= start && ptr.addr < start + frame.info.layouts[local]!.size) {
          return { kind: 'local', frame, local, generation: this.life(frame, local).generation };
        }
      }
    }
    return { kind: 'static' };
  }
}

function derivedFrom(writer: Borrow | null, borrow: Borrow): boolean {
  for (let b = writer; b !== null; b = b.parent) if (b === borrow) return true;
  return false;
}

function freeNote(record: FreeRecord): Note {
  return { kind: 'help', message: record.reallocated ? 'the block was freed here, when a reallocation moved its contents to a new block' : 'the block was freed here', span: record.span };
}

/** `` `x` ``, or `a temporary`. */
function localName(frame: Frame, local: number): string {
  const name = frame.info.body.locals[local]!.name;
  return name === null ? 'a temporary' : `\`${name}\``;
}

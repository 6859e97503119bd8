import type { SourceFile, Span } from '../diagnostics/span.js';
import type { Body, FormatArg, LoweredFormat, MirProgram, Operand, PanicMessage, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';
import { Memory, type Allocation, type Scalar } from '../memory/memory.js';
import type { HeapAllocator, Target } from '../memory/target.js';
import type { Recorder } from '../trace/recorder.js';
import type { CellValue, Outcome, Snapshot, StopKind } from '../trace/types.js';
import { intBits, intRange, intSigned, needsDrop, showTy, wrapInt, type Ty } from '../types/ty.js';
import { formatInt, padStr, type ResolvedSpec } from './fmt.js';

export interface MachineOptions {
  /** The run stops once this many statements and terminators have executed. */
  readonly maxSteps: number;
  /** The deepest call stack allowed, so runaway recursion ends before the host runs out of memory. */
  readonly maxDepth: number;
}

export const DEFAULT_MAX_STEPS = 10_000_000;
export const DEFAULT_MAX_DEPTH = 10_000;

type Value = Scalar | { readonly kind: 'unit' };

interface Frame {
  readonly body: Body;
  /** The address of each local, by local id. */
  readonly addrs: readonly number[];
  readonly stack: Allocation;
  readonly scratch: Allocation;
  block: number;
  statement: number;
  /** Where the caller wants the return value, and where it continues. */
  readonly returnTo: { readonly addr: number; readonly ty: Ty; readonly block: number | null } | null;
}

/** A Rust panic: unwinds to the top (no `catch_unwind` yet) and ends the run with exit code 101. */
class Panic {
  constructor(readonly message: string, readonly span: Span) {}
}

class Exit {
  constructor(readonly code: number) {}
}

class StepLimit {
  constructor(readonly message: string) {}
}

const UNIT_VALUE: Value = { kind: 'unit' };

export class Machine {
  private readonly memory = new Memory();
  private readonly heap: HeapAllocator;
  private readonly heapBlocks = new Map<number, { readonly allocation: Allocation; readonly ty: Ty }>();
  private readonly frames: Frame[] = [];
  private stackTop: number;
  private scratchTop: number;
  private steps = 0;
  private stdout = '';
  private stderr = '';

  constructor(
    private readonly program: MirProgram,
    private readonly target: Target,
    private readonly file: SourceFile,
    private readonly recorder: Recorder,
    private readonly options: MachineOptions,
  ) {
    this.heap = target.createHeap();
    this.stackTop = target.stackBase;
    this.scratchTop = target.scratchBase;
  }

  run(): { outcome: Outcome; stdout: string; stderr: string; steps: number } {
    const outcome = this.execute();
    return { outcome, stdout: this.stdout, stderr: this.stderr, steps: this.steps };
  }

  private execute(): Outcome {
    try {
      this.pushFrame(this.program.bodies.get(this.program.entry)!, [], null);
      while (this.frames.length > 0) this.step();
      this.recordStop('end', 'the program ends', this.program.bodies.get(this.program.entry)!.span);
      return { kind: 'returned', exitCode: 0 };
    } catch (signal) {
      if (signal instanceof Panic) {
        const location = `${this.file.path}:${signal.span.line}:${signal.span.col}`;
        // The thread id is the OS's and differs on every run; stackheap's main thread is 1.
        this.stderr += `\nthread 'main' (1) panicked at ${location}:\n${signal.message}\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`;
        return { kind: 'panicked', exitCode: 101, message: signal.message, location };
      }
      if (signal instanceof Exit) return { kind: 'exited', exitCode: signal.code };
      if (signal instanceof StepLimit) {
        const span = this.currentSpan();
        return { kind: 'limit', exitCode: 3, message: signal.message, location: `${this.file.path}:${span.line}:${span.col}` };
      }
      throw signal;
    }
  }

  private currentSpan(): Span {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return this.program.bodies.get(this.program.entry)!.span;
    const block = frame.body.blocks[frame.block]!;
    return (block.statements[frame.statement] ?? block.terminator ?? frame.body).span;
  }

  // ---- frames -----------------------------------------------------------------------------

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private pushFrame(body: Body, args: readonly Value[], returnTo: Frame['returnTo']): void {
    if (this.frames.length >= this.options.maxDepth) {
      throw new StepLimit(`the call stack reached ${this.options.maxDepth} frames`);
    }
    const addrs: number[] = new Array(body.locals.length);
    // Parameters, then named locals in declaration order, occupy the stack; the rest is scratch.
    let stackSize = 0;
    let scratchSize = 0;
    body.locals.forEach((local, id) => {
      const size = this.target.layout(local.ty).size;
      if (local.kind === 'arg' || local.kind === 'var') {
        addrs[id] = this.stackTop + stackSize;
        stackSize += size;
      } else {
        addrs[id] = this.scratchTop + scratchSize;
        scratchSize += size;
      }
    });
    const stack = this.memory.addAllocation('stack', this.stackTop, stackSize, body.name);
    const scratch = this.memory.addAllocation('scratch', this.scratchTop, scratchSize, body.name);
    this.stackTop += stackSize;
    this.scratchTop += scratchSize;
    this.frames.push({ body, addrs, stack, scratch, block: 0, statement: 0, returnTo });
    args.forEach((value, i) => this.writeValue(addrs[i + 1]!, value));
  }

  private popFrame(): Frame {
    const frame = this.frames.pop()!;
    this.memory.release(frame.stack);
    this.memory.release(frame.scratch);
    this.stackTop = frame.stack.base;
    this.scratchTop = frame.scratch.base;
    return frame;
  }

  // ---- the loop ---------------------------------------------------------------------------

  private step(): void {
    if (++this.steps > this.options.maxSteps) throw new StepLimit(`the step budget of ${this.options.maxSteps} steps ran out`);
    const frame = this.frame;
    const block = frame.body.blocks[frame.block]!;
    if (frame.statement < block.statements.length) {
      const statement = block.statements[frame.statement++]!;
      this.statement(statement);
    } else {
      this.terminator(block.terminator!);
    }
  }

  private statement(s: Statement): void {
    switch (s.kind) {
      case 'assign': {
        const value = this.rvalue(s.rvalue, s.span);
        this.writeValue(this.placeAddr(s.place), value);
        return;
      }
      case 'storageLive':
        return;
      case 'storageDead': {
        const ty = this.frame.body.locals[s.local]!.ty;
        this.memory.clear(this.frame.addrs[s.local]!, this.target.layout(ty).size);
        return;
      }
      case 'print': {
        const text = this.format(s.format) + (s.newline ? '\n' : '');
        if (s.stream === 'stdout') this.stdout += text;
        else this.stderr += text;
        this.recorder.event({ kind: 'print', stream: s.stream, text, step: this.steps, span: s.span });
        return;
      }
      case 'mark':
        if (s.mark === 'functionExit') this.recordStop('return', `${this.frame.body.name}() returns`, s.span);
        else this.recordStop('statement', `line ${s.span.line}: ${this.sourceLine(s.span)}`, s.span);
        return;
    }
  }

  private terminator(t: Terminator): void {
    const frame = this.frame;
    switch (t.kind) {
      case 'goto':
        return this.jump(t.target);
      case 'switchBool': {
        const cond = this.operand(t.cond) as Scalar & { kind: 'int' };
        return this.jump(cond.value !== 0n ? t.ifTrue : t.ifFalse);
      }
      case 'call':
        return this.call(t as Terminator & { kind: 'call' });
      case 'drop': {
        const ty = this.placeTy(t.place);
        const addr = this.placeAddr(t.place);
        this.dropValue(addr, ty, t.span, this.describePlace(t.place));
        return this.jump(t.target);
      }
      case 'return': {
        const ret = frame.body.locals[0]!.ty;
        const value = this.readValue(frame.addrs[0]!, ret, t.span);
        this.popFrame();
        this.recorder.event({ kind: 'return', fn: frame.body.name, step: this.steps, span: t.span });
        if (frame.returnTo) {
          this.writeValue(frame.returnTo.addr, value);
          if (frame.returnTo.block !== null) this.jump(frame.returnTo.block);
        }
        return;
      }
      case 'panic':
        throw new Panic(this.panicMessage(t.message), t.span);
      case 'unreachable':
        throw new Error(`entered unreachable MIR in ${frame.body.name}`);
    }
  }

  private jump(block: number): void {
    this.frame.block = block;
    this.frame.statement = 0;
  }

  private call(t: Terminator & { kind: 'call' }): void {
    const args = t.args.map((a) => this.operand(a));
    const destAddr = this.placeAddr(t.dest);
    const destTy = this.placeTy(t.dest);
    if (t.callee.kind === 'fn') {
      const body = this.program.bodies.get(t.callee.name)!;
      this.recordStop('call', `${this.frame.body.name}() calls ${body.name}()`, t.span);
      this.recorder.event({ kind: 'call', fn: body.name, caller: this.frame.body.name, step: this.steps, span: t.span });
      this.pushFrame(body, args, { addr: destAddr, ty: destTy, block: t.target });
      return;
    }
    switch (t.callee.name) {
      case 'box_new': {
        const inner = (destTy as Ty & { k: 'box' }).inner;
        const { size, align } = this.target.layout(inner);
        if (size === 0) {
          // Boxes of zero-sized types do not allocate: the pointer is dangling but aligned.
          this.writeValue(destAddr, { kind: 'ptr', addr: align, alloc: 0 });
          break;
        }
        const addr = this.heap.allocate(size, align);
        const allocation = this.memory.addAllocation('heap', addr, size, showTy(inner));
        this.heapBlocks.set(addr, { allocation, ty: inner });
        this.writeValue(addr, args[0]!);
        this.recorder.event({ kind: 'alloc', addr, size, ty: showTy(inner), step: this.steps, span: t.span });
        this.writeValue(destAddr, { kind: 'ptr', addr, alloc: allocation.id });
        break;
      }
      case 'drop': {
        const argTy = this.argType(t.args[0]!);
        if (argTy && needsDrop(argTy)) {
          const scratch = this.scratchTop;
          // The argument was moved into `drop`; it is dropped from a temporary place of its own.
          this.writeValue(scratch, args[0]!);
          this.dropValue(scratch, argTy, t.span, 'the argument of drop');
          this.memory.clear(scratch, this.target.layout(argTy).size);
        }
        this.writeValue(destAddr, UNIT_VALUE);
        break;
      }
      case 'process_exit': {
        const code = (args[0] as Scalar & { kind: 'int' }).value;
        throw new Exit(Number(BigInt.asUintN(8, code)));
      }
    }
    if (t.target !== null) this.jump(t.target);
  }

  private argType(operand: Operand): Ty | null {
    return operand.kind === 'const' ? null : this.placeTy(operand.place);
  }

  /** Drop glue: a Box drops what it owns, then frees its heap block. */
  private dropValue(addr: number, ty: Ty, span: Span, what: string): void {
    if (!needsDrop(ty)) return;
    const value = this.memory.read(addr);
    if (typeof value === 'string') return; // Moved out or never initialised: the drop flag is off.
    if (ty.k === 'box' && value.kind === 'ptr') {
      this.recorder.event({ kind: 'drop', what, ty: showTy(ty), step: this.steps, span });
      this.dropValue(value.addr, ty.inner, span, `*${what}`);
      const block = this.heapBlocks.get(value.addr);
      if (block) {
        this.heapBlocks.delete(value.addr);
        this.heap.free(value.addr, block.allocation.size);
        this.memory.release(block.allocation);
        this.recorder.event({ kind: 'free', addr: value.addr, size: this.target.layout(ty.inner).size, ty: block.allocation.label, step: this.steps, span });
      }
    }
    this.memory.clear(addr, this.target.layout(ty).size);
  }

  // ---- places and values ------------------------------------------------------------------

  private placeAddr(place: Place): number {
    let addr = this.frame.addrs[place.local]!;
    for (const projection of place.projection) {
      if (projection.kind === 'deref') {
        const pointer = this.memory.read(addr);
        if (typeof pointer === 'string' || pointer.kind !== 'ptr') throw new Error(`dereferenced a non-pointer at ${addr}`);
        addr = pointer.addr;
      }
    }
    return addr;
  }

  private placeTy(place: Place): Ty {
    let ty = this.frame.body.locals[place.local]!.ty;
    for (const projection of place.projection) {
      if (projection.kind === 'deref') ty = (ty as Ty & { k: 'ref' | 'box' }).inner;
    }
    return ty;
  }

  private describePlace(place: Place): string {
    const name = this.frame.body.locals[place.local]!.name ?? 'a temporary';
    return '*'.repeat(place.projection.length) + name;
  }

  private readValue(addr: number, ty: Ty, span: Span): Value {
    if (this.target.layout(ty).size === 0) return UNIT_VALUE;
    const value = this.memory.read(addr);
    if (typeof value === 'string') throw new Error(`read of ${value} memory at ${addr} (${span.line}:${span.col})`);
    return value;
  }

  private writeValue(addr: number, value: Value): void {
    if (value.kind !== 'unit') this.memory.write(addr, value);
  }

  private operand(op: Operand): Value {
    switch (op.kind) {
      case 'const':
        if (op.value.kind === 'unit') return UNIT_VALUE;
        return { kind: 'int', value: op.value.kind === 'bool' ? (op.value.value ? 1n : 0n) : op.value.value };
      case 'copy':
      case 'move': {
        const addr = this.placeAddr(op.place);
        const ty = this.placeTy(op.place);
        const value = this.readValue(addr, ty, this.frame.body.span);
        if (op.kind === 'move' && !(ty.k === 'ref' && !ty.mutable)) this.memory.clear(addr, this.target.layout(ty).size, 'moved');
        return value;
      }
    }
  }

  private int(op: Operand): bigint {
    return (this.operand(op) as Scalar & { kind: 'int' }).value;
  }

  private rvalue(r: Rvalue, span: Span): Value {
    switch (r.kind) {
      case 'use':
        return this.operand(r.operand);
      case 'ref': {
        const addr = this.placeAddr(r.place);
        return { kind: 'ptr', addr, alloc: 0 };
      }
      case 'binary':
        return { kind: 'int', value: this.binary(r, span) };
      case 'neg': {
        const v = this.int(r.operand);
        const int = (r.ty as Ty & { k: 'int' }).int;
        if (v === intRange(int).min) throw new Panic('attempt to negate with overflow', span);
        return { kind: 'int', value: -v };
      }
      case 'not': {
        const v = this.int(r.operand);
        if (r.ty.k === 'bool') return { kind: 'int', value: v === 0n ? 1n : 0n };
        return { kind: 'int', value: wrapInt(~v, (r.ty as Ty & { k: 'int' }).int) };
      }
      case 'cast': {
        const v = this.int(r.operand);
        if (r.to.k === 'int') return { kind: 'int', value: wrapInt(v, r.to.int) };
        return { kind: 'int', value: v };
      }
    }
  }

  private binary(r: Rvalue & { kind: 'binary' }, span: Span): bigint {
    const a = this.int(r.left);
    const b = this.int(r.right);
    switch (r.op) {
      case 'eq': return a === b ? 1n : 0n;
      case 'ne': return a !== b ? 1n : 0n;
      case 'lt': return a < b ? 1n : 0n;
      case 'le': return a <= b ? 1n : 0n;
      case 'gt': return a > b ? 1n : 0n;
      case 'ge': return a >= b ? 1n : 0n;
      default:
        break;
    }
    if (r.ty.k === 'bool') {
      if (r.op === 'bitand') return a & b;
      if (r.op === 'bitor') return a | b;
      return a ^ b;
    }
    const int = (r.ty as Ty & { k: 'int' }).int;
    const bits = BigInt(intBits(int));
    const overflow = (what: string): never => {
      throw new Panic(`attempt to ${what} with overflow`, span);
    };
    const inRange = (v: bigint, what: string): bigint => {
      if (!r.checked) return wrapInt(v, int);
      const { min, max } = intRange(int);
      return v < min || v > max ? overflow(what) : v;
    };
    switch (r.op) {
      case 'add': return inRange(a + b, 'add');
      case 'sub': return inRange(a - b, 'subtract');
      case 'mul': return inRange(a * b, 'multiply');
      case 'div':
        if (b === 0n) throw new Panic('attempt to divide by zero', span);
        if (intSigned(int) && a === intRange(int).min && b === -1n) throw new Panic('attempt to divide with overflow', span);
        return a / b;
      case 'rem':
        if (b === 0n) throw new Panic('attempt to calculate the remainder with a divisor of zero', span);
        if (intSigned(int) && a === intRange(int).min && b === -1n) throw new Panic('attempt to calculate the remainder with overflow', span);
        return a % b;
      case 'shl':
      case 'shr': {
        if (b < 0n || b >= bits) overflow(r.op === 'shl' ? 'shift left' : 'shift right');
        return r.op === 'shl' ? wrapInt(a << b, int) : a >> b;
      }
      case 'bitand': return a & b;
      case 'bitor': return a | b;
      case 'bitxor': return a ^ b;
    }
  }

  // ---- formatting ---------------------------------------------------------------------------

  private format(f: LoweredFormat): string {
    const readArg = (arg: FormatArg) => ({ addr: this.placeAddr(arg.place), ty: arg.ty });
    const count = (c: { kind: 'literal'; value: number } | { kind: 'arg'; index: number } | null): number | null => {
      if (c === null) return null;
      if (c.kind === 'literal') return c.value;
      const { addr, ty } = readArg(f.args[c.index]!);
      return Number((this.readValue(addr, ty, this.frame.body.span) as Scalar & { kind: 'int' }).value);
    };
    let out = '';
    for (const segment of f.segments) {
      if (segment.kind === 'text') {
        out += segment.text;
        continue;
      }
      const spec: ResolvedSpec = { ...segment.spec, width: count(segment.spec.width), precision: count(segment.spec.precision) };
      const { addr, ty } = readArg(f.args[segment.index]!);
      out += this.formatValue(addr, ty, spec);
    }
    return out;
  }

  /** Display and Debug see through references and boxes to the value, as std's impls do. */
  private formatValue(addr: number, ty: Ty, spec: ResolvedSpec): string {
    if (ty.k === 'ref' || ty.k === 'box') {
      const pointer = this.readValue(addr, ty, this.frame.body.span) as Scalar & { kind: 'ptr' };
      return this.formatValue(pointer.addr, ty.inner, spec);
    }
    if (ty.k === 'unit') return padStr(spec, '()');
    const value = (this.readValue(addr, ty, this.frame.body.span) as Scalar & { kind: 'int' }).value;
    if (ty.k === 'bool') return padStr(spec, value !== 0n ? 'true' : 'false');
    if (ty.k === 'char') return padStr(spec, String.fromCodePoint(Number(value)));
    return formatInt(value, intBits((ty as Ty & { k: 'int' }).int), spec);
  }

  private panicMessage(m: PanicMessage): string {
    switch (m.kind) {
      case 'format':
        return this.format(m.format);
      case 'text':
        return m.text;
      case 'prefixed':
        return m.format ? `${m.prefix}: ${this.format(m.format)}` : m.prefix;
      case 'assertCmp': {
        const debug: ResolvedSpec = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null };
        const left = this.formatValue(this.placeAddr(m.left.place), m.left.ty, debug);
        const right = this.formatValue(this.placeAddr(m.right.place), m.right.ty, debug);
        const custom = m.custom ? `: ${this.format(m.custom)}` : '';
        return `assertion \`left ${m.op} right\` failed${custom}\n  left: ${left}\n right: ${right}`;
      }
    }
  }

  // ---- snapshots ----------------------------------------------------------------------------

  private recordStop(kind: StopKind, caption: string, span: Span): void {
    this.recorder.stop(kind, this.steps, caption, span, this.stdout.length, () => this.snapshot());
  }

  private sourceLine(span: Span): string {
    return (this.file.text.split('\n')[span.line - 1] ?? '').trim();
  }

  private snapshot(): Snapshot {
    const frames = this.frames.map((frame) => ({
      fn: frame.body.name,
      locals: frame.body.locals.flatMap((local, id) => {
        if (local.kind !== 'arg' && local.kind !== 'var') return [];
        const addr = frame.addrs[id]!;
        const size = this.target.layout(local.ty).size;
        return [{ name: local.name!, kind: local.kind, ty: showTy(local.ty), addr, size, cells: this.cells(addr, local.ty) }];
      }),
    }));
    const heap = [...this.heapBlocks.values()]
      .sort((a, b) => b.allocation.base - a.allocation.base)
      .map(({ allocation, ty }) => ({ addr: allocation.base, size: allocation.size, ty: allocation.label, cells: this.cells(allocation.base, ty) }));
    return { frames, heap };
  }

  private cells(addr: number, ty: Ty): Snapshot['frames'][number]['locals'][number]['cells'] {
    const size = this.target.layout(ty).size;
    return size === 0 ? [] : [{ addr, size, value: this.cellValue(addr, ty) }];
  }

  private cellValue(addr: number, ty: Ty): CellValue {
    const value = this.memory.read(addr);
    if (value === 'uninit' || value === 'moved') return { kind: value };
    if (value.kind === 'ptr') return { kind: 'ptr', to: value.addr };
    if (ty.k === 'bool') return { kind: 'bool', text: value.value !== 0n ? 'true' : 'false' };
    return { kind: 'int', text: value.value.toString() };
  }
}

import type { SwitchReason, TraceEvent } from '../trace/types.js';
import { addressFormat, type MemoryModel } from './memory-view.js';
import type { Step, StepKind } from './steps.js';

/**
 * One line of plain words per step: the step's caption, and what happened since the step
 * before it (calls, returns, drops, allocations, prints), from the trace's events.
 */
export interface Narration {
  readonly now: string;
  /** Whether `now` has just run (a statement, a drop) or is about to run (a call, a return). */
  readonly tense: Tense;
  /** What `since` counts from: the start of the program (the first step) or the step before. */
  readonly from: 'start' | 'previous';
  readonly since: readonly string[];
  /** Once the program has spawned a thread: the thread the step is in. */
  readonly thread?: StepThread;
}

export interface StepThread {
  /** 0 is `main`; spawned threads count from 1. */
  readonly id: number;
  /** As its panic message would spell it: `main`, its `Builder::name`, or `<unnamed>`. */
  readonly name: string;
}

export type Tense = 'ran' | 'next' | 'ended';

/** A statement or drop stop is after it ran; a call stop is before the callee's frame is pushed,
 *  a return stop before the frame pops; the others are where the program ended. */
const TENSES: Readonly<Record<StepKind, Tense>> = {
  statement: 'ran',
  drop: 'ran',
  call: 'next',
  return: 'next',
  end: 'ended',
  panic: 'ended',
  limit: 'ended',
  exit: 'ended',
  undefined: 'ended',
  overflow: 'ended',
};

/** The words before a step's caption that say which it is. */
export const TENSE_WORDS: Readonly<Record<Tense, string>> = { ran: 'Just ran', next: 'About to run', ended: 'Ended' };

const MAX_PHRASES = 6;

export function narrate(events: readonly TraceEvent[], steps: readonly Step[], i: number, model: MemoryModel = 'book'): Narration {
  const address = addressFormat(model);
  const unit = model === 'real' ? 'byte' : 'cell';
  const step = steps[i]!;
  const after = i === 0 ? -1 : steps[i - 1]!.machineStep;
  // Calls into std's functions (Vec::push, String::from) are left out: what they did to memory
  // (allocations, reallocations, frees) is what the narration tells.
  const told = events.filter((e) => (e.kind === 'switch' ? switchedBetween(e.step, after, step.machineStep) : e.step > after && e.step <= step.machineStep) && !((e.kind === 'call' || e.kind === 'return') && e.std));
  const glue = told.some((e) => e.kind === 'drop' && e.std) ? threadGlueDrops(events, step.machineStep) : null;
  const between = glue ? told.filter((e) => !glue.has(e)) : told;
  const phrases: string[] = [];
  const switches = new Set<number>();
  for (let k = 0; k < between.length; k++) {
    const event = between[k]!;
    // A call stop's own call event is what its caption already says, and so are a drop stop's
    // drops and frees.
    if (event.kind === 'call' && step.kind === 'call' && event.step === step.machineStep) continue;
    if ((event.kind === 'drop' || event.kind === 'free') && step.dropBegan !== undefined && event.step >= step.dropBegan) continue;
    const next = between[k + 1];
    // A drop and the free it causes (after std's drop glue, whose calls are left out) read as one.
    if (event.kind === 'drop' && next?.kind === 'free') {
      phrases.push(`${dropped(event)} is dropped and frees ${address(next.addr)}`);
      k++;
      continue;
    }
    if (event.kind === 'switch') switches.add(phrases.length);
    phrases.push(phrase(event, address, unit));
  }
  if (phrases.length > MAX_PHRASES) {
    // Which thread runs now, and why, is never among the events left uncounted.
    const kept = phrases.filter((_, k) => k < MAX_PHRASES - 1 || switches.has(k));
    kept.push(`and ${phrases.length - kept.length} more events`);
    phrases.splice(0, phrases.length, ...kept);
  }
  const thread = threadAt(events, step.machineStep);
  return { now: step.caption, tense: TENSES[step.kind], from: i === 0 ? 'start' : 'previous', since: phrases, ...(thread ? { thread } : {}) };
}

/**
 * The drops std's code makes on a thread while none of the program's functions runs on it: a
 * spawned thread's start and end (`Box<__ThreadInit>`, the boxed main closure, the thread's
 * `Arc`s), std's own blocks. They are left out as std's calls are; the frees they cause are told.
 */
function threadGlueDrops(events: readonly TraceEvent[], at: number): Set<TraceEvent> {
  const glue = new Set<TraceEvent>();
  // How many of the program's calls each thread is inside; `main` is running from the start.
  const depth = new Map<number, number>([[0, 1]]);
  let thread = 0;
  for (const event of events) {
    if (event.step > at) break;
    if (event.kind === 'spawn') depth.set(event.thread, 0);
    else if (event.kind === 'switch') thread = event.to;
    else if ((event.kind === 'call' || event.kind === 'return') && !event.std) depth.set(thread, (depth.get(thread) ?? 0) + (event.kind === 'call' ? 1 : -1));
    else if (event.kind === 'drop' && event.std && depth.get(thread) === 0 && thread !== 0) glue.add(event);
  }
  return glue;
}

/** A switch comes after the stops of its own step: it is between two stops at `after` and
 *  `at` when it is at or after the first and before the second. */
function switchedBetween(step: number, after: number, at: number): boolean {
  return step >= after && step < at;
}

/** The thread a stop at machine step `at` is in: the one the last switch before it went to
 *  (`main` before any), or null while the program has not spawned one. */
export function threadAt(events: readonly TraceEvent[], at: number): StepThread | null {
  const names = new Map<number, string>([[0, 'main']]);
  let id = 0;
  for (const event of events) {
    if (event.step > at) break;
    if (event.kind === 'spawn') names.set(event.thread, event.name ?? '<unnamed>');
    else if (event.kind === 'switch' && event.step < at) id = event.to;
  }
  return names.size > 1 ? { id, name: names.get(id) ?? '<unnamed>' } : null;
}

function phrase(event: TraceEvent, address: (addr: number) => string, unit: string): string {
  switch (event.kind) {
    case 'call':
      return `${event.caller}() calls ${event.fn}()`;
    case 'return':
      return `${event.fn}() returns`;
    case 'alloc':
      return `allocates ${article(event.ty)} at ${address(event.addr)}`;
    case 'free':
      return `frees ${address(event.addr)}`;
    case 'realloc':
      // The real model's allocators can grow or shrink a block where it is.
      if (event.from === event.to) return `${event.newSize > event.oldSize ? 'grows' : 'shrinks'} the ${event.oldSize}-${unit} buffer at ${address(event.from)} in place to ${article(event.ty)}`;
      return `moves the ${event.oldSize}-${unit} buffer at ${address(event.from)} to ${event.newSize > event.oldSize ? 'a bigger' : 'a smaller'} ${event.ty} at ${address(event.to)} and frees the old one`;
    case 'drop':
      return `${dropped(event)} is dropped`;
    case 'print': {
      const text = event.text.length > 40 ? `${event.text.slice(0, 39)}…` : event.text;
      return `prints ${JSON.stringify(text)}${event.stream === 'stderr' ? ' to stderr' : ''}`;
    }
    case 'spawn':
      return `spawns ${threadName({ id: event.thread, name: event.name ?? '<unnamed>' })}`;
    case 'switch': {
      const why = event.waitsOn !== undefined ? `is blocked on \`${event.waitsOn}\`` : SWITCH_WORDS[event.reason];
      return `${threadName({ id: event.from, name: event.fromName })} ${why}, so ${threadName({ id: event.to, name: event.toName })} runs`;
    }
  }
}

const SWITCH_WORDS: Readonly<Record<SwitchReason, string>> = {
  slice: 'used up its slice of steps',
  blocked: 'is blocked',
  yield: 'yields',
  sleep: 'sleeps',
  finished: 'finished',
  panicked: 'panicked',
};

/** What a drop names: the program's place, or for one std's code drops, its type (std's own
 *  locals, `self` or `iterator`, mean nothing to the program). */
function dropped(event: Extract<TraceEvent, { kind: 'drop' }>): string {
  return event.std ? article(event.ty) : event.what;
}

function article(ty: string): string {
  return /^[aeiou]/i.test(ty) ? `an ${ty}` : `a ${ty}`;
}

/** How the phrases of `since` are introduced: the first step has no step before it. */
export function sinceWords(from: Narration['from']): string {
  return from === 'start' ? 'since the start' : 'since the last step';
}

/** A thread as the views head its stack: its name and the number its panic message would
 *  print (unnamed threads are told apart by it). */
export function threadName(thread: StepThread): string {
  return `thread '${thread.name}' (${thread.id + 1})`;
}

/** Which thread a step is in, as the narration names it. */
export function threadWords(thread: StepThread): string {
  return `in ${threadName(thread)}`;
}

export function narrationText(n: Narration): string {
  const now = n.thread ? `${threadWords(n.thread)}: ${n.now}` : n.now;
  return n.since.length === 0 ? now : `${now} — ${sinceWords(n.from)}: ${n.since.join('; ')}`;
}

import type { Span } from '../diagnostics/span.js';
import type { TraceEvent } from './types.js';

/** An event without its step, kept once however often it happens: a call from one place to one
 *  function, a return from one function at one place, a drop of one value at one place. */
interface EventSite {
  readonly kind: 'call' | 'return' | 'drop';
  readonly span: Span;
  /** The callee (`call`, `return`) or what is dropped (`drop`). */
  readonly name: string;
  /** The caller (`call`) or the dropped value's type (`drop`); '' for `return`. */
  readonly other: string;
  readonly std: boolean;
}

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/**
 * The events of a trace in columns: a step and a site per event, 12 bytes. A long recording is
 * mostly calls, returns and drops, which repeat: each distinct one (its kind, span, names) is a
 * site kept once, so that a run's events hold no object per event and the garbage collector
 * has nothing to walk. Events that carry data of their own (allocations, prints, thread
 * switches) are kept whole; the column refers to them by a negative index.
 */
export class EventLog {
  /** The columns in chunks of `CHUNK` events, so that appending never copies what is there. */
  private readonly stepChunks: Float64Array[] = [];
  /** A site's index, or `~i` for the `i`th event kept whole. */
  private readonly siteChunks: Int32Array[] = [];
  private steps = new Float64Array(0);
  private sites = new Int32Array(0);
  private readonly siteList: EventSite[] = [];
  private readonly sitesBySpan = new Map<Span, number[]>();
  private readonly whole: TraceEvent[] = [];
  length = 0;

  call(fn: string, caller: string, std: boolean, step: number, span: Span): void {
    this.append(step, this.site('call', span, fn, caller, std));
  }

  return(fn: string, std: boolean, step: number, span: Span): void {
    this.append(step, this.site('return', span, fn, '', std));
  }

  push(event: TraceEvent): void {
    if (event.kind === 'call') this.call(event.fn, event.caller, event.std === true, event.step, event.span);
    else if (event.kind === 'return') this.return(event.fn, event.std === true, event.step, event.span);
    else if (event.kind === 'drop') this.append(event.step, this.site('drop', event.span, event.what, event.ty, event.std === true));
    else {
      this.whole.push(event);
      this.append(event.step, ~(this.whole.length - 1));
    }
  }

  /** Event `i` as the machine reported it (a new object each time). */
  get(i: number): TraceEvent {
    const site = this.siteChunks[i >>> CHUNK_BITS]![i & CHUNK_MASK]!;
    if (site < 0) return this.whole[~site]!;
    const { kind, span, name, other, std } = this.siteList[site]!;
    const step = this.stepChunks[i >>> CHUNK_BITS]![i & CHUNK_MASK]!;
    // The properties in the order the machine gave them, as JSON shows them.
    if (kind === 'call') return std ? { kind, fn: name, caller: other, std, step, span } : { kind, fn: name, caller: other, step, span };
    if (kind === 'return') return std ? { kind, fn: name, std, step, span } : { kind, fn: name, step, span };
    return std ? { kind, what: name, ty: other, step, span, std } : { kind, what: name, ty: other, step, span };
  }

  toArray(): TraceEvent[] {
    const events: TraceEvent[] = [];
    for (let i = 0; i < this.length; i++) events.push(this.get(i));
    return events;
  }

  /** The bytes the columns take (the sites and the events kept whole aside). */
  get bytes(): number {
    return this.stepChunks.length * CHUNK * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT);
  }

  /** An event at `site` (what `site` returned), at `step`. */
  append(step: number, site: number): void {
    const at = this.length & CHUNK_MASK;
    if (at === 0) {
      this.stepChunks.push((this.steps = new Float64Array(CHUNK)));
      this.siteChunks.push((this.sites = new Int32Array(CHUNK)));
    }
    this.steps[at] = step;
    this.sites[at] = site;
    this.length++;
  }

  /** The index of the site of this kind, span and names, made on first use. */
  site(kind: EventSite['kind'], span: Span, name: string, other: string, std: boolean): number {
    let indices = this.sitesBySpan.get(span);
    if (!indices) this.sitesBySpan.set(span, (indices = []));
    for (const i of indices) {
      const s = this.siteList[i]!;
      if (s.kind === kind && s.name === name && s.other === other && s.std === std) return i;
    }
    indices.push(this.siteList.length);
    this.siteList.push({ kind, span, name, other, std });
    return this.siteList.length - 1;
  }
}

import type { Span } from '../diagnostics/span.js';
import { STOP_KINDS as KINDS, type StopInfo, type StopKind } from './types.js';

const KIND_INDEX = Object.fromEntries(KINDS.map((kind, i) => [kind, i])) as Readonly<Record<StopKind, number>>;

/**
 * The stops of a recorded trace, without snapshots, in columns of typed arrays: 29 bytes a stop.
 * A stop's caption and span are kept once per distinct pair (a statement that runs a million
 * times is one entry).
 */
export class StopLog {
  private kinds = new Uint8Array(1024);
  private steps = new Float64Array(1024);
  private stdoutLengths = new Uint32Array(1024);
  private depths = new Uint32Array(1024);
  private sites = new Uint32Array(1024);
  /** `drop` stops' `dropBegan`; -1 for the other stops. */
  private dropBegans = new Float64Array(1024);
  private readonly siteList: { readonly caption: string; readonly span: Span }[] = [];
  private readonly sitesBySpan = new Map<Span, number[]>();
  length = 0;

  push(kind: StopKind, step: number, caption: string, span: Span, stdoutLength: number, depth: number, dropBegan: number | undefined): void {
    if (this.length === this.kinds.length) this.grow();
    const i = this.length++;
    this.kinds[i] = KIND_INDEX[kind];
    this.steps[i] = step;
    this.stdoutLengths[i] = stdoutLength;
    this.depths[i] = depth;
    this.sites[i] = this.site(caption, span);
    this.dropBegans[i] = dropBegan ?? -1;
  }

  get(i: number): StopInfo {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no stop ${i} (the trace has ${this.length})`);
    const { caption, span } = this.siteList[this.sites[i]!]!;
    const dropBegan = this.dropBegans[i]!;
    return { kind: KINDS[this.kinds[i]!]!, step: this.steps[i]!, caption, span, stdoutLength: this.stdoutLengths[i]!, ...(dropBegan < 0 ? {} : { dropBegan }), depth: this.depths[i]! };
  }

  /** The bytes the columns take (the site table aside). */
  get bytes(): number {
    return this.kinds.byteLength + this.steps.byteLength + this.stdoutLengths.byteLength + this.depths.byteLength + this.sites.byteLength + this.dropBegans.byteLength;
  }

  private site(caption: string, span: Span): number {
    let indices = this.sitesBySpan.get(span);
    if (!indices) this.sitesBySpan.set(span, (indices = []));
    for (const i of indices) if (this.siteList[i]!.caption === caption) return i;
    indices.push(this.siteList.length);
    this.siteList.push({ caption, span });
    return this.siteList.length - 1;
  }

  private grow(): void {
    const n = Math.ceil(this.kinds.length * 1.5);
    const grown = <A extends Uint8Array | Uint32Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.kinds = grown(this.kinds, (k) => new Uint8Array(k));
    this.steps = grown(this.steps, (k) => new Float64Array(k));
    this.stdoutLengths = grown(this.stdoutLengths, (k) => new Uint32Array(k));
    this.depths = grown(this.depths, (k) => new Uint32Array(k));
    this.sites = grown(this.sites, (k) => new Uint32Array(k));
    this.dropBegans = grown(this.dropBegans, (k) => new Float64Array(k));
  }
}

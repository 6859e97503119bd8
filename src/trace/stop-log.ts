import type { Span } from '../diagnostics/span.js';
import { STOP_KINDS as KINDS, type StopInfo, type StopKind } from './types.js';

const KIND_INDEX = Object.fromEntries(KINDS.map((kind, i) => [kind, i])) as Readonly<Record<StopKind, number>>;

const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/** One chunk of each column. */
interface Chunk {
  readonly kinds: Uint8Array;
  readonly steps: Float64Array;
  readonly stdoutLengths: Uint32Array;
  readonly depths: Uint32Array;
  readonly sites: Uint32Array;
  /** `drop` stops' `dropBegan`; -1 for the other stops. */
  readonly dropBegans: Float64Array;
}

/**
 * The stops of a recorded trace, without snapshots, in columns of typed arrays: 29 bytes a stop,
 * in chunks of `CHUNK` stops, so that appending never copies what is there. A stop's caption and
 * span are kept once per distinct pair (a statement that runs a million times is one entry).
 */
export class StopLog {
  private readonly chunks: Chunk[] = [];
  private chunk: Chunk | null = null;
  private readonly siteList: { readonly caption: string; readonly span: Span }[] = [];
  /** Each span's sites by caption: a drop's caption names the addresses it freed, so one span
   *  may have many. */
  private readonly sitesBySpan = new Map<Span, Map<string, number>>();
  length = 0;

  /** `site`: what `site(caption, span)` returns, when the caller knows it (-1: not known). */
  push(kind: StopKind, step: number, caption: string, span: Span, stdoutLength: number, depth: number, dropBegan: number | undefined, site = -1): void {
    const at = this.length & CHUNK_MASK;
    if (at === 0) this.chunks.push((this.chunk = newChunk()));
    const chunk = this.chunk!;
    chunk.kinds[at] = KIND_INDEX[kind];
    chunk.steps[at] = step;
    chunk.stdoutLengths[at] = stdoutLength;
    chunk.depths[at] = depth;
    chunk.sites[at] = site >= 0 ? site : this.site(caption, span);
    chunk.dropBegans[at] = dropBegan ?? -1;
    this.length++;
  }

  get(i: number): StopInfo {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no stop ${i} (the trace has ${this.length})`);
    const chunk = this.chunks[i >>> CHUNK_BITS]!;
    const at = i & CHUNK_MASK;
    const { caption, span } = this.siteList[chunk.sites[at]!]!;
    const dropBegan = chunk.dropBegans[at]!;
    return { kind: KINDS[chunk.kinds[at]!]!, step: chunk.steps[at]!, caption, span, stdoutLength: chunk.stdoutLengths[at]!, ...(dropBegan < 0 ? {} : { dropBegan }), depth: chunk.depths[at]! };
  }

  /** The bytes the columns take (the site table aside). */
  get bytes(): number {
    return this.chunks.length * CHUNK * STOP_BYTES;
  }

  /** The index of the pair `caption`, `span`, made on first use. */
  site(caption: string, span: Span): number {
    let byCaption = this.sitesBySpan.get(span);
    if (!byCaption) this.sitesBySpan.set(span, (byCaption = new Map()));
    const known = byCaption.get(caption);
    if (known !== undefined) return known;
    byCaption.set(caption, this.siteList.length);
    this.siteList.push({ caption, span });
    return this.siteList.length - 1;
  }
}

const STOP_BYTES = 1 + 8 + 4 + 4 + 4 + 8;

function newChunk(): Chunk {
  return {
    kinds: new Uint8Array(CHUNK),
    steps: new Float64Array(CHUNK),
    stdoutLengths: new Uint32Array(CHUNK),
    depths: new Uint32Array(CHUNK),
    sites: new Uint32Array(CHUNK),
    dropBegans: new Float64Array(CHUNK),
  };
}

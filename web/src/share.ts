import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { MemoryModel } from '../../src/views/memory-view.js';
import type { StopFilter } from '../../src/views/steps.js';

/**
 * A share link holds the program and its options in the URL fragment (never sent to a server),
 * compressed with lz-string: `#v1=<data>`. Unknown or damaged fragments are ignored. The model
 * came after links were already shared: a link without it is the book model's; the same goes
 * for `unchecked`, added last (a link without it runs checked). A link's step budget is capped
 * at `SHARED_MAX_STEPS`.
 */
export interface Shared {
  readonly source: string;
  readonly maxSteps: number;
  readonly stops: StopFilter;
  /** The step shown, as an index into the steps for `stops`. */
  readonly step: number;
  readonly model: MemoryModel;
  /** Run with the borrow checker off. */
  readonly unchecked: boolean;
}

const PREFIX = 'v1=';
/** `#embed:v1=…`: the same link, shown as the page's embed (diagram and stepper, no editor). */
const EMBED = 'embed:';

/** A fragment's link and whether it asks for the embed. */
export function readFragment(fragment: string): { readonly shared: Shared | null; readonly embed: boolean } {
  const body = fragment.replace(/^#/, '');
  const embed = body.startsWith(EMBED);
  return { shared: decodeShared(embed ? body.slice(EMBED.length) : body), embed };
}

export function fragmentOf(shared: Shared, embed: boolean): string {
  return `#${embed ? EMBED : ''}${encodeShared(shared)}`;
}

export function encodeShared(shared: Shared): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify([shared.source, shared.maxSteps, shared.stops, shared.step, shared.model, shared.unchecked]));
}

export function decodeShared(fragment: string): Shared | null {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return null;
  try {
    const json = decompressFromEncodedURIComponent(body.slice(PREFIX.length));
    if (!json) return null;
    const data: unknown = JSON.parse(json);
    if (!Array.isArray(data)) return null;
    const [source, maxSteps, stops, step, model, unchecked] = data as unknown[];
    if (typeof source !== 'string') return null;
    return {
      source,
      maxSteps: typeof maxSteps === 'number' && Number.isSafeInteger(maxSteps) && maxSteps > 0 ? Math.min(maxSteps, SHARED_MAX_STEPS) : DEFAULT_MAX_STEPS,
      stops: stops === 'calls' ? 'calls' : 'all',
      step: typeof step === 'number' && Number.isSafeInteger(step) && step >= 0 ? step : 0,
      model: model === 'real' ? 'real' : 'book',
      unchecked: unchecked === true,
    };
  } catch {
    return null;
  }
}

/** Enough for every teaching program; an endless loop ends in well under a second. */
export const DEFAULT_MAX_STEPS = 100_000;

/** The largest budget a link can set (a run of some seconds): a link is opened by someone who
 *  did not choose it, so it must not start an hour-long run. The reader may still type more. */
export const SHARED_MAX_STEPS = 10_000_000;

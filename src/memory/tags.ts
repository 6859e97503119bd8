import { intFromNumber, intScalar, type Memory } from './memory.js';
import type { Layout } from './target.js';

/**
 * Reading and writing an enum's variant, whatever the target's tag encoding: a tag of its own
 * (the book model, rustc's tagged layouts), a niche in a field of the untagged variant, or no
 * tag at all (one variant).
 */

/** The variant of the enum at `addr`; -1 when its tag (or niche) holds nothing (moved out). */
export function readVariant(memory: Memory, addr: number, layout: Layout): number {
  const enc = layout.tagEncoding;
  if (enc === 'none') return layout.niche?.untagged ?? 0;
  const raw = memory.read(addr + layout.tagOffset);
  if (enc === 'niche') {
    const niche = layout.niche!;
    if (typeof raw === 'string') return -1;
    if (raw.kind === 'int') {
      const k = raw.value - niche.start;
      const n = BigInt(niche.last - niche.first);
      if (k >= 0n && k <= n) {
        const v = niche.first + Number(k);
        if (v !== niche.untagged) return v;
      }
    }
    return niche.untagged;
  }
  if (typeof raw === 'string' || raw.kind !== 'int') return -1;
  return raw.num;
}

/** Writes the tag of `variant` (before its fields are written: the untagged variant of a niche
 *  layout has no tag to write, its fields hold it). */
export function writeVariant(memory: Memory, addr: number, layout: Layout, variant: number): void {
  const enc = layout.tagEncoding;
  if (enc === 'none') return;
  if (enc === 'niche') {
    const niche = layout.niche!;
    if (variant === niche.untagged) return;
    memory.write(addr + layout.tagOffset, intScalar(niche.start + BigInt(variant - niche.first)));
    return;
  }
  memory.write(addr + layout.tagOffset, intFromNumber(variant));
}

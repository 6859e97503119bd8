import type { IntrinsicName } from '../resolve/intrinsics.js';
import type { Terminator } from '../mir/ir.js';
import type { Ty } from '../types/ty.js';
import type { Frame, Value } from './frame.js';
import type { Machine } from './machine.js';
import { pointeeArg, type PlaceRef } from './places.js';

/**
 * How the machine runs std's intrinsics (`__intrinsic_NAME` in std/*.rs): each `IntrinsicName`
 * has a handler, in a table per topic (machine/intrinsics.ts, vec.ts) that its type checks.
 */

/** What a handler gets: the call (for its operands' types, type arguments and span), its
 *  evaluated arguments (moves done), its destination and the calling frame. */
export interface IntrinsicCall {
  readonly t: Terminator & { kind: 'call' };
  readonly args: readonly Value[];
  readonly dest: PlaceRef;
  readonly frame: Frame;
}

export type IntrinsicHandler = (m: Machine, call: IntrinsicCall) => void;

/** Handlers for some of the intrinsics, each under its name. */
export type IntrinsicHandlers = { readonly [N in IntrinsicName]?: IntrinsicHandler };

export const intrinsicName = (t: Terminator & { kind: 'call' }): IntrinsicName => (t.callee as { name: IntrinsicName }).name;

export const intrinsicTypeArgs = (t: Terminator & { kind: 'call' }): readonly Ty[] => (t.callee.kind === 'intrinsic' ? t.callee.typeArgs : []);

/** What the call's pointer argument `i` points to. */
export const pointee = (m: Machine, call: IntrinsicCall, i: number): PlaceRef => pointeeArg(m, call.t, call.args, i, call.frame);

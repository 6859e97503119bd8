import type { SnapshotWindow } from '../trace/types.js';

/** What a view of a stop asks for at first: the outermost 4 frames and innermost 16, and 256
 *  units of each block (the web page asks for more as the reader expands a run or pages). */
export const VIEW_WINDOW: SnapshotWindow = { outerFrames: 4, innerFrames: 16, blockUnits: 256 };

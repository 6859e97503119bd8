import type { Trace } from '../trace/types.js';

/** The trace as JSON, in the schema docs/trace-format.md describes. */
export function renderJson(trace: Trace): string {
  return `${JSON.stringify(trace, null, 1)}\n`;
}

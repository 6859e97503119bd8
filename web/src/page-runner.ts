import { Runner } from './runner.js';

/** The page's interpreter, started by its entry (boot.ts) before the rest of the page loads. */
export const runner = new Runner();

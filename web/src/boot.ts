/**
 * The page's entry, kept small: it starts the interpreter's worker and the downloads the worker
 * needs (page-runner.ts, assets.ts) before the page's own code, most of its script (CodeMirror,
 * the views), is fetched and run. The first diagram waits for the worker, not for the page.
 */
import './page-runner.js';

void import('./main.js');

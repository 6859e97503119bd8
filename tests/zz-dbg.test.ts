import { it } from 'vitest';
import { traceFile } from './helpers.js';
it('dbg', async () => {
  try {
    const t = await traceFile(process.env.F!, { at: 'none', events: false });
    console.log(JSON.stringify(t.stdout), JSON.stringify(t.stderr), t.outcome);
  } catch (e) { console.log((e as Error).stack); }
});

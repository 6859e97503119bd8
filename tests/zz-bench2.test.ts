import { it } from 'vitest';
import { traceFile } from './helpers.js';
it('bench', async () => {
  for (const f of ['bench/fib.rs', 'bench/primes.rs', 'bench/boxes.rs']) {
    await traceFile(f, { at: 'none', events: false, maxSteps: 1e9 });
    const start = performance.now();
    const t = await traceFile(f, { at: 'none', events: false, maxSteps: 1e9 });
    const s = (performance.now() - start) / 1000;
    console.log(f, t.steps, s.toFixed(2), (t.steps / s / 1e6).toFixed(2) + 'M/s', t.outcome.kind);
    const start2 = performance.now();
    let n = 0;
    await traceFile(f, { at: 'statements', events: false, maxSteps: 1e9, onStop: () => { n++; } });
    console.log('  traced at statements', ((performance.now() - start2) / 1000).toFixed(2), n);
  }
}, 120000);

import { describe, expect, it } from 'vitest';
import { bookRows } from '../../src/views/book.js';
import { realLines } from '../../src/views/real.js';
import { windowSnapshot } from '../../src/trace/window.js';
import type { Snapshot } from '../../src/trace/types.js';
import { FRAME_RUN, memoryView, type FrameView } from '../../src/views/memory-view.js';
import { traceSource } from '../helpers.js';

// Views of windowed snapshots (what the page asks the worker for): runs of one function's calls
// collapse to one line that counts the frames left out, and a block's unshown cells are one row.

const RECURSION = `
fn down(n: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    let below = down(n - 1);
    below + 1
}
fn main() {
    let v = vec![5u8; 40];
    let r = down(30) as usize + v.len();
    println!("{}", r);
}
`;

/** The snapshot with the deepest stack. */
async function deepest(model: 'book' | 'real'): Promise<Snapshot> {
  const trace = await traceSource(RECURSION, { at: 'all', model });
  return trace.stops.reduce((a, b) => (b.snapshot.frames.length > a.snapshot.frames.length ? b : a)).snapshot;
}

const describeFrames = (frames: readonly FrameView[]): string[] => frames.map((f) => (f.collapsed ? `${f.fn}×${f.collapsed}@${f.depth}` : `${f.fn}@${f.depth}`));

describe('windowed snapshots in the views', () => {
  it('collapses a run of calls of one function, whether its frames were left out or not', async () => {
    const whole = await deepest('book');
    expect(whole.frames.length).toBe(32); // main and 31 calls of down
    const expected = ['main@1', 'down@2', 'down×28@3', 'down@31', 'down@32'];
    expect(describeFrames(memoryView(whole, null).frames)).toEqual(expected);
    // The same picture from a snapshot that left the middle of the stack out.
    const part = windowSnapshot(whole, { outerFrames: 3, innerFrames: 4, blockUnits: 1000 });
    expect(part.frames.length).toBe(7);
    expect(describeFrames(memoryView(part, null).frames)).toEqual(expected);
    // More of the innermost calls drawn when asked.
    expect(describeFrames(memoryView(part, null, 'book', 4).frames)).toEqual(['main@1', 'down@2', 'down×26@3', 'down@29', 'down@30', 'down@31', 'down@32']);
    // The frames drawn keep their locals; a run no longer than FRAME_RUN is not collapsed.
    const drawn = memoryView(part, null).frames.filter((f) => !f.collapsed);
    expect(drawn.at(-1)!.locals.map((l) => l.name).sort()).toEqual(['below', 'n']);
    const trace = await traceSource(RECURSION, { at: 'all' });
    const short = trace.stops.find((s) => s.snapshot.frames.length === 1 + FRAME_RUN)!.snapshot;
    expect(describeFrames(memoryView(short, null).frames)).toEqual(['main@1', 'down@2', 'down@3', 'down@4', 'down@5', 'down@6', 'down@7']);
    const longer = trace.stops.find((s) => s.snapshot.frames.length === 2 + FRAME_RUN)!.snapshot;
    expect(describeFrames(memoryView(longer, null).frames)).toEqual(['main@1', 'down@2', 'down×4@3', 'down@7', 'down@8']);
  });

  it('tells what a windowed block and stack leave out, in the book table and the real text view', async () => {
    const book = windowSnapshot(await deepest('book'), { outerFrames: 2, innerFrames: 2, blockUnits: 16 });
    const rows = bookRows(book);
    const gaps = rows.filter((r) => r.kind === 'gap').map((r) => r.name);
    expect(gaps).toContain('(24 cells not shown)');
    expect(gaps).toContain('(28 frames not shown: down() × 28)');
    expect(rows.filter((r) => r.kind === 'heap')).toHaveLength(16);
    // Heap rows stay in address order around the gap, and the frames' rows around theirs.
    const heapAddrs = rows.filter((r) => r.kind === 'heap').map((r) => r.addr!);
    expect(heapAddrs).toEqual([...heapAddrs].sort((a, b) => b - a));

    const real = windowSnapshot(await deepest('real'), { outerFrames: 2, innerFrames: 2, blockUnits: 16 });
    const text = realLines(real).join('\n');
    expect(text).toContain('(down() × 28 not shown)');
    expect(text).toContain('(bytes +0..+16 of 40 shown)');
  });
});

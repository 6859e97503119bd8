import oneVariable from '../../examples/one-variable.rs?raw';
import twoFrames from '../../examples/two-frames.rs?raw';
import threeDeep from '../../examples/three-deep.rs?raw';
import box from '../../examples/box.rs?raw';
import borrowing from '../../examples/borrowing.rs?raw';
import complex from '../../examples/complex.rs?raw';
import moveIntoFunction from './examples/move-into-function.rs?raw';
import nestedBoxes from './examples/nested-boxes.rs?raw';
import heapHoles from './examples/heap-holes.rs?raw';
import panic from './examples/panic.rs?raw';
import endless from './examples/endless.rs?raw';

/**
 * The Examples menu: the seed's six programs first, then programs for what the seed only
 * mentions. (Vec growth, String vs &str, an Rc cycle, a stack overflow and static memory
 * join this list when the language supports them.)
 */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly group: 'The Stack and the Heap' | 'More';
  readonly source: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'one-variable', title: 'One variable', group: 'The Stack and the Heap', source: oneVariable },
  { id: 'two-frames', title: 'Two frames', group: 'The Stack and the Heap', source: twoFrames },
  { id: 'three-deep', title: 'Three deep', group: 'The Stack and the Heap', source: threeDeep },
  { id: 'box', title: 'A box on the heap', group: 'The Stack and the Heap', source: box },
  { id: 'borrowing', title: 'Arguments and borrowing', group: 'The Stack and the Heap', source: borrowing },
  { id: 'complex', title: 'A complex example', group: 'The Stack and the Heap', source: complex },
  { id: 'move-into-function', title: 'A move into a function', group: 'More', source: moveIntoFunction },
  { id: 'nested-boxes', title: 'A box in a box', group: 'More', source: nestedBoxes },
  { id: 'heap-holes', title: 'Holes in the heap', group: 'More', source: heapHoles },
  { id: 'panic', title: 'A panic', group: 'More', source: panic },
  { id: 'endless', title: 'An endless loop', group: 'More', source: endless },
];

export const DEFAULT_EXAMPLE = EXAMPLES.find((e) => e.id === 'complex')!;

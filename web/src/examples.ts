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
import vecGrowth from './examples/vec-growth.rs?raw';
import stringVsStr from './examples/string-vs-str.rs?raw';
import structsEnums from './examples/structs-enums.rs?raw';
import closures from './examples/closures.rs?raw';
import iterators from './examples/iterators.rs?raw';
import sharedOwnership from './examples/shared-ownership.rs?raw';
import rcCycle from './examples/rc-cycle.rs?raw';
// The threads examples are corpus programs, with rustc's goldens beside them: each is known to
// run as its rustc-built binary does.
import spawnJoin from '../../tests/programs/threads_example_spawn_join.rs?raw';
import scopedThreads from '../../tests/programs/threads_example_scoped.rs?raw';
import mutexCounter from '../../tests/programs/threads_example_mutex_counter.rs?raw';
import channelPipeline from '../../tests/programs/threads_example_channel.rs?raw';
import stackOverflow from '../../tests/programs/threads_example_stack_overflow.rs?raw';

/**
 * The Examples menu: the seed's six programs first, then Rust's types in memory, then threads
 * (each its own stack, one shared heap; a stack's fixed size), then a few more.
 */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly group: 'The Stack and the Heap' | 'Types in memory' | 'Threads' | 'More';
  readonly source: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'one-variable', title: 'One variable', group: 'The Stack and the Heap', source: oneVariable },
  { id: 'two-frames', title: 'Two frames', group: 'The Stack and the Heap', source: twoFrames },
  { id: 'three-deep', title: 'Three deep', group: 'The Stack and the Heap', source: threeDeep },
  { id: 'box', title: 'A box on the heap', group: 'The Stack and the Heap', source: box },
  { id: 'borrowing', title: 'Arguments and borrowing', group: 'The Stack and the Heap', source: borrowing },
  { id: 'complex', title: 'A complex example', group: 'The Stack and the Heap', source: complex },
  { id: 'vec-growth', title: 'A Vec growing past its capacity', group: 'Types in memory', source: vecGrowth },
  { id: 'string-vs-str', title: 'String vs &str', group: 'Types in memory', source: stringVsStr },
  { id: 'move-into-function', title: 'A move into a function', group: 'Types in memory', source: moveIntoFunction },
  { id: 'structs-enums', title: 'Structs and enums in memory', group: 'Types in memory', source: structsEnums },
  { id: 'closures', title: 'Closures capture their environment', group: 'Types in memory', source: closures },
  { id: 'iterators', title: 'Iterators are lazy', group: 'Types in memory', source: iterators },
  { id: 'shared-ownership', title: 'Rc and RefCell: shared ownership', group: 'Types in memory', source: sharedOwnership },
  { id: 'threads-spawn-join', title: 'Spawn a thread and join it', group: 'Threads', source: spawnJoin },
  { id: 'threads-scoped', title: 'Scoped threads borrow a Vec', group: 'Threads', source: scopedThreads },
  { id: 'threads-mutex-counter', title: 'An Arc<Mutex<_>> counter', group: 'Threads', source: mutexCounter },
  { id: 'threads-channel', title: 'A channel pipeline', group: 'Threads', source: channelPipeline },
  { id: 'threads-stack-overflow', title: 'A thread overflows its stack', group: 'Threads', source: stackOverflow },
  { id: 'nested-boxes', title: 'A box in a box', group: 'More', source: nestedBoxes },
  { id: 'heap-holes', title: 'Holes in the heap', group: 'More', source: heapHoles },
  { id: 'rc-cycle', title: 'An Rc cycle leaks', group: 'More', source: rcCycle },
  { id: 'panic', title: 'A panic', group: 'More', source: panic },
  { id: 'endless', title: 'An endless loop', group: 'More', source: endless },
];

export const DEFAULT_EXAMPLE = EXAMPLES.find((e) => e.id === 'complex')!;

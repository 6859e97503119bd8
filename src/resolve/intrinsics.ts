/**
 * std functions the machine implements natively rather than in the Rust prelude: the
 * `__intrinsic_NAME` functions the prelude declares (what plain Rust cannot do: allocate, read
 * raw buffers, format). The checker resolves them, the MIR builder turns them into intrinsic
 * calls, the machine implements them.
 */
export type IntrinsicName =
  | 'box_new'
  /** `Box::leak(b)` (typeArgs[0] = T): the box's pointer as `&'static mut T`; the block is never freed. */
  | 'box_leak'
  /** `mem::forget(x)` (typeArgs[0] = T): takes `x` without dropping it. */
  | 'forget'
  | 'process_exit'
  | 'drop'
  | 'size_of'
  | 'align_of'
  /** `any::type_name::<T>()` (typeArgs[0] = T): rustc's full path of T, a `&'static str`. */
  | 'type_name'
  /** `size_of_val(&x)`, `align_of_val(&x)` (typeArgs[0] = T, maybe unsized; arg: `&T`): a
   *  slice's or str's from its length, a `dyn Trait`'s from the type its vtable names. */
  | 'size_of_val'
  | 'align_of_val'
  /** `Default::default()` (typeArgs[0] = T). The MIR builder expands it for derived and built-in
   *  impls; it reaches the machine only for types it could not expand. */
  | 'default'
  /** `x.clone()` for types whose Clone is derived or built in (typeArgs[0] = T; arg: `&T`). */
  | 'clone'
  /** `&s[a..b]` on a slice or array (arg 0: `&[T]`) or a `str` (arg 0: `&str`): args 1 and 2
   *  are the bounds as `usize`, arg 3 what the end means (a `SliceEnd`, as a `usize`); panics
   *  with rustc's messages. */
  | 'subslice'
  /** `a == b` on values of a type without a user `PartialEq` impl (derived or built in: strs,
   *  tuples, arrays, slices, ADTs): args are `&T`, `&T`; returns bool. */
  | 'eq'
  /** Derived or built-in `PartialOrd::partial_cmp` as an `i8` (-1, 0, 1; 2 for unordered). */
  | 'cmp'
  /** `x.to_string()` for a `Display` type T (arg: `&T`): a String holding what `{}` prints. */
  | 'to_string'
  /** `String::with_capacity(n)` for `format!`, with std's estimate of the output's length. */
  | 'format_string'
  /** `vec![a, b, c]` (args: the `&mut Vec<T>` made by `vec_with_capacity(n)` before the elements
   *  were evaluated, and the `&mut [T]` whose elements move into it)
   *  and `vec![x; n]` (args: `x`, `n`: n-1 clones then `x` itself). */
  | 'vec_from_elems'
  | 'vec_from_elem'
  /** The prelude's `__intrinsic_NAME` functions: Vec and String operations on simulated memory
   *  (see std/core.rs for their signatures). */
  | 'vec_new' | 'vec_with_capacity' | 'vec_push' | 'vec_pop' | 'vec_insert' | 'vec_remove' | 'vec_truncate'
  | 'vec_reserve' | 'vec_reserve_exact' | 'vec_shrink_to_fit' | 'vec_drop' | 'vec_clone' | 'vec_extend_from_slice'
  | 'string_from_str' | 'string_push_str' | 'string_push' | 'string_pop'
  /** `str::repeat`'s copies (args: `&mut String`, `count`): appends its own first `count`
   *  bytes, as std's `copy_nonoverlapping` within the buffer does. */
  | 'string_append_prefix'
  /** Number helpers for the prelude (std/num.rs), the first argument naming the
   *  operation: `float_op` (sqrt, floor, powf, ...: f32 results rounded to f32), `wrapping` (the
   *  two's-complement result of add/sub/mul), `overflows` (whether the exact result of add, sub,
   *  mul or div leaves the type's range); `float_mul_add` (T; `a`, `b`, `c`) → `a * b + c` rounded
   *  once, as a fused multiply-add; `float_to_bits` (T, U; `x: T`) → its IEEE bits as the unsigned
   *  U of its size, `float_from_bits` (T, U; `bits: U`) → the T with those bits. */
  | 'float_op' | 'wrapping' | 'overflows' | 'float_mul_add' | 'float_to_bits' | 'float_from_bits'
  /** `mem::swap` (args: `&mut T`, `&mut T`). */
  | 'swap'
  /** The prelude refusing a case it cannot compute exactly (arg: what, a `&str`). */
  | 'unsupported'
  /** `str::parse` of floats (typeArgs[0] = f32 or f64; arg: `&str`): whether it parses, and the
   *  correctly rounded value. */
  | 'float_parses' | 'parse_float'
  /** Formatter helpers for prelude code: formatting with the formatter's own spec. */
  | 'fmt_display' | 'fmt_debug' | 'fmt_pad' | 'fmt_write_str' | 'fmt_alternate' | 'fmt_width' | 'fmt_precision'
  /** Heap buffers for the prelude's own collections: \`alloc\` (T; \`n: usize\`) → \`*mut T\` (a heap
   *  block typed \`[T; n]\`; dangling when n is 0 or T zero-sized), \`dealloc\` (T; \`*mut T\`),
   *  \`realloc\` (T; \`*mut T\`, \`new_n: usize\`) → \`*mut T\` (moves the cells to a new block, frees
   *  the old), \`ptr_offset\` (T; \`*const T\`/\`*mut T\`, \`n\`) → the pointer n elements on. */
  | 'alloc' | 'dealloc' | 'realloc' | 'ptr_offset'
  /** hashbrown's tables (std/hash_map.rs, machine/hash-table.ts): `hash` (T; `&T`) → `u64`, the
   *  key's hash as derived and std's `Hash` impls feed it; `table_alloc` (T; `buckets`) → `*mut
   *  u8`, the control bytes (all EMPTY) of a new table block, dangling for 0 buckets;
   *  `table_free` (T; ctrl, `buckets`, `moved`: its entries went to a new table); `table_bucket` (T; ctrl, `i`) → `*mut T`, bucket i below
   *  the control bytes; `group_match` (ctrl, `pos`, `byte`) → `u32`, the mask of the 16 control
   *  bytes from `pos` that equal `byte` (EMPTY: the empty ones; DELETED: the free ones);
   *  `lowest_bit` (`u32`, not 0) → `usize`, the index of its lowest set bit. */
  | 'hash' | 'table_alloc' | 'table_free' | 'table_bucket' | 'group_match' | 'lowest_bit'
  /** The program's raw pointers (std/ptr.rs; machine/raw-pointers.ts checks what reaches memory):
   *  `ptr_offset_back` (T; `*mut T`, `n`) → the pointer n elements back; `ptr_distance` (T; `a`,
   *  `b`) → `(a - b) / size_of::<T>()` as `isize`; `ptr_is_null` (T; `*const T`) → bool;
   *  `ptr_read` (T; `*const T`) → a bitwise copy of the pointee; `ptr_write` (T; `*mut T`, `T`)
   *  writes without dropping what was there; `ptr_copy` (T; `src`, `dst`, `count`) copies
   *  `count` elements as `memmove` does; `raw_slice` (T; `*const T`, `len`) → `&mut [T]`, checked
   *  to lie in memory the pointer may reach. */
  /** `raw_deref` (T; `*const T`): the MIR builder's check before the program's `*p`. */
  | 'raw_deref'
  | 'ptr_offset_back' | 'ptr_distance' | 'ptr_is_null' | 'ptr_read' | 'ptr_write' | 'ptr_copy' | 'raw_slice'
  /** Fat pointers from parts: \`slice_from_raw_parts\` (T; \`*const T\`, \`len\`) → \`&[T]\`,
   *  \`str_from_raw_parts\` (\`*const u8\`, \`len\`) → \`&str\`, and \`box_str_from_raw_parts\`
   *  (\`*mut u8\` of a heap block, \`len\`) → the \`Box<str>\` owning that block, \`box_slice_from_raw_parts\`
   *  (T; \`*mut T\` of a heap block, \`len\`) → the \`Box<[T]>\` owning it. */
  | 'slice_from_raw_parts' | 'str_from_raw_parts' | 'box_str_from_raw_parts' | 'box_slice_from_raw_parts'
  /** Smart pointers (std/rc.rs): `ptr_from_ref` (T; `&T`) → `*mut T`, what
   *  `UnsafeCell::get` gives; `box_into_raw` (T; `Box<T>`) → `*mut T`; `drop_in_place` (T;
   *  `&mut T`) drops the pointee where it is; `manually_drop` (T; `T`) takes a value that
   *  gave its ownership away (unlike `forget`, nothing it owns counts as leaked); `dangling` (T)
   *  → a pointer to nothing (`Weak::new`), `is_dangling` (T; `*mut T`) → bool; `ptr_eq` (T;
   *  `*mut T`, `*mut T`) → bool; `alloc_unsized` (T, a struct ending in a slice or `str`;
   *  `len`) → the fat `*mut T` of a new uninitialised block whose tail has `len` elements
   *  (`Rc<[T]>`'s `allocate_for_slice`); `alloc_for_value` (U, T; `&T`) → the `*mut U` of a new
   *  uninitialised block for a `U` ending in the value `&T` points at, with its metadata
   *  (`allocate_for_ptr_in`); `move_value` (T; `&T`, `*mut T`) copies the value's units, sized
   *  or not, to the place (`copy_nonoverlapping` of `size_of_val` bytes). */
  /** `box_from_raw` (T; `*mut T`) → the `Box<T>` owning the block (`Box::from_raw`). */
  | 'box_from_raw'
  | 'ptr_from_ref' | 'box_into_raw' | 'alloc_uninit' | 'alloc_unsized' | 'alloc_for_value' | 'move_value' | 'drop_in_place' | 'manually_drop' | 'dangling' | 'is_dangling' | 'ptr_eq'
  /** `char_property` (`char`, `u8`) → bool: a Unicode property of the char; `char_case` (`char`,
   *  upper: `bool`, `usize`) → `u32`: a char of its full case mapping (see std/str.rs). */
  | 'char_property' | 'char_case'
  /** `{:#?}` builders: what the formatter writes between the two goes through std's PadAdapter. */
  | 'fmt_pad_begin' | 'fmt_pad_end'
  /** Threads (std/thread.rs, machine/thread-ops.ts): `thread_spawn` (S, I, P; the function item
   *  `start: S` run as the thread's first frame with `init: I`, the `&P` of its packet, the
   *  `Thread`'s pointer, its name `&str` and whether it has one, the requested stack size) → the thread's
   *  id as `u64`; `thread_state` (id) → 0 running, 1 finished, 2 panicked; `thread_join_wait`
   *  (id) blocks until that thread ends; `thread_wait` (T; `*const T`) blocks until a
   *  `thread_notify` on the same place (every waiter tries again) or a `thread_notify_one` (the
   *  one waiting longest goes on, as a futex wakes one); `thread_yield`; `thread_sleep` (nanoseconds, virtual
   *  time); `thread_current` → the running thread's id; `thread_handle` (T) → the `*mut T` std
   *  passed to `thread_spawn` for the running thread (null for `main`). */
  /** `program_name` → the `String` `./NAME`, the program's name as its binary sees it run
   *  (`env::args`). */
  | 'program_name'
  /** `thread_panicking` → bool: whether the running thread is unwinding (`thread::panicking`). */
  | 'thread_panicking'
  /** `system_alloc` (bool): between `true` and `false`, std allocates with its `System`
   *  allocator (a thread's `Thread`), whose blocks the allocation log never sees. */
  | 'system_alloc'
  /** `thread_joined` (id): `join` took the thread's result; `thread_unjoined_panic` (P;
   *  `&Packet`) → bool: the thread of that packet panicked and was not joined;
   *  `thread_panic_message` (id) → the `String` the thread panicked with. */
  | 'thread_joined' | 'thread_unjoined_panic' | 'thread_panic_message'
  | 'thread_spawn' | 'thread_state' | 'thread_join_wait' | 'thread_wait' | 'thread_notify' | 'thread_notify_one' | 'thread_yield' | 'thread_sleep' | 'thread_current' | 'thread_handle';

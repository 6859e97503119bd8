//! `BTreeMap` and `BTreeSet` as alloc's collections/btree builds them, so that the heap holds
//! std's nodes and the allocation log is the real program's: a `LeafNode { parent, parent_idx,
//! len, keys: [K; 11], vals: [V; 11] }` and an `InternalNode { data: LeafNode, edges: [_; 12] }`
//! (B = 6), allocated uninitialised (`keys`, `vals` and `edges` are `MaybeUninit` arrays in std:
//! the real model's layout hides their niches, memory/real.ts). The code follows node.rs (leaf
//! and internal insertion, `splitpoint`, splits, `push_internal_level`/`pop_internal_level`),
//! remove.rs and fix.rs (stealing and merging, freeing the right node of a merge), navigate.rs
//! (the dying iterator frees each node once it has walked past it, then the path up from where
//! it stopped), append.rs and fix.rs's bulk building (`collect`, `append`) and set.rs's lazy set
//! operations, written with raw pointers and heights where std has `NodeRef` and `Handle`. A
//! set is a map to `()`. Searching a node is linear, as std's `search_node` is.

const __BTREE_CAPACITY: usize = 11;
const __BTREE_MIN_LEN: usize = 5;
/// set.rs's ITER_PERFORMANCE_TIPPING_SIZE_DIFF: an intersection or difference looks up each of
/// the smaller set's elements in the larger one when it is this many times smaller.
const __BTREE_TIPPING_SIZE_DIFF: usize = 16;

pub struct LeafNode<K, V> {
    parent: *mut InternalNode<K, V>,
    parent_idx: u16,
    len: u16,
    keys: [K; 11],
    vals: [V; 11],
}

#[repr(C)]
pub struct InternalNode<K, V> {
    data: LeafNode<K, V>,
    edges: [*mut LeafNode<K, V>; 12],
}

/// std's `Root`: the root node and the tree's height (the real model's layout makes the pointer
/// `NonNull`, so `Option<NodeRef>` is two words).
pub struct NodeRef<K, V> {
    node: *mut LeafNode<K, V>,
    height: usize,
}

pub struct BTreeMap<K, V> {
    root: Option<NodeRef<K, V>>,
    length: usize,
}

fn __btree_len<K, V>(node: *mut LeafNode<K, V>) -> usize {
    (*node).len as usize
}

fn __btree_set_len<K, V>(node: *mut LeafNode<K, V>, len: usize) {
    (*node).len = len as u16;
}

/// A pointer to a key's slot, with the provenance of the whole array (`key_area_mut`).
fn __btree_key<K, V>(node: *mut LeafNode<K, V>, i: usize) -> *mut K {
    __intrinsic_ptr_offset::<K>((&raw mut (*node).keys) as *mut K, i)
}

fn __btree_val<K, V>(node: *mut LeafNode<K, V>, i: usize) -> *mut V {
    __intrinsic_ptr_offset::<V>((&raw mut (*node).vals) as *mut V, i)
}

fn __btree_edge<K, V>(node: *mut LeafNode<K, V>, i: usize) -> *mut *mut LeafNode<K, V> {
    let internal = node as *mut InternalNode<K, V>;
    __intrinsic_ptr_offset::<*mut LeafNode<K, V>>(
        (&raw mut (*internal).edges) as *mut *mut LeafNode<K, V>,
        i,
    )
}

fn __btree_child<K, V>(node: *mut LeafNode<K, V>, i: usize) -> *mut LeafNode<K, V> {
    *__btree_edge::<K, V>(node, i)
}

fn __btree_new_leaf<K, V>() -> *mut LeafNode<K, V> {
    let leaf = __intrinsic_alloc_uninit::<LeafNode<K, V>>();
    (*leaf).parent = __std_ptr_null_mut::<InternalNode<K, V>>();
    (*leaf).len = 0;
    leaf
}

fn __btree_new_internal<K, V>() -> *mut LeafNode<K, V> {
    let node = __intrinsic_alloc_uninit::<InternalNode<K, V>>();
    (*node).data.parent = __std_ptr_null_mut::<InternalNode<K, V>>();
    (*node).data.len = 0;
    node as *mut LeafNode<K, V>
}

/// Frees a node with the layout of its kind (`deallocate_and_ascend`).
fn __btree_free<K, V>(node: *mut LeafNode<K, V>, height: usize) {
    if height > 0 {
        __intrinsic_dealloc::<InternalNode<K, V>>(node as *mut InternalNode<K, V>);
    } else {
        __intrinsic_dealloc::<LeafNode<K, V>>(node);
    }
}

fn __btree_correct_parent_link<K, V>(node: *mut LeafNode<K, V>, i: usize) {
    let child = __btree_child::<K, V>(node, i);
    (*child).parent = node as *mut InternalNode<K, V>;
    (*child).parent_idx = i as u16;
}

fn __btree_correct_links<K, V>(node: *mut LeafNode<K, V>, from: usize, to: usize) {
    let mut i = from;
    while i < to {
        __btree_correct_parent_link::<K, V>(node, i);
        i += 1;
    }
}

/// `slice_insert`: shifts `[idx, len - 1)` right by one and writes `value` at `idx` (`len`
/// counts the new element).
fn __btree_slice_insert<T>(base: *mut T, len: usize, idx: usize, value: T) {
    if len > idx + 1 {
        __intrinsic_ptr_copy::<T>(
            __intrinsic_ptr_offset::<T>(base, idx),
            __intrinsic_ptr_offset::<T>(base, idx + 1),
            len - idx - 1,
        );
    }
    __intrinsic_ptr_write::<T>(__intrinsic_ptr_offset::<T>(base, idx), value);
}

fn __btree_slice_remove<T>(base: *mut T, len: usize, idx: usize) -> T {
    let value = __intrinsic_ptr_read::<T>(__intrinsic_ptr_offset::<T>(base, idx));
    __intrinsic_ptr_copy::<T>(
        __intrinsic_ptr_offset::<T>(base, idx + 1),
        __intrinsic_ptr_offset::<T>(base, idx),
        len - idx - 1,
    );
    value
}

fn __btree_move<T>(src: *mut T, dst: *mut T, count: usize) {
    __intrinsic_ptr_copy::<T>(src, dst, count);
}

/// Where a key is (`found`) or would go: a node, its height and a KV or edge index.
struct __BTreeSpot<K, V> {
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
    found: bool,
}

/// `search_tree`: from the root down, each node searched linearly (`search_node`).
fn __btree_search<K, V, Q: __KeyOf<K>>(root: &NodeRef<K, V>, key: &Q) -> __BTreeSpot<K, V> {
    let mut node = root.node;
    let mut height = root.height;
    loop {
        let len = __btree_len::<K, V>(node);
        let mut idx = 0;
        while idx < len {
            let c = Q::__key_cmp(key, &*__btree_key::<K, V>(node, idx));
            if c == 0 {
                return __BTreeSpot {
                    node,
                    height,
                    idx,
                    found: true,
                };
            }
            if c < 0 {
                break;
            }
            idx += 1;
        }
        if height == 0 {
            return __BTreeSpot {
                node,
                height,
                idx,
                found: false,
            };
        }
        node = __btree_child::<K, V>(node, idx);
        height -= 1;
    }
}

fn __btree_first_leaf<K, V>(
    mut node: *mut LeafNode<K, V>,
    mut height: usize,
) -> *mut LeafNode<K, V> {
    while height > 0 {
        node = __btree_child::<K, V>(node, 0);
        height -= 1;
    }
    node
}

fn __btree_last_leaf<K, V>(
    mut node: *mut LeafNode<K, V>,
    mut height: usize,
) -> *mut LeafNode<K, V> {
    while height > 0 {
        node = __btree_child::<K, V>(node, __btree_len::<K, V>(node));
        height -= 1;
    }
    node
}

/// A leaf edge or a KV of some node, as navigate.rs's handles.
struct __BTreeHandle<K, V> {
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
}

impl<K, V> Clone for __BTreeHandle<K, V> {
    fn clone(&self) -> __BTreeHandle<K, V> {
        __BTreeHandle {
            node: self.node,
            height: self.height,
            idx: self.idx,
        }
    }
}

impl<K, V> Copy for __BTreeHandle<K, V> {}

/// `next_kv` of a leaf edge: the KV to its right, ascending while the edge is a node's last
/// (`None` past the tree's end).
fn __btree_next_kv<K, V>(edge: __BTreeHandle<K, V>) -> Option<__BTreeHandle<K, V>> {
    let mut node = edge.node;
    let mut height = edge.height;
    let mut idx = edge.idx;
    loop {
        if idx < __btree_len::<K, V>(node) {
            return Some(__BTreeHandle { node, height, idx });
        }
        let parent = (*node).parent;
        if __intrinsic_ptr_is_null::<InternalNode<K, V>>(parent as *const InternalNode<K, V>) {
            return None;
        }
        idx = (*node).parent_idx as usize;
        node = parent as *mut LeafNode<K, V>;
        height += 1;
    }
}

fn __btree_next_back_kv<K, V>(edge: __BTreeHandle<K, V>) -> Option<__BTreeHandle<K, V>> {
    let mut node = edge.node;
    let mut height = edge.height;
    let mut idx = edge.idx;
    loop {
        if idx > 0 {
            return Some(__BTreeHandle {
                node,
                height,
                idx: idx - 1,
            });
        }
        let parent = (*node).parent;
        if __intrinsic_ptr_is_null::<InternalNode<K, V>>(parent as *const InternalNode<K, V>) {
            return None;
        }
        idx = (*node).parent_idx as usize;
        node = parent as *mut LeafNode<K, V>;
        height += 1;
    }
}

/// `next_leaf_edge` of a KV: the leaf edge just after it.
fn __btree_next_leaf_edge<K, V>(kv: __BTreeHandle<K, V>) -> __BTreeHandle<K, V> {
    if kv.height == 0 {
        return __BTreeHandle {
            node: kv.node,
            height: 0,
            idx: kv.idx + 1,
        };
    }
    let child = __btree_child::<K, V>(kv.node, kv.idx + 1);
    __BTreeHandle {
        node: __btree_first_leaf::<K, V>(child, kv.height - 1),
        height: 0,
        idx: 0,
    }
}

fn __btree_next_back_leaf_edge<K, V>(kv: __BTreeHandle<K, V>) -> __BTreeHandle<K, V> {
    if kv.height == 0 {
        return __BTreeHandle {
            node: kv.node,
            height: 0,
            idx: kv.idx,
        };
    }
    let child = __btree_child::<K, V>(kv.node, kv.idx);
    let leaf = __btree_last_leaf::<K, V>(child, kv.height - 1);
    __BTreeHandle {
        node: leaf,
        height: 0,
        idx: __btree_len::<K, V>(leaf),
    }
}

// ---- insertion (node.rs) ------------------------------------------------------------------------

/// `splitpoint`: the KV that moves up and where the new one goes (`true` for the right half).
fn __btree_splitpoint(edge_idx: usize) -> (usize, bool, usize) {
    if edge_idx < 5 {
        (4, false, edge_idx)
    } else if edge_idx == 5 {
        (5, false, edge_idx)
    } else if edge_idx == 6 {
        (5, true, 0)
    } else {
        (6, true, edge_idx - 7)
    }
}

fn __btree_leaf_insert_fit<K, V>(node: *mut LeafNode<K, V>, idx: usize, key: K, val: V) {
    let new_len = __btree_len::<K, V>(node) + 1;
    __btree_slice_insert::<K>(__btree_key::<K, V>(node, 0), new_len, idx, key);
    __btree_slice_insert::<V>(__btree_val::<K, V>(node, 0), new_len, idx, val);
    __btree_set_len::<K, V>(node, new_len);
}

fn __btree_internal_insert_fit<K, V>(
    node: *mut LeafNode<K, V>,
    idx: usize,
    key: K,
    val: V,
    edge: *mut LeafNode<K, V>,
) {
    let new_len = __btree_len::<K, V>(node) + 1;
    __btree_slice_insert::<K>(__btree_key::<K, V>(node, 0), new_len, idx, key);
    __btree_slice_insert::<V>(__btree_val::<K, V>(node, 0), new_len, idx, val);
    __btree_slice_insert::<*mut LeafNode<K, V>>(
        __btree_edge::<K, V>(node, 0),
        new_len + 1,
        idx + 1,
        edge,
    );
    __btree_set_len::<K, V>(node, new_len);
    __btree_correct_links::<K, V>(node, idx + 1, new_len + 1);
}

/// `split_leaf_data`: the KVs right of `idx` move to `new_node`; the KV at `idx` is returned.
fn __btree_split_leaf_data<K, V>(
    node: *mut LeafNode<K, V>,
    idx: usize,
    new_node: *mut LeafNode<K, V>,
) -> (K, V) {
    let old_len = __btree_len::<K, V>(node);
    let new_len = old_len - idx - 1;
    __btree_set_len::<K, V>(new_node, new_len);
    let k = __intrinsic_ptr_read::<K>(__btree_key::<K, V>(node, idx));
    let v = __intrinsic_ptr_read::<V>(__btree_val::<K, V>(node, idx));
    __btree_move::<K>(
        __btree_key::<K, V>(node, idx + 1),
        __btree_key::<K, V>(new_node, 0),
        new_len,
    );
    __btree_move::<V>(
        __btree_val::<K, V>(node, idx + 1),
        __btree_val::<K, V>(new_node, 0),
        new_len,
    );
    __btree_set_len::<K, V>(node, idx);
    (k, v)
}

/// A split's result: the middle KV and the new right node, of the left node's height.
struct __BTreeSplit<K, V> {
    left: *mut LeafNode<K, V>,
    height: usize,
    key: K,
    val: V,
    right: *mut LeafNode<K, V>,
}

fn __btree_split_internal<K, V>(
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
) -> __BTreeSplit<K, V> {
    let old_len = __btree_len::<K, V>(node);
    let new_node = __btree_new_internal::<K, V>();
    let (key, val) = __btree_split_leaf_data::<K, V>(node, idx, new_node);
    let new_len = __btree_len::<K, V>(new_node);
    __btree_move::<*mut LeafNode<K, V>>(
        __btree_edge::<K, V>(node, idx + 1),
        __btree_edge::<K, V>(new_node, 0),
        new_len + 1,
    );
    __btree_correct_links::<K, V>(new_node, 0, new_len + 1);
    __BTreeSplit {
        left: node,
        height,
        key,
        val,
        right: new_node,
    }
}

/// `insert_recursing`: inserts at a leaf edge, splitting full nodes upwards; a split of the
/// root pushes a new internal level. Returns where the new KV ended up.
fn __btree_insert_recursing<K, V>(
    root: &mut NodeRef<K, V>,
    leaf: *mut LeafNode<K, V>,
    idx: usize,
    key: K,
    val: V,
) -> __BTreeHandle<K, V> {
    if __btree_len::<K, V>(leaf) < __BTREE_CAPACITY {
        __btree_leaf_insert_fit::<K, V>(leaf, idx, key, val);
        return __BTreeHandle {
            node: leaf,
            height: 0,
            idx,
        };
    }
    let (middle, right_side, insert_idx) = __btree_splitpoint(idx);
    let new_leaf = __btree_new_leaf::<K, V>();
    let (mk, mv) = __btree_split_leaf_data::<K, V>(leaf, middle, new_leaf);
    let target = if right_side { new_leaf } else { leaf };
    __btree_leaf_insert_fit::<K, V>(target, insert_idx, key, val);
    let handle = __BTreeHandle {
        node: target,
        height: 0,
        idx: insert_idx,
    };
    let mut split = __BTreeSplit {
        left: leaf,
        height: 0,
        key: mk,
        val: mv,
        right: new_leaf,
    };
    loop {
        let parent = (*split.left).parent;
        if __intrinsic_ptr_is_null::<InternalNode<K, V>>(parent as *const InternalNode<K, V>) {
            __btree_push_internal_level::<K, V>(root);
            __btree_internal_push::<K, V>(root.node, split.key, split.val, split.right);
            return handle;
        }
        let parent = parent as *mut LeafNode<K, V>;
        let edge_idx = (*split.left).parent_idx as usize;
        let height = split.height + 1;
        if __btree_len::<K, V>(parent) < __BTREE_CAPACITY {
            __btree_internal_insert_fit::<K, V>(
                parent,
                edge_idx,
                split.key,
                split.val,
                split.right,
            );
            return handle;
        }
        let (middle, right_side, insert_idx) = __btree_splitpoint(edge_idx);
        let next = __btree_split_internal::<K, V>(parent, height, middle);
        let target = if right_side { next.right } else { next.left };
        __btree_internal_insert_fit::<K, V>(target, insert_idx, split.key, split.val, split.right);
        split = next;
    }
}

/// `push_internal_level`: a new internal root above the old one.
fn __btree_push_internal_level<K, V>(root: &mut NodeRef<K, V>) {
    let node = __btree_new_internal::<K, V>();
    *__btree_edge::<K, V>(node, 0) = root.node;
    root.node = node;
    root.height += 1;
    __btree_correct_links::<K, V>(node, 0, 1);
}

/// `pop_internal_level`: the root's only child becomes the root; the old root is freed.
fn __btree_pop_internal_level<K, V>(root: &mut NodeRef<K, V>) {
    let top = root.node;
    root.node = __btree_child::<K, V>(top, 0);
    root.height -= 1;
    (*root.node).parent = __std_ptr_null_mut::<InternalNode<K, V>>();
    __btree_free::<K, V>(top, 1);
}

/// An internal node's `push`: a KV and the edge right of it at the end.
fn __btree_internal_push<K, V>(
    node: *mut LeafNode<K, V>,
    key: K,
    val: V,
    edge: *mut LeafNode<K, V>,
) {
    let idx = __btree_len::<K, V>(node);
    __btree_set_len::<K, V>(node, idx + 1);
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(node, idx), key);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(node, idx), val);
    *__btree_edge::<K, V>(node, idx + 1) = edge;
    __btree_correct_parent_link::<K, V>(node, idx + 1);
}

fn __btree_leaf_push<K, V>(node: *mut LeafNode<K, V>, key: K, val: V) {
    let idx = __btree_len::<K, V>(node);
    __btree_set_len::<K, V>(node, idx + 1);
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(node, idx), key);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(node, idx), val);
}

// ---- removal (remove.rs, fix.rs) ----------------------------------------------------------------

/// `BalancingContext`: a parent's KV and the children on both sides of it.
struct __BTreeBalance<K, V> {
    parent: *mut LeafNode<K, V>,
    parent_idx: usize,
    left: *mut LeafNode<K, V>,
    right: *mut LeafNode<K, V>,
    /// The children's height.
    height: usize,
}

/// `choose_parent_kv`: the left sibling if there is one, else the right one (`None` at the root);
/// the flag says whether the node is the right child.
fn __btree_choose_parent_kv<K, V>(
    node: *mut LeafNode<K, V>,
    height: usize,
) -> Option<(__BTreeBalance<K, V>, bool)> {
    let parent = (*node).parent;
    if __intrinsic_ptr_is_null::<InternalNode<K, V>>(parent as *const InternalNode<K, V>) {
        return None;
    }
    let parent = parent as *mut LeafNode<K, V>;
    let idx = (*node).parent_idx as usize;
    if idx > 0 {
        let left = __btree_child::<K, V>(parent, idx - 1);
        Some((
            __BTreeBalance {
                parent,
                parent_idx: idx - 1,
                left,
                right: node,
                height,
            },
            true,
        ))
    } else {
        let right = __btree_child::<K, V>(parent, idx + 1);
        Some((
            __BTreeBalance {
                parent,
                parent_idx: idx,
                left: node,
                right,
                height,
            },
            false,
        ))
    }
}

fn __btree_can_merge<K, V>(ctx: &__BTreeBalance<K, V>) -> bool {
    __btree_len::<K, V>(ctx.left) + 1 + __btree_len::<K, V>(ctx.right) <= __BTREE_CAPACITY
}

/// `do_merge`: the parent's KV and the right child join the left child; the right child is freed.
fn __btree_merge<K, V>(ctx: &__BTreeBalance<K, V>) {
    let parent = ctx.parent;
    let parent_idx = ctx.parent_idx;
    let left = ctx.left;
    let right = ctx.right;
    let old_parent_len = __btree_len::<K, V>(parent);
    let old_left_len = __btree_len::<K, V>(left);
    let right_len = __btree_len::<K, V>(right);
    let new_left_len = old_left_len + 1 + right_len;
    __btree_set_len::<K, V>(left, new_left_len);
    let parent_key =
        __btree_slice_remove::<K>(__btree_key::<K, V>(parent, 0), old_parent_len, parent_idx);
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(left, old_left_len), parent_key);
    __btree_move::<K>(
        __btree_key::<K, V>(right, 0),
        __btree_key::<K, V>(left, old_left_len + 1),
        right_len,
    );
    let parent_val =
        __btree_slice_remove::<V>(__btree_val::<K, V>(parent, 0), old_parent_len, parent_idx);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(left, old_left_len), parent_val);
    __btree_move::<V>(
        __btree_val::<K, V>(right, 0),
        __btree_val::<K, V>(left, old_left_len + 1),
        right_len,
    );
    __btree_slice_remove::<*mut LeafNode<K, V>>(
        __btree_edge::<K, V>(parent, 0),
        old_parent_len + 1,
        parent_idx + 1,
    );
    __btree_correct_links::<K, V>(parent, parent_idx + 1, old_parent_len);
    __btree_set_len::<K, V>(parent, old_parent_len - 1);
    if ctx.height > 0 {
        __btree_move::<*mut LeafNode<K, V>>(
            __btree_edge::<K, V>(right, 0),
            __btree_edge::<K, V>(left, old_left_len + 1),
            right_len + 1,
        );
        __btree_correct_links::<K, V>(left, old_left_len + 1, new_left_len + 1);
    }
    __btree_free::<K, V>(right, ctx.height);
}

fn __btree_replace_kv<K, V>(node: *mut LeafNode<K, V>, idx: usize, k: K, v: V) -> (K, V) {
    let old_k = __intrinsic_ptr_read::<K>(__btree_key::<K, V>(node, idx));
    let old_v = __intrinsic_ptr_read::<V>(__btree_val::<K, V>(node, idx));
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(node, idx), k);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(node, idx), v);
    (old_k, old_v)
}

fn __btree_bulk_steal_left<K, V>(ctx: &__BTreeBalance<K, V>, count: usize) {
    let left = ctx.left;
    let right = ctx.right;
    let old_left_len = __btree_len::<K, V>(left);
    let old_right_len = __btree_len::<K, V>(right);
    let new_left_len = old_left_len - count;
    let new_right_len = old_right_len + count;
    __btree_set_len::<K, V>(left, new_left_len);
    __btree_set_len::<K, V>(right, new_right_len);
    __btree_move::<K>(
        __btree_key::<K, V>(right, 0),
        __btree_key::<K, V>(right, count),
        old_right_len,
    );
    __btree_move::<V>(
        __btree_val::<K, V>(right, 0),
        __btree_val::<K, V>(right, count),
        old_right_len,
    );
    __btree_move::<K>(
        __btree_key::<K, V>(left, new_left_len + 1),
        __btree_key::<K, V>(right, 0),
        count - 1,
    );
    __btree_move::<V>(
        __btree_val::<K, V>(left, new_left_len + 1),
        __btree_val::<K, V>(right, 0),
        count - 1,
    );
    let k = __intrinsic_ptr_read::<K>(__btree_key::<K, V>(left, new_left_len));
    let v = __intrinsic_ptr_read::<V>(__btree_val::<K, V>(left, new_left_len));
    let (k, v) = __btree_replace_kv::<K, V>(ctx.parent, ctx.parent_idx, k, v);
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(right, count - 1), k);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(right, count - 1), v);
    if ctx.height > 0 {
        __btree_move::<*mut LeafNode<K, V>>(
            __btree_edge::<K, V>(right, 0),
            __btree_edge::<K, V>(right, count),
            old_right_len + 1,
        );
        __btree_move::<*mut LeafNode<K, V>>(
            __btree_edge::<K, V>(left, new_left_len + 1),
            __btree_edge::<K, V>(right, 0),
            count,
        );
        __btree_correct_links::<K, V>(right, 0, new_right_len + 1);
    }
}

fn __btree_bulk_steal_right<K, V>(ctx: &__BTreeBalance<K, V>, count: usize) {
    let left = ctx.left;
    let right = ctx.right;
    let old_left_len = __btree_len::<K, V>(left);
    let old_right_len = __btree_len::<K, V>(right);
    let new_left_len = old_left_len + count;
    let new_right_len = old_right_len - count;
    __btree_set_len::<K, V>(left, new_left_len);
    __btree_set_len::<K, V>(right, new_right_len);
    let k = __intrinsic_ptr_read::<K>(__btree_key::<K, V>(right, count - 1));
    let v = __intrinsic_ptr_read::<V>(__btree_val::<K, V>(right, count - 1));
    let (k, v) = __btree_replace_kv::<K, V>(ctx.parent, ctx.parent_idx, k, v);
    __intrinsic_ptr_write::<K>(__btree_key::<K, V>(left, old_left_len), k);
    __intrinsic_ptr_write::<V>(__btree_val::<K, V>(left, old_left_len), v);
    __btree_move::<K>(
        __btree_key::<K, V>(right, 0),
        __btree_key::<K, V>(left, old_left_len + 1),
        count - 1,
    );
    __btree_move::<V>(
        __btree_val::<K, V>(right, 0),
        __btree_val::<K, V>(left, old_left_len + 1),
        count - 1,
    );
    __btree_move::<K>(
        __btree_key::<K, V>(right, count),
        __btree_key::<K, V>(right, 0),
        new_right_len,
    );
    __btree_move::<V>(
        __btree_val::<K, V>(right, count),
        __btree_val::<K, V>(right, 0),
        new_right_len,
    );
    if ctx.height > 0 {
        __btree_move::<*mut LeafNode<K, V>>(
            __btree_edge::<K, V>(right, 0),
            __btree_edge::<K, V>(left, old_left_len + 1),
            count,
        );
        __btree_move::<*mut LeafNode<K, V>>(
            __btree_edge::<K, V>(right, count),
            __btree_edge::<K, V>(right, 0),
            new_right_len + 1,
        );
        __btree_correct_links::<K, V>(left, old_left_len + 1, new_left_len + 1);
        __btree_correct_links::<K, V>(right, 0, new_right_len + 1);
    }
}

/// `fix_node_and_affected_ancestors`: merges or steals upwards from an internal node; false
/// when it leaves the root internal and empty.
fn __btree_fix_ancestors<K, V>(mut node: *mut LeafNode<K, V>, mut height: usize) -> bool {
    loop {
        let len = __btree_len::<K, V>(node);
        if len >= __BTREE_MIN_LEN {
            return true;
        }
        match __btree_choose_parent_kv::<K, V>(node, height) {
            Some((ctx, is_right)) => {
                if __btree_can_merge::<K, V>(&ctx) {
                    __btree_merge::<K, V>(&ctx);
                    node = ctx.parent;
                    height += 1;
                } else {
                    if is_right {
                        __btree_bulk_steal_left::<K, V>(&ctx, __BTREE_MIN_LEN - len);
                    } else {
                        __btree_bulk_steal_right::<K, V>(&ctx, __BTREE_MIN_LEN - len);
                    }
                    return true;
                }
            }
            None => return len > 0,
        }
    }
}

/// `remove_leaf_kv`: removes a leaf's KV, then refills the leaf from a sibling or merges it;
/// returns the KV and the leaf edge where it was.
fn __btree_remove_leaf_kv<K, V>(
    node: *mut LeafNode<K, V>,
    idx: usize,
    emptied_internal_root: &mut bool,
) -> (K, V, __BTreeHandle<K, V>) {
    let old_len = __btree_len::<K, V>(node);
    let k = __btree_slice_remove::<K>(__btree_key::<K, V>(node, 0), old_len, idx);
    let v = __btree_slice_remove::<V>(__btree_val::<K, V>(node, 0), old_len, idx);
    __btree_set_len::<K, V>(node, old_len - 1);
    let mut pos = __BTreeHandle {
        node,
        height: 0,
        idx,
    };
    if old_len - 1 < __BTREE_MIN_LEN {
        match __btree_choose_parent_kv::<K, V>(node, 0) {
            Some((ctx, true)) => {
                if __btree_can_merge::<K, V>(&ctx) {
                    let old_left_len = __btree_len::<K, V>(ctx.left);
                    __btree_merge::<K, V>(&ctx);
                    pos = __BTreeHandle {
                        node: ctx.left,
                        height: 0,
                        idx: old_left_len + 1 + idx,
                    };
                } else {
                    __btree_bulk_steal_left::<K, V>(&ctx, 1);
                    pos = __BTreeHandle {
                        node: ctx.right,
                        height: 0,
                        idx: 1 + idx,
                    };
                }
            }
            Some((ctx, false)) => {
                if __btree_can_merge::<K, V>(&ctx) {
                    __btree_merge::<K, V>(&ctx);
                } else {
                    __btree_bulk_steal_right::<K, V>(&ctx, 1);
                }
                pos = __BTreeHandle {
                    node: ctx.left,
                    height: 0,
                    idx,
                };
            }
            None => {}
        }
        let parent = (*pos.node).parent;
        if !__intrinsic_ptr_is_null::<InternalNode<K, V>>(parent as *const InternalNode<K, V>) {
            if !__btree_fix_ancestors::<K, V>(parent as *mut LeafNode<K, V>, 1) {
                *emptied_internal_root = true;
            }
        }
    }
    (k, v, pos)
}

/// `remove_kv_tracking`: an internal KV is replaced by its predecessor, removed from its leaf.
fn __btree_remove_kv<K, V>(
    kv: __BTreeHandle<K, V>,
    emptied_internal_root: &mut bool,
) -> (K, V, __BTreeHandle<K, V>) {
    if kv.height == 0 {
        return __btree_remove_leaf_kv::<K, V>(kv.node, kv.idx, emptied_internal_root);
    }
    let leaf = __btree_last_leaf::<K, V>(__btree_child::<K, V>(kv.node, kv.idx), kv.height - 1);
    let (lk, lv, hole) =
        __btree_remove_leaf_kv::<K, V>(leaf, __btree_len::<K, V>(leaf) - 1, emptied_internal_root);
    let internal = __btree_next_kv::<K, V>(hole).unwrap();
    let (k, v) = __btree_replace_kv::<K, V>(internal.node, internal.idx, lk, lv);
    (k, v, __btree_next_leaf_edge::<K, V>(internal))
}

// ---- bulk building (append.rs, fix.rs) ----------------------------------------------------------

/// `bulk_push`: appends sorted, distinct KVs along the right border, then refills its nodes.
fn __btree_bulk_push<K, V, I: Iterator<Item = (K, V)>>(
    root: &mut NodeRef<K, V>,
    mut iter: I,
    length: &mut usize,
) {
    let mut cur = __btree_last_leaf::<K, V>(root.node, root.height);
    while let Some((key, value)) = iter.next() {
        if __btree_len::<K, V>(cur) < __BTREE_CAPACITY {
            __btree_leaf_push::<K, V>(cur, key, value);
        } else {
            let mut open = cur;
            let mut open_height = 0;
            loop {
                let parent = (*open).parent;
                if __intrinsic_ptr_is_null::<InternalNode<K, V>>(
                    parent as *const InternalNode<K, V>,
                ) {
                    __btree_push_internal_level::<K, V>(root);
                    open = root.node;
                    open_height = root.height;
                    break;
                }
                open = parent as *mut LeafNode<K, V>;
                open_height += 1;
                if __btree_len::<K, V>(open) < __BTREE_CAPACITY {
                    break;
                }
            }
            let mut right_tree = NodeRef {
                node: __btree_new_leaf::<K, V>(),
                height: 0,
            };
            let mut i = 1;
            while i < open_height {
                __btree_push_internal_level::<K, V>(&mut right_tree);
                i += 1;
            }
            __btree_internal_push::<K, V>(open, key, value, right_tree.node);
            cur = __btree_last_leaf::<K, V>(open, open_height);
        }
        *length += 1;
    }
    drop(iter);
    __btree_fix_right_border_of_plentiful::<K, V>(root);
}

fn __btree_fix_right_border_of_plentiful<K, V>(root: &NodeRef<K, V>) {
    let mut node = root.node;
    let mut height = root.height;
    while height > 0 {
        let len = __btree_len::<K, V>(node);
        let ctx = __BTreeBalance {
            parent: node,
            parent_idx: len - 1,
            left: __btree_child::<K, V>(node, len - 1),
            right: __btree_child::<K, V>(node, len),
            height: height - 1,
        };
        let right_len = __btree_len::<K, V>(ctx.right);
        if right_len < __BTREE_MIN_LEN {
            __btree_bulk_steal_left::<K, V>(&ctx, __BTREE_MIN_LEN - right_len);
        }
        node = ctx.right;
        height -= 1;
    }
}

/// dedup_sorted_iter.rs: of equal keys in a row, the last pair is kept.
struct __BTreeDedup<K, V, I: Iterator<Item = (K, V)>> {
    iter: Peekable<I, (K, V)>,
}

impl<K, V, I: Iterator<Item = (K, V)>> Iterator for __BTreeDedup<K, V, I> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        loop {
            let next = match self.iter.next() {
                Some(next) => next,
                None => return None,
            };
            let peeked = match self.iter.peek() {
                Some(peeked) => peeked,
                None => return Some(next),
            };
            if !__intrinsic_eq::<K>(&next.0, &peeked.0) {
                return Some(next);
            }
        }
    }
}

/// `bulk_build_from_sorted_iter`: a new leaf root, filled by `bulk_push`.
fn __btree_bulk_build<K, V, I: Iterator<Item = (K, V)>>(iter: I) -> BTreeMap<K, V> {
    let mut root = NodeRef {
        node: __btree_new_leaf::<K, V>(),
        height: 0,
    };
    let mut length = 0;
    __btree_bulk_push::<K, V, __BTreeDedup<K, V, I>>(
        &mut root,
        __BTreeDedup {
            iter: iter.peekable(),
        },
        &mut length,
    );
    BTreeMap {
        root: Some(root),
        length,
    }
}

// ---- the map ------------------------------------------------------------------------------------

impl<K, V> BTreeMap<K, V> {
    pub fn len(&self) -> usize {
        self.length
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    fn __first_kv(&self) -> Option<__BTreeHandle<K, V>> {
        match &self.root {
            Some(root) => {
                let leaf = __btree_first_leaf::<K, V>(root.node, root.height);
                __btree_next_kv::<K, V>(__BTreeHandle {
                    node: leaf,
                    height: 0,
                    idx: 0,
                })
            }
            None => None,
        }
    }

    fn __last_kv(&self) -> Option<__BTreeHandle<K, V>> {
        match &self.root {
            Some(root) => {
                let leaf = __btree_last_leaf::<K, V>(root.node, root.height);
                __btree_next_back_kv::<K, V>(__BTreeHandle {
                    node: leaf,
                    height: 0,
                    idx: __btree_len::<K, V>(leaf),
                })
            }
            None => None,
        }
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        match self.__first_kv() {
            Some(kv) => Some((
                &*__btree_key::<K, V>(kv.node, kv.idx),
                &*__btree_val::<K, V>(kv.node, kv.idx),
            )),
            None => None,
        }
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        match self.__last_kv() {
            Some(kv) => Some((
                &*__btree_key::<K, V>(kv.node, kv.idx),
                &*__btree_val::<K, V>(kv.node, kv.idx),
            )),
            None => None,
        }
    }

    pub fn pop_first(&mut self) -> Option<(K, V)> {
        match self.__first_kv() {
            Some(kv) => Some(self.__remove_kv(kv)),
            None => None,
        }
    }

    pub fn pop_last(&mut self) -> Option<(K, V)> {
        match self.__last_kv() {
            Some(kv) => Some(self.__remove_kv(kv)),
            None => None,
        }
    }

    fn __full_range(&self) -> __BTreeLeafRange<K, V> {
        match &self.root {
            Some(root) => {
                let first = __btree_first_leaf::<K, V>(root.node, root.height);
                let last = __btree_last_leaf::<K, V>(root.node, root.height);
                __BTreeLeafRange {
                    front: __BTreeHandle {
                        node: first,
                        height: 0,
                        idx: 0,
                    },
                    back: __BTreeHandle {
                        node: last,
                        height: 0,
                        idx: __btree_len::<K, V>(last),
                    },
                }
            }
            None => __BTreeLeafRange::__none(),
        }
    }

    pub fn iter(&self) -> BTreeIter<K, V> {
        BTreeIter {
            marker: [],
            range: self.__full_range(),
            length: self.length,
        }
    }

    pub fn iter_mut(&mut self) -> BTreeIterMut<K, V> {
        BTreeIterMut {
            marker: [],
            range: self.__full_range(),
            length: self.length,
        }
    }

    pub fn keys(&self) -> BTreeKeys<K, V> {
        BTreeKeys { inner: self.iter() }
    }

    pub fn values(&self) -> BTreeValues<K, V> {
        BTreeValues { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> BTreeValuesMut<K, V> {
        BTreeValuesMut {
            inner: self.iter_mut(),
        }
    }
}

impl<K: Ord, V> BTreeMap<K, V> {
    pub const fn new() -> BTreeMap<K, V> {
        BTreeMap {
            root: None,
            length: 0,
        }
    }

    /// `clear` drops the whole tree, as dropping the map does.
    pub fn clear(&mut self) {
        drop(BTreeMap {
            root: self.root.take(),
            length: __std_mem_replace(&mut self.length, 0),
        });
    }

    fn __find<Q: __KeyOf<K>>(&self, key: &Q) -> Option<__BTreeHandle<K, V>> {
        match &self.root {
            Some(root) => {
                let spot = __btree_search::<K, V, Q>(root, key);
                if spot.found {
                    Some(__BTreeHandle {
                        node: spot.node,
                        height: spot.height,
                        idx: spot.idx,
                    })
                } else {
                    None
                }
            }
            None => None,
        }
    }

    pub fn get<Q: __KeyOf<K>>(&self, key: &Q) -> Option<&V> {
        match self.__find::<Q>(key) {
            Some(kv) => Some(&*__btree_val::<K, V>(kv.node, kv.idx)),
            None => None,
        }
    }

    pub fn get_mut<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<&mut V> {
        match self.__find::<Q>(key) {
            Some(kv) => Some(&mut *__btree_val::<K, V>(kv.node, kv.idx)),
            None => None,
        }
    }

    pub fn get_key_value<Q: __KeyOf<K>>(&self, key: &Q) -> Option<(&K, &V)> {
        match self.__find::<Q>(key) {
            Some(kv) => Some((
                &*__btree_key::<K, V>(kv.node, kv.idx),
                &*__btree_val::<K, V>(kv.node, kv.idx),
            )),
            None => None,
        }
    }

    pub fn contains_key<Q: __KeyOf<K>>(&self, key: &Q) -> bool {
        self.__find::<Q>(key).is_some()
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.entry(key) {
            BTreeEntry::Occupied(mut entry) => Some(entry.insert(value)),
            BTreeEntry::Vacant(entry) => {
                entry.insert(value);
                None
            }
        }
    }

    /// `OccupiedEntry::remove_kv`: removes the KV, then pops an emptied internal root.
    fn __remove_kv(&mut self, kv: __BTreeHandle<K, V>) -> (K, V) {
        let mut emptied_internal_root = false;
        let (k, v, _) = __btree_remove_kv::<K, V>(kv, &mut emptied_internal_root);
        self.length -= 1;
        if emptied_internal_root {
            __btree_pop_internal_level::<K, V>(self.root.as_mut().unwrap());
        }
        (k, v)
    }

    pub fn remove<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<V> {
        match self.__find::<Q>(key) {
            Some(kv) => Some(self.__remove_kv(kv).1),
            None => None,
        }
    }

    pub fn remove_entry<Q: __KeyOf<K>>(&mut self, key: &Q) -> Option<(K, V)> {
        match self.__find::<Q>(key) {
            Some(kv) => Some(self.__remove_kv(kv)),
            None => None,
        }
    }

    pub fn entry(&mut self, key: K) -> BTreeEntry<K, V> {
        let map = __intrinsic_ptr_from_ref::<BTreeMap<K, V>>(self);
        match &self.root {
            None => BTreeEntry::Vacant(BTreeVacantEntry {
                key,
                node: __std_ptr_null_mut::<LeafNode<K, V>>(),
                height: 0,
                idx: 0,
                map: &mut *map,
            }),
            Some(root) => {
                let spot = __btree_search::<K, V, K>(root, &key);
                if spot.found {
                    drop(key);
                    BTreeEntry::Occupied(BTreeOccupiedEntry {
                        node: spot.node,
                        height: spot.height,
                        idx: spot.idx,
                        map: &mut *map,
                    })
                } else {
                    BTreeEntry::Vacant(BTreeVacantEntry {
                        key,
                        node: spot.node,
                        height: 0,
                        idx: spot.idx,
                        map: &mut *map,
                    })
                }
            }
        }
    }

    pub fn into_keys(self) -> BTreeIntoKeys<K, V> {
        BTreeIntoKeys {
            inner: self.into_iter(),
        }
    }

    pub fn into_values(self) -> BTreeIntoValues<K, V> {
        BTreeIntoValues {
            inner: self.into_iter(),
        }
    }

    /// `retain` is `extract_if(..).for_each(drop)`: each KV the predicate rejects is removed
    /// where the walk is, and the walk goes on from the edge the removal leaves.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut edge = match &self.root {
            Some(root) => __BTreeHandle {
                node: __btree_first_leaf::<K, V>(root.node, root.height),
                height: 0,
                idx: 0,
            },
            None => return,
        };
        loop {
            let kv = match __btree_next_kv::<K, V>(edge) {
                Some(kv) => kv,
                None => return,
            };
            let keep = f(
                &*__btree_key::<K, V>(kv.node, kv.idx),
                &mut *__btree_val::<K, V>(kv.node, kv.idx),
            );
            if keep {
                edge = __btree_next_leaf_edge::<K, V>(kv);
            } else {
                self.length -= 1;
                let mut emptied_internal_root = false;
                let (k, v, pos) = __btree_remove_kv::<K, V>(kv, &mut emptied_internal_root);
                if emptied_internal_root {
                    __btree_pop_internal_level::<K, V>(self.root.as_mut().unwrap());
                }
                edge = pos;
                drop(k);
                drop(v);
            }
        }
    }

    /// `append`: both maps' KVs, merged in order (the other's value wins for equal keys), are
    /// pushed into a new tree while both old trees are walked and freed.
    /// std counts the KVs of the lower of the two trees and takes the other length from it.
    pub fn split_off<Q: __KeyOf<K>>(&mut self, key: &Q) -> BTreeMap<K, V> {
        if self.is_empty() {
            return BTreeMap::new();
        }
        let total = self.length;
        let left_root = self.root.as_mut().unwrap();
        let right_root = __btree_split_off::<K, V, Q>(left_root, key);
        let (new_left_len, right_len) = if left_root.height < right_root.height {
            let left_len = __btree_count::<K, V>(left_root.node, left_root.height);
            (left_len, total - left_len)
        } else {
            let right_len = __btree_count::<K, V>(right_root.node, right_root.height);
            (total - right_len, right_len)
        };
        self.length = new_left_len;
        BTreeMap {
            root: Some(right_root),
            length: right_len,
        }
    }

    pub fn append(&mut self, other: &mut BTreeMap<K, V>) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            __std_mem_swap(self, other);
            return;
        }
        let self_iter = __std_mem_replace(self, BTreeMap::new()).into_iter();
        let other_iter = __std_mem_replace(other, BTreeMap::new()).into_iter();
        self.root = Some(NodeRef {
            node: __btree_new_leaf::<K, V>(),
            height: 0,
        });
        let iter = __BTreeMerge {
            inner: __BTreeMergeInner::new(self_iter, other_iter),
        };
        __btree_bulk_push::<K, V, __BTreeMerge<K, V>>(
            self.root.as_mut().unwrap(),
            iter,
            &mut self.length,
        );
    }

    pub fn range<T: __KeyOf<K> + Ord, R: RangeBounds<T>>(&self, range: R) -> MapRange<K, V> {
        MapRange {
            marker: [],
            range: self.__range_search::<T, R>(&range),
        }
    }

    pub fn range_mut<T: __KeyOf<K> + Ord, R: RangeBounds<T>>(
        &mut self,
        range: R,
    ) -> MapRangeMut<K, V> {
        MapRangeMut {
            marker: [],
            range: self.__range_search::<T, R>(&range),
        }
    }

    /// The leaf edges before the first KV the range admits and after the last.
    fn __range_search<T: __KeyOf<K> + Ord, R: RangeBounds<T>>(
        &self,
        range: &R,
    ) -> __BTreeLeafRange<K, V> {
        let (start, end) = (range.start_bound(), range.end_bound());
        let equal_excluded = match (&start, &end) {
            (Bound::Excluded(s), Bound::Excluded(e)) => __intrinsic_cmp::<T>(*s, *e) == 0,
            _ => false,
        };
        let reversed = match (&start, &end) {
            (Bound::Included(s), Bound::Included(e)) => __intrinsic_cmp::<T>(*s, *e) > 0,
            (Bound::Included(s), Bound::Excluded(e)) => __intrinsic_cmp::<T>(*s, *e) > 0,
            (Bound::Excluded(s), Bound::Included(e)) => __intrinsic_cmp::<T>(*s, *e) > 0,
            (Bound::Excluded(s), Bound::Excluded(e)) => __intrinsic_cmp::<T>(*s, *e) > 0,
            _ => false,
        };
        if equal_excluded || reversed {
            // std panics inside alloc (collections/btree/search.rs), not at the caller.
            __intrinsic_unsupported(
                "a `BTreeMap::range` whose bounds cross, whose panic std reports inside alloc",
            );
        }
        let root = match &self.root {
            Some(root) => root,
            None => return __BTreeLeafRange::__none(),
        };
        __BTreeLeafRange {
            front: __btree_bound_edge::<K, V, T>(root, start, true),
            back: __btree_bound_edge::<K, V, T>(root, end, false),
        }
    }
}

/// The leaf edge a bound descends to: `lower` finds the edge before the first admitted KV,
/// otherwise the edge after the last (search.rs's `find_lower_bound_edge` and
/// `find_upper_bound_edge`). A bound met at an internal KV becomes "all excluded" (or all
/// included) below it.
fn __btree_bound_edge<K, V, T: __KeyOf<K>>(
    root: &NodeRef<K, V>,
    bound: Bound<&T>,
    lower: bool,
) -> __BTreeHandle<K, V> {
    let mut node = root.node;
    let mut height = root.height;
    // 0: the bound itself, 1: everything below is included, 2: everything below is excluded.
    let mut mode = match bound {
        Bound::Unbounded => 1,
        _ => 0,
    };
    loop {
        let len = __btree_len::<K, V>(node);
        let idx = if mode == 1 {
            if lower { 0 } else { len }
        } else if mode == 2 {
            if lower { len } else { 0 }
        } else {
            let (key, included) = match bound {
                Bound::Included(k) => (k, true),
                Bound::Excluded(k) => (k, false),
                Bound::Unbounded => unreachable!(),
            };
            let mut i = 0;
            let mut found = false;
            while i < len {
                let c = T::__key_cmp(key, &*__btree_key::<K, V>(node, i));
                if c == 0 {
                    found = true;
                    break;
                }
                if c < 0 {
                    break;
                }
                i += 1;
            }
            if found {
                if lower == included {
                    mode = if lower { 2 } else { 1 };
                    i
                } else {
                    mode = if lower { 1 } else { 2 };
                    i + 1
                }
            } else {
                i
            }
        };
        if height == 0 {
            return __BTreeHandle {
                node,
                height: 0,
                idx,
            };
        }
        node = __btree_child::<K, V>(node, idx);
        height -= 1;
    }
}

// ---- splitting (split.rs, fix.rs) -------------------------------------------------------------

/// `move_suffix`: the KVs from `new_left_len` on (and the edges right of them) move to the
/// empty node `right` of the same height.
fn __btree_move_suffix<K, V>(
    left: *mut LeafNode<K, V>,
    new_left_len: usize,
    right: *mut LeafNode<K, V>,
    height: usize,
) {
    let old_left_len = __btree_len::<K, V>(left);
    let new_right_len = old_left_len - new_left_len;
    if new_right_len > 0 {
        __btree_set_len::<K, V>(left, new_left_len);
        __btree_set_len::<K, V>(right, new_right_len);
        __btree_move::<K>(
            __btree_key::<K, V>(left, new_left_len),
            __btree_key::<K, V>(right, 0),
            new_right_len,
        );
        __btree_move::<V>(
            __btree_val::<K, V>(left, new_left_len),
            __btree_val::<K, V>(right, 0),
            new_right_len,
        );
        if height > 0 {
            __btree_move::<*mut LeafNode<K, V>>(
                __btree_edge::<K, V>(left, new_left_len + 1),
                __btree_edge::<K, V>(right, 1),
                new_right_len,
            );
            __btree_correct_links::<K, V>(right, 1, new_right_len + 1);
        }
    }
}

/// `fix_top`: an internal root left with no KV gives way to its only child.
fn __btree_fix_top<K, V>(root: &mut NodeRef<K, V>) {
    while root.height > 0 && __btree_len::<K, V>(root.node) == 0 {
        __btree_pop_internal_level::<K, V>(root);
    }
}

/// The KV `idx` of the internal node `node` and its two children, at `height - 1`.
fn __btree_balance_at<K, V>(
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
) -> __BTreeBalance<K, V> {
    __BTreeBalance {
        parent: node,
        parent_idx: idx,
        left: __btree_child::<K, V>(node, idx),
        right: __btree_child::<K, V>(node, idx + 1),
        height: height - 1,
    }
}

/// `fix_right_border`: down the right border, each last child merged with its left sibling or
/// stocked up to `MIN_LEN + 1` from it.
fn __btree_fix_right_border<K, V>(root: &mut NodeRef<K, V>) {
    __btree_fix_top::<K, V>(root);
    if __btree_len::<K, V>(root.node) > 0 {
        let mut node = root.node;
        let mut height = root.height;
        while height > 0 {
            let ctx = __btree_balance_at::<K, V>(node, height, __btree_len::<K, V>(node) - 1);
            let right_len = __btree_len::<K, V>(ctx.right);
            if __btree_can_merge::<K, V>(&ctx) {
                __btree_merge::<K, V>(&ctx);
                node = ctx.left;
            } else {
                let count = (__BTREE_MIN_LEN + 1).saturating_sub(right_len);
                if count > 0 {
                    __btree_bulk_steal_left::<K, V>(&ctx, count);
                }
                node = ctx.right;
            }
            height -= 1;
        }
        __btree_fix_top::<K, V>(root);
    }
}

/// `fix_left_border`: the same down the left border, from the right sibling.
fn __btree_fix_left_border<K, V>(root: &mut NodeRef<K, V>) {
    __btree_fix_top::<K, V>(root);
    if __btree_len::<K, V>(root.node) > 0 {
        let mut node = root.node;
        let mut height = root.height;
        while height > 0 {
            let ctx = __btree_balance_at::<K, V>(node, height, 0);
            let left_len = __btree_len::<K, V>(ctx.left);
            if !__btree_can_merge::<K, V>(&ctx) {
                let count = (__BTREE_MIN_LEN + 1).saturating_sub(left_len);
                if count > 0 {
                    __btree_bulk_steal_right::<K, V>(&ctx, count);
                }
            } else {
                __btree_merge::<K, V>(&ctx);
            }
            node = ctx.left;
            height -= 1;
        }
        __btree_fix_top::<K, V>(root);
    }
}

/// split.rs's `Root::split_off`: a pillar of empty nodes as high as the tree (a leaf, then the
/// internal levels), each level's KVs from the key on moved across, then both borders fixed.
fn __btree_split_off<K, V, Q: __KeyOf<K>>(left_root: &mut NodeRef<K, V>, key: &Q) -> NodeRef<K, V> {
    let mut right_root = NodeRef {
        node: __btree_new_leaf::<K, V>(),
        height: 0,
    };
    while right_root.height < left_root.height {
        __btree_push_internal_level::<K, V>(&mut right_root);
    }
    let mut left_node = left_root.node;
    let mut right_node = right_root.node;
    let mut height = left_root.height;
    loop {
        let len = __btree_len::<K, V>(left_node);
        let mut idx = 0;
        while idx < len && Q::__key_cmp(key, &*__btree_key::<K, V>(left_node, idx)) > 0 {
            idx += 1;
        }
        __btree_move_suffix::<K, V>(left_node, idx, right_node, height);
        if height == 0 {
            break;
        }
        left_node = __btree_child::<K, V>(left_node, idx);
        right_node = __btree_child::<K, V>(right_node, 0);
        height -= 1;
    }
    __btree_fix_right_border::<K, V>(left_root);
    __btree_fix_left_border::<K, V>(&mut right_root);
    right_root
}

/// `calc_length`: the KVs of a subtree.
fn __btree_count<K, V>(node: *mut LeafNode<K, V>, height: usize) -> usize {
    let len = __btree_len::<K, V>(node);
    let mut count = len;
    if height > 0 {
        let mut i = 0;
        while i <= len {
            count += __btree_count::<K, V>(__btree_child::<K, V>(node, i), height - 1);
            i += 1;
        }
    }
    count
}

// ---- entries ------------------------------------------------------------------------------------

/// std's `btree_map::Entry`.
pub enum BTreeEntry<'a, K, V> {
    Vacant(BTreeVacantEntry<'a, K, V>),
    Occupied(BTreeOccupiedEntry<'a, K, V>),
}

/// std's `btree_map::VacantEntry`: the key and the leaf edge it goes in (`node`/`idx`; a null
/// `node` when there is no tree yet).
pub struct BTreeVacantEntry<'a, K, V> {
    key: K,
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
    map: &'a mut BTreeMap<K, V>,
}

/// std's `btree_map::OccupiedEntry`: the KV at `node`/`idx`.
pub struct BTreeOccupiedEntry<'a, K, V> {
    node: *mut LeafNode<K, V>,
    height: usize,
    idx: usize,
    map: &'a mut BTreeMap<K, V>,
}

impl<'a, K: Ord, V> BTreeEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        match self {
            BTreeEntry::Vacant(entry) => entry.key(),
            BTreeEntry::Occupied(entry) => entry.key(),
        }
    }

    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            BTreeEntry::Occupied(entry) => entry.into_mut(),
            BTreeEntry::Vacant(entry) => entry.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            BTreeEntry::Occupied(entry) => entry.into_mut(),
            BTreeEntry::Vacant(entry) => entry.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            BTreeEntry::Occupied(entry) => entry.into_mut(),
            BTreeEntry::Vacant(entry) => {
                let value = default(entry.key());
                entry.insert(value)
            }
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V> {
        match self {
            BTreeEntry::Occupied(mut entry) => {
                f(entry.get_mut());
                BTreeEntry::Occupied(entry)
            }
            BTreeEntry::Vacant(entry) => BTreeEntry::Vacant(entry),
        }
    }
}

impl<'a, K: Ord, V: Default> BTreeEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            BTreeEntry::Occupied(entry) => entry.into_mut(),
            BTreeEntry::Vacant(entry) => entry.insert(Default::default()),
        }
    }
}

impl<'a, K: Ord, V> BTreeVacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    /// The first KV makes a leaf root; a split of the root pushes a level.
    pub fn insert(self, value: V) -> &'a mut V {
        let map = self.map;
        let key = self.key;
        let handle =
            if __intrinsic_ptr_is_null::<LeafNode<K, V>>(self.node as *const LeafNode<K, V>) {
                let leaf = __btree_new_leaf::<K, V>();
                (*map).root = Some(NodeRef {
                    node: leaf,
                    height: 0,
                });
                __btree_leaf_push::<K, V>(leaf, key, value);
                __BTreeHandle {
                    node: leaf,
                    height: 0,
                    idx: 0,
                }
            } else {
                __btree_insert_recursing::<K, V>(
                    (*map).root.as_mut().unwrap(),
                    self.node,
                    self.idx,
                    key,
                    value,
                )
            };
        (*map).length += 1;
        &mut *__btree_val::<K, V>(handle.node, handle.idx)
    }
}

impl<'a, K: Ord, V> BTreeOccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &*__btree_key::<K, V>(self.node, self.idx)
    }

    pub fn get(&self) -> &V {
        &*__btree_val::<K, V>(self.node, self.idx)
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut *__btree_val::<K, V>(self.node, self.idx)
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut *__btree_val::<K, V>(self.node, self.idx)
    }

    pub fn insert(&mut self, value: V) -> V {
        __std_mem_replace(self.get_mut(), value)
    }

    pub fn remove_entry(self) -> (K, V) {
        (*self.map).__remove_kv(__BTreeHandle {
            node: self.node,
            height: self.height,
            idx: self.idx,
        })
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}

// ---- iteration (navigate.rs) --------------------------------------------------------------------

/// Two leaf edges: the next KV forwards is after `front`, backwards before `back`; the range is
/// empty when they meet (each gap between two KVs is exactly one leaf edge).
struct __BTreeLeafRange<K, V> {
    front: __BTreeHandle<K, V>,
    back: __BTreeHandle<K, V>,
}

impl<K, V> Clone for __BTreeLeafRange<K, V> {
    fn clone(&self) -> __BTreeLeafRange<K, V> {
        __BTreeLeafRange {
            front: self.front,
            back: self.back,
        }
    }
}

impl<K, V> __BTreeLeafRange<K, V> {
    fn __none() -> __BTreeLeafRange<K, V> {
        let none = __BTreeHandle {
            node: __std_ptr_null_mut::<LeafNode<K, V>>(),
            height: 0,
            idx: 0,
        };
        __BTreeLeafRange {
            front: none,
            back: none,
        }
    }

    fn __is_empty(&self) -> bool {
        __intrinsic_ptr_eq::<LeafNode<K, V>>(self.front.node, self.back.node)
            && self.front.idx == self.back.idx
    }

    fn __next(&mut self) -> __BTreeHandle<K, V> {
        let kv = __btree_next_kv::<K, V>(self.front).unwrap();
        self.front = __btree_next_leaf_edge::<K, V>(kv);
        kv
    }

    fn __next_back(&mut self) -> __BTreeHandle<K, V> {
        let kv = __btree_next_back_kv::<K, V>(self.back).unwrap();
        self.back = __btree_next_back_leaf_edge::<K, V>(kv);
        kv
    }
}

/// std's `btree_map::Iter`.
pub struct BTreeIter<'a, K, V> {
    marker: [&'a (); 0],
    range: __BTreeLeafRange<K, V>,
    length: usize,
}

impl<'a, K, V> Clone for BTreeIter<'a, K, V> {
    fn clone(&self) -> BTreeIter<'a, K, V> {
        BTreeIter {
            marker: [],
            range: self.range.clone(),
            length: self.length,
        }
    }
}

impl<'a, K, V> Iterator for BTreeIter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        let kv = self.range.__next();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &*__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }

    /// std implements `TrustedLen` for it: `collect` reserves its length at once.
    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<'a, K, V> DoubleEndedIterator for BTreeIter<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        let kv = self.range.__next_back();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &*__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

impl<'a, K, V> ExactSizeIterator for BTreeIter<'a, K, V> {}

/// std's `btree_map::IterMut`.
pub struct BTreeIterMut<'a, K, V> {
    marker: [&'a mut (); 0],
    range: __BTreeLeafRange<K, V>,
    length: usize,
}

impl<'a, K, V> Iterator for BTreeIterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        let kv = self.range.__next();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &mut *__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }

    /// std implements `TrustedLen` for it: `collect` reserves its length at once.
    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<'a, K, V> DoubleEndedIterator for BTreeIterMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.length == 0 {
            return None;
        }
        self.length -= 1;
        let kv = self.range.__next_back();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &mut *__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

impl<'a, K, V> ExactSizeIterator for BTreeIterMut<'a, K, V> {}

impl<'a, K, V> Clone for BTreeKeys<'a, K, V> {
    fn clone(&self) -> BTreeKeys<'a, K, V> {
        BTreeKeys {
            inner: self.inner.clone(),
        }
    }
}

impl<'a, K, V> ExactSizeIterator for BTreeKeys<'a, K, V> {}

impl<'a, K, V> ExactSizeIterator for BTreeValues<'a, K, V> {}

/// An iterator yielding one part (`$part`: the key 0 or the value 1) of another B-tree
/// iterator's pairs, as std's `Keys` wraps `Iter` and `IntoValues` wraps `IntoIter`.
macro_rules! btree_part_iter {
    ($name:ident, $inner:ident, $item:ty, $part:tt, [$($generics:tt)+]) => {
pub struct $name<$($generics)+> {
    inner: $inner<$($generics)+>,
}

impl<$($generics)+> Iterator for $name<$($generics)+> {
    type Item = $item;

    fn next(&mut self) -> Option<$item> {
        match self.inner.next() {
            Some(pair) => Some(pair.$part),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.inner.__trusted_len()
    }
}

impl<$($generics)+> DoubleEndedIterator for $name<$($generics)+> {
    fn next_back(&mut self) -> Option<$item> {
        match self.inner.next_back() {
            Some(pair) => Some(pair.$part),
            None => None,
        }
    }
}
    };
}

btree_part_iter!(BTreeKeys, BTreeIter, &'a K, 0, ['a, K, V]);
btree_part_iter!(BTreeValues, BTreeIter, &'a V, 1, ['a, K, V]);
btree_part_iter!(BTreeValuesMut, BTreeIterMut, &'a mut V, 1, ['a, K, V]);
btree_part_iter!(BTreeIntoKeys, BTreeIntoIter, K, 0, [K, V]);
btree_part_iter!(BTreeIntoValues, BTreeIntoIter, V, 1, [K, V]);

/// std's `btree_set::IntoIter`: the map's, keys only.
pub struct BTreeSetIntoIter<T> {
    inner: BTreeIntoIter<T, ()>,
}

impl<T> Iterator for BTreeSetIntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> DoubleEndedIterator for BTreeSetIntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

/// std's `btree_set::Range`: the map's, keys only.
pub struct SetRange<'a, T> {
    inner: MapRange<'a, T, ()>,
}

impl<'a, T> Iterator for SetRange<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<'a, T> DoubleEndedIterator for SetRange<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

/// std's `btree_map::Range`.
pub struct MapRange<'a, K, V> {
    marker: [&'a (); 0],
    range: __BTreeLeafRange<K, V>,
}

impl<'a, K, V> Clone for MapRange<'a, K, V> {
    fn clone(&self) -> MapRange<'a, K, V> {
        MapRange {
            marker: [],
            range: self.range.clone(),
        }
    }
}

impl<'a, K, V> Iterator for MapRange<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.range.__is_empty() {
            return None;
        }
        let kv = self.range.__next();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &*__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

impl<'a, K, V> DoubleEndedIterator for MapRange<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        if self.range.__is_empty() {
            return None;
        }
        let kv = self.range.__next_back();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &*__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

/// std's `btree_map::RangeMut`.
pub struct MapRangeMut<'a, K, V> {
    marker: [&'a mut (); 0],
    range: __BTreeLeafRange<K, V>,
}

impl<'a, K, V> Iterator for MapRangeMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.range.__is_empty() {
            return None;
        }
        let kv = self.range.__next();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &mut *__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

impl<'a, K, V> DoubleEndedIterator for MapRangeMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.range.__is_empty() {
            return None;
        }
        let kv = self.range.__next_back();
        Some((
            &*__btree_key::<K, V>(kv.node, kv.idx),
            &mut *__btree_val::<K, V>(kv.node, kv.idx),
        ))
    }
}

/// std's `btree_map::IntoIter`: owns the tree, frees each node once both ends are past it
/// (the front walking forwards frees as it ascends), and when dropped drops the KVs left (key
/// first, then value) and frees the rest, as `dying_next` and `deallocating_end` do.
pub struct BTreeIntoIter<K, V> {
    /// The tree, before the first `next` (std's lazy `LazyLeafHandle::Root`).
    root: Option<NodeRef<K, V>>,
    front: Option<__BTreeHandle<K, V>>,
    back: Option<__BTreeHandle<K, V>>,
    length: usize,
}

impl<K, V> BTreeIntoIter<K, V> {
    fn __init(&mut self) {
        if let Some(root) = self.root.take() {
            let first = __btree_first_leaf::<K, V>(root.node, root.height);
            let last = __btree_last_leaf::<K, V>(root.node, root.height);
            self.front = Some(__BTreeHandle {
                node: first,
                height: 0,
                idx: 0,
            });
            self.back = Some(__BTreeHandle {
                node: last,
                height: 0,
                idx: __btree_len::<K, V>(last),
            });
        }
    }

    /// `deallocating_end`: frees the front's node and every node above it.
    fn __deallocating_end(&mut self) {
        self.__init();
        if let Some(edge) = self.front.take() {
            let mut node = edge.node;
            let mut height = edge.height;
            loop {
                let parent = (*node).parent;
                __btree_free::<K, V>(node, height);
                if __intrinsic_ptr_is_null::<InternalNode<K, V>>(
                    parent as *const InternalNode<K, V>,
                ) {
                    return;
                }
                node = parent as *mut LeafNode<K, V>;
                height += 1;
            }
        }
    }

    /// `deallocating_next`: the KV right of the front edge, freeing each node left behind.
    fn __dying_next(&mut self) -> Option<__BTreeHandle<K, V>> {
        if self.length == 0 {
            self.__deallocating_end();
            return None;
        }
        self.length -= 1;
        self.__init();
        let edge = self.front.unwrap();
        let mut node = edge.node;
        let mut height = edge.height;
        let mut idx = edge.idx;
        loop {
            if idx < __btree_len::<K, V>(node) {
                let kv = __BTreeHandle { node, height, idx };
                self.front = Some(__btree_next_leaf_edge::<K, V>(kv));
                return Some(kv);
            }
            let parent = (*node).parent as *mut LeafNode<K, V>;
            idx = (*node).parent_idx as usize;
            __btree_free::<K, V>(node, height);
            node = parent;
            height += 1;
        }
    }

    fn __dying_next_back(&mut self) -> Option<__BTreeHandle<K, V>> {
        if self.length == 0 {
            self.__deallocating_end();
            return None;
        }
        self.length -= 1;
        self.__init();
        let edge = self.back.unwrap();
        let mut node = edge.node;
        let mut height = edge.height;
        let mut idx = edge.idx;
        loop {
            if idx > 0 {
                let kv = __BTreeHandle {
                    node,
                    height,
                    idx: idx - 1,
                };
                self.back = Some(__btree_next_back_leaf_edge::<K, V>(kv));
                return Some(kv);
            }
            let parent = (*node).parent as *mut LeafNode<K, V>;
            idx = (*node).parent_idx as usize;
            __btree_free::<K, V>(node, height);
            node = parent;
            height += 1;
        }
    }
}

impl<K, V> Iterator for BTreeIntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        match self.__dying_next() {
            Some(kv) => Some((
                __intrinsic_ptr_read::<K>(__btree_key::<K, V>(kv.node, kv.idx)),
                __intrinsic_ptr_read::<V>(__btree_val::<K, V>(kv.node, kv.idx)),
            )),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.length, Some(self.length))
    }

    /// std implements `TrustedLen` for it: `collect` reserves its length at once.
    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<K, V> DoubleEndedIterator for BTreeIntoIter<K, V> {
    fn next_back(&mut self) -> Option<(K, V)> {
        match self.__dying_next_back() {
            Some(kv) => Some((
                __intrinsic_ptr_read::<K>(__btree_key::<K, V>(kv.node, kv.idx)),
                __intrinsic_ptr_read::<V>(__btree_val::<K, V>(kv.node, kv.idx)),
            )),
            None => None,
        }
    }
}

impl<K, V> ExactSizeIterator for BTreeIntoIter<K, V> {}

impl<K, V> Drop for BTreeIntoIter<K, V> {
    fn drop(&mut self) {
        while let Some(kv) = self.__dying_next() {
            let key = __intrinsic_ptr_read::<K>(__btree_key::<K, V>(kv.node, kv.idx));
            let val = __intrinsic_ptr_read::<V>(__btree_val::<K, V>(kv.node, kv.idx));
            drop(key);
            drop(val);
        }
    }
}

impl<K, V> Drop for BTreeMap<K, V> {
    fn drop(&mut self) {
        drop(BTreeIntoIter {
            root: self.root.take(),
            front: None,
            back: None,
            length: self.length,
        });
    }
}

impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = BTreeIntoIter<K, V>;

    fn into_iter(mut self) -> BTreeIntoIter<K, V> {
        let length = __std_mem_replace(&mut self.length, 0);
        BTreeIntoIter {
            root: self.root.take(),
            front: None,
            back: None,
            length,
        }
    }
}

impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = BTreeIter<'a, K, V>;

    fn into_iter(self) -> BTreeIter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = BTreeIterMut<'a, K, V>;

    fn into_iter(self) -> BTreeIterMut<'a, K, V> {
        self.iter_mut()
    }
}

/// `FromIterator`: the pairs are collected into a Vec, stably sorted by key and bulk-built (the
/// last of equal keys wins).
impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn __from_iter<I: Iterator<Item = (K, V)>>(iter: I, witness: Option<(K, V)>) -> BTreeMap<K, V> {
        let mut inputs: Vec<(K, V)> = iter.collect();
        if inputs.is_empty() {
            return BTreeMap::new();
        }
        inputs.sort_by(|a, b| a.0.cmp(&b.0));
        __btree_bulk_build::<K, V, IntoIter<(K, V)>>(inputs.into_iter())
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
    fn from(mut arr: [(K, V); N]) -> BTreeMap<K, V> {
        if N == 0 {
            return BTreeMap::new();
        }
        arr.sort_by(|a, b| a.0.cmp(&b.0));
        __btree_bulk_build::<K, V, ArrayIntoIter<(K, V), N>>(arr.into_iter())
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: Ord, V, Q: __KeyOf<K>> Index<&Q> for BTreeMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        match self.get::<Q>(key) {
            Some(v) => v,
            None => panic!("no entry found for key"),
        }
    }
}

/// `PartialEq`: equal lengths, then the pairs in order (`iter().zip(other).all(|(a, b)| a == b)`).
impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        if self.length != other.length {
            return false;
        }
        let mut theirs = other.iter();
        for (k, v) in self.iter() {
            let (ok, ov) = theirs.next().unwrap();
            if !(*k == *ok && *v == *ov) {
                return false;
            }
        }
        true
    }
}

impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}

/// `clone_subtree`: a node's copy is built before its children's, each child cloned after
/// the KV left of it.
fn __btree_clone_subtree<K: Clone, V: Clone>(
    node: *mut LeafNode<K, V>,
    height: usize,
) -> (NodeRef<K, V>, usize) {
    if height == 0 {
        let leaf = __btree_new_leaf::<K, V>();
        let len = __btree_len::<K, V>(node);
        let mut i = 0;
        while i < len {
            let k = (*__btree_key::<K, V>(node, i)).clone();
            let v = (*__btree_val::<K, V>(node, i)).clone();
            __btree_leaf_push::<K, V>(leaf, k, v);
            i += 1;
        }
        return (
            NodeRef {
                node: leaf,
                height: 0,
            },
            len,
        );
    }
    let (mut out, mut length) =
        __btree_clone_subtree::<K, V>(__btree_child::<K, V>(node, 0), height - 1);
    __btree_push_internal_level::<K, V>(&mut out);
    let len = __btree_len::<K, V>(node);
    let mut i = 0;
    while i < len {
        let k = (*__btree_key::<K, V>(node, i)).clone();
        let v = (*__btree_val::<K, V>(node, i)).clone();
        let (sub, sublength) =
            __btree_clone_subtree::<K, V>(__btree_child::<K, V>(node, i + 1), height - 1);
        __btree_internal_push::<K, V>(out.node, k, v, sub.node);
        length += 1 + sublength;
        i += 1;
    }
    (out, length)
}

impl<K: Ord + Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        match &self.root {
            Some(root) => {
                let (root, length) = __btree_clone_subtree::<K, V>(root.node, root.height);
                BTreeMap {
                    root: Some(root),
                    length,
                }
            }
            None => BTreeMap::new(),
        }
    }
}

impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut map = f.debug_map();
        for (k, v) in self.iter() {
            map.entry(k, v);
        }
        map.finish()
    }
}

// ---- append's merge (merge_iter.rs) -------------------------------------------------------------

/// `MergeIterInner`: two sorted iterators, one item held back when they differ.
struct __BTreeMergeInner<I: Iterator> {
    a: I,
    b: I,
    /// 0: nothing held, 1: `peeked` is a's, 2: b's.
    peeked_from: u8,
    peeked: Option<I::Item>,
}

impl<I: Iterator> __BTreeMergeInner<I> {
    fn new(a: I, b: I) -> __BTreeMergeInner<I> {
        __BTreeMergeInner {
            a,
            b,
            peeked_from: 0,
            peeked: None,
        }
    }

    fn nexts<F: Fn(&I::Item, &I::Item) -> Ordering>(
        &mut self,
        cmp: F,
    ) -> (Option<I::Item>, Option<I::Item>) {
        let mut a_next;
        let mut b_next;
        let from = self.peeked_from;
        self.peeked_from = 0;
        if from == 1 {
            a_next = self.peeked.take();
            b_next = self.b.next();
        } else if from == 2 {
            b_next = self.peeked.take();
            a_next = self.a.next();
        } else {
            a_next = self.a.next();
            b_next = self.b.next();
        }
        let order = match (&a_next, &b_next) {
            (Some(a1), Some(b1)) => cmp(a1, b1),
            _ => Ordering::Equal,
        };
        if order == Ordering::Less {
            self.peeked = b_next.take();
            self.peeked_from = 2;
        } else if order == Ordering::Greater {
            self.peeked = a_next.take();
            self.peeked_from = 1;
        }
        (a_next, b_next)
    }

    fn lens(&self) -> (usize, usize) {
        let (a_len, _) = self.a.size_hint();
        let (b_len, _) = self.b.size_hint();
        if self.peeked_from == 1 {
            (1 + a_len, b_len)
        } else if self.peeked_from == 2 {
            (a_len, 1 + b_len)
        } else {
            (a_len, b_len)
        }
    }
}

/// append.rs's `MergeIter`: of equal keys, the right-hand (the appended map's) pair.
struct __BTreeMerge<K, V> {
    inner: __BTreeMergeInner<BTreeIntoIter<K, V>>,
}

impl<K: Ord, V> Iterator for __BTreeMerge<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        let (a_next, b_next) = self.inner.nexts(|a: &(K, V), b: &(K, V)| a.0.cmp(&b.0));
        b_next.or(a_next)
    }
}

// ---- the set (set.rs) ---------------------------------------------------------------------------

pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}

/// `from_sorted_iter`'s `map(|k| (k, SetValZST))`.
struct __BTreeSetPairs<T, I: Iterator<Item = T>> {
    iter: I,
}

impl<T, I: Iterator<Item = T>> Iterator for __BTreeSetPairs<T, I> {
    type Item = (T, ());

    fn next(&mut self) -> Option<(T, ())> {
        match self.iter.next() {
            Some(k) => Some((k, ())),
            None => None,
        }
    }
}

impl<T> BTreeSet<T> {
    pub fn iter(&self) -> BTreeKeys<T, ()> {
        self.map.keys()
    }
}

impl<T: Ord> BTreeSet<T> {
    pub const fn new() -> BTreeSet<T> {
        BTreeSet {
            map: BTreeMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }

    pub fn insert(&mut self, value: T) -> bool {
        self.map.insert(value, ()).is_none()
    }

    pub fn contains<Q: __KeyOf<T>>(&self, value: &Q) -> bool {
        self.map.contains_key::<Q>(value)
    }

    pub fn get<Q: __KeyOf<T>>(&self, value: &Q) -> Option<&T> {
        match self.map.get_key_value::<Q>(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn remove<Q: __KeyOf<T>>(&mut self, value: &Q) -> bool {
        self.map.remove::<Q>(value).is_some()
    }

    pub fn take<Q: __KeyOf<T>>(&mut self, value: &Q) -> Option<T> {
        match self.map.remove_entry::<Q>(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn first(&self) -> Option<&T> {
        match self.map.first_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn last(&self) -> Option<&T> {
        match self.map.last_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k: &T, _v: &mut ()| f(k));
    }

    pub fn split_off<Q: __KeyOf<T>>(&mut self, value: &Q) -> BTreeSet<T> {
        BTreeSet {
            map: self.map.split_off(value),
        }
    }

    pub fn append(&mut self, other: &mut BTreeSet<T>) {
        self.map.append(&mut other.map);
    }

    pub fn range<Q: __KeyOf<T> + Ord, R: RangeBounds<Q>>(&self, range: R) -> SetRange<T> {
        SetRange {
            inner: self.map.range::<Q, R>(range),
        }
    }

    pub fn union(&self, other: &BTreeSet<T>) -> BTreeUnion<T> {
        BTreeUnion {
            inner: __BTreeMergeInner::new(self.iter(), other.iter()),
        }
    }

    pub fn symmetric_difference(&self, other: &BTreeSet<T>) -> BTreeSymmetricDifference<T> {
        BTreeSymmetricDifference {
            inner: __BTreeMergeInner::new(self.iter(), other.iter()),
        }
    }

    pub fn intersection(&self, other: &BTreeSet<T>) -> BTreeIntersection<T> {
        let (self_min, self_max) = match (self.first(), self.last()) {
            (Some(min), Some(max)) => (min, max),
            _ => {
                return BTreeIntersection {
                    inner: __IntersectionInner::Answer(None),
                };
            }
        };
        let (other_min, other_max) = match (other.first(), other.last()) {
            (Some(min), Some(max)) => (min, max),
            _ => {
                return BTreeIntersection {
                    inner: __IntersectionInner::Answer(None),
                };
            }
        };
        let inner = match (self_min.cmp(other_max), self_max.cmp(other_min)) {
            (Ordering::Greater, _) | (_, Ordering::Less) => __IntersectionInner::Answer(None),
            (Ordering::Equal, _) => __IntersectionInner::Answer(Some(self_min)),
            (_, Ordering::Equal) => __IntersectionInner::Answer(Some(self_max)),
            _ => {
                if self.len() <= other.len() / __BTREE_TIPPING_SIZE_DIFF {
                    __IntersectionInner::Search(self.iter(), other)
                } else if other.len() <= self.len() / __BTREE_TIPPING_SIZE_DIFF {
                    __IntersectionInner::Search(other.iter(), self)
                } else {
                    __IntersectionInner::Stitch(self.iter(), other.iter())
                }
            }
        };
        BTreeIntersection { inner }
    }

    pub fn difference(&self, other: &BTreeSet<T>) -> BTreeDifference<T> {
        let (self_min, self_max) = match (self.first(), self.last()) {
            (Some(min), Some(max)) => (min, max),
            _ => {
                return BTreeDifference {
                    inner: __DifferenceInner::Iterate(self.iter()),
                };
            }
        };
        let (other_min, other_max) = match (other.first(), other.last()) {
            (Some(min), Some(max)) => (min, max),
            _ => {
                return BTreeDifference {
                    inner: __DifferenceInner::Iterate(self.iter()),
                };
            }
        };
        let inner = match (self_min.cmp(other_max), self_max.cmp(other_min)) {
            (Ordering::Greater, _) | (_, Ordering::Less) => __DifferenceInner::Iterate(self.iter()),
            (Ordering::Equal, _) => {
                let mut self_iter = self.iter();
                self_iter.next();
                __DifferenceInner::Iterate(self_iter)
            }
            (_, Ordering::Equal) => {
                let mut self_iter = self.iter();
                self_iter.next_back();
                __DifferenceInner::Iterate(self_iter)
            }
            _ => {
                if self.len() <= other.len() / __BTREE_TIPPING_SIZE_DIFF {
                    __DifferenceInner::Search(self.iter(), other)
                } else {
                    __DifferenceInner::Stitch(self.iter(), other.iter(), None)
                }
            }
        };
        BTreeDifference { inner }
    }

    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        self.intersection(other).next().is_none()
    }

    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        if self.len() > other.len() {
            return false;
        }
        for x in self.iter() {
            if !other.contains(x) {
                return false;
            }
        }
        true
    }

    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }
}

impl<'a, T> Clone for SetRange<'a, T> {
    fn clone(&self) -> SetRange<'a, T> {
        SetRange {
            inner: self.inner.clone(),
        }
    }
}

/// std's `btree_set::Union`: the smaller head first, one of equal heads (the left one).
pub struct BTreeUnion<'a, T> {
    inner: __BTreeMergeInner<BTreeKeys<'a, T, ()>>,
}

impl<'a, T: Ord> Iterator for BTreeUnion<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        let (a_next, b_next) = self.inner.nexts(|a: &&'a T, b: &&'a T| (*a).cmp(*b));
        a_next.or(b_next)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a_len, b_len) = self.inner.lens();
        (
            if a_len > b_len { a_len } else { b_len },
            Some(a_len + b_len),
        )
    }
}

/// std's `btree_set::SymmetricDifference`.
pub struct BTreeSymmetricDifference<'a, T> {
    inner: __BTreeMergeInner<BTreeKeys<'a, T, ()>>,
}

impl<'a, T: Ord> Iterator for BTreeSymmetricDifference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            let (a_next, b_next) = self.inner.nexts(|a: &&'a T, b: &&'a T| (*a).cmp(*b));
            if a_next.is_none() || b_next.is_none() {
                return a_next.or(b_next);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a_len, b_len) = self.inner.lens();
        (0, Some(a_len + b_len))
    }
}

enum __IntersectionInner<'a, T> {
    Stitch(BTreeKeys<'a, T, ()>, BTreeKeys<'a, T, ()>),
    Search(BTreeKeys<'a, T, ()>, &'a BTreeSet<T>),
    Answer(Option<&'a T>),
}

/// std's `btree_set::Intersection`: both walked side by side, or the smaller one's elements
/// looked up in the larger, or an answer known from the ends.
pub struct BTreeIntersection<'a, T> {
    inner: __IntersectionInner<'a, T>,
}

impl<'a, T: Ord> Iterator for BTreeIntersection<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match &mut self.inner {
            __IntersectionInner::Stitch(a, b) => {
                let mut a_next = a.next()?;
                let mut b_next = b.next()?;
                loop {
                    match a_next.cmp(b_next) {
                        Ordering::Less => a_next = a.next()?,
                        Ordering::Greater => b_next = b.next()?,
                        Ordering::Equal => return Some(a_next),
                    }
                }
            }
            __IntersectionInner::Search(small, large) => loop {
                let small_next = small.next()?;
                if large.contains(small_next) {
                    return Some(small_next);
                }
            },
            __IntersectionInner::Answer(answer) => answer.take(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            __IntersectionInner::Stitch(a, b) => {
                let (a_len, _) = a.size_hint();
                let (b_len, _) = b.size_hint();
                (0, Some(if a_len < b_len { a_len } else { b_len }))
            }
            __IntersectionInner::Search(small, _) => (0, Some(small.size_hint().0)),
            __IntersectionInner::Answer(None) => (0, Some(0)),
            __IntersectionInner::Answer(Some(_)) => (1, Some(1)),
        }
    }
}

enum __DifferenceInner<'a, T> {
    /// The other set's iterator with its peeked element (`Peekable`).
    Stitch(
        BTreeKeys<'a, T, ()>,
        BTreeKeys<'a, T, ()>,
        Option<Option<&'a T>>,
    ),
    Search(BTreeKeys<'a, T, ()>, &'a BTreeSet<T>),
    Iterate(BTreeKeys<'a, T, ()>),
}

/// std's `btree_set::Difference`.
pub struct BTreeDifference<'a, T> {
    inner: __DifferenceInner<'a, T>,
}

impl<'a, T: Ord> Iterator for BTreeDifference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match &mut self.inner {
            __DifferenceInner::Stitch(self_iter, other_iter, peeked) => {
                let mut self_next = self_iter.next()?;
                loop {
                    if peeked.is_none() {
                        *peeked = Some(other_iter.next());
                    }
                    let order = match peeked.unwrap() {
                        Some(other_next) => self_next.cmp(other_next),
                        None => Ordering::Less,
                    };
                    match order {
                        Ordering::Less => return Some(self_next),
                        Ordering::Equal => {
                            self_next = self_iter.next()?;
                            *peeked = None;
                        }
                        Ordering::Greater => *peeked = None,
                    }
                }
            }
            __DifferenceInner::Search(self_iter, other_set) => loop {
                let self_next = self_iter.next()?;
                if !other_set.contains(self_next) {
                    return Some(self_next);
                }
            },
            __DifferenceInner::Iterate(iter) => iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (self_len, other_len) = match &self.inner {
            __DifferenceInner::Stitch(self_iter, other_iter, peeked) => {
                let held = match peeked {
                    Some(Some(_)) => 1,
                    _ => 0,
                };
                let other_len = match peeked {
                    Some(None) => 0,
                    _ => other_iter.size_hint().0 + held,
                };
                (self_iter.size_hint().0, other_len)
            }
            __DifferenceInner::Search(self_iter, other_set) => {
                (self_iter.size_hint().0, other_set.len())
            }
            __DifferenceInner::Iterate(iter) => (iter.size_hint().0, 0),
        };
        (self_len.saturating_sub(other_len), Some(self_len))
    }
}

impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = BTreeSetIntoIter<T>;

    fn into_iter(self) -> BTreeSetIntoIter<T> {
        BTreeSetIntoIter {
            inner: self.map.into_iter(),
        }
    }
}

impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = BTreeKeys<'a, T, ()>;

    fn into_iter(self) -> BTreeKeys<'a, T, ()> {
        self.iter()
    }
}

/// `FromIterator`: collected into a Vec, sorted, deduplicated and bulk-built.
impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn __from_iter<I: Iterator<Item = T>>(iter: I, witness: Option<T>) -> BTreeSet<T> {
        let mut inputs: Vec<T> = iter.collect();
        if inputs.is_empty() {
            return BTreeSet::new();
        }
        inputs.sort();
        let pairs = __BTreeSetPairs {
            iter: inputs.into_iter(),
        };
        BTreeSet {
            map: __btree_bulk_build::<T, (), __BTreeSetPairs<T, IntoIter<T>>>(pairs),
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {
    fn from(mut arr: [T; N]) -> BTreeSet<T> {
        if N == 0 {
            return BTreeSet::new();
        }
        arr.sort();
        let pairs = __BTreeSetPairs {
            iter: arr.into_iter(),
        };
        BTreeSet {
            map: __btree_bulk_build::<T, (), __BTreeSetPairs<T, ArrayIntoIter<T, N>>>(pairs),
        }
    }
}

impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl<T: Ord> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}

impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool {
        self.map == other.map
    }
}

impl<T: Eq> Eq for BTreeSet<T> {}

impl<T: Ord + Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet {
            map: self.map.clone(),
        }
    }
}

impl<T: Debug> Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.debug_set().entries(self.map.keys()).finish()
    }
}

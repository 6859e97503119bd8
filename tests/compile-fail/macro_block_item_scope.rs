// Rejects (E0425): a function a macro makes inside a block is that block's item, not the crate's.
macro_rules! make_fn { ($n:ident) => { fn $n() -> i32 { 3 } }; }
fn other() -> i32 { three() }
fn main() {
    make_fn!(three);
    println!("{} {}", three(), other());
}

// Rejects: rustc names a keyword that no rule expects as a keyword (`token_descr`).
macro_rules! pick {
    ($v:expr, $($p:pat => $r:expr),+) => {
        match $v {
            $($p => $r,)+
        }
    };
}
fn main() {
    println!("{}", pick!(Some(3), Some(x) if x > 2 => x, _ => 0));
}

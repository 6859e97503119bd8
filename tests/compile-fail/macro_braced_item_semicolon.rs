// `name! {..}` as an item ends the item; a `;` after it is "expected item" (after `name!(..)` it
// belongs to the invocation).
macro_rules! make_fn {
    ($name:ident) => {
        fn $name() -> u8 {
            7
        }
    };
}

make_fn!(seven);
make_fn! { eight };

fn main() {
    println!("{} {}", seven(), eight());
}

// A `;` where an item belongs is no item: after a function, a braced struct, or `name! {..}`.
fn helper() -> i32 {
    1
};

fn main() {
    println!("{}", helper());
}

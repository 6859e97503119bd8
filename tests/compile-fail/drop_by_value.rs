// Drop::drop takes `&mut self`: a `drop(self)` is rustc's E0053.
struct Guard;

impl Drop for Guard {
    fn drop(self) {
        println!("dropped");
    }
}

fn main() {
    let _g = Guard;
}

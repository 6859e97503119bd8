struct Wrapper<T> {
    value: T,
}

impl<T: Copy> Wrapper<T> {
    unsafe fn get(&self) -> T {
        self.value
    }
}

fn main() {
    let w = Wrapper { value: 3 };
    println!("{}", w.get());
}

fn show<T: std::fmt::Debugg>(value: T) -> T {
    value
}

fn main() {
    show(1);
}

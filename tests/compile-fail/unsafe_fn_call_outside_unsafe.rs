unsafe fn dangerous() {}

fn main() {
    dangerous();
}

static mut COUNTER: u32 = 0;

fn main() {
    let before = 1;
    COUNTER += before;
}

static LIMIT: u32 = 10;

fn main() {
    let r = &mut LIMIT;
    *r += 1;
}

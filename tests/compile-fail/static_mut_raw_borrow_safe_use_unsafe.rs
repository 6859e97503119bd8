static mut TOTAL: u32 = 0;

fn main() {
    let p = &raw mut TOTAL;
    let q = &raw const TOTAL;
    println!("{}", p == q as *mut u32);
    TOTAL += 1;
}

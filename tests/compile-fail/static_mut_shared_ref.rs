static mut TOTAL: u64 = 0;

fn main() {
    unsafe {
        TOTAL += 2;
        println!("total {}", TOTAL);
    }
}

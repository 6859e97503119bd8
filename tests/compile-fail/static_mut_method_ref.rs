static mut NAMES: [&str; 2] = ["a", "b"];

fn main() {
    unsafe {
        NAMES[0] = "c";
        let n = NAMES.len();
        println!("{}", n);
    }
}

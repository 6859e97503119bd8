static mut LEVEL: i32 = 1;

fn bump(level: &mut i32) {
    *level += 1;
}

fn main() {
    unsafe {
        bump(&mut LEVEL);
    }
}

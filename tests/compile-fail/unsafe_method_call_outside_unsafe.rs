struct Buffer {
    data: Vec<u8>,
}

impl Buffer {
    unsafe fn get_unchecked(&self, i: usize) -> u8 {
        unsafe { *self.data.as_ptr().add(i) }
    }
}

fn main() {
    let b = Buffer { data: vec![1, 2] };
    println!("{}", b.get_unchecked(1));
}

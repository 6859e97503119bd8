// std::ptr's functions on values that own heap memory: read and write move bits without
// dropping, swap, copy and copy_nonoverlapping, slice::from_raw_parts(_mut), Box::into_raw
// and Box::from_raw.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();
    assert!(mid <= len);
    unsafe {
        (
            std::slice::from_raw_parts_mut(ptr, mid),
            std::slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut a = String::from("first");
    let mut b = String::from("second");
    unsafe {
        std::ptr::swap(&mut a, &mut b);
    }
    println!("{} {}", a, b);

    let mut slot = Noisy("old");
    unsafe {
        let old = std::ptr::read(&slot);
        std::ptr::write(&mut slot, Noisy("new"));
        println!("took {}", old.0);
    }
    println!("slot holds {}", slot.0);

    let mut nums = [1, 2, 3, 4, 5, 6];
    let (left, right) = split_at_mut(&mut nums, 2);
    left[0] = 100;
    right[3] = 600;
    println!("{:?} {:?}", left, right);
    println!("{:?}", nums);

    let src = [7u16, 8, 9];
    let mut dst = [0u16; 5];
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(1), 3);
        let p = dst.as_mut_ptr();
        std::ptr::copy(p.add(1), p, 3);
    }
    println!("{:?}", dst);

    let v = vec![4, 5, 6];
    let view = unsafe { std::slice::from_raw_parts(v.as_ptr().add(1), 2) };
    println!("{:?} {}", view, view.len());

    let raw = Box::into_raw(Box::new(Noisy("boxed")));
    unsafe {
        (*raw).0 = "reboxed";
        let back = Box::from_raw(raw);
        println!("back in a box: {}", back.0);
    }
    println!("end");
}

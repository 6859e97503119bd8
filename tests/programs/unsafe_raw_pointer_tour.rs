// Raw pointers end to end: `as_mut_ptr` and `add`/`offset` (also backwards), `ptr::write` and
// `ptr::read`, `slice::from_raw_parts(_mut)` over part of an array, `ptr::null`/`null_mut` and
// `is_null`, `&raw const` of fields of a struct with padding, `as_ptr` of a Vec, a String and an
// array, `read`/`write` methods, `offset_from`, a pointer to a pointer, `as_ref`, `ptr::eq`, an
// `unsafe trait` with an `unsafe impl` as a bound.
use std::ptr;

unsafe trait Zeroable {}
unsafe impl Zeroable for u32 {}

fn zeroed<T: Zeroable + Default>() -> T {
    T::default()
}

struct Pair {
    a: u8,
    b: u64,
}

fn main() {
    let mut arr = [1i64, 2, 3, 4, 5];
    let p = arr.as_mut_ptr();
    unsafe {
        *p.add(2) = 30;
        let q = p.offset(4);
        *q.offset(-1) = 40;
        ptr::write(p, 100);
        let v = ptr::read(p.add(1));
        println!("{} {:?}", v, arr);
        let s = std::slice::from_raw_parts(p.add(1), 3);
        println!("{:?} {}", s, s.len());
        let m = std::slice::from_raw_parts_mut(p, 2);
        m[1] = -2;
    }
    println!("{:?}", arr);
    let n: *const i32 = ptr::null();
    let nm: *mut u8 = ptr::null_mut();
    println!("{} {} {}", n.is_null(), nm.is_null(), p.is_null());
    let z: u32 = zeroed();
    println!("{}", z);
    let pr = Pair { a: 1, b: 2 };
    let pa = &raw const pr.a;
    let pb = &raw const pr.b;
    println!("{} {}", unsafe { *pa }, unsafe { *pb });
    let v = vec![1u8, 2, 3];
    let vp = v.as_ptr();
    unsafe {
        println!("{} {}", *vp, *vp.add(2));
    }
    let s = String::from("héllo");
    let sp = s.as_ptr();
    unsafe {
        println!("{} {}", *sp.add(1), *sp.add(2));
    }
    let arr2 = [9u32, 8];
    let ap = arr2.as_ptr();
    println!("{}", unsafe { ap.add(1).read() });
    let mut w = 5i32;
    let wp = &mut w as *mut i32;
    unsafe {
        wp.write(6);
    }
    println!("{}", w);
    println!("{} {}", unsafe { ap.offset_from(ap.add(1)) }, unsafe { ap.add(1).offset_from(ap) });
    let pp: *const *const u32 = &ap;
    println!("{}", unsafe { **pp });
    println!("{:?} {:?}", unsafe { ap.as_ref() }, unsafe { n.as_ref() });
    println!("{} {}", ptr::eq(ap, &arr2[0]), ptr::eq(ap, &arr2[1]));
    println!("{}", std::mem::size_of::<*const u8>());
}

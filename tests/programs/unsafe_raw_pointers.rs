// Raw pointers made from references (`&raw const`, `&raw mut`, casts, `as_ptr`), dereferenced
// in `unsafe` blocks: reads, writes, fields, offsets, `read`/`write`, `as_ref`/`as_mut`, null.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

unsafe fn sum_two(p: *const i32) -> i32 {
    unsafe { *p + *p.add(1) }
}

fn bump(p: *mut Point) {
    unsafe {
        (*p).x += 10;
        (*p).y = (*p).x * 2;
    }
}

fn main() {
    let mut x = 5;
    let r1 = &raw const x;
    let r2 = &raw mut x;
    unsafe {
        *r2 += 1;
        println!("r1 is: {}", *r1);
    }

    let mut pt = Point { x: 1, y: 2 };
    bump(&mut pt);
    let pp: *const Point = &pt;
    unsafe {
        println!("{} {} {:?}", (*pp).x, (*pp).y, *pp);
    }

    let arr = [10, 20, 30, 40];
    let a = arr.as_ptr();
    unsafe {
        println!("{} {}", *a.add(2), a.add(3).read());
        println!("{}", sum_two(a.offset(1)));
        let end = a.add(4);
        println!("{}", end.offset_from(a));
        println!("{}", *end.sub(1));
    }

    let mut v = vec![1, 2, 3];
    let m = v.as_mut_ptr();
    unsafe {
        m.add(1).write(9);
        *m.offset(2) = 7;
        let first = m.as_mut().unwrap();
        *first *= 100;
    }
    println!("{:?}", v);

    let n: *const i32 = std::ptr::null();
    let nm = std::ptr::null_mut::<u8>();
    println!("{} {} {}", n.is_null(), nm.is_null(), a.is_null());
    unsafe {
        println!("{:?} {:?}", n.as_ref(), a.as_ref());
    }

    let s = String::from("hello");
    let bytes = s.as_ptr();
    unsafe {
        println!("{}", *bytes.add(1) as char);
    }
    let same = std::ptr::eq(&arr[1], unsafe { a.add(1) });
    println!("{}", same);
}

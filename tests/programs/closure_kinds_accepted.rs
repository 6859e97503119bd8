// Checks: closures rustc accepts whose kinds and captures come from their bodies: a match that
// only borrows its scrutinee, a write through a captured `&mut` (a unique borrow), a closure
// calling a captured `FnMut` closure, a `move` closure that mutates what it owns, `+` consuming
// a captured String, patterns that bind by reference, and a move out of a captured Box.
fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let opt = Some(String::from("kept"));
    let show = || match opt {
        Some(ref s) => println!("some {}", s),
        None => println!("none"),
    };
    show();
    show();
    println!("{:?}", opt);

    let mut count = 0;
    let r = &mut count;
    let mut bump = || *r += 1;
    bump();
    bump();
    println!("count {}", count);

    let mut v = vec![1];
    let w = &mut v;
    call_twice(|| w.push(w.len() + 1));
    println!("{:?}", v);

    let mut total = 0;
    let mut add = |n: i32| total += n;
    let mut twice = |n: i32| {
        add(n);
        add(n);
    };
    twice(3);
    twice(4);
    println!("total {}", total);

    let mut owned = vec![String::from("a")];
    let mut grow = move || {
        owned.push(String::from("b"));
        owned.len()
    };
    println!("{} {}", grow(), grow());

    let s = String::from("owned");
    let suffix = move || s + "!";
    println!("{}", suffix());

    let pair = (String::from("left"), 7);
    let peek = || {
        let (ref name, n) = pair;
        if let (_, 7) = pair {
            println!("seven");
        }
        println!("{} {}", name, n);
    };
    peek();
    peek();
    println!("{} {}", pair.0, pair.1);

    let boxed = Box::new(String::from("boxed"));
    let unbox = || {
        let inner = *boxed;
        println!("{}", inner);
    };
    unbox();
}

// Rc<str>: one block holding the counts and the bytes, shared by clones.
use std::rc::Rc;

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let a: Rc<str> = Rc::from("hello");
    let b = Rc::clone(&a);
    println!("{} {} strong={}", a, b, Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("len={} strong={} eq={}", c.len(), Rc::strong_count(&b), Rc::ptr_eq(&a, &c));
        println!("{}", shout(&c));
    }
    println!("strong={}", Rc::strong_count(&a));
    let owned = String::from("héllo wörld");
    let d: Rc<str> = Rc::from(owned);
    println!("{:?} {} chars", d, d.chars().count());
    let e: Rc<str> = "hello".into();
    println!("{} {}", a == e, a.starts_with("he"));
    let words: Vec<Rc<str>> = "one two three".split(' ').map(Rc::from).collect();
    for w in &words {
        print!("[{}]", w);
    }
    println!();
    println!("{}", std::mem::size_of::<Rc<str>>());
    println!("{}", std::mem::size_of_val(&*a));
    let empty: Rc<str> = Rc::from("");
    println!("{:?} {}", empty, empty.is_empty());
    drop(b);
    println!("strong={}", Rc::strong_count(&a));
}

// Checks: {:?} and {:#?} output for Vec, nested Vec, tuples, Option/Result, arrays, str/String and unit.
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", v);
    println!("{:#?}", v);
    let nested = vec![vec![1], vec![], vec![2, 3]];
    println!("{:?}", nested);
    println!("{:#?}", (1, "two", [3.0, 4.5]));
    let r: Result<i32, String> = Err("boom".into());
    let ok: Result<Vec<char>, ()> = Ok(vec!['a']);
    println!("{:?} {:?}", r, ok);
    println!("{:#?}", Some(Some((1, 2))));
    let empty: Vec<String> = Vec::new();
    println!("{:?} {:#?}", empty, empty);
    println!("{:?}", ((), ((),), [(); 2]));
    let strs = ["a\tb", "\u{0}"];
    println!("{:?}", strs);
    println!("{:?}", Box::new(5));
    println!("{:?}", std::rc::Rc::new(vec![1]));
    println!("{:?}", std::cell::RefCell::new(3));
    println!("{:?}", std::cell::Cell::new(4));
    println!("{:?}", 1..5);
    println!("{:?}", ..=3);
}

// Checks: RefCell's Debug while mutably borrowed (<borrowed>), {:#?} of nested RefCells, try_borrow errors' Display and Debug, and Ref's Display.
use std::cell::RefCell;

#[derive(Debug)]
struct Doc {
    title: RefCell<String>,
    pages: RefCell<Vec<u32>>,
}

fn main() {
    let d = Doc { title: RefCell::new(String::from("notes")), pages: RefCell::new(vec![1, 2]) };
    println!("{:?}", d);
    {
        let mut w = d.pages.borrow_mut();
        w.push(3);
        println!("while writing: {:?}", d);
        println!("{:?}", d.pages.try_borrow().is_err());
        match d.pages.try_borrow() {
            Ok(_) => println!("no"),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
    let r = d.title.borrow();
    match d.title.try_borrow_mut() {
        Ok(_) => println!("no"),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    println!("title {} len {}", r, r.len());
    drop(r);
    d.title.borrow_mut().push_str("!");
    println!("{:#?}", d);
    let cell = RefCell::new(5);
    println!("{:>6}|{:<4}|", cell.borrow(), *cell.borrow());
    let v = cell.take();
    println!("{} {:?}", v, cell);
    let swapped = RefCell::new(9);
    cell.swap(&swapped);
    println!("{:?} {:?} {}", cell, swapped, cell.replace_with(|x| *x * 2));
    println!("{}", cell.into_inner());
}

// Checks: size_of/align_of of Rc, Weak, Arc, Cell, RefCell and RefCell's guards (NonNull niches; UnsafeCell hides niches).
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::mem::{align_of, size_of};
use std::rc::{Rc, Weak};
use std::sync::Arc;

#[allow(dead_code)]
struct Node {
    value: i32,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    println!("Rc<i32> {} {}", size_of::<Rc<i32>>(), align_of::<Rc<i32>>());
    println!("Option<Rc<i32>> {}", size_of::<Option<Rc<i32>>>());
    println!("Option<Option<Rc<i32>>> {}", size_of::<Option<Option<Rc<i32>>>>());
    println!("Weak<u8> {} {}", size_of::<Weak<u8>>(), align_of::<Weak<u8>>());
    println!("Option<Weak<u8>> {}", size_of::<Option<Weak<u8>>>());
    println!("Arc<String> {}", size_of::<Arc<String>>());
    println!("Option<Arc<String>> {}", size_of::<Option<Arc<String>>>());
    println!("Cell<bool> {} {}", size_of::<Cell<bool>>(), align_of::<Cell<bool>>());
    println!("Option<Cell<bool>> {}", size_of::<Option<Cell<bool>>>());
    println!("Cell<u64> {} {}", size_of::<Cell<u64>>(), align_of::<Cell<u64>>());
    println!("Option<Cell<u64>> {}", size_of::<Option<Cell<u64>>>());
    println!("Cell<(u8, u32)> {}", size_of::<Cell<(u8, u32)>>());
    println!("RefCell<i32> {} {}", size_of::<RefCell<i32>>(), align_of::<RefCell<i32>>());
    println!("RefCell<u8> {}", size_of::<RefCell<u8>>());
    println!("RefCell<Vec<i32>> {}", size_of::<RefCell<Vec<i32>>>());
    println!("Option<RefCell<bool>> {}", size_of::<Option<RefCell<bool>>>());
    println!("Option<RefCell<String>> {}", size_of::<Option<RefCell<String>>>());
    println!("Ref<i32> {}", size_of::<Ref<'static, i32>>());
    println!("Option<Ref<i32>> {}", size_of::<Option<Ref<'static, i32>>>());
    println!("RefMut<Vec<u8>> {}", size_of::<RefMut<'static, Vec<u8>>>());
    println!("Rc<RefCell<Vec<i32>>> {}", size_of::<Rc<RefCell<Vec<i32>>>>());
    println!("Node {} {}", size_of::<Node>(), align_of::<Node>());
    println!("Option<Node> {}", size_of::<Option<Node>>());
    println!("(Rc<u8>, u8) {}", size_of::<(Rc<u8>, u8)>());
    println!("[Option<Rc<u8>>; 3] {}", size_of::<[Option<Rc<u8>>; 3]>());
    println!("Box<Cell<i32>> {}", size_of::<Box<Cell<i32>>>());
    println!("Vec<Weak<Node>> {}", size_of::<Vec<Weak<Node>>>());
    println!("Result<Rc<i32>, ()> {}", size_of::<Result<Rc<i32>, ()>>());
}

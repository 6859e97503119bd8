struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 4];
    v.dedup();
    println!("{:?}", v);
    v.retain(|x| x % 2 == 0);
    println!("{:?}", v);
    println!("{:?} {}", v, v.capacity());
    let mut e: Vec<i32> = Vec::new();
    println!("{:?} {}", e, e.capacity());
    let mut ds = vec![D(1), D(2), D(3)];
    ds.retain(|d| d.0 != 2);
    println!("kept {}", ds.len());
    let names = vec![String::from("a"), String::from("b")];
    println!("{}", names.join("+"));
}

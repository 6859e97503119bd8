struct H;
impl H {
    fn get(&self) -> i32 { 1 }
}
impl H {
    fn other(&self) {}
    fn get(&self) -> i32 { 2 }
}
fn main() { println!("{}", H.get()); }

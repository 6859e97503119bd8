// Rejects: pushing through the shared reference a method returns (E0596).
struct S { v: Vec<i32> }
impl S { fn get(&self) -> &Vec<i32> { &self.v } }
fn main() {
    let s = S { v: vec![1] };
    s.get().push(2);
}

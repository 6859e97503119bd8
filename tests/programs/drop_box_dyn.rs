// Checks: Drop through Box<dyn Trait>, Box<T> recursion and dropping a Vec of boxed trait objects in order.
trait Named {
    fn name(&self) -> String;
}

struct A(u8);
struct B(&'static str);

impl Named for A {
    fn name(&self) -> String {
        format!("A{}", self.0)
    }
}
impl Named for B {
    fn name(&self) -> String {
        format!("B:{}", self.0)
    }
}
impl Drop for A {
    fn drop(&mut self) {
        println!("drop A{}", self.0);
    }
}
impl Drop for B {
    fn drop(&mut self) {
        println!("drop B:{}", self.0);
    }
}

fn main() {
    let items: Vec<Box<dyn Named>> = vec![Box::new(A(1)), Box::new(B("x")), Box::new(A(2))];
    for i in &items {
        println!("have {}", i.name());
    }
    let single: Box<dyn Named> = Box::new(B("solo"));
    println!("single {}", single.name());
    drop(items);
    println!("items dropped");
    let nested = Box::new(Box::new(A(9)));
    println!("nested {}", nested.name());
}

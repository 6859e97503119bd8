// A literal's method from the program's own trait: when one integer impl applies, rustc's
// selection gives the literal that type (its overflow and its size are the impl's type's).
trait Scale {
    fn scale(self) -> Self;
}

impl Scale for u8 {
    fn scale(self) -> u8 {
        self.wrapping_mul(100)
    }
}

trait Width {
    fn width(&self) -> usize;
}

impl Width for u16 {
    fn width(&self) -> usize {
        std::mem::size_of_val(self)
    }
}

impl Width for String {
    fn width(&self) -> usize {
        self.len()
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i8 {
    fn describe(&self) -> String {
        format!("i8 {}", self)
    }
}

fn show<T: Describe>(x: T) -> String {
    x.describe()
}

fn main() {
    let x = 5.scale();
    println!("{} {}", x, std::mem::size_of_val(&x));
    let y = 300;
    println!("{} {}", y.width(), String::from("abc").width());
    println!("{}", show(100));
    let v = 127;
    println!("{}", v.describe());
    let w = y * 300;
    println!("{}", w);
}

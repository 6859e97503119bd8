// Two zero-sized values of one type with a destructor at one address: moving or dropping one
// leaves the other live (their drop flags count the live values there).
struct Token;
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop Token");
    }
}
struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop Guard {}", self.0);
    }
}
struct Pair(Token, u8);
fn helper() {
    println!("helper");
}
fn main() {
    {
        let _inner = Token;
        let _g = Guard("outer");
    }
    let _u = Token;
    helper();
    let a = Token;
    let b = Token;
    drop(a);
    println!("after a");
    let p = Pair(Token, 1);
    let q = p;
    println!("moved {}", q.1);
    let _b2 = b;
    println!("end");
}

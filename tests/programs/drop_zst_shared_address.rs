// A zero-sized value with a destructor shares its address with the local declared after it:
// dropping, moving or overwriting that other value must not take the zero-sized one's drop
// flag with it (found by the fuzzer: `_inner` was never dropped).
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
struct Marker;
impl Drop for Marker {
    fn drop(&mut self) {
        println!("drop Marker");
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
    let m = Marker;
    let g = Guard("moved");
    let kept = g;
    println!("kept {}", kept.0);
    let p = Pair(Token, 1);
    let q = p;
    println!("moved {}", q.1);
    drop(m);
    let mut over = Guard("first");
    let _t = Token;
    over = Guard("second");
    println!("end {}", over.0);
}

// A zero-sized value with a Drop impl keeps its drop flag across calls, whose frames start at
// the address it shares with the stack's top.
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

fn helper() {
    println!("helper");
}

fn with_local() -> i32 {
    let g = Guard("inner");
    println!("with_local {}", g.0);
    7
}

fn takes(t: Token) {
    println!("takes");
    let _ = t;
}

fn main() {
    let _t = Token;
    helper();
    let n = with_local();
    println!("n = {}", n);
    {
        let _inner = Token;
        helper();
        takes(Token);
    }
    let _g = Guard("outer");
    let _u = Token;
    helper();
    println!("end");
}

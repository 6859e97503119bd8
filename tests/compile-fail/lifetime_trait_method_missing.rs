// Rejects: a trait method without a body returning a reference with two reference inputs (E0106).
trait Pick {
    fn pick(a: &str, b: &str) -> &str;
}

fn main() {
    println!("pick");
}

fn main() {
    for step in 0..3 {
        if let Some(half) = Some(step / 2) {
            fn show() -> String {
                format!("{}", half)
            }
            println!("{}", show());
        }
    }
}

// Rejects (E0425): a name a macro's own tokens write is looked up where the macro is defined,
// outside any function, so the caller's local of that name is not it (hygiene).
macro_rules! use_tmp {
    () => {
        tmp + 1
    };
}
fn main() {
    let tmp = 5;
    println!("{}", use_tmp!());
}

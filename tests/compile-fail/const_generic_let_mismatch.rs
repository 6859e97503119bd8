// Rejects: the result of a const generic call bound to an array of another length (E0308).
fn filled<const N: usize>() -> [i32; N] {
    [0; N]
}

fn takes_three(a: [i32; 3]) -> i32 {
    a[2]
}

fn main() {
    let a: [i32; 4] = filled();
    println!("{}", takes_three(a));
}

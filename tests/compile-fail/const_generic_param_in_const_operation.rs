// A const parameter used inside a computed array length (`{ N + 1 }`): without the unstable
// `generic_const_exprs`, rustc allows a const parameter only as a standalone argument.
fn pad<const N: usize>(a: [u8; N]) -> [u8; { N + 1 }] {
    let _ = a;
    [0; { N + 1 }]
}

fn main() {
    println!("{:?}", pad([1, 2]));
}

// Checks: shadowing (including changing type), block expressions, mut and compound assignment.
fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = x + 100;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
    let x: u8 = 7;
    println!("shadowed with u8: {}", x);

    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("y = {}", y);

    let mut z = 10;
    z += 5;
    println!("z += 5 -> {}", z);
    z -= 3;
    println!("z -= 3 -> {}", z);
    z *= 4;
    println!("z *= 4 -> {}", z);
    z /= 5;
    println!("z /= 5 -> {}", z);
    z %= 4;
    println!("z %= 4 -> {}", z);
    let mut bits: u32 = 6;
    bits |= 9;
    bits &= 13;
    bits ^= 3;
    bits <<= 4;
    bits >>= 2;
    println!("bits = {}", bits);
    let w = { let t = z; t + 1 };
    println!("block w = {}", w);
}

// Checks: const generic functions: N inferred from array lengths or given as `f::<3>`, N used
// as a value, `[x; N]` built from it, N passed on to another generic call, one instance per length.
fn sum<const N: usize>(a: [i32; N]) -> i32 {
    let mut total = 0;
    for i in 0..N {
        total += a[i];
    }
    total
}

fn filled<T: Copy, const N: usize>(value: T) -> [T; N] {
    [value; N]
}

fn describe<T: std::fmt::Debug, const N: usize>(a: &[T; N]) -> String {
    format!("{} items, first {:?}, size {}", N, a[0], std::mem::size_of::<[T; N]>())
}

fn doubled<const N: usize>(a: [i32; N]) -> [i32; N] {
    let mut out = [0; N];
    for i in 0..N {
        out[i] = a[i] * 2;
    }
    out
}

fn sum_doubled<const N: usize>(a: [i32; N]) -> i32 {
    sum::<N>(doubled(a))
}

fn main() {
    println!("{}", sum([1, 2, 3]));
    println!("{}", sum::<2>([4, 5]));
    println!("{}", sum([7; 10]));
    let words: [String; 2] = [String::from("a"), String::from("bc")];
    println!("{}", describe(&words));
    println!("{}", describe(&[1u8, 2, 3, 4]));
    let zeros: [u16; 5] = filled(9);
    println!("{:?}", zeros);
    println!("{:?}", filled::<char, 3>('x'));
    println!("{:?} {}", doubled([1, 2, 3]), sum_doubled([5, 6]));
    let last = [10, 20, 30, 40];
    println!("{}", last[last.len() - 1] + sum(last));
}

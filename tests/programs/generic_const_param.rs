// Checks: const generic parameters on functions and structs ([T; N]), and N used at runtime.
#[derive(Debug)]
struct Buffer<const N: usize> {
    data: [u8; N],
    used: usize,
}

impl<const N: usize> Buffer<N> {
    fn new() -> Self {
        Buffer { data: [0; N], used: 0 }
    }
    fn push(&mut self, b: u8) -> bool {
        if self.used == N {
            return false;
        }
        self.data[self.used] = b;
        self.used += 1;
        true
    }
    fn capacity(&self) -> usize {
        N
    }
}

fn sum_arr<const N: usize>(a: [i32; N]) -> i32 {
    let mut s = 0;
    for x in a {
        s += x;
    }
    s
}

fn first_last<T: Copy + std::fmt::Debug, const N: usize>(a: &[T; N]) -> (T, T) {
    (a[0], a[N - 1])
}

fn main() {
    let mut b: Buffer<3> = Buffer::new();
    for i in 1..=5 {
        println!("push {} -> {}", i, b.push(i * 11));
    }
    println!("{:?} cap {}", b, b.capacity());
    println!("{} {}", sum_arr([1, 2, 3]), sum_arr([10; 7]));
    println!("{:?}", first_last(&['a', 'b', 'c', 'd']));
}
